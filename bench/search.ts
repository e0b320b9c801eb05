/**
 * Search latency at Cablegate scale (SPEC §6) over the archive built by bench/ingest (same --count):
 * tearline search (access filtering on, readers S/USA, S/FRA, C/USA and TS/USA in turn; total, facets, top 20
 * with snippets) against the bare FTS5 ranked query (top 20 by bm25 with a snippet over whole cables)
 * measured in the same run, query by query, and against ripgrep over the raw files. Every timed
 * (query, reader) pair is new to the process, so the matching-set cache never answers them; the cache
 * is measured apart, on the next page of each query. With `--db postgres://…` the archive is the
 * schema bench_N that bench/ingest made there, and the bare PostgreSQL query (ts_rank top 20 with a
 * ts_headline snippet over whole cables) is measured too, as the same-engine baseline.
 *   node dist/bench/search.js [--count N] [--rounds R] [--db PATH|postgres://…]
 * Targets: p50 ≤ 1/3 and p99 ≤ 2/3 of the bare query; ≥ 50× faster than ripgrep.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Reader } from '../src/access/reader.js';
import { packageRoot } from '../src/common/paths.js';
import { planQuery } from '../src/search/plan.js';
import { parseQuery } from '../src/search/query.js';
import { toFts5 } from '../src/search/fts5.js';
import { openStore } from '../src/store/index.js';
import { toTsquery } from '../src/store/postgres/tsquery.js';
import { argValue } from './lib/corpus.js';
import { bareQuery } from './lib/bare.js';
import { barePgQuery } from './lib/bare-pg.js';
import { benchTarget, schemaExists } from './lib/target.js';
import { ms, percentile, seconds } from './lib/measure.js';

const count = Number(argValue('count', '250000'));
const target = benchTarget(argValue('db'), count);
const bareDb = path.join(packageRoot, 'bench', 'out', `bare-${count}.db`);
const corpusDir = path.join(packageRoot, 'bench', 'out', `corpus-${count}`);
const archiveExists = target.kind === 'postgres' ? await schemaExists(target) : fs.existsSync(target.location);
if (!archiveExists || !fs.existsSync(bareDb)) {
  console.error(`run bench/ingest with --count ${count}${target.kind === 'postgres' ? ' --db URL' : ''} first (needs ${target.label} and ${bareDb})`);
  process.exit(2);
}

/** Text queries (the bare baseline can run them too): rare and common words, phrases, prefixes, OR. */
const queries = [
  'infrared detectors', '"thermal imaging"', 'sofradir', 'centrifuge', 'uranium enrichment', 'nuclear', 'government',
  'export control', '"end-use check"', 'missile', 'wassenaar', 'blue lantern', 'iran OR syria', 'sanction*', 'dual-use',
  'human rights', 'election', 'terrorism', 'oil', 'china taiwan', 'chemical weapons', 'ballistic', 'visa', 'embassy',
];
const readers: Reader[] = [
  { name: 'S/USA', clearance: 'S', citizenship: 'USA', accesses: [] },
  { name: 'S/FRA', clearance: 'S', citizenship: 'FRA', accesses: [] },
  { name: 'C/USA', clearance: 'C', citizenship: 'USA', accesses: [] },
  { name: 'TS/USA', clearance: 'TS', citizenship: 'USA', accesses: [] },
];
const rounds = Math.min(Number(argValue('rounds', '3')), readers.length - 1);

const store = await openStore(target.location, { mustExist: true });
const bare = bareQuery(bareDb);
const barePg = target.kind === 'postgres' ? await barePgQuery(target.server!, count) : null;
const ours: number[] = [];
const base: number[] = [];
const basePg: number[] = [];
const perQuery: string[] = [];
const opts = { limit: 20, offset: 0, order: 'relevance' as const };

for (let r = 0; r <= rounds; r++) {
  for (const [i, q] of queries.entries()) {
    const parsed = parseQuery(q);
    const match = toFts5(planQuery(parsed).text!);
    const reader = readers[(i + r) % readers.length]!;
    const b = seconds(() => bare.run(match));
    let bPg = 0;
    if (barePg) {
      const t0 = process.hrtime.bigint();
      await barePg.run(toTsquery(planQuery(parsed).text!));
      bPg = Number(process.hrtime.bigint() - t0) / 1e9;
    }
    const t0 = process.hrtime.bigint();
    const res = await store.search(reader, parsed, opts);
    const t = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r === 0) continue; // warm-up round
    base.push(b.seconds);
    if (barePg) basePg.push(bPg);
    ours.push(t);
    if (r === 1) perQuery.push(`  ${q.padEnd(22)} ${reader.name.padEnd(6)} total ${String(res.total).padStart(7)}  tearline ${ms(t).padStart(9)}  bare ${ms(b.seconds).padStart(9)}${barePg ? `  bare PostgreSQL ${ms(bPg).padStart(9)}` : ''}`);
  }
}
const nextPage: number[] = [];
for (const [i, q] of queries.entries()) {
  const reader = readers[(i + rounds) % readers.length]!;
  const t0 = process.hrtime.bigint();
  await store.search(reader, parseQuery(q), { ...opts, offset: 20 });
  nextPage.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
bare.close();
await barePg?.close();
await store.close();

const p = (xs: number[], q: number) => percentile(xs, q);
console.log(`archive: ${target.label} (${count.toLocaleString('en-US')} cables: the real corpus replicated under new ids, see bench/ingest)`);
console.log(`${queries.length} queries × ${rounds} rounds after a warm-up; readers cycle S/USA, S/FRA, C/USA, TS/USA (no pair repeats)`);
console.log(perQuery.join('\n'));
console.log(`bare SQLite FTS5 (top 20 by bm25 + snippet): p50 ${ms(p(base, 50))}, p99 ${ms(p(base, 99))}`);
if (barePg) console.log(`bare PostgreSQL (top 20 by ts_rank + ts_headline): p50 ${ms(p(basePg, 50))}, p99 ${ms(p(basePg, 99))}`);
else if (target.kind === 'postgres') console.log('bare PostgreSQL: skipped (no bare_N schema: run bench/ingest --db URL without --no-bare-pg)');
console.log(`tearline search on ${target.kind} (access on, total + facets + top 20 + snippets + audit): p50 ${ms(p(ours, 50))}, p99 ${ms(p(ours, 99))}`);
console.log(`next page of the same query (matching-set cache): p50 ${ms(p(nextPage, 50))}, p99 ${ms(p(nextPage, 99))}`);
console.log(`ratio to the bare SQLite query: p50 ${(p(ours, 50) / p(base, 50)).toFixed(2)} (target ≤ 0.33), p99 ${(p(ours, 99) / p(base, 99)).toFixed(2)} (target ≤ 0.67)`);
if (barePg) console.log(`ratio to the bare PostgreSQL query: p50 ${(p(ours, 50) / p(basePg, 50)).toFixed(2)}, p99 ${(p(ours, 99) / p(basePg, 99)).toFixed(2)}`);

const rg = spawnSync('rg', ['--version'], { encoding: 'utf8' });
if (rg.status !== 0 || !fs.existsSync(corpusDir)) {
  console.log(`ripgrep: skipped (${rg.status !== 0 ? 'rg is not installed: apt-get install ripgrep' : `no raw files at ${corpusDir}`})`);
} else {
  const rgTimes: number[] = [];
  for (const q of ['sofradir', 'infrared detectors', 'centrifuge', 'wassenaar', 'nuclear']) {
    const t = seconds(() => spawnSync('rg', ['-l', '-i', '-F', q, corpusDir], { maxBuffer: 256 << 20 }));
    rgTimes.push(t.seconds);
  }
  console.log(`ripgrep -l -i over the raw files: p50 ${ms(p(rgTimes, 50))}; tearline p50 is ${(p(rgTimes, 50) / p(ours, 50)).toFixed(0)}× faster (target ≥ 50×)`);
}
