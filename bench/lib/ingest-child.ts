/**
 * Run one full ingest in its own process (so its peak RSS is its own) and print JSON figures:
 *   node dist/bench/lib/ingest-child.js LOCATION DIR
 * A SQLite LOCATION is deleted first; a PostgreSQL one must be an empty schema (bench/ingest makes it).
 */
import fs from 'node:fs';
import { openStore } from '../../src/store/index.js';
import { isPostgresUrl } from '../../src/store/postgres/connect.js';
import { ingest } from '../../src/store/ingest/run.js';

const [db, dir] = process.argv.slice(2) as [string, string];
if (!isPostgresUrl(db)) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
const store = await openStore(db);
const samples: { cables: number; rssMB: number }[] = [];
let next = 0;
const started = process.hrtime.bigint();
const cpu = process.cpuUsage();
const summary = await ingest(store, [dir], {
  onBatch: (done) => {
    if (done >= next) {
      samples.push({ cables: done, rssMB: Math.round(process.memoryUsage().rss / 1e6) });
      next = done + 10_000;
    }
  },
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
await store.close();
process.stdout.write(JSON.stringify({ seconds, cpuSeconds, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1e3), samples, summary: { ...summary, errors: summary.errors.length } }) + '\n');
