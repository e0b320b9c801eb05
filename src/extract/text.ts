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

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isJoiner(c: number): boolean {
  // - ' ’ & / .
  return c === 45 || c === 39 || c === 0x2019 || c === 38 || c === 47 || c === 46;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/**
 * Split text into tokens: words (letters and digits joined by - ' ’ & / .) and single punctuation
 * characters. `Ltd.`, `U.S.`, `S.A.` keep their final dot; other full stops are punctuation.
 * A hand-written scanner: it runs over every paragraph at ingest.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (!isWordChar(c)) {
      const t = text[i]!;
      out.push({ text: t, lower: t, start, end: i + 1, cap: false, punct: true, key: t });
      i++;
      continue;
    }
    i++;
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    let end = i;
    let t = text.slice(start, end);
    let lower = t.toLowerCase();
    if (end < n && text.charCodeAt(end) === 46 && keepDot.has(lower)) {
      t += '.';
      lower += '.';
      end++;
      i++;
    }
    const cap = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 48 && c <= 57 && /[A-Z]/.test(t));
    let key = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    if (key.length > 1 && key.charCodeAt(key.length - 1) === 46) key = key.slice(0, -1);
    out.push({ text: t, lower, start, end, cap, punct: false, key });
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
