/**
 * Reads that need no reader: the stored cable (callers gate it), revisions, citations, archive statistics.
 */
import { restorePortionTexts } from '../portions.js';
import type { Cable } from '../../cable/types.js';
import type { ArchiveStats, Citations, RevisionInfo, StoredCable } from '../types.js';
import type { Db } from './open.js';

/** The current revision of a cable with its exact bytes and parsed form. */
export function getCable(db: Db, id: string): StoredCable | null {
  const row = db.prepare(`SELECT c.rowid AS ref, c.id, c.revision, j.parsed, r.raw, r.sha256, r.source,
      (SELECT count(*) FROM revisions x WHERE x.cable_id = c.id) AS revisions
    FROM cables c JOIN cable_json j ON j.cable_ref = c.rowid JOIN revisions r ON r.cable_id = c.id AND r.revision = c.revision WHERE c.id = ?`).get(id) as
    | { ref: number; id: string; revision: number; parsed: string; raw: Buffer; sha256: string; source: string; revisions: number }
    | undefined;
  if (!row) return null;
  const cable = JSON.parse(row.parsed) as Cable;
  // portion texts are stored once, in paragraph_texts (seq 0 = subject, seq i = paragraphs[i-1])
  const texts = db.prepare('SELECT p.seq, coalesce(t.subject, t.body) AS text FROM paragraphs p JOIN paragraph_texts t ON t.id = p.id WHERE p.cable_ref = ?').all(row.ref) as { seq: number; text: string }[];
  restorePortionTexts(cable, texts);
  return {
    id: row.id, revision: row.revision, revisions: row.revisions, sha256: row.sha256, source: row.source,
    raw: new Uint8Array(row.raw.buffer, row.raw.byteOffset, row.raw.byteLength),
    cable,
  };
}

/** Every revision of a cable, oldest first. */
export function revisions(db: Db, id: string): RevisionInfo[] {
  const rows = db.prepare(`SELECT r.revision, r.sha256, r.source, r.released, r.diff, r.diff_from, (c.revision = r.revision) AS current
    FROM revisions r JOIN cables c ON c.id = r.cable_id WHERE r.cable_id = ? ORDER BY r.revision`).all(id) as
    { revision: number; sha256: string; source: string; released: string | null; diff: string | null; diff_from: number | null; current: number }[];
  return rows.map((r) => ({ revision: r.revision, sha256: r.sha256, source: r.source, released: r.released, current: r.current === 1, diff: r.diff, diffFrom: r.diff_from }));
}

/** What a cable cites and which archived cables cite it. */
export function citations(db: Db, id: string): Citations {
  const cites = db.prepare(`SELECT r.ref_id AS id, r.text, EXISTS (SELECT 1 FROM cables x WHERE x.id = r.ref_id) AS inArchive
    FROM cables c JOIN refs r ON r.cable_ref = c.rowid WHERE c.id = ? AND r.ref_id IS NOT NULL ORDER BY r.seq`).all(id) as { id: string; text: string; inArchive: number }[];
  const citedBy = db.prepare('SELECT DISTINCT c.id FROM refs r JOIN cables c ON c.rowid = r.cable_ref WHERE r.ref_id = ? ORDER BY c.id').pluck().all(id) as string[];
  return { cites: cites.map((c) => ({ id: c.id, text: c.text, inArchive: c.inArchive === 1 })), citedBy };
}

function countBy(db: Db, sql: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of db.prepare(sql).all() as { k: string | number | null; n: number }[]) out[r.k === null ? '(unknown)' : String(r.k)] = r.n;
  return out;
}

function diagnosticCounts(db: Db): Record<string, number> {
  const counts = new Map<string, number>();
  for (const col of db.prepare(`SELECT diagnostics FROM cables WHERE diagnostics <> ''`).pluck().iterate() as Iterable<string>) {
    for (const code of col.slice(1, -1).split('|')) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return Object.fromEntries([...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/** Counts by year, origin and classification, and diagnostics by code. */
export function stats(db: Db): ArchiveStats {
  const one = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    cables: one('SELECT count(*) FROM cables'),
    revisions: one('SELECT count(*) FROM revisions'),
    paragraphs: one('SELECT count(*) FROM paragraphs'),
    byYear: countBy(db, 'SELECT year AS k, count(*) AS n FROM cables GROUP BY year ORDER BY year'),
    byOrigin: countBy(db, 'SELECT origin AS k, count(*) AS n FROM cables GROUP BY origin ORDER BY n DESC, origin'),
    byClassification: countBy(db, 'SELECT classification AS k, count(*) AS n FROM cables GROUP BY classification ORDER BY n DESC'),
    diagnostics: diagnosticCounts(db),
  };
}
