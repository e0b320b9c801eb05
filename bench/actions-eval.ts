/**
 * Actions extraction against the hand-annotated cables (../shared/data/annotations, or
 * $TEARLINE_SHARED_DATA/annotations): precision and recall of request detection, the figure
 * (annotated actions found with the right addressee and due date) on request rows and on the tasking
 * rows `tearline actions` lists, and deadline dates. Prints a skip note without the data.
 *
 *   npm run build && node dist/bench/actions-eval.js [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataPath, sharedDataPath } from '../src/common/paths.js';
import { parseCable, type Cable } from '../src/cable/index.js';
import { extractActions } from '../src/extract/actions.js';
import { scoreActions } from './actionsScore.js';

/** Throughput: extraction against parsing of the same cables (the bundled samples), in this process. */
function throughput(): void {
  const dir = dataPath('sample', 'cables');
  if (!fs.existsSync(dir)) return;
  const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f)));
  const rounds = 5;
  let cables: Cable[] = [];
  let t = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) cables = texts.map((b) => parseCable(new Uint8Array(b)));
  const parseNs = Number(process.hrtime.bigint() - t);
  t = process.hrtime.bigint();
  let found = 0;
  for (let r = 0; r < rounds; r++) for (const c of cables) found += extractActions(c).length;
  const extractNs = Number(process.hrtime.bigint() - t);
  const perSec = (ns: number) => ((texts.length * rounds) / (ns / 1e9)).toFixed(0);
  console.log(`throughput on ${texts.length} sample cables x${rounds}: parse ${perSec(parseNs)} cables/s (baseline), extractActions ${perSec(extractNs)} cables/s = ${(extractNs / parseNs).toFixed(2)}x the parse time; ${found / rounds} requests`);
}
throughput();

const file = sharedDataPath('annotations', 'annotations.jsonl');
if (!file || !fs.existsSync(file)) {
  console.log('actions-eval: skipped (no ../shared/data/annotations/annotations.jsonl; set TEARLINE_SHARED_DATA)');
  process.exit(0);
}
const started = process.hrtime.bigint();
const s = scoreActions(file);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
if (process.argv.includes('--verbose')) {
  for (const m of s.misses) console.log(`  miss  ${m}`);
  for (const e of s.extras) console.log(`  extra ${e}`);
}
console.log(`${s.cables} annotated cables: ${s.annotated} annotated actions, ${s.extracted} extracted requests (${ms.toFixed(0)} ms)`);
console.log(`request detection: precision ${pct(s.correct, s.extracted)} (${s.correct}/${s.extracted}), recall ${pct(s.detected, s.annotated)} (${s.detected}/${s.annotated})`);
console.log(`found with the right addressee and due date: ${pct(s.addresseeAndDue, s.annotated)} (${s.addresseeAndDue}/${s.annotated}) on request rows (tearline actions --each)`);
console.log(`                                              ${pct(s.taskingAddresseeAndDue, s.annotated)} (${s.taskingAddresseeAndDue}/${s.annotated}) on tasking rows (tearline actions, ${s.taskingRows} rows)`);
console.log(`deadline dates right: ${pct(s.datedRight, s.dated)} (${s.datedRight}/${s.dated}); deadline words exact: ${pct(s.deadlineTextExact, s.withDeadlineText)} (${s.deadlineTextExact}/${s.withDeadlineText})`);
