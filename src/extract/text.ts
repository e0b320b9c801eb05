/**
 * Text primitives for extraction: word tokens with offsets, sentence ranges, case cues.
 */

/** Token shape bits: what it takes to derive `lower` and `key` from the token's characters. */
const hasUpper = 1; // an upper-case or non-ASCII letter: `lower` is lower-cased
const hasCurly = 2; // a curly apostrophe: `key` straightens it
const keptDot = 4; // `Ltd.`: the final full stop is part of the token, not of `key`
const hashLater = 8; // a non-ASCII letter: the key's hash is computed from the key string
const hasHyphenOrQuote = 16; // a hyphen or an apostrophe (straight or curly) joins its parts: `Malaysia-based`, `Iran's`
const isCap = 32; // Token.cap
const isPunct = 64; // Token.punct
/** The word classes are kept above the shape bits, in the same number: a smaller token, less garbage. */
const classShift = 8;
const shapeMask = (1 << classShift) - 1;

/**
 * One word or punctuation token of a paragraph; offsets are local to the paragraph text.
 * The strings (`text`, `lower`, `key`) are cut from the paragraph when first read: most tokens are
 * common lower-case words no rule looks at, and building three strings for each was the largest
 * share of the scanner's time and garbage.
 */
export class Token {
  // Fields are declared, not defined, and set in the constructor: class-field definitions (and a
  // default parameter) kept V8 from building tokens as plain objects, half the scanner's time.
  private declare readonly source: string;
  declare readonly start: number;
  declare readonly end: number;
  /** shape bits (below classShift) and word classes (above) */
  private declare shape: number;
  private declare scannedHash: number;
  private declare textCache: string | undefined;
  private declare lowerCache: string | undefined;
  private declare keyCache: string | undefined;

  constructor(source: string, start: number, end: number, shape: number, scannedHash: number) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.shape = shape;
    this.scannedHash = scannedHash;
    this.textCache = undefined;
    this.lowerCache = undefined;
    this.keyCache = undefined;
  }

  /** starts with an upper-case letter or a digit followed by letters (a name-like token) */
  get cap(): boolean {
    return (this.shape & isCap) !== 0;
  }

  /** punctuation (a single non-word character) */
  get punct(): boolean {
    return (this.shape & isPunct) !== 0;
  }

  /** word classes of the key in the tables the text was scanned with (0 without them) */
  get classes(): number {
    return this.shape >>> classShift;
  }

  set classes(value: number) {
    this.shape = (this.shape & shapeMask) | (value << classShift);
  }

  /** keyHash(key), as the tokenizer computed it (a cheap first test before comparing keys) */
  get hash(): number {
    if (this.shape & hashLater) {
      this.scannedHash = keyHash(this.key);
      this.shape &= ~hashLater;
    }
    return this.scannedHash;
  }

  get text(): string {
    return (this.textCache ??= this.source.slice(this.start, this.end));
  }

  /** `text` holds a hyphen or an apostrophe (straight or curly), known without cutting it */
  get hasHyphenOrQuote(): boolean {
    return (this.shape & hasHyphenOrQuote) !== 0;
  }

  /** `text` is one to three ASCII digits (/^\d{1,3}$/), known without cutting it */
  get isSmallNumber(): boolean {
    const n = this.end - this.start;
    if (n > 3) return false;
    for (let k = this.start; k < this.end; k++) {
      const c = codeAt(this.source, k);
      if (c < 48 || c > 57) return false;
    }
    return n > 0;
  }

  get lower(): string {
    return (this.lowerCache ??= this.shape & hasUpper ? this.text.toLowerCase() : this.text);
  }

  /** the dictionary key: lower case, curly apostrophe straightened, final full stop dropped */
  get key(): string {
    if (this.keyCache === undefined) {
      const lower = this.shape & keptDot ? this.lower.slice(0, -1) : this.lower;
      this.keyCache = this.shape & hasCurly ? lower.replace(/’/g, "'") : lower;
    }
    return this.keyCache;
  }
}

/**
 * The UTF-16 code unit at `i`, read through String.prototype.charCodeAt held in a constant.
 * `text.charCodeAt(i)` looks the method up on the string, and paragraph texts come in many string
 * representations (sliced, concatenated, two-byte, internalised): the look-up turned megamorphic
 * and V8 stopped inlining the read, which halved the scanner's speed.
 */
export function codeAt(text: string, i: number): number {
  return charCodeAt.call(text, i);
}
const charCodeAt = String.prototype.charCodeAt;

const noMatches: readonly RegExpExecArray[] = [];

/**
 * The matches of a global regex in `text`, as `text.matchAll(re)` gives them, found with `exec` on
 * the regex itself: matchAll builds a new RegExp for every call, and the relation rules call it
 * for every rule in every sentence that names a party.
 */
export function execAll(re: RegExp, text: string): readonly RegExpExecArray[] {
  re.lastIndex = 0;
  let m = re.exec(text);
  if (!m) return noMatches;
  const out: RegExpExecArray[] = [];
  while (m) {
    out.push(m);
    if (m[0] === '') re.lastIndex++; // past an empty match (a lookahead), as matchAll steps
    m = re.exec(text);
  }
  return out;
}

/**
 * Token keys to small non-zero numbers (word classes), looked up by the tokenizer as it reads each
 * word: it hashes the key's characters on the way and compares them in place, so no string is built
 * to ask about a common word. Open addressing; a zero value marks a free slot, so a miss reads one
 * byte of a small array.
 */
export class WordTable {
  private readonly hashes: Int32Array;
  private readonly values: Uint8Array;
  private readonly words: string[];
  private readonly mask: number;

  constructor(entries: Iterable<[string, number]>) {
    const list = [...entries].filter(([word, value]) => word !== '' && value !== 0);
    let size = 1024;
    while (size < list.length * 4) size *= 2;
    this.hashes = new Int32Array(size);
    this.values = new Uint8Array(size);
    this.words = new Array<string>(size).fill('');
    this.mask = size - 1;
    for (const [word, value] of list) {
      const hash = keyHash(word);
      let slot = hash & this.mask;
      while (this.values[slot] !== 0 && this.words[slot] !== word) slot = (slot + 1) & this.mask;
      this.hashes[slot] = hash;
      this.values[slot] = value;
      this.words[slot] = word;
    }
  }

  /**
   * The value of the key written as `source[start, end)` (ASCII letters and ’ only: the key is the
   * characters lower-cased, ’ as '), given its hash.
   */
  lookup(hash: number, source: string, start: number, end: number): number {
    for (let slot = hash & this.mask, v = this.values[slot]!; v !== 0; slot = (slot + 1) & this.mask, v = this.values[slot]!) {
      if (this.hashes[slot] === hash && spells(this.words[slot]!, source, start, end)) return v;
    }
    return 0;
  }

  /** The value of a word (0 when absent). */
  get(word: string): number {
    const hash = keyHash(word);
    for (let slot = hash & this.mask, v = this.values[slot]!; v !== 0; slot = (slot + 1) & this.mask, v = this.values[slot]!) {
      if (this.hashes[slot] === hash && this.words[slot] === word) return v;
    }
    return 0;
  }
}

/** `source[start, end)` is `word` as a key (ASCII lower-cased, ’ as '). */
function spells(word: string, source: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (codeAt(word, k) !== hashUnit(codeAt(source, start + k))) return false;
  return true;
}

const fnvOffset = 0x811c9dc5 | 0;
const fnvPrime = 16777619;

/** The hash of a key: FNV-1a over its UTF-16 code units, as the tokenizer computes it inline (ASCII lower-cased, ’ as '). */
export function keyHash(key: string): number {
  let h = fnvOffset;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ hashUnit(codeAt(key, i)), fnvPrime);
  return h;
}

function hashUnit(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c;
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

/**
 * Word tables for scanTokens: tokens that start with a capital (and all tokens of a text written in
 * capitals) are looked up in `capitalised`, other tokens in `other`, which leaves out what only
 * matters for names: "the", "and", "a" start list names, and they are most of the hits.
 */
export interface ScanTables {
  capitalised: WordTable;
  other: WordTable;
}

/** Words that keep their final full stop, for the scanner's hashed look-up. */
const keepDotTable = new WordTable([...keepDot].map((w) => [w, 1]));

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
 * Tokens and whether the text is written in capitals, in one pass: every ASCII letter of a text lies inside a
 * word token, so the scanner counts capitals and small letters as it reads words. With word tables,
 * each token's `classes` is looked up by a hash of its key computed on the way (see WordTable).
 */
export function scanTokens(text: string, tables?: ScanTables): Tokenized {
  const out: Token[] = [];
  const n = text.length;
  let uppers = 0;
  let lowers = 0;
  let i = 0;
  while (i < n) {
    const c = codeAt(text, i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (!isWordChar(c)) {
      const t = new Token(text, start, i + 1, isPunct | hashLater, 0);
      if (tables) t.classes = tables.other.get(t.text);
      out.push(t);
      i++;
      continue;
    }
    let shape = 0;
    let complex = false; // a non-ASCII letter: lower-casing may change more than ASCII letters, the key is hashed as a string
    let h = fnvOffset;
    for (;;) {
      while (i < n) {
        const d = codeAt(text, i);
        if (d < 128) {
          if (ascii[d] !== 1) break;
          if (d >= 97) lowers++;
          else if (d >= 65) {
            shape |= hasUpper;
            uppers++;
          }
        } else if (!isWordChar(d)) break;
        else {
          shape |= hasUpper; // non-ASCII letters: lower-case them to be safe
          complex = true;
        }
        h = Math.imul(h ^ hashUnit(d), fnvPrime);
        i++;
      }
      // a joiner between word characters: step over it, the loop above reads the word character
      if (i + 1 < n && isJoiner(codeAt(text, i)) && isWordChar(codeAt(text, i + 1))) {
        const j = codeAt(text, i);
        if (j === 0x2019) shape |= hasCurly | hasHyphenOrQuote;
        else if (j === 45 || j === 39) shape |= hasHyphenOrQuote;
        h = Math.imul(h ^ hashUnit(j), fnvPrime);
        i++;
        continue;
      }
      break;
    }
    let end = i;
    const keyEnd = end;
    if (end < n && codeAt(text, end) === 46 && keepsDot(text, start, end, h, complex || (shape & hasCurly) !== 0)) {
      shape |= keptDot;
      end++;
      i++;
    }
    const cap = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 48 && c <= 57 && (shape & hasUpper) !== 0 && /[A-Z]/.test(text.slice(start, end)));
    // a plain token's classes go into the constructor with its shape (one store less per token)
    const table = tables ? (cap ? tables.capitalised : tables.other) : null;
    const classes = table && !complex ? table.lookup(h, text, start, keyEnd) : 0;
    const t = new Token(text, start, end, (complex ? shape | hashLater : shape) | (cap ? isCap : 0) | (classes << classShift), h);
    if (table && complex) t.classes = table.get(t.key);
    out.push(t);
  }
  const upper = writtenInCapitals(uppers, lowers);
  // in a text written in capitals every token may start a name
  if (tables && upper) for (const t of out) if (!t.cap) t.classes = tables.capitalised.get(t.key);
  return { tokens: out, upper };
}

/**
 * A word before a full stop that keeps it (`Ltd.`): its lower-case form is one of keepDot. `hash`
 * is its key's hash, which stands for the lower-case form unless lower-casing is not plain ASCII
 * or a curly apostrophe differs between the two (`asIs`).
 */
function keepsDot(text: string, start: number, end: number, hash: number, asIs: boolean): boolean {
  if (end - start > keepDotMax) return false;
  if (asIs) return keepDot.has(text.slice(start, end).toLowerCase());
  return keepDotTable.lookup(hash, text, start, end) === 1;
}

/** Longest word that keeps its final full stop (`d.o.o`): longer words skip the look-up. */
const keepDotMax = Math.max(...[...keepDot].map((w) => w.length));

/** Whether a text with these counts of ASCII capitals and small letters is written in capitals (old cables, SUBJECT lines): case carries no signal there. */
function writtenInCapitals(uppers: number, lowers: number): boolean {
  return uppers > 8 && lowers < uppers * 0.1;
}

const abbrevEnd = /(?:\b(?:Ltd|Co|Inc|Corp|Pvt|Ltda|Mr|Mrs|Ms|Dr|No|St|Jr|Bhd|U\.S|U\.K|U\.N|S\.A|B\.V|N\.V|Gen|Col|Lt|Maj|Capt|Amb|approx|e\.g|i\.e|etc|vs)\.|\b[A-Z]\.)$/;

/** Sentence ranges [start, end) of a paragraph: full stops that end sentences, semicolons, bullets, label lines. */
export function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const re = /[.!?;](?=\s+["“(]?[\p{Lu}\d-])|\n\s*(?=--|-\s|\(?[a-z]\)\s|[A-Z][A-Z -]{2,}:)|\n\s*\n/gu;
  for (const m of execAll(re, text)) {
    const at = (m.index ?? 0) + (m[0].startsWith('\n') ? 0 : 1);
    if (m[0] === '.' && abbrevEnd.test(text.slice(Math.max(start, at - 12), at))) continue;
    if (m[0] === '.' && /^\s+[A-E]\.\s?\d/.test(text.slice(at, at + 8))) continue; // an entry number: item 2. C. 11
    if (at > start) out.push([start, at]);
    start = at;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
