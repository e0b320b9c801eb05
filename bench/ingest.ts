/**
 * Ingest at Cablegate scale (SPEC §6): the real corpus replicated under new ids to N cables (default
 * 250,000), ingested by the full pipeline (parse, labels, extraction, store, index) in a child process;
 * compared with a bare SQLite FTS5 bulk load of the same texts measured in the same run.
 *   node dist/bench/ingest.js [--count N] [--db PATH]
 * Target: ingest time ≤ 2× the bare load; peak RSS ≤ 500 MB and flat.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../src/common/paths.js';
import { argValue, buildCorpus, corpusFiles } from './lib/corpus.js';
import { bareLoad } from './lib/bare.js';
import { mb } from './lib/measure.js';

const count = Number(argValue('count', '250000'));
const db = argValue('db', path.join(packageRoot, 'bench', 'out', `archive-${count}.db`))!;
const bareDb = path.join(packageRoot, 'bench', 'out', `bare-${count}.db`);

const corpus = buildCorpus(count);
console.log(`corpus: ${corpus.count.toLocaleString('en-US')} cables (${mb(corpus.bytes)}): the ${corpus.originals} real cables of ${corpus.source} replicated under new reference ids`);

const files = corpusFiles(corpus);
const bare = bareLoad(bareDb, files);
console.log(`bare FTS5 bulk load: ${bare.seconds.toFixed(1)} s wall, ${bare.cpuSeconds.toFixed(1)} s CPU, ${Math.round(count / bare.seconds).toLocaleString('en-US')} cables/s (${bareDb})`);

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib', 'ingest-child.js');
const r = spawnSync(process.execPath, [child, db, corpus.dir], { encoding: 'utf8', maxBuffer: 64 << 20 });
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const out = JSON.parse(r.stdout) as { seconds: number; cpuSeconds: number; maxRssMB: number; samples: { cables: number; rssMB: number }[]; summary: { new: number; errors: number } };
console.log(`tearline ingest: ${out.seconds.toFixed(1)} s wall, ${out.cpuSeconds.toFixed(1)} s CPU, ${Math.round(count / out.seconds).toLocaleString('en-US')} cables/s, ${out.summary.new.toLocaleString('en-US')} new, ${out.summary.errors} errors (${db})`);
console.log(`ratio to the bare load: ${(out.seconds / bare.seconds).toFixed(2)}× wall, ${(out.cpuSeconds / bare.cpuSeconds).toFixed(2)}× CPU (target ≤ 2×; the machine is shared, CPU time is the steadier figure)`);
console.log(`peak RSS: ${out.maxRssMB} MB (target ≤ 500 MB); RSS along the way: ${out.samples.map((s) => `${s.cables}: ${s.rssMB}`).join(', ')} MB`);
