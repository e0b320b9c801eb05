/**
 * Reads that need no reader: the stored cable (callers gate it), revisions, citations, archive statistics.
 */
import { restorePortionTexts } from '../portions.js';
import type { Cable } from '../../cable/types.js';
import type { ArchiveStats, Citations, RevisionInfo, StoredCable } from '../types.js';
import { query, type Db } from './db.js';
import { byteOrder } from './sql.js';

/** The current revision of a cable with its exact bytes and parsed form. */
export async function getCable(db: Db, id: string): Promise<StoredCable | null> {
  const [row] = await query<{ ref: number; id: string; revision: number; parsed: Cable; raw: Buffer; sha256: string; source: string; revisions: number }>(db,
    `SELECT c.ref, c.id, c.revision, j.parsed, r.raw, r.sha256, r.source,
       (SELECT count(*)::int FROM revisions x WHERE x.cable_id = c.id) AS revisions
     FROM cables c JOIN cable_json j ON j.cable_ref = c.ref JOIN revisions r ON r.cable_id = c.id AND r.revision = c.revision WHERE c.id = $1`, [id]);
  if (!row) return null;
  const cable = row.parsed;
  // portion texts are stored once, in paragraphs (seq 0 = subject, seq i = paragraphs[i-1])
  restorePortionTexts(cable, await query<{ seq: number; text: string }>(db, 'SELECT seq, text FROM paragraphs WHERE cable_ref = $1', [row.ref]));
  return {
    id: row.id, revision: row.revision, revisions: row.revisions, sha256: row.sha256, source: row.source,
    raw: new Uint8Array(row.raw.buffer, row.raw.byteOffset, row.raw.byteLength),
    cable,
  };
}

/** Every revision of a cable, oldest first. */
export async function revisions(db: Db, id: string): Promise<RevisionInfo[]> {
  const rows = await query<{ revision: number; sha256: string; source: string; released: string | null; diff: string | null; diff_from: number | null; current: boolean }>(db,
    `SELECT r.revision, r.sha256, r.source, r.released, r.diff, r.diff_from, (c.revision = r.revision) AS current
     FROM revisions r JOIN cables c ON c.id = r.cable_id WHERE r.cable_id = $1 ORDER BY r.revision`, [id]);
  return rows.map((r) => ({ revision: r.revision, sha256: r.sha256, source: r.source, released: r.released, current: r.current, diff: r.diff, diffFrom: r.diff_from }));
}

/** What a cable cites and which archived cables cite it. */
export async function citations(db: Db, id: string): Promise<Citations> {
  const cites = await query<{ id: string; text: string; in_archive: boolean }>(db,
    `SELECT r.ref_id AS id, r.text, EXISTS (SELECT 1 FROM cables x WHERE x.id = r.ref_id) AS in_archive
     FROM cables c JOIN refs r ON r.cable_ref = c.ref WHERE c.id = $1 AND r.ref_id IS NOT NULL ORDER BY r.seq`, [id]);
  const citedBy = await query<{ id: string }>(db,
    `SELECT DISTINCT c.id ${byteOrder} AS id FROM refs r JOIN cables c ON c.ref = r.cable_ref WHERE r.ref_id = $1 ORDER BY 1`, [id]);
  return { cites: cites.map((c) => ({ id: c.id, text: c.text, inArchive: c.in_archive })), citedBy: citedBy.map((r) => r.id) };
}

async function countBy(db: Db, sql: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of await query<{ k: string | number | null; n: number }>(db, sql)) out[r.k === null ? '(unknown)' : String(r.k)] = r.n;
  return out;
}

/** Counts by year, origin and classification, and diagnostics by code. */
export async function stats(db: Db): Promise<ArchiveStats> {
  const [n] = await query<{ cables: number; revisions: number; paragraphs: number }>(db,
    'SELECT (SELECT count(*)::int FROM cables) AS cables, (SELECT count(*)::int FROM revisions) AS revisions, (SELECT count(*)::int FROM paragraphs) AS paragraphs');
  return {
    ...n!,
    byYear: await countBy(db, 'SELECT year AS k, count(*)::int AS n FROM cables GROUP BY year ORDER BY year NULLS FIRST'),
    byOrigin: await countBy(db, `SELECT origin AS k, count(*)::int AS n FROM cables GROUP BY origin ORDER BY n DESC, origin ${byteOrder} NULLS FIRST`),
    byClassification: await countBy(db, `SELECT classification AS k, count(*)::int AS n FROM cables GROUP BY classification ORDER BY n DESC, classification ${byteOrder} NULLS FIRST`),
    diagnostics: await countBy(db, `SELECT code AS k, count(*)::int AS n FROM cables, unnest(string_to_array(trim(both '|' from diagnostics), '|')) AS code
      WHERE diagnostics <> '' GROUP BY code ORDER BY n DESC, code ${byteOrder}`),
  };
}
