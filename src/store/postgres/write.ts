/**
 * Writing a batch of prepared cables in one transaction. The ids of the batch are locked first
 * (transaction-scoped advisory locks, taken in a fixed order so that concurrent batches cannot
 * deadlock), so two ingests of the same files never both add a cable or a revision: the second waits,
 * then finds the bytes stored and reports them unchanged. Rows go in with one multi-row statement per
 * table (arrays unnested server-side), not one round trip per row.
 */
import type pg from 'pg';
import type { IngestOutcome, PreparedCable } from '../types.js';
import { lockSpace, query, transaction, type Db } from './db.js';
import { planBatch, type BatchPlan, type StoredState } from './plan-batch.js';
import { tsvectorLiteral } from './tokens.js';
import { listColumn } from '../columns.js';

const bytes = (u: Uint8Array): Buffer => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));

async function lockIds(client: pg.PoolClient, ids: string[]): Promise<void> {
  await client.query(
    `SELECT count(pg_advisory_xact_lock($1, h)) FROM (SELECT DISTINCT hashtext(x) AS h FROM unnest($2::text[]) x ORDER BY h) s`,
    [lockSpace.cable, [...new Set(ids)]],
  );
}

/** The stored state of the batch's ids (current bytes only for ids receiving a text not stored yet). */
async function loadState(client: pg.PoolClient, items: PreparedCable[]): Promise<{ stored: Map<string, StoredState>; refs: Map<string, number> }> {
  const ids = [...new Set(items.map((i) => i.id))];
  const rows = (await client.query<{ id: string; ref: number; revision: number; released: string | null; hashes: string[]; max: number }>(
    `SELECT c.id, c.ref, c.revision, r.released, h.hashes, h.max
       FROM cables c JOIN revisions r ON r.cable_id = c.id AND r.revision = c.revision
       CROSS JOIN LATERAL (SELECT array_agg(sha256) AS hashes, max(revision) AS max FROM revisions x WHERE x.cable_id = c.id) h
      WHERE c.id = ANY($1::text[])`, [ids])).rows;
  const stored = new Map<string, StoredState>();
  const refs = new Map<string, number>();
  for (const r of rows) {
    stored.set(r.id, { current: { revision: r.revision, released: r.released, raw: null }, maxRevision: r.max, hashes: new Set(r.hashes) });
    refs.set(r.id, r.ref);
  }
  const needRaw = [...new Set(items.filter((i) => stored.get(i.id) && !stored.get(i.id)!.hashes.has(i.sha256)).map((i) => i.id))];
  if (needRaw.length) {
    const raws = (await client.query<{ id: string; raw: Buffer }>(
      `SELECT c.id, r.raw FROM cables c JOIN revisions r ON r.cable_id = c.id AND r.revision = c.revision WHERE c.id = ANY($1::text[])`, [needRaw])).rows;
    for (const r of raws) stored.get(r.id)!.current.raw = r.raw;
  }
  return { stored, refs };
}

async function insertRevisions(client: pg.PoolClient, plan: BatchPlan): Promise<void> {
  const rs = plan.revisions;
  if (!rs.length) return;
  await client.query(
    `INSERT INTO revisions (cable_id, revision, sha256, source, released, raw, diff_from, diff)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::bytea[], $7::int[], $8::text[])`,
    [rs.map((r) => r.cableId), rs.map((r) => r.revision), rs.map((r) => r.sha256), rs.map((r) => r.source), rs.map((r) => r.released),
      rs.map((r) => bytes(r.raw)), rs.map((r) => r.diffFrom), rs.map((r) => r.diff)],
  );
}

/** Upsert the cable rows that become current; returns id → ref. */
async function upsertCables(client: pg.PoolClient, current: { item: PreparedCable; revision: number }[]): Promise<Map<string, number>> {
  const col = <T>(f: (x: { item: PreparedCable; revision: number }) => T) => current.map(f);
  const rows = (await client.query<{ id: string; ref: number }>(
    `INSERT INTO cables (id, revision, source, created, released, date, year, origin, banner, classification, lvl, subject, sender, addressees, tags, diagnostics)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::text[], $11::smallint[],
                          $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
     ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, source = excluded.source, created = excluded.created, released = excluded.released,
       date = excluded.date, year = excluded.year, origin = excluded.origin, banner = excluded.banner, classification = excluded.classification,
       lvl = excluded.lvl, subject = excluded.subject, sender = excluded.sender, addressees = excluded.addressees, tags = excluded.tags, diagnostics = excluded.diagnostics
     RETURNING id, ref`,
    [col((x) => x.item.id), col((x) => x.revision), col((x) => x.item.source), col((x) => x.item.created), col((x) => x.item.released),
      col((x) => x.item.date), col((x) => x.item.year), col((x) => x.item.origin), col((x) => x.item.banner), col((x) => x.item.classification),
      col((x) => x.item.lvl), col((x) => x.item.subject), col((x) => x.item.sender), col((x) => listColumn(x.item.addressees)),
      col((x) => listColumn(x.item.tags)), col((x) => listColumn(x.item.diagnostics))],
  )).rows;
  const refs = new Map(rows.map((r) => [r.id, r.ref]));
  await client.query(
    `INSERT INTO cable_json (cable_ref, parsed) SELECT * FROM unnest($1::int[], $2::json[]) ON CONFLICT (cable_ref) DO UPDATE SET parsed = excluded.parsed`,
    [col((x) => refs.get(x.item.id)), col((x) => x.item.parsed)],
  );
  return refs;
}

/** Insert the portions, references and extraction rows of the cables that become current. */
async function insertParts(client: pg.PoolClient, current: { item: PreparedCable }[], refs: Map<string, number>): Promise<void> {
  const portions = current.flatMap(({ item }) => item.portions.map((p) => ({ ref: refs.get(item.id)!, p })));
  const ids = (await client.query<{ id: number; cable_ref: number; number: string; seq: number }>(
    `INSERT INTO paragraphs (cable_ref, seq, number, lvl, noforn, rel_to, controls, text, tsv)
     SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::smallint[], $5::smallint[], $6::text[], $7::text[], $8::text[], $9::tsvector[])
     RETURNING id, cable_ref, number, seq`,
    [portions.map((x) => x.ref), portions.map((x) => x.p.seq), portions.map((x) => x.p.number), portions.map((x) => x.p.label.lvl),
      portions.map((x) => x.p.label.noforn), portions.map((x) => x.p.label.rel_to), portions.map((x) => x.p.label.controls), portions.map((x) => x.p.text),
      portions.map((x) => tsvectorLiteral(x.p.text, x.p.number === 'subject' ? 'A' : 'D'))],
  )).rows;
  // the first portion of each number (numbers may repeat) is the one extraction rows point to
  const portionId = new Map<string, number>();
  for (const r of ids.sort((a, b) => a.cable_ref - b.cable_ref || a.seq - b.seq)) {
    const key = `${r.cable_ref}\u0000${r.number}`;
    if (!portionId.has(key)) portionId.set(key, r.id);
  }
  const refRows = current.flatMap(({ item }) => item.refs.map((r, seq) => ({ ref: refs.get(item.id)!, seq, r })));
  if (refRows.length) {
    await client.query(
      `INSERT INTO refs (cable_ref, seq, ref_id, text, kind) SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[])`,
      [refRows.map((x) => x.ref), refRows.map((x) => x.seq), refRows.map((x) => x.r.id), refRows.map((x) => x.r.text), refRows.map((x) => x.r.kind)],
    );
  }
  const xs = current.flatMap(({ item }) => {
    const ref = refs.get(item.id)!;
    return item.extractions.map((x) => ({ ...x, ref, pid: portionId.get(`${ref}\u0000${x.paragraph}`) ?? null }));
  });
  if (xs.length) {
    await client.query(
      `INSERT INTO extractions (cable_ref, kind, seq, paragraph, paragraph_id, payload) SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::bigint[], $6::json[])`,
      [xs.map((x) => x.ref), xs.map((x) => x.kind), xs.map((x) => x.seq), xs.map((x) => x.paragraph), xs.map((x) => x.pid), xs.map((x) => x.payload)],
    );
  }
}

/** Write prepared cables in one transaction; returns one outcome per item. */
export async function writeBatch(db: Db, items: PreparedCable[]): Promise<IngestOutcome[]> {
  if (items.length === 0) return [];
  return transaction(db, async (client) => {
    await lockIds(client, items.map((i) => i.id));
    const { stored, refs } = await loadState(client, items);
    const plan = planBatch(items, stored);
    await insertRevisions(client, plan);
    const current = [...plan.current.values()];
    if (current.length) {
      const replaced = current.map((c) => refs.get(c.item.id)).filter((r): r is number => r !== undefined);
      if (replaced.length) {
        for (const table of ['extractions', 'refs', 'paragraphs']) await client.query(`DELETE FROM ${table} WHERE cable_ref = ANY($1::int[])`, [replaced]);
      }
      await insertParts(client, current, await upsertCables(client, current));
    }
    return plan.outcomes;
  });
}

/** Hashes among `hashes` already stored as some revision. */
export async function knownHashes(db: Db, hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await query<{ sha256: string }>(db, 'SELECT DISTINCT sha256 FROM revisions WHERE sha256 = ANY($1::text[])', [hashes]);
  return new Set(rows.map((r) => r.sha256));
}
