/**
 * Words for PostgreSQL full-text search, tokenised here rather than by a server text-search
 * configuration, so that PostgreSQL finds exactly what SQLite's FTS5 `unicode61 remove_diacritics 2`
 * tokenizer finds, whatever the server's locale: a word is a run of letters, digits (and marks, which
 * are then dropped), case-folded, with Latin diacritics removed (`Économie` → `economie`). Everything
 * else separates words, so `6.A.2.a.3` is the five words `6 a 2 a 3` and a phrase of them matches it.
 */

/** One word of a text: its folded form and where it is in the original. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const wordRun = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const ascii = /^[\x00-\x7f]*$/;

/** The folded form of one run of word characters ('' when it holds only marks). */
export function foldWord(run: string): string {
  const lower = run.toLowerCase();
  return ascii.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** The words of a text, in order, with their spans in the original text. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(wordRun)) {
    const word = foldWord(m[0]);
    if (word) out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The folded words of a text (for queries). */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

/** Quote a lexeme for a tsvector or tsquery literal. */
export function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

// PostgreSQL's limits: positions 1..16383, 256 positions per lexeme, 2047 bytes per lexeme, 1 MB per tsvector.
const maxPosition = 16383;
const maxPositions = 256;
const maxLexemeBytes = 2046;
const maxVectorBytes = 900_000;

/**
 * A tsvector literal for a portion's text (cast it with `::tsvector`). `weight` 'A' marks the subject
 * (ranked above body text, as FTS5's bm25 weights do). Texts beyond PostgreSQL's tsvector limits keep
 * their first words (positions past 16383 all count as 16383, as PostgreSQL does itself).
 * @example tsvectorLiteral('Infrared detectors, infrared.') // "'detectors':2 'infrared':1,3"
 */
export function tsvectorLiteral(text: string, weight: 'A' | 'D' = 'D'): string {
  const positions = new Map<string, number[]>();
  let bytes = 0;
  let n = 0;
  for (const t of tokenize(text)) {
    n++;
    let list = positions.get(t.word);
    if (!list) {
      const size = Buffer.byteLength(t.word);
      if (size > maxLexemeBytes || bytes + size + 8 > maxVectorBytes) continue;
      bytes += size + 8;
      positions.set(t.word, (list = []));
    }
    if (list.length < maxPositions) {
      list.push(Math.min(n, maxPosition));
      bytes += 2;
    }
  }
  const suffix = weight === 'D' ? '' : weight;
  const parts: string[] = [];
  for (const [word, list] of positions) parts.push(`${quoteLexeme(word)}:${list.map((p) => p + suffix).join(',')}`);
  return parts.join(' ');
}
