/**
 * Text primitives for extraction: word tokens with offsets, sentence ranges, case cues.
 */

/** One word or punctuation token of a paragraph; offsets are local to the paragraph text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** starts with an upper-case letter or a digit followed by letters (a name-like token) */
  cap: boolean;
  /** punctuation (a single non-word character) */
  punct: boolean;
  /** the dictionary key: lower case, curly apostrophe straightened, final full stop dropped */
  key: string;
}

/** Abbreviations that keep their final full stop as part of the token. */
const keepDot = new Set([
  'ltd', 'co', 'inc', 'corp', 'pvt', 'ltda', 'mr', 'mrs', 'ms', 'dr', 'no', 'st', 'jr', 'bhd', 'pte', 'bros', 'intl',
  'u.s', 'u.k', 'u.n', 's.a', 's.l', 's.p.a', 'b.v', 'n.v', 'l.l.c', 'e.u', 'p.r.c', 'd.o.o', 'sdn', 'mfg', 'eng', 'ind', 'gen',
]);

const wordRe = /[A-Za-z0-9\u00C0-\u024F]+(?:[-'’&/.][A-Za-z0-9\u00C0-\u024F]+)*|[^\sA-Za-z0-9\u00C0-\u024F]/g;

/** Split text into tokens. `Ltd.`, `U.S.`, `S.A.` keep their dot; other full stops are punctuation. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(wordRe.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let t = m[0];
    const start = m.index;
    let end = start + t.length;
    const c0 = t.charCodeAt(0);
    const punct = t.length === 1 && !((c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || (c0 >= 0xc0 && c0 <= 0x24f));
    if (!punct && text[end] === '.' && keepDot.has(t.toLowerCase())) {
      t += '.';
      end++;
      re.lastIndex = end;
    }
    const cap = !punct && ((c0 >= 65 && c0 <= 90) || (c0 >= 0xc0 && c0 <= 0xde && c0 !== 0xd7) || (c0 >= 48 && c0 <= 57 && /[A-Z]/.test(t)));
    const lower = t.toLowerCase();
    let key = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    if (key.length > 1 && key.endsWith('.')) key = key.slice(0, -1);
    out.push({ text: t, lower, start, end, cap, punct, key });
  }
  return out;
}

/** True when the text is written in capitals (old cables, SUBJECT lines): case carries no signal there. */
export function isUpperText(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > 8 && lower < upper * 0.1;
}

const abbrevEnd = /(?:\b(?:Ltd|Co|Inc|Corp|Pvt|Ltda|Mr|Mrs|Ms|Dr|No|St|Jr|Bhd|U\.S|U\.K|U\.N|S\.A|B\.V|N\.V|Gen|Col|Lt|Maj|Capt|Amb|approx|e\.g|i\.e|etc|vs)\.|\b[A-Z]\.)$/;

/** Sentence ranges [start, end) of a paragraph: full stops that end sentences, semicolons, bullets, label lines. */
export function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const re = /[.!?;](?=\s+["“(]?[\p{Lu}\d-])|\n\s*(?=--|-\s|\(?[a-z]\)\s|[A-Z][A-Z -]{2,}:)|\n\s*\n/gu;
  for (const m of text.matchAll(re)) {
    const at = (m.index ?? 0) + (m[0].startsWith('\n') ? 0 : 1);
    if (m[0] === '.' && abbrevEnd.test(text.slice(Math.max(start, at - 12), at))) continue;
    if (m[0] === '.' && /^\s+[A-E]\.\s?\d/.test(text.slice(at, at + 8))) continue; // an entry number: item 2. C. 11
    if (at > start) out.push([start, at]);
    start = at;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
