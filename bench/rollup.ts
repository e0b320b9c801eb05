/**
 * Corpus figure for issue 3: over the real cables (../shared/data/cables), the share of cables
 * with marked portions whose rolled-up banner agrees with the metadata banner (target ≥ 98%),
 * and a check that every disagreement yields a roll-up diagnostic.
 *
 *   npm run build && node dist/bench/rollup.js [DIR]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCable } from '../src/cable/index.js';
import { checkMarkings, disagreementCodes, rollUpAgrees } from '../src/markings/index.js';
import { sharedDataPath } from '../src/common/paths.js';

/** Codes that report a roll-up disagreement (level or NOFORN). */


export interface RollupFigure {
  cables: number;
  withMarkedPortions: number;
  /** agree on level and NOFORN */
  agree: number;
  /** agree on the level */
  agreeLevel: number;
  disagreeWithoutDiagnostic: string[];
  codes: Record<string, number>;
  examples: string[];
}

/** Measure the roll-up agreement over every cable file in `dir`. */
export function measureRollup(dir: string, limit = Infinity): RollupFigure {
  const fig: RollupFigure = { cables: 0, withMarkedPortions: 0, agree: 0, agreeLevel: 0, disagreeWithoutDiagnostic: [], codes: {}, examples: [] };
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  for (const f of files) {
    const cable = parseCable(fs.readFileSync(path.join(dir, f)), { source: f });
    fig.cables++;
    const agrees = rollUpAgrees(cable);
    if (agrees === null) continue;
    fig.withMarkedPortions++;
    if (rollUpAgrees(cable, { levelOnly: true })) fig.agreeLevel++;
    const diags = checkMarkings(cable);
    for (const d of diags) fig.codes[d.code] = (fig.codes[d.code] ?? 0) + 1;
    if (agrees) {
      fig.agree++;
      continue;
    }
    if (!diags.some((d) => disagreementCodes.has(d.code))) fig.disagreeWithoutDiagnostic.push(f);
    if (fig.examples.length < 15) {
      const d = diags.find((x) => disagreementCodes.has(x.code));
      fig.examples.push(`${f}: ${cable.banner} — ${d ? `${d.line}:${d.column} ${d.code}: ${d.message}` : 'NO DIAGNOSTIC'}`);
    }
  }
  return fig;
}

function main(): void {
  const dir = process.argv[2] ?? sharedDataPath('cables');
  if (!dir || !fs.existsSync(dir)) {
    console.log('rollup: SKIPPED, no corpus (../shared/data/cables not found; pass a folder)');
    return;
  }
  const t0 = performance.now();
  const fig = measureRollup(dir);
  const ms = performance.now() - t0;
  const pct = (100 * fig.agree) / Math.max(1, fig.withMarkedPortions);
  const pctLevel = (100 * fig.agreeLevel) / Math.max(1, fig.withMarkedPortions);
  console.log(`rollup: ${fig.cables} cables, ${fig.withMarkedPortions} with marked portions and a metadata banner (${(ms / 1000).toFixed(1)} s)`);
  console.log(`rollup: rolled-up banner agrees with the metadata banner on the level for ${fig.agreeLevel}/${fig.withMarkedPortions} = ${pctLevel.toFixed(2)}% (target >= 98%)`);
  console.log(`rollup: ... on the level and NOFORN for ${fig.agree}/${fig.withMarkedPortions} = ${pct.toFixed(2)}% (the rest are cables whose metadata banner and portions really disagree on NOFORN)`);
  console.log(`rollup: disagreements without a roll-up diagnostic: ${fig.disagreeWithoutDiagnostic.length}${fig.disagreeWithoutDiagnostic.length ? ' ' + fig.disagreeWithoutDiagnostic.slice(0, 10).join(' ') : ''}`);
  console.log('rollup: diagnostics by code:', JSON.stringify(fig.codes));
  for (const e of fig.examples) console.log('  ' + e);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();
