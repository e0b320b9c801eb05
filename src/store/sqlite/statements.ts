/**
 * Prepared statements cached per connection and SQL text (preparing costs more than running a small query).
 */
import type Database from 'better-sqlite3';
import type { Db } from './open.js';

type Statement = Database.Statement<unknown[], unknown>;
const caches = new WeakMap<Db, Map<string, Statement>>();
const maxEntries = 256;

/** The prepared statement for `sql` on `db`, prepared once. */
export function statement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) {
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    s = db.prepare<unknown[], unknown>(sql);
    cache.set(sql, s);
  }
  return s;
}
