/**
 * The audit log in PostgreSQL: appends under an advisory lock on the chain head (so concurrent readers
 * never fork the chain), verification in seq order with the backend-neutral chain check.
 */
import { auditHash, genesisHash, verifyChain, type AuditRow } from '../audit-chain.js';
import type { AuditEntry, AuditVerdict } from '../types.js';
import { lockSpace, query, transaction, type Db } from './db.js';

/** Append entries to the chain in one transaction. */
export async function appendAudit(db: Db, entries: AuditEntry[], now: () => string = () => new Date().toISOString()): Promise<void> {
  if (entries.length === 0) return;
  await transaction(db, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, 1)', [lockSpace.archive]);
    const head = (await client.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1')).rows[0];
    let seq = head?.seq ?? 0;
    let prev = head?.hash ?? genesisHash;
    const at = now();
    const rows: AuditRow[] = entries.map((e) => {
      seq++;
      const row = { seq, at, reader: e.reader, action: e.action, cable_id: e.cable, paragraphs: JSON.stringify(e.paragraphs) };
      const hash = auditHash(prev, row);
      const full = { ...row, prev, hash };
      prev = hash;
      return full;
    });
    const col = <K extends keyof AuditRow>(k: K) => rows.map((r) => r[k]);
    await client.query(
      `INSERT INTO audit (seq, at, reader, action, cable_id, paragraphs, prev, hash)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
      [col('seq'), col('at'), col('reader'), col('action'), col('cable_id'), col('paragraphs'), col('prev'), col('hash')],
    );
  });
}

const pageSize = 10_000;

/** Verify the whole chain (read in pages of seq order). */
export async function verifyAudit(db: Db): Promise<AuditVerdict> {
  const rows: AuditRow[] = [];
  for (let after = -1; ;) {
    const page = await query<AuditRow>(db, 'SELECT seq, at, reader, action, cable_id, paragraphs, prev, hash FROM audit WHERE seq > $1 ORDER BY seq LIMIT $2', [after, pageSize]);
    rows.push(...page);
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.seq;
  }
  const v = verifyChain(rows);
  return { ok: v.problems.length === 0, ...v };
}
