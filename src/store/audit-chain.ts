/**
 * The audit log's hash chain (backend-neutral): each row's hash covers its fields and the previous hash,
 * so editing or deleting any row breaks the chain from there on.
 */
import { createHash } from 'node:crypto';

export const genesisHash = '0'.repeat(64);

export interface AuditRow {
  seq: number;
  at: string;
  reader: string;
  action: string;
  cable_id: string;
  /** JSON array of paragraph numbers */
  paragraphs: string;
  prev: string;
  hash: string;
}

/** The hash of one row given the previous row's hash. */
export function auditHash(prev: string, row: Omit<AuditRow, 'prev' | 'hash'>): string {
  return createHash('sha256')
    .update(prev + '\n' + JSON.stringify([row.seq, row.at, row.reader, row.action, row.cable_id, row.paragraphs]))
    .digest('hex');
}

/** Check a chain given in seq order: every problem found (gaps, broken links, altered rows). */
export function verifyChain(rows: Iterable<AuditRow>): { rows: number; head: string | null; problems: { seq: number; problem: string }[] } {
  const problems: { seq: number; problem: string }[] = [];
  let prev = genesisHash;
  let expectedSeq = 1;
  let n = 0;
  for (const r of rows) {
    n++;
    if (r.seq !== expectedSeq) problems.push({ seq: r.seq, problem: `rows ${expectedSeq}..${r.seq - 1} are missing (deleted)` });
    if (r.prev !== prev) problems.push({ seq: r.seq, problem: 'does not link to the previous row (a row before it was edited or deleted)' });
    if (auditHash(r.prev, r) !== r.hash) problems.push({ seq: r.seq, problem: 'content does not match its hash (edited)' });
    prev = r.hash;
    expectedSeq = r.seq + 1;
  }
  return { rows: n, head: n ? prev : null, problems };
}
