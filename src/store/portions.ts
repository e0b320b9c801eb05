/**
 * Pieces both backends share when they read portions back: restoring the stored portion texts into a
 * parsed cable, the audit entry of a search hit, and the relevance of a matching cable.
 */
import type { Reader } from '../access/reader.js';
import type { Cable } from '../cable/types.js';
import type { AuditEntry } from './types.js';

/** Put the stored portion texts back into a parsed cable (seq 0 = subject, seq i = paragraphs[i-1]). */
export function restorePortionTexts(cable: Cable, texts: Iterable<{ seq: number; text: string }>): void {
  for (const t of texts) {
    if (t.seq === 0 && cable.subject) cable.subject.text = t.text;
    else if (t.seq > 0 && cable.paragraphs[t.seq - 1]) cable.paragraphs[t.seq - 1]!.text = t.text;
  }
}

/**
 * The audit entry of one search hit: the classified portions it shows (the subject, and the paragraph
 * the snippet comes from), or null when it shows only unclassified text.
 */
export function hitAuditEntry(reader: Reader, cable: string, subjectLvl: number | undefined, portion: { number: string; lvl: number }): AuditEntry | null {
  const read: string[] = [];
  if (subjectLvl !== undefined && subjectLvl > 0) read.push('subject');
  if (portion.lvl > 0 && portion.number !== 'subject') read.push(portion.number);
  return read.length ? { reader: reader.name, cable, paragraphs: read, action: 'search' } : null;
}

/** BM25's term-frequency saturation. */
const k1 = 1.2;

/**
 * The relevance of a matching cable (both backends rank by it): BM25 at portion granularity. `weight`
 * is the number of the cable's readable portions that match (the subject counting twice), `matching`
 * the number of matching cables, `archive` the number of cables. Monotone in `weight`: ties go to the
 * newer cable, then the smaller id.
 * @example relevance(3, 46, 250_000) > relevance(1, 46, 250_000) // true
 */
export function relevance(weight: number, matching: number, archive: number): number {
  const idf = Math.log(1 + (archive - matching + 0.5) / (matching + 0.5));
  return (idf * weight * (k1 + 1)) / (weight + k1);
}
