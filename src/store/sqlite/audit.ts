/**
 * The audit log in SQLite: appends under the write lock (so the chain never forks), verification in seq order.
 */
import { auditHash, genesisHash, verifyChain, type AuditRow } from '../audit-chain.js';
import type { AuditEntry, AuditVerdict } from '../types.js';
import type { Db } from './open.js';
import { statement } from './statements.js';

/** Append entries to the chain in one transaction. */
export function appendAudit(db: Db, entries: AuditEntry[], now: () => string = () => new Date().toISOString()): void {
  if (entries.length === 0) return;
  const last = statement(db, 'SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1');
  const insert = statement(db, 'INSERT INTO audit (seq, at, reader, action, cable_id, paragraphs, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    const head = last.get() as { seq: number; hash: string } | undefined;
    let seq = head?.seq ?? 0;
    let prev = head?.hash ?? genesisHash;
    const at = now();
    for (const e of entries) {
      seq++;
      const row = { seq, at, reader: e.reader, action: e.action, cable_id: e.cable, paragraphs: JSON.stringify(e.paragraphs) };
      const hash = auditHash(prev, row);
      insert.run(seq, at, e.reader, e.action, e.cable, row.paragraphs, prev, hash);
      prev = hash;
    }
  }).immediate();
}

/** Verify the whole chain. */
export function verifyAudit(db: Db): AuditVerdict {
  const rows = db.prepare('SELECT seq, at, reader, action, cable_id, paragraphs, prev, hash FROM audit ORDER BY seq').iterate() as Iterable<AuditRow>;
  const v = verifyChain(rows);
  return { ok: v.problems.length === 0, ...v };
}
