/**
 * Ingest at Cablegate scale (SPEC §6): the real corpus replicated under new ids to N cables (default
 * 250,000), ingested by the full pipeline (parse, labels, extraction, store, index) in a child process;
 * compared with a bare SQLite FTS5 bulk load of the same texts measured in the same run (SPEC's
 * baseline). With `--db postgres://…` the archive is the schema bench_N of that database, and a bare
 * PostgreSQL load (tsvector + GIN) is measured too, as the same-engine baseline.
 * `--extraction-cost` ingests a second time with extraction off (TEARLINE_EXTRACT=0) into a scratch
 * archive and prints the rate with extraction over the rate without (issue: extraction must not halve it).
 *   node dist/bench/ingest.js [--count N] [--db PATH|postgres://…] [--no-bare-pg] [--extraction-cost]
 * Target: ingest time ≤ 2× the bare load; peak RSS ≤ 500 MB and flat.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../src/common/paths.js';
import { argValue, buildCorpus, corpusFiles } from './lib/corpus.js';
import { bareLoad } from './lib/bare.js';
import { barePgLoad } from './lib/bare-pg.js';
import { mb } from './lib/measure.js';
import { preparerThreads } from '../src/store/ingest/preparer.js';
import { benchTarget, freshSchema, type Target } from './lib/target.js';

const count = Number(argValue('count', '250000'));
const target = benchTarget(argValue('db'), count);
const bareDb = path.join(packageRoot, 'bench', 'out', `bare-${count}.db`);
const rate = (s: number) => `${Math.round(count / s).toLocaleString('en-US')} cables/s`;

const corpus = buildCorpus(count);
console.log(`corpus: ${corpus.count.toLocaleString('en-US')} cables (${mb(corpus.bytes)}): the ${corpus.originals} real cables of ${corpus.source} replicated under new reference ids`);

const files = corpusFiles(corpus);
const bare = bareLoad(bareDb, files);
console.log(`bare SQLite FTS5 bulk load: ${bare.seconds.toFixed(1)} s wall, ${bare.cpuSeconds.toFixed(1)} s CPU, ${rate(bare.seconds)} (${bareDb})`);
let barePg: { seconds: number } | null = null;
if (target.kind === 'postgres' && !process.argv.includes('--no-bare-pg')) {
  barePg = await barePgLoad(target.server!, count, files);
  console.log(`bare PostgreSQL load (tsvector + GIN, schema bare_${count}): ${barePg.seconds.toFixed(1)} s wall, ${rate(barePg.seconds)} (the server's CPU is not counted)`);
}

interface ChildFigures {
  seconds: number;
  cpuSeconds: number;
  maxRssMB: number;
  samples: { cables: number; rssMB: number }[];
  summary: { new: number; errors: number };
}

/** One full ingest of the corpus into `location`, in a child process. */
async function ingestOnce(t: Target, env: NodeJS.ProcessEnv = process.env): Promise<ChildFigures> {
  if (t.kind === 'postgres') await freshSchema(t);
  const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib', 'ingest-child.js');
  // the environment the tearline command gives itself (src/cli/main.ts, first line)
  const r = spawnSync(process.execPath, [child, t.location, corpus.dir], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...env, MALLOC_ARENA_MAX: '2' } });
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  return JSON.parse(r.stdout) as ChildFigures;
}

const threads = preparerThreads(corpus.bytes);
console.log(`preparation (parse, labels, extraction): ${threads ? `${threads} worker thread${threads === 1 ? "" : "s"} beside the writing thread` : 'on the writing thread'} (TEARLINE_INGEST_THREADS to change)`);
const out = await ingestOnce(target);
console.log(`tearline ingest (${target.kind}): ${out.seconds.toFixed(1)} s wall, ${out.cpuSeconds.toFixed(1)} s CPU of the tearline process, ${rate(out.seconds)}, ${out.summary.new.toLocaleString('en-US')} new, ${out.summary.errors} errors (${target.label})`);
console.log(`ratio to the bare SQLite load: ${(out.seconds / bare.seconds).toFixed(2)}× wall${target.kind === 'sqlite' ? `, ${(out.cpuSeconds / bare.cpuSeconds).toFixed(2)}× CPU` : ''} (target ≤ 2×; the machine is shared, CPU time is the steadier figure)`);
if (barePg) console.log(`ratio to the bare PostgreSQL load: ${(out.seconds / barePg.seconds).toFixed(2)}× wall`);
console.log(`peak RSS of the tearline process: ${out.maxRssMB} MB (target ≤ 500 MB${target.kind === 'postgres' ? '; the server\'s memory is its own, bounded by its configuration' : ''}); along the way: ${out.samples.map((s) => `${s.cables}: ${s.rssMB}`).join(', ')} MB`);

if (process.argv.includes('--extraction-cost')) {
  const scratch = benchTarget(target.server ?? target.location, count, 'noextract');
  const plain = await ingestOnce(scratch, { ...process.env, TEARLINE_EXTRACT: '0' });
  console.log(`without extraction (TEARLINE_EXTRACT=0, ${scratch.label}): ${plain.seconds.toFixed(1)} s wall, ${plain.cpuSeconds.toFixed(1)} s CPU, ${rate(plain.seconds)}`);
  console.log(`extraction keeps ${((plain.seconds / out.seconds) * 100).toFixed(0)}% of the ingest rate in wall time, ${((plain.cpuSeconds / out.cpuSeconds) * 100).toFixed(0)}% in CPU time (must stay ≥ 50%)`);
}
