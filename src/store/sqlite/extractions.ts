/**
 * Extraction rows (mentions, relations, actions) as a reader may see them: only rows whose paragraph
 * the reader may read (the access predicate runs in the query).
 */
import type { Reader } from '../../access/reader.js';
import type { ExtractionFilter, ExtractionKind, ExtractionRow } from '../types.js';
import { accessPredicateSql } from '../access.js';
import type { Db } from './open.js';

/** The extraction rows readable by `reader`, in cable and kind order. */
export function extractionsForReader(db: Db, reader: Reader, filter: ExtractionFilter = {}): ExtractionRow[] {
  const acc = accessPredicateSql(reader, 'p');
  const where = [acc.sql];
  const params: unknown[] = [...acc.params];
  if (filter.kinds?.length) {
    where.push(`x.kind IN (${filter.kinds.map(() => '?').join(', ')})`);
    params.push(...filter.kinds);
  }
  if (filter.cableIds?.length) {
    where.push(`c.id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.cableIds));
  }
  const rows = db.prepare(`SELECT c.id AS cable_id, x.paragraph, x.kind, x.seq, x.payload
      FROM extractions x JOIN paragraphs p ON p.id = x.paragraph_id JOIN cables c ON c.rowid = x.cable_ref
      WHERE ${where.join(' AND ')} ORDER BY c.id, x.kind, x.seq`).all(...params) as
    { cable_id: string; paragraph: string; kind: ExtractionKind; seq: number; payload: string }[];
  return rows.map((r) => ({ cable: r.cable_id, paragraph: r.paragraph, kind: r.kind, seq: r.seq, payload: JSON.parse(r.payload) as unknown }));
}
