/**
 * Users and sessions in SQLite, in the archive file itself (tables `users` and `sessions`, on a
 * connection of their own): one file to back up, and the store's content digest ignores them.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { createError } from '../errors.js';
import type { Level } from '../markings/types.js';
import type { NewUser, Session, StoredUser, User, UserStore } from './types.js';

const schema = `
CREATE TABLE IF NOT EXISTS users (
  name TEXT PRIMARY KEY COLLATE NOCASE,
  clearance TEXT NOT NULL,
  citizenship TEXT NOT NULL,
  accesses TEXT NOT NULL,        -- JSON array
  admin INTEGER NOT NULL,
  password TEXT NOT NULL,        -- scrypt$N$r$p$salt$hash
  created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,   -- sha256 of the cookie token: a stolen database yields no live cookie
  user TEXT NOT NULL COLLATE NOCASE REFERENCES users(name) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  expires TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user);
`;

interface Row {
  name: string;
  clearance: string;
  citizenship: string;
  accesses: string;
  admin: number;
  password: string;
  created: string;
}

function toUser(r: Row): StoredUser {
  return {
    name: r.name,
    clearance: r.clearance as Level,
    citizenship: r.citizenship,
    accesses: JSON.parse(r.accesses) as string[],
    admin: r.admin === 1,
    created: r.created,
    passwordHash: r.password,
  };
}

/** Strip the hash: what may leave the users module. */
export function publicUser(u: StoredUser | User): User {
  return { name: u.name, clearance: u.clearance, citizenship: u.citizenship, accesses: [...u.accesses], admin: u.admin, created: u.created };
}

/** Open (creating the tables when needed) the users of the SQLite archive at `file`. */
export function openSqliteUsers(file: string): UserStore {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw createError('BAD_INPUT', `cannot open ${file}: folder ${dir} does not exist`);
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 10000');
    db.pragma('foreign_keys = ON');
    db.exec(schema);
  } catch (e) {
    throw createError('BAD_INPUT', `cannot open the users of ${file}: ${(e as Error).message}`);
  }
  const q = {
    insert: db.prepare('INSERT INTO users (name, clearance, citizenship, accesses, admin, password, created) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    get: db.prepare('SELECT * FROM users WHERE name = ?'),
    list: db.prepare('SELECT * FROM users ORDER BY name'),
    remove: db.prepare('DELETE FROM users WHERE name = ?'),
    removeSessions: db.prepare('DELETE FROM sessions WHERE user = ?'),
    setPassword: db.prepare('UPDATE users SET password = ? WHERE name = ?'),
    createSession: db.prepare('INSERT INTO sessions (token_hash, user, csrf, expires) VALUES (?, ?, ?, ?)'),
    session: db.prepare('SELECT s.csrf, s.expires, u.* FROM sessions s JOIN users u ON u.name = s.user WHERE s.token_hash = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    expire: db.prepare('DELETE FROM sessions WHERE expires <= ?'),
  };
  return {
    async add(user: NewUser, passwordHash: string): Promise<User> {
      const created = new Date().toISOString();
      try {
        q.insert.run(user.name, user.clearance, user.citizenship, JSON.stringify(user.accesses), user.admin ? 1 : 0, passwordHash, created);
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw createError('CONFLICT', `a user named ${user.name} already exists`);
        throw e;
      }
      return { ...user, accesses: [...user.accesses], created };
    },
    async get(name) {
      const r = q.get.get(name) as Row | undefined;
      return r ? toUser(r) : null;
    },
    async list() {
      return (q.list.all() as Row[]).map((r) => publicUser(toUser(r)));
    },
    async remove(name) {
      return db.transaction(() => {
        q.removeSessions.run(name);
        return q.remove.run(name).changes > 0;
      })();
    },
    async setPassword(name, passwordHash) {
      return db.transaction(() => {
        q.removeSessions.run(name);
        return q.setPassword.run(passwordHash, name).changes > 0;
      })();
    },
    async createSession(tokenHash, name, csrf, expires) {
      q.createSession.run(tokenHash, name, csrf, expires);
    },
    async session(tokenHash, now): Promise<Session | null> {
      const r = q.session.get(tokenHash) as (Row & { csrf: string; expires: string }) | undefined;
      if (!r) return null;
      if (r.expires <= now) {
        q.expire.run(now);
        return null;
      }
      return { user: publicUser(toUser(r)), csrf: r.csrf, expires: r.expires };
    },
    async deleteSession(tokenHash) {
      q.deleteSession.run(tokenHash);
    },
    async close() {
      db.close();
    },
  };
}
