/**
 * The SQLite store (the embedded default): a better-sqlite3 handle behind the Store interface.
 */
import type { Store } from '../types.js';
import { appendAudit, verifyAudit } from './audit.js';
import { contentDigest } from './digest.js';
import { extractionsForReader } from './extractions.js';
import { openSqlite, type Db } from './open.js';
import { citations, getCable, revisions, stats } from './read.js';
import { search } from './search.js';
import { knownHashes, writeBatch } from './write.js';

/** Open a SQLite archive file (created when absent) as a Store. */
export function createSqliteStore(file: string, options: { mustExist?: boolean } = {}): Store {
  const db: Db = openSqlite(file, { mustExist: options.mustExist });
  const wrap = <A extends unknown[], R>(f: (db: Db, ...a: A) => R) => async (...a: A): Promise<R> => f(db, ...a);
  return {
    kind: 'sqlite',
    location: file,
    knownHashes: wrap(knownHashes),
    writeBatch: wrap(writeBatch),
    getCable: wrap(getCable),
    revisions: wrap(revisions),
    citations: wrap(citations),
    search: wrap(search),
    extractionsForReader: wrap(extractionsForReader),
    stats: wrap(stats),
    appendAudit: wrap((d: Db, entries: Parameters<Store['appendAudit']>[0]) => appendAudit(d, entries)),
    verifyAudit: wrap(verifyAudit),
    contentDigest: wrap(contentDigest),
    close: async () => {
      db.close();
    },
  };
}
