/**
 * The same-engine baseline for PostgreSQL runs: a bare table of whole cable texts with a generated
 * `tsvector` (the built-in `simple` configuration) under a GIN index, loaded one transaction per batch,
 * and its ranked query (top 20 by ts_rank with a ts_headline snippet). Lives in schema `bare_N`.
 */
import fs from 'node:fs';
import pg from 'pg';

const schemaOf = (count: number) => `bare_${count}`;

/** Bulk-load the files into a fresh bare table; returns wall seconds (the server's CPU is not ours to count). */
export async function barePgLoad(server: string, count: number, files: string[], batch = 500): Promise<{ seconds: number }> {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  const s = schemaOf(count);
  try {
    await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await c.query(`CREATE SCHEMA ${s}`);
    await c.query(`CREATE TABLE ${s}.cables (id text PRIMARY KEY, body text NOT NULL, tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED)`);
    await c.query(`CREATE INDEX ON ${s}.cables USING gin (tsv)`);
    const started = process.hrtime.bigint();
    for (let i = 0; i < files.length; i += batch) {
      const names = files.slice(i, i + batch);
      const texts = names.map((f) => fs.readFileSync(f, 'utf8').replace(/\0/g, ''));
      await c.query('BEGIN');
      await c.query(`INSERT INTO ${s}.cables (id, body) SELECT * FROM unnest($1::text[], $2::text[])`, [names, texts]);
      await c.query('COMMIT');
    }
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  } finally {
    await c.end();
  }
}

/** A connection running the bare ranked query (`tsquery` is a tsquery literal); null when no bare table exists. */
export async function barePgQuery(server: string, count: number): Promise<{ run: (tsquery: string) => Promise<number>; close: () => Promise<void> } | null> {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  const s = schemaOf(count);
  const exists = (await c.query('SELECT 1 FROM pg_tables WHERE schemaname = $1', [s])).rowCount === 1;
  if (!exists) {
    await c.end();
    return null;
  }
  const sql = `SELECT id, ts_headline('simple', body, q, 'MaxWords=16, MinWords=8') AS snippet, r FROM (
      SELECT id, body, q, ts_rank(tsv, q) AS r FROM ${s}.cables, CAST($1 AS tsquery) q WHERE tsv @@ q ORDER BY r DESC LIMIT 20) t`;
  return {
    run: async (tsquery) => (await c.query({ name: 'bare', text: sql, values: [tsquery] })).rowCount ?? 0,
    close: () => c.end(),
  };
}
