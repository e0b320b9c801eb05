/**
 * Portion ids that carry what search needs: `paragraphs.id` (also the full-text rowid) packs the
 * cable's rowid, the portion's sequence number and its label set, so that a search can decide access
 * and group hits by cable from the full-text rowid alone, without a join per hit:
 *
 *   id = cable_ref · 2^26 + seq · 2^14 + labelset        (all below 2^53: exact as a JavaScript number)
 *
 * A label set is one distinct (lvl, noforn, rel_to, controls) of table `labelsets`; the access predicate
 * picks the readable ones in SQL (`readableLabelsetsSql`) and the full-text query keeps the rowids whose
 * low bits name one of them. Portions of one cable are contiguous and in order.
 */
import type { Reader } from '../../access/reader.js';
import { createError } from '../../errors.js';
import { accessPredicateSql } from '../access.js';
import type { Sql } from './sql.js';

const seqBits = 12;
const labelBits = 14;
const cableShift = 2 ** (seqBits + labelBits);
const seqShift = 2 ** labelBits;

export const maxSeq = 2 ** seqBits - 1;
export const maxLabelset = 2 ** labelBits - 1;
export const maxCableRef = 2 ** (53 - seqBits - labelBits) - 1;

/** The id of portion `seq` of cable `cableRef` with label set `labelset`. */
export function portionId(cableRef: number, seq: number, labelset: number, cableId: string): number {
  if (seq > maxSeq) throw createError('BAD_INPUT', `cable ${cableId} has more than ${maxSeq} portions; the archive cannot index it`);
  if (labelset > maxLabelset) throw createError('BAD_INPUT', `the archive holds more than ${maxLabelset} distinct portion markings`);
  if (cableRef > maxCableRef) throw createError('BAD_INPUT', `the archive holds more than ${maxCableRef} cables`);
  return cableRef * cableShift + seq * seqShift + labelset;
}

/**
 * A portion's key: its id without the label-set bits, cable_ref · 2^12 + seq (a smaller number for a
 * search to return and parse, below 2^31 for the first 524,287 cables).
 */
export const portionKeySql = (rowid: string): string => `(${rowid} >> ${labelBits})`;
/** The key of portion `seq` of cable `cableRef`. */
export const portionKey = (cableRef: number, seq: number): number => cableRef * 2 ** seqBits + seq;
/** The cable rowid of a portion key. */
export const cableOfKey = (key: number): number => Math.floor(key / 2 ** seqBits);
/** The sequence number of a portion key (0 is the subject). */
export const seqOfKey = (key: number): number => key % 2 ** seqBits;
/** The first and last possible portion ids of a cable. */
export const cableRange = (cableRef: number): [number, number] => [cableRef * cableShift, (cableRef + 1) * cableShift - 1];

/** SQL: the label sets the reader may read (for `labelset IN (…)`), selected by the compiled access predicate. */
export function readableLabelsetsSql(reader: Reader): Sql {
  const acc = accessPredicateSql(reader, 'p');
  return { sql: `SELECT p.id FROM labelsets p WHERE ${acc.sql}`, params: acc.params };
}

/** Label set ids below this are tested by one shift of a bit mask (SQLite integers are 64-bit, signed). */
export const maskedLabelsets = 63;

/** SQL: one integer with bit i set for each readable label set i below `maskedLabelsets` (null when none). */
export function readableMaskSql(readable: Sql): Sql {
  return { sql: `SELECT sum(1 << id) FROM (${readable.sql}) WHERE id < ${maskedLabelsets}`, params: readable.params };
}

/**
 * SQL: the portion id expression `rowid` names a readable label set. `mask` is the value of
 * `readableMaskSql`; label sets beyond it (an archive with many distinct markings) are looked up in the
 * readable set. A shift and a mask per row cost less than a look-up per row.
 */
export function readableLabelsetTest(rowid: string, readable: Sql, mask: bigint): Sql {
  const l = labelsetOfSql(rowid);
  return { sql: `((? >> ${l}) & 1 OR ${l} >= ${maskedLabelsets} AND ${l} IN (${readable.sql}))`, params: [mask, ...readable.params] };
}

/** SQL for the label set of a portion id expression. */
export const labelsetOfSql = (rowid: string): string => `(${rowid} & ${maxLabelset})`;
/** SQL for the cable rowid of a portion id expression. */
export const cableOfSql = (rowid: string): string => `(${rowid} >> ${seqBits + labelBits})`;
