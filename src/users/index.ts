/**
 * Users: who may log in to the web application, and the reader each one is (SPEC §4). Open the
 * users of an archive with `openUsers(location)`; `readerForUser` resolves the CLI's `--user NAME`.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import type { Reader } from '../access/reader.js';
import { createError } from '../errors.js';
import { openSqliteUsers } from './sqlite.js';
import type { User, UserStore } from './types.js';
export type { NewUser, Session, StoredUser, User, UserStore } from './types.js';
export { publicUser } from './sqlite.js';
export { hashPassword, verifyPassword, generatePassword, decoyHash } from './password.js';
export { newUser, checkPassword, knownAccesses, minPasswordLength } from './validate.js';

function isPostgres(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The users of the archive at `location` (SQLite: tables in the archive file). */
export function openUsers(location: string): UserStore {
  if (isPostgres(location)) throw createError('USAGE', 'users of a PostgreSQL archive are not available in this build yet');
  return openSqliteUsers(location);
}

/** The reader a user is: their name, clearance, citizenship and accesses. */
export function userReader(user: Pick<User, 'name' | 'clearance' | 'citizenship' | 'accesses'>): Reader {
  return { name: user.name, clearance: user.clearance, citizenship: user.citizenship, accesses: [...user.accesses] };
}

/**
 * The reader for `--user NAME` on the command line, read synchronously from the archive `db`.
 * @throws TearlineError NOT_FOUND when there is no archive or no such user
 * @example readerForUser('analyst', './tearline.db') // {name: 'analyst', clearance: 'S', citizenship: 'USA', accesses: []}
 */
export function readerForUser(name: string, db: string): Reader {
  if (isPostgres(db)) throw createError('USAGE', '--user with a PostgreSQL archive is not available in this build yet');
  if (!fs.existsSync(db)) throw createError('NOT_FOUND', `--user ${name}: no archive at ${db} (give --db)`);
  const handle = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const table = handle.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users'`).get();
    const row = table ? (handle.prepare('SELECT name, clearance, citizenship, accesses FROM users WHERE name = ?').get(name) as { name: string; clearance: string; citizenship: string; accesses: string } | undefined) : undefined;
    if (!row) throw createError('NOT_FOUND', `--user ${name}: no such user in ${db} (tearline users list)`);
    return userReader({ name: row.name, clearance: row.clearance as Reader['clearance'], citizenship: row.citizenship, accesses: JSON.parse(row.accesses) as string[] });
  } finally {
    handle.close();
  }
}
