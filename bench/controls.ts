/**
 * Controls benchmark: licence determinations per second over every CCL ECCN × every Country Chart row,
 * and classify-by-description latency against a baseline naive scan (every query word counted in every
 * entry text) measured in the same run; control-entry mentions against the shared hand annotations.
 *
 *   npm run build && node dist/bench/controls.js
 */
import { determineLicence } from '../src/controls/licence.js';
import { allEccns, searchableTexts } from '../src/controls/entries.js';
import { searchEntries } from '../src/controls/search.js';
import { chartData } from '../src/controls/data.js';
import fs from 'node:fs';
import path from 'node:path';
import { sharedDataPath } from '../src/common/paths.js';
import { findControlEntries } from '../src/controls/mentions.js';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

const queries = ['infrared focal plane array', 'image intensifier tube', 'gas centrifuge rotor', 'unmanned aerial vehicle engine', 'five axis machine tool', 'cryptography smart card', 'maraging steel', 'thermal imaging camera', 'hot isostatic press', 'spectrometer mass', 'radiation hardened integrated circuit', 'fibrous filamentary carbon'];

function naive(query: string, docs: Array<{ id: string; lower: string }>): string[] {
  const words = query.toLowerCase().split(/\s+/);
  return docs
    .map((d) => ({ id: d.id, s: words.reduce((n, w) => n + (d.lower.split(w).length - 1), 0) }))
    .filter((d) => d.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, 10)
    .map((d) => d.id);
}

const eccns = allEccns();
const destinations = chartData().rows.map((r) => r.alpha3);
determineLicence(eccns[0]!, destinations[0]!); // load data
let t = performance.now();
let n = 0;
for (const e of eccns) for (const d of destinations) {
  determineLicence(e, d);
  n++;
}
const licenceSeconds = (performance.now() - t) / 1000;
console.log(`licence: ${n} determinations in ${licenceSeconds.toFixed(2)} s = ${Math.round(n / licenceSeconds)}/s`);

searchEntries('warm up');
const docs = searchableTexts().map((d) => ({ id: d.id, lower: d.text.toLowerCase() }));
const ours: number[] = [];
const base: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of queries) {
    t = performance.now();
    searchEntries(q, 10);
    ours.push(performance.now() - t);
    t = performance.now();
    naive(q, docs);
    base.push(performance.now() - t);
  }
}
const fmt = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(2)} ms, p99 ${percentile(xs, 99).toFixed(2)} ms`;
console.log(`classify search (BM25 index): ${fmt(ours)}`);
console.log(`baseline naive scan:          ${fmt(base)}`);
console.log(`ratio p50 baseline/ours: ${(percentile(base, 50) / percentile(ours, 50)).toFixed(1)}×`);

// control-entry mentions against the hand annotations (shared data; skipped when absent)

const annotations = sharedDataPath('annotations', 'annotations.jsonl');
if (!annotations || !fs.existsSync(annotations)) {
  console.log('mentions: shared annotations not found (set TEARLINE_SHARED_DATA): skipped');
} else {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const line of fs.readFileSync(annotations, 'utf8').split('\n').filter(Boolean)) {
    const a = JSON.parse(line) as { file: string; control_entries: Array<{ normalized: string | null }> };
    const file = path.join(path.dirname(path.dirname(annotations)), a.file.replace(/^(?:shared\/)?data\//, ''));
    if (!fs.existsSync(file)) continue;
    const gold = new Set(a.control_entries.map((c) => c.normalized).filter((x): x is string => x !== null));
    const got = new Set(findControlEntries(fs.readFileSync(file, 'utf8')).map((m) => m.normalized));
    for (const g of gold) if (got.has(g)) tp++; else fn++;
    for (const g of got) if (!gold.has(g)) fp++;
  }
  console.log(`mentions vs annotations: ${tp} found, ${fn} missed, ${fp} extra (precision ${(tp / Math.max(1, tp + fp)).toFixed(2)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(2)})`);
}
