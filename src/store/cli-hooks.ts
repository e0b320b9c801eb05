/**
 * Helpers for CLI commands that read one cable from an archive (`show ID --db`), on either backend:
 * the lookup used by src/cli/source.ts and the audit of what was shown.
 */
import fs from 'node:fs';
import { decodeCableBytes } from '../cable/index.js';
import type { Cable } from '../cable/types.js';
import type { Reader } from '../access/reader.js';
import { openStore } from './index.js';
import { isPostgresUrl } from './postgres/connect.js';

/** The current revision of `id` in the archive `db` (raw bytes and parsed cable, `raw` text set), or null. */
export async function lookupStoredCable(id: string, db: string): Promise<{ cable: Cable; bytes: Uint8Array } | null> {
  if (!isPostgresUrl(db) && !fs.existsSync(db)) return null;
  const store = await openStore(db, { mustExist: true });
  try {
    const stored = await store.getCable(id);
    if (!stored) return null;
    return { cable: { ...stored.cable, raw: decodeCableBytes(stored.raw) }, bytes: stored.raw };
  } finally {
    await store.close();
  }
}

/**
 * Append one audit row for a read of classified text (call it when `show` prints classified portions
 * of an archived cable). `paragraphs` are the portion numbers shown ('subject' for the subject).
 */
export async function recordRead(db: string, reader: Reader, cable: string, paragraphs: string[], action = 'show'): Promise<void> {
  if (paragraphs.length === 0) return;
  const store = await openStore(db, { mustExist: true });
  try {
    await store.appendAudit([{ reader: reader.name, cable, paragraphs, action }]);
  } finally {
    await store.close();
  }
}
