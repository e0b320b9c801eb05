/**
 * Open a PostgreSQL archive: check the server (version, UTF-8), then bring the schema up to date under
 * an advisory lock, so that several processes opening a new archive at once migrate it once. A
 * database written by newer code is refused.
 */
import { createError } from '../../errors.js';
import { redactUrl } from './connect.js';
import { lockSpace, query, transaction, type Db, type Queryable } from './db.js';
import { migrations, schemaVersion } from './schema.js';

async function currentVersion(q: Queryable): Promise<number> {
  const exists = (await q.query<{ t: string | null }>(`SELECT to_regclass('schema_version')::text AS t`)).rows[0]!.t;
  if (!exists) return 0;
  const row = (await q.query<{ version: number }>('SELECT version FROM schema_version')).rows[0];
  return row?.version ?? 0;
}

async function checkServer(db: Db): Promise<void> {
  const [s] = await query<{ v: string; enc: string }>(db, `SELECT current_setting('server_version_num') AS v, current_setting('server_encoding') AS enc`);
  const where = redactUrl(db.url);
  if (Number(s!.v) < 120000) throw createError('BAD_INPUT', `the PostgreSQL server for ${where} is version ${s!.v}; tearline needs 12 or later`);
  if (s!.enc !== 'UTF8') throw createError('BAD_INPUT', `the database of ${where} has encoding ${s!.enc}; tearline needs UTF8 (createdb -E UTF8 -T template0 NAME)`);
}

/** Check the server and bring the schema up to date; `mustExist` refuses a database without an archive. */
export async function migrate(db: Db, options: { mustExist?: boolean } = {}): Promise<void> {
  await checkServer(db);
  const where = redactUrl(db.url);
  const refuseNewer = (v: number) => {
    if (v > schemaVersion) throw createError('BAD_INPUT', `the archive ${where} has schema version ${v}, newer than this tearline understands (${schemaVersion}): upgrade tearline`);
  };
  const v = await currentVersion(db.pool);
  refuseNewer(v);
  if (v === 0 && options.mustExist) throw createError('NOT_FOUND', `no archive at ${where} (run tearline ingest first, or give --db)`);
  if (v === schemaVersion) return;
  // A session-level lock taken before BEGIN: the transaction that follows starts after the previous
  // holder committed, so it sees the tables that holder created (a lock taken inside the transaction
  // would leave this connection's catalog cache from before them).
  await withSessionLock(db, async () => {
    await transaction(db, async (client) => {
      const again = await currentVersion(client); // another process may have migrated meanwhile
      refuseNewer(again);
      if (again === schemaVersion) return;
      if (again === 0) await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
      for (let n = again; n < schemaVersion; n++) await client.query(migrations[n]!);
      await client.query('DELETE FROM schema_version');
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [schemaVersion]);
    });
  });
}

async function withSessionLock(db: Db, fn: () => Promise<void>): Promise<void> {
  const lock = await db.pool.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1, 0)', [lockSpace.archive]);
    try {
      await fn();
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1, 0)', [lockSpace.archive]);
    }
  } finally {
    lock.release();
  }
}
