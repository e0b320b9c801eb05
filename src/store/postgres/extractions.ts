/**
 * Extraction rows (mentions, relations, actions) as a reader may see them: only rows whose paragraph
 * the reader may read (the access predicate runs in the query).
 */
import type { Reader } from '../../access/reader.js';
import type { ExtractionFilter, ExtractionKind, ExtractionRow } from '../types.js';
import { query, type Db } from './db.js';
import { byteOrder, Params } from './sql.js';

/** The extraction rows readable by `reader`, in cable and kind order. */
export async function extractionsForReader(db: Db, reader: Reader, filter: ExtractionFilter = {}): Promise<ExtractionRow[]> {
  const q = new Params();
  const where = [q.access(reader, 'p')];
  if (filter.kinds?.length) where.push(`x.kind = ANY(${q.param(filter.kinds)}::text[])`);
  if (filter.cableIds?.length) where.push(`c.id = ANY(${q.param(filter.cableIds)}::text[])`);
  const rows = await query<{ cable_id: string; paragraph: string; kind: ExtractionKind; seq: number; payload: unknown }>(db,
    `SELECT c.id AS cable_id, x.paragraph, x.kind, x.seq, x.payload
       FROM extractions x JOIN paragraphs p ON p.id = x.paragraph_id JOIN cables c ON c.ref = x.cable_ref
      WHERE ${where.join(' AND ')} ORDER BY c.id ${byteOrder}, x.kind ${byteOrder}, x.seq`, q.values);
  return rows.map((r) => ({ cable: r.cable_id, paragraph: r.paragraph, kind: r.kind, seq: r.seq, payload: r.payload }));
}
