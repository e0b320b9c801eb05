/**
 * The handle the PostgreSQL store functions share: a pool, the URL it serves, and two ways to run
 * SQL (one statement on any pooled connection, or a transaction on one connection). Connection
 * failures become clear errors (connect.ts); a failed transaction is rolled back before the error
 * goes on.
 */
import type pg from 'pg';
import { connectionError } from './connect.js';

export interface Db {
  pool: pg.Pool;
  url: string;
}

/** A connection (or the pool) that runs queries. */
export type Queryable = Pick<pg.PoolClient, 'query'>;

function rethrow(db: Db, e: unknown): never {
  throw connectionError(e, db.url) ?? e;
}

/** Run one statement; rows come back as objects. */
export async function query<R extends pg.QueryResultRow>(db: Db, sql: string, params: unknown[] = []): Promise<R[]> {
  try {
    return (await db.pool.query<R>(sql, params)).rows;
  } catch (e) {
    rethrow(db, e);
  }
}

/** Run `fn` in a transaction on one connection: committed when it resolves, rolled back when it throws. */
export async function transaction<T>(db: Db, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await db.pool.connect();
  } catch (e) {
    rethrow(db, e);
  }
  let broken = false;
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true; // the connection itself failed: do not return it to the pool
    }
    rethrow(db, e);
  } finally {
    client.release(broken);
  }
}

/** Advisory lock namespaces (the first key of `pg_advisory_xact_lock(int, int)`). */
export const lockSpace = {
  /** schema migrations (second key 0) and the audit chain head (second key 1) */
  archive: 0x7ea1,
  /** one lock per cable id (second key: hashtext(id)) */
  cable: 0x7ea2,
} as const;
