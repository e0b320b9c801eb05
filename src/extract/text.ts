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

/** ASCII classes: 1 word character, 2 joiner (- ' & / .), 4 space. */
const ascii = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ascii[c] = 1;
for (let c = 65; c <= 90; c++) ascii[c] = 1;
for (let c = 97; c <= 122; c++) ascii[c] = 1;
for (const c of [45, 39, 38, 47, 46]) ascii[c] = 2;
for (const c of [32, 10, 13, 9, 12, 11]) ascii[c] = 4;

function isWordChar(c: number): boolean {
  return c < 128 ? ascii[c] === 1 : c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

function isJoiner(c: number): boolean {
  return c < 128 ? ascii[c] === 2 : c === 0x2019;
}

function isSpace(c: number): boolean {
  return c < 128 ? ascii[c] === 4 : c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/** Longest word that keeps its final full stop (`d.o.o`): longer words skip the set look-up. */
const keepDotMax = Math.max(...[...keepDot].map((w) => w.length));

/** The tokens of a text, and whether it is written in capitals (counted in the same pass). */
export interface Tokenized {
  tokens: Token[];
  upper: boolean;
}

/**
 * Split text into tokens: words (letters and digits joined by - ' ’ & / .) and single punctuation
 * characters. `Ltd.`, `U.S.`, `S.A.` keep their final dot; other full stops are punctuation.
 * A hand-written scanner: it runs over every paragraph at ingest.
 */
export function tokenize(text: string): Token[] {
  return scanTokens(text).tokens;
}

/**
 * Tokens and the case cue of `isUpperText` in one pass: every ASCII letter of a text lies inside a
 * word token, so the scanner counts capitals and small letters as it reads words.
 */
export function scanTokens(text: string): Tokenized {
  const out: Token[] = [];
  const n = text.length;
  let uppers = 0;
  let lowers = 0;
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
    let upperSeen = false;
    let curly = false;
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (ascii[d] !== 1) break;
          if (d >= 97) lowers++;
          else if (d >= 65) {
            upperSeen = true;
            uppers++;
          }
        } else if (!isWordChar(d)) break;
        else upperSeen = true; // non-ASCII letters: lower-case them to be safe
        i++;
      }
      // a joiner between word characters: step over it, the loop above reads the word character
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) {
        if (text.charCodeAt(i) === 0x2019) curly = true;
        i++;
        continue;
      }
      break;
    }
    let end = i;
    let t = text.slice(start, end);
    let lower = upperSeen ? t.toLowerCase() : t;
    // the dictionary key: curly apostrophe straightened, a kept final full stop dropped
    const key = curly ? lower.replace(/’/g, "'") : lower;
    if (end < n && text.charCodeAt(end) === 46 && lower.length <= keepDotMax && keepDot.has(lower)) {
      t += '.';
      lower += '.';
      end++;
      i++;
    }
    const cap = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 48 && c <= 57 && upperSeen && /[A-Z]/.test(t));
    out.push({ text: t, lower, start, end, cap, punct: false, key });
  }
  return { tokens: out, upper: uppers > 8 && lowers < uppers * 0.1 };
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
