/**
 * Synchronous helpers for CLI commands that read one cable from a SQLite archive (`show ID --db`):
 * the lookup installed with `setCableLookup` (src/cli/source.ts) and the audit of what was shown.
 */
import fs from 'node:fs';
import { decodeCableBytes } from '../cable/index.js';
import type { Cable } from '../cable/types.js';
import type { Reader } from '../access/reader.js';
import { createError } from '../errors.js';
import { appendAudit } from './sqlite/audit.js';
import { openSqlite } from './sqlite/open.js';
import { getCable } from './sqlite/read.js';

/** The current revision of `id` in the archive `db` (raw bytes and parsed cable, `raw` text set), or null. */
export function lookupStoredCable(id: string, db: string): { cable: Cable; bytes: Uint8Array } | null {
  if (/^postgres(ql)?:\/\//i.test(db)) throw createError('USAGE', 'show from a PostgreSQL archive is not available in this build yet');
  if (!fs.existsSync(db)) return null;
  const handle = openSqlite(db, { mustExist: true });
  try {
    const stored = getCable(handle, id);
    if (!stored) return null;
    return { cable: { ...stored.cable, raw: decodeCableBytes(stored.raw) }, bytes: stored.raw };
  } finally {
    handle.close();
  }
}

/**
 * Append one audit row for a read of classified text (call it when `show` prints classified portions
 * of an archived cable). `paragraphs` are the portion numbers shown ('subject' for the subject).
 */
export function recordRead(db: string, reader: Reader, cable: string, paragraphs: string[], action = 'show'): void {
  if (paragraphs.length === 0) return;
  const handle = openSqlite(db, { mustExist: true });
  try {
    appendAudit(handle, [{ reader: reader.name, cable, paragraphs, action }]);
  } finally {
    handle.close();
  }
}
