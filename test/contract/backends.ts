/**
 * The backends the contract suite runs against: SQLite (a temporary file, always) and PostgreSQL
 * (a fresh schema in the database of TEARLINE_TEST_PG, when that is set). Each gives fresh archive
 * locations and the raw SQL access the tampering checks need.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** a new, empty archive location */
  fresh(): Promise<string>;
  /** run SQL against the archive at `location` */
  sql(location: string, sql: string): Promise<void>;
  /** run SQL with the audit log's append-only guard lifted (to tamper with it) */
  unguardedSql(location: string, sql: string): Promise<void>;
  /** remove what `fresh` created */
  cleanup(): Promise<void>;
}

export const sqliteBackend: Backend = {
  name: 'sqlite',
  async fresh() {
    return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-contract-')), 'archive.db');
  },
  async sql(location, sql) {
    const db = new Database(location);
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
  },
  async unguardedSql(location, sql) {
    const db = new Database(location);
    try {
      db.exec('DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete;');
      db.exec(sql);
    } finally {
      db.close();
    }
  },
  async cleanup() {},
};

/** The PostgreSQL backend for a server URL: each archive is its own schema (selected by search_path). */
export function postgresBackend(url: string): Backend {
  const schemas: string[] = [];
  const withClient = async <T>(location: string, fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: location });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    name: 'postgres',
    async fresh() {
      const schema = `contract_${randomBytes(6).toString('hex')}`;
      await withClient(url, (c) => c.query(`CREATE SCHEMA ${schema}`));
      schemas.push(schema);
      const u = new URL(url);
      u.searchParams.set('options', `-c search_path=${schema}`);
      return u.toString();
    },
    async sql(location, sql) {
      await withClient(location, (c) => c.query(sql));
    },
    async unguardedSql(location, sql) {
      await withClient(location, async (c) => {
        await c.query('ALTER TABLE audit DISABLE TRIGGER USER');
        await c.query(sql);
      });
    },
    async cleanup() {
      await withClient(url, async (c) => {
        for (const s of schemas.splice(0)) await c.query(`DROP SCHEMA ${s} CASCADE`);
      });
    },
  };
}

/** The backends to run: SQLite always, PostgreSQL when TEARLINE_TEST_PG is set (a SKIP line otherwise). */
export function backends(): Backend[] {
  const url = process.env.TEARLINE_TEST_PG;
  if (!url) {
    process.stdout.write('# SKIP store contract on PostgreSQL: TEARLINE_TEST_PG is not set (e.g. postgres://tearline:tearline@localhost/tearline_test)\n');
    return [sqliteBackend];
  }
  return [sqliteBackend, postgresBackend(url)];
}
