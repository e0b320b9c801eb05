/**
 * The PostgreSQL store (for multi-user deployments): a connection pool behind the Store interface,
 * selected by a `postgres://` location. Same semantics as the SQLite store; see schema.ts.
 */
import type { Store } from '../types.js';
import { appendAudit, verifyAudit } from './audit.js';
import { createPool, redactUrl } from './connect.js';
import type { Db } from './db.js';
import { contentDigest } from './digest.js';
import { extractionsForReader } from './extractions.js';
import { migrate } from './migrate.js';
import { citations, getCable, revisions, stats } from './read.js';
import { search } from './search.js';
import { knownHashes, writeBatch } from './write.js';

export { isPostgresUrl, redactUrl } from './connect.js';

/** Open the archive at a `postgres://` URL (created in that database when absent, unless `mustExist`). */
export async function createPostgresStore(url: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  const db: Db = { pool: createPool(url), url };
  try {
    await migrate(db, options);
  } catch (e) {
    await db.pool.end();
    throw e;
  }
  const bind = <A extends unknown[], R>(f: (db: Db, ...a: A) => Promise<R>) => (...a: A): Promise<R> => f(db, ...a);
  return {
    kind: 'postgres',
    location: redactUrl(url),
    knownHashes: bind(knownHashes),
    writeBatch: bind(writeBatch),
    getCable: bind(getCable),
    revisions: bind(revisions),
    citations: bind(citations),
    search: bind(search),
    extractionsForReader: bind(extractionsForReader),
    stats: bind(stats),
    appendAudit: bind((d: Db, entries: Parameters<Store['appendAudit']>[0]) => appendAudit(d, entries)),
    verifyAudit: bind(verifyAudit),
    contentDigest: bind(contentDigest),
    close: () => db.pool.end(),
  };
}
