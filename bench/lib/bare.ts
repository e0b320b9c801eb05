/**
 * The baseline of SPEC §6: a bare SQLite FTS5 table of whole cable texts (one table, one transaction
 * per batch), and its ranked query (top 20 by bm25 with a snippet).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';

/** Bulk-load the files into a fresh bare FTS5 table; returns wall and CPU seconds. */
export function bareLoad(file: string, files: string[], batch = 500): { seconds: number; cpuSeconds: number } {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE VIRTUAL TABLE cables USING fts5(id UNINDEXED, body)');
  const insert = db.prepare('INSERT INTO cables (id, body) VALUES (?, ?)');
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < files.length; i += batch) {
    const texts = files.slice(i, i + batch).map((f) => fs.readFileSync(f, 'utf8'));
    db.transaction(() => {
      texts.forEach((t, j) => insert.run(files[i + j]!, t));
    })();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  db.close();
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** A prepared bare ranked query. */
export function bareQuery(file: string): { run: (match: string) => number; close: () => void } {
  const db = new Database(file, { readonly: true });
  const q = db.prepare(`SELECT id, snippet(cables, 1, '[', ']', '…', 16) AS snippet, bm25(cables) AS score FROM cables WHERE cables MATCH ? ORDER BY rank LIMIT 20`);
  return { run: (match) => q.all(match).length, close: () => db.close() };
}
