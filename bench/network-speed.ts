/**
 * Extraction speed: network extraction over real cables against parsing the same cables in the
 * same process (the parse rate is the baseline: extraction must not halve ingest).
 * Run: npm run build && node dist/bench/network-speed.js [N]   (N cables from ../shared/data/cables, default 1000)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCable } from '../src/cable/index.js';
import { extractNetwork } from '../src/extract/network.js';
import { sharedDataPath } from '../src/common/paths.js';

function main(): void {
  const dir = sharedDataPath('cables');
  if (!dir) {
    console.log('network-speed: ../shared/data/cables not found (set TEARLINE_SHARED_DATA); skipped');
    return;
  }
  const n = Number(process.argv[2] ?? 1000);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, n);
  const inputs = files.map((f) => fs.readFileSync(path.join(dir, f)));
  const bytes = inputs.reduce((s, b) => s + b.length, 0);
  extractNetwork(parseCable(inputs[0]!, { source: 'warm-up' })); // dictionaries load once
  // CPU time (user + system) rather than wall time: the machine is shared; alternate rounds, keep the best of each
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  let parseS = Infinity;
  let extractS = Infinity;
  let mentions = 0;
  let relations = 0;
  let cables = inputs.map((b, i) => parseCable(b, { source: files[i]! }));
  for (let round = 0; round < 3; round++) {
    let t = cpu();
    cables = inputs.map((b, i) => parseCable(b, { source: files[i]! }));
    parseS = Math.min(parseS, cpu() - t);
    t = cpu();
    mentions = 0;
    relations = 0;
    for (const c of cables) {
      const x = extractNetwork(c);
      mentions += x.mentions.length;
      relations += x.relations.length;
    }
    extractS = Math.min(extractS, cpu() - t);
  }
  console.log(`network-speed: ${cables.length} cables, ${(bytes / 1e6).toFixed(1)} MB`);
  console.log(`  parse    ${(cables.length / parseS).toFixed(0)} cables per CPU-second (baseline)`);
  console.log(`  extract  ${(cables.length / extractS).toFixed(0)} cables per CPU-second, ${mentions} mentions, ${relations} relations`);
  console.log(`  extract time / parse time = ${(extractS / parseS).toFixed(2)}`);
}

main();
