/**
 * Where a benchmark archive lives: a SQLite file (default bench/out/archive-N.db) or, with
 * `--db postgres://…`, a schema `bench_N` in that PostgreSQL database (selected by search_path, so
 * the store sees an archive of its own and nothing else in the database is touched).
 */
import path from 'node:path';
import pg from 'pg';
import { packageRoot } from '../../src/common/paths.js';
import { isPostgresUrl } from '../../src/store/postgres/connect.js';
import { printableLocation } from '../../src/store/location.js';

export interface Target {
  kind: 'sqlite' | 'postgres';
  /** what openStore takes */
  location: string;
  /** for printing (no password) */
  label: string;
  /** the server URL without the schema option (PostgreSQL only) */
  server?: string;
  schema?: string;
}

/** The archive target of a benchmark run of `count` cables for `--db` (or the default SQLite file); `variant` names a second archive beside it. */
export function benchTarget(db: string | undefined, count: number, variant = ''): Target {
  if (db && isPostgresUrl(db)) {
    const schema = `bench_${count}${variant ? `_${variant}` : ''}`;
    const u = new URL(db);
    u.searchParams.set('options', `-c search_path=${schema}`);
    return { kind: 'postgres', location: u.toString(), label: `${printableLocation(db)} (schema ${schema})`, server: db, schema };
  }
  const file = variant ? path.join(packageRoot, 'bench', 'out', `archive-${count}-${variant}.db`) : (db ?? path.join(packageRoot, 'bench', 'out', `archive-${count}.db`));
  return { kind: 'sqlite', location: file, label: file };
}

/** Run `fn` with a client on the server of a PostgreSQL target. */
export async function withServer<T>(target: Target, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: target.server });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Drop and recreate the target's schema (PostgreSQL), so that an ingest starts from nothing. */
export async function freshSchema(target: Target): Promise<void> {
  await withServer(target, async (c) => {
    await c.query(`DROP SCHEMA IF EXISTS ${target.schema} CASCADE`);
    await c.query(`CREATE SCHEMA ${target.schema}`);
  });
}

/** Whether the target's schema exists (PostgreSQL). */
export async function schemaExists(target: Target): Promise<boolean> {
  return withServer(target, async (c) => (await c.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [target.schema])).rowCount === 1);
}
