import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataPath, sharedDataPath } from '../../src/common/paths.js';
import { buildControlsData } from '../../src/controls/build/build-data.js';
import { cclData, chartData, part746Data } from '../../src/controls/data.js';

test('bundled data carries editions and the facts the rules depend on', () => {
  assert.equal(chartData().edition, 'eCFR 2026-07-23');
  assert.equal(chartData().rows.length, 200);
  assert.deepEqual(chartData().rows.filter((r) => r.pointer).map((r) => r.alpha3).sort(), ['CUB', 'IRN', 'PRK', 'SYR']);
  assert.ok(chartData().rows.filter((r) => r.pointer).every((r) => r.marks.length === 0));
  assert.equal(chartData().territoryInheritance['HKG']?.row, 'CHN');
  assert.ok(!chartData().rows.some((r) => r.alpha3 === 'HKG'), 'Hong Kong has no row of its own in the 2026 chart');
  assert.ok(cclData().entries.length >= 633);
  assert.deepEqual(part746Data().unArmsEmbargo, ['CAF', 'COD', 'ERI', 'IRN', 'IRQ', 'LBN', 'LBY', 'PRK', 'SOM', 'SDN']);
  for (const f of ['ccl.json', 'country-chart.json', 'country-groups.json', 'wassenaar.json', 'eu.json', 'part746.json', 'SOURCES.md']) assert.ok(fs.existsSync(dataPath('controls', f)), f);
});

test('the bundled data is what the build script makes from the shared sources (drift check)', (t) => {
  const src = sharedDataPath('controls');
  if (!src || !fs.existsSync(src)) {
    t.skip('shared data not found (../shared/data/controls or TEARLINE_SHARED_DATA): drift check skipped');
    process.stderr.write('controls data drift check skipped: no shared data\n');
    return;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-controls-'));
  try {
    for (const f of buildControlsData(src, out)) {
      assert.equal(fs.readFileSync(path.join(out, f), 'utf8'), fs.readFileSync(dataPath('controls', f), 'utf8'), `${f} differs: re-run the build script`);
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
