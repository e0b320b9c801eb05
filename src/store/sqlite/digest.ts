/**
 * A digest of the archive content: every content table in key order, plus the full-text index checked
 * against its content. Two archives holding the same cables, revisions and index have the same digest,
 * however they were built (the crash-safety test relies on it). The audit log is excluded.
 */
import { createHash } from 'node:crypto';
import type { Db } from './open.js';

const tables: [string, string][] = [
  ['cables', 'rowid'],
  ['revisions', 'cable_id, revision'],
  ['cable_json', 'cable_ref'],
  ['paragraphs', 'id'],
  ['paragraph_texts', 'id'],
  ['refs', 'cable_ref, seq'],
  ['extractions', 'cable_ref, kind, seq'],
];

/** sha256 over the content tables; throws if the full-text index disagrees with its content. */
export function contentDigest(db: Db): string {
  db.prepare(`INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('integrity-check', 1)`).run();
  const h = createHash('sha256');
  for (const [table, key] of tables) {
    h.update(`\u0000${table}\u0000`);
    for (const row of db.prepare(`SELECT ${table === 'cables' ? 'rowid, *' : '*'} FROM ${table} ORDER BY ${key}`).raw().iterate() as Iterable<unknown[]>) {
      for (const v of row) {
        h.update(v === null ? '\u0001' : Buffer.isBuffer(v) ? v : String(v));
        h.update('\u0000');
      }
    }
  }
  return h.digest('hex');
}
