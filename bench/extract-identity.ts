/**
 * Extraction identity and speed over the real corpus: a fingerprint of extractCable's output (sha256
 * over JSON.stringify of every cable's extraction, in sorted path order) that a speed change must
 * leave identical, and the extraction rate in cables per CPU-second against parsing the same cables
 * in the same process (the baseline).
 *
 * Cables: ../shared/data/{cables,cables-revisions,cables-pdftext}/*.txt (set TEARLINE_SHARED_DATA).
 *   npm run build && node dist/bench/extract-identity.js [--rounds N] [--no-time] [--no-hash]
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { parseCable } from '../src/cable/index.js';
import type { Cable } from '../src/cable/types.js';
import { extractCable } from '../src/extract/index.js';
import { sharedDataPath } from '../src/common/paths.js';

const folders = ['cables', 'cables-revisions', 'cables-pdftext'];

interface Input {
  name: string;
  bytes: Buffer;
}

function readInputs(): Input[] {
  const out: Input[] = [];
  for (const folder of folders) {
    const dir = sharedDataPath(folder);
    if (!dir || !fs.existsSync(dir)) throw new Error(`extract-identity: ${folder} not found (set TEARLINE_SHARED_DATA)`);
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.txt')) out.push({ name: `${folder}/${f}`, bytes: fs.readFileSync(path.join(dir, f)) });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** CPU seconds (user + system) of this process: the machine is shared, wall time is not a measure. */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function parseAll(inputs: Input[]): Cable[] {
  return inputs.map((x) => parseCable(x.bytes, { source: x.name }));
}

/** The output fingerprint, over freshly parsed cables; also the diagnostics extraction added (failures). */
function fingerprint(inputs: Input[]): { output: string; diagnostics: string; mentions: number; relations: number; actions: number } {
  const out = crypto.createHash('sha256');
  const diag = crypto.createHash('sha256');
  let mentions = 0;
  let relations = 0;
  let actions = 0;
  for (const x of inputs) {
    const cable = parseCable(x.bytes, { source: x.name });
    const before = cable.diagnostics.length;
    const e = extractCable(cable);
    mentions += e.mentions.length;
    relations += e.relations.length;
    actions += e.actions.length;
    out.update(x.name).update('\0').update(JSON.stringify(e)).update('\n');
    diag.update(x.name).update('\0').update(JSON.stringify(cable.diagnostics.slice(before))).update('\n');
  }
  return { output: out.digest('hex'), diagnostics: diag.digest('hex'), mentions, relations, actions };
}

function main(): void {
  const arg = (name: string) => process.argv.indexOf(name);
  const rounds = arg('--rounds') >= 0 ? Number(process.argv[arg('--rounds') + 1]) : 3;
  const inputs = readInputs();
  const bytes = inputs.reduce((s, x) => s + x.bytes.length, 0);
  console.log(`extract-identity: ${inputs.length} cables, ${(bytes / 1e6).toFixed(1)} MB`);

  if (arg('--no-hash') < 0) {
    const f = fingerprint(inputs);
    console.log(`  fingerprint  ${f.output}`);
    console.log(`  diagnostics  ${f.diagnostics}`);
    console.log(`  counts       ${f.mentions} mentions, ${f.relations} relations, ${f.actions} actions`);
  }
  if (arg('--no-time') >= 0) return;

  let parseS = Infinity;
  let extractS = Infinity;
  let cables = parseAll(inputs);
  for (const c of cables.slice(0, 200)) extractCable(c); // warm-up: dictionaries load once, the JIT settles
  for (let round = 0; round < rounds; round++) {
    let t = cpu();
    cables = parseAll(inputs);
    parseS = Math.min(parseS, cpu() - t);
    t = cpu();
    for (const c of cables) extractCable(c);
    extractS = Math.min(extractS, cpu() - t);
  }
  console.log(`  parse        ${(inputs.length / parseS).toFixed(0)} cables per CPU-second (${parseS.toFixed(2)} s, baseline)`);
  console.log(`  extract      ${(inputs.length / extractS).toFixed(0)} cables per CPU-second (${extractS.toFixed(2)} s, best of ${rounds})`);
  console.log(`  extract / parse CPU time = ${(extractS / parseS).toFixed(2)}`);
}

main();
