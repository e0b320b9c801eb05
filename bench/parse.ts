/**
 * Parse throughput on one core over the real corpus (../shared/data/cables, else the bundled sample).
 * Prints cables/s and MB/s, and the ratio to a baseline run in the same process: splitting the same
 * texts into lines (the least any line parser must do).
 *   node dist/bench/parse.js [--rounds N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCable } from '../src/cable/index.js';
import { dataPath, sharedDataPath } from '../src/common/paths.js';

const dir = sharedDataPath('cables') ?? dataPath('sample', 'cables');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f)));
const bytes = files.reduce((n, b) => n + b.length, 0);
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Number(process.argv[roundsArg + 1]) : 3;

/** CPU seconds (user + system) spent in fn: steadier than wall time on a shared machine. */
function time(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1e6;
}

// warm-up
for (const b of files.slice(0, 500)) parseCable(b, { keepRaw: false });

let parseSeconds = Infinity;
let baseSeconds = Infinity;
let paragraphs = 0;
for (let r = 0; r < rounds; r++) {
  baseSeconds = Math.min(baseSeconds, time(() => {
    for (const b of files) b.toString('utf8').split('\n');
  }));
  parseSeconds = Math.min(parseSeconds, time(() => {
    paragraphs = 0;
    for (const b of files) paragraphs += parseCable(b, { keepRaw: false }).paragraphs.length;
  }));
}
const rate = files.length / parseSeconds;
console.log(`corpus: ${dir} (${files.length} cables, ${(bytes / 1e6).toFixed(1)} MB, ${paragraphs} paragraphs)`);
console.log(`parse:    ${rate.toFixed(0)} cables/s, ${(bytes / 1e6 / parseSeconds).toFixed(1)} MB/s (best of ${rounds}, CPU time on one core)`);
console.log(`baseline: ${(files.length / baseSeconds).toFixed(0)} cables/s decode + split lines`);
console.log(`ratio:    parse takes ${(parseSeconds / baseSeconds).toFixed(1)}x the baseline; target 5,000 cables/s: ${rate >= 5000 ? 'met' : 'NOT met'}`);
