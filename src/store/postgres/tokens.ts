/**
 * Lexemes for PostgreSQL full-text search: tsvector and tsquery literals built from the shared word
 * tokenizer (src/search/words.ts).
 */
import { tokenize } from '../../search/words.js';

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
