/**
 * A digest of the archive content: every cable with its revisions, parsed form, portions (with their
 * indexed words), references and extraction rows, in id order, by natural keys only. Surrogate keys
 * (cables.ref, paragraphs.id) are left out: PostgreSQL sequences are not transactional, so a killed or
 * concurrent ingest may number rows differently and still hold the same archive. The audit log is
 * excluded. Read in pages of cables, so memory stays flat on a large archive.
 */
import { createHash, type Hash } from 'node:crypto';
import { query, type Db } from './db.js';
import { byteOrder } from './sql.js';

const pageSize = 500;

const parts: [string, string][] = [
  ['revisions', `SELECT r.cable_id AS key, r.revision, r.sha256, r.source, r.released, r.raw, r.diff_from, r.diff FROM revisions r WHERE r.cable_id = ANY($1::text[]) ORDER BY r.cable_id ${byteOrder}, r.revision`],
  ['cable_json', `SELECT c.id AS key, j.parsed::text FROM cable_json j JOIN cables c ON c.ref = j.cable_ref WHERE c.id = ANY($1::text[]) ORDER BY c.id ${byteOrder}`],
  ['paragraphs', `SELECT c.id AS key, p.seq, p.number, p.lvl, p.noforn, p.rel_to, p.controls, p.text, p.tsv::text FROM paragraphs p JOIN cables c ON c.ref = p.cable_ref
    WHERE c.id = ANY($1::text[]) ORDER BY c.id ${byteOrder}, p.seq`],
  ['refs', `SELECT c.id AS key, r.seq, r.ref_id, r.text, r.kind FROM refs r JOIN cables c ON c.ref = r.cable_ref WHERE c.id = ANY($1::text[]) ORDER BY c.id ${byteOrder}, r.seq`],
  ['extractions', `SELECT c.id AS key, x.kind, x.seq, x.paragraph, (SELECT p.seq FROM paragraphs p WHERE p.id = x.paragraph_id) AS paragraph_seq, x.payload::text
    FROM extractions x JOIN cables c ON c.ref = x.cable_ref WHERE c.id = ANY($1::text[]) ORDER BY c.id ${byteOrder}, x.kind ${byteOrder}, x.seq`],
];

function update(h: Hash, row: Record<string, unknown>): void {
  for (const v of Object.values(row)) {
    h.update(v === null ? '\u0001' : Buffer.isBuffer(v) ? v : String(v));
    h.update('\u0000');
  }
}

/** sha256 over the archive content. */
export async function contentDigest(db: Db): Promise<string> {
  const h = createHash('sha256');
  for (let after: string | null = null; ;) {
    const cables: Record<string, unknown>[] = await query(db,
      `SELECT id, revision, source, created, released, date, year, origin, banner, classification, lvl, subject, sender, addressees, tags, diagnostics
         FROM cables WHERE $1::text IS NULL OR id ${byteOrder} > $1 ORDER BY id ${byteOrder} LIMIT ${pageSize}`, [after]);
    if (cables.length === 0) break;
    const ids = cables.map((c) => c.id as string);
    h.update('\u0000cables\u0000');
    for (const c of cables) update(h, c);
    for (const [name, sql] of parts) {
      h.update(`\u0000${name}\u0000`);
      for (const row of await query(db, sql, [ids])) update(h, row);
    }
    after = ids[ids.length - 1]!;
  }
  return h.digest('hex');
}
