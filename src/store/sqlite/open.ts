/**
 * Open (or create) a SQLite archive: pragmas for WAL and bulk writes, then migrations under a lock.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { createError } from '../../errors.js';
import { migrations, schemaVersion } from './schema.js';

export type Db = Database.Database;

/** Open the database file at `file`, creating and migrating it as needed. */
export function openSqlite(file: string, options: { mustExist?: boolean } = {}): Db {
  if (options.mustExist && !fs.existsSync(file)) {
    throw createError('NOT_FOUND', `no archive at ${file} (run tearline ingest first, or give --db)`);
  }
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw createError('BAD_INPUT', `cannot create the archive ${file}: folder ${dir} does not exist`);
  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
  } catch (e) {
    throw createError('BAD_INPUT', `cannot open the archive ${file}: ${(e as Error).message}`);
  }
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('cache_size = -32768'); // 32 MB: keeps ingest RSS well under 500 MB at 250,000 cables
  db.pragma('temp_store = MEMORY');
  migrate(db, file);
  return db;
}

function currentVersion(db: Db): number {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'`).get();
  if (!exists) return 0;
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  return row?.version ?? 0;
}

/** Bring the schema up to date; refuse a database written by newer code. */
export function migrate(db: Db, file: string): void {
  const v = currentVersion(db);
  if (v > schemaVersion) {
    db.close();
    throw createError('BAD_INPUT', `the archive ${file} has schema version ${v}, newer than this tearline understands (${schemaVersion}): upgrade tearline`);
  }
  if (v === schemaVersion) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    const again = currentVersion(db); // another process may have migrated meanwhile
    if (again === 0) db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    for (let n = again; n < schemaVersion; n++) db.exec(migrations[n]!);
    db.exec('DELETE FROM schema_version');
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(schemaVersion);
    db.exec('COMMIT');
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}
