/** Helpers for ingest tests: temporary folders and archive digests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../../src/store/sqlite/index.js';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-ingest-'));
}

/** The content digest and cable count of an archive file. */
export async function archiveState(file: string): Promise<{ digest: string; cables: number; revisions: number }> {
  const store = createSqliteStore(file);
  try {
    const s = await store.stats();
    return { digest: await store.contentDigest(), cables: s.cables, revisions: s.revisions };
  } finally {
    await store.close();
  }
}
