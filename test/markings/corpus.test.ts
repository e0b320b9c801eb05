/**
 * The roll-up figure on real cables: the bundled samples always, the shared corpus when present.
 * Over the shared corpus the level agreement must reach 98% (issue 3); every disagreement, on the
 * level or on NOFORN, must yield a roll-up diagnostic.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { measureRollup } from '../../bench/rollup.js';
import { dataPath, sharedDataPath } from '../../src/common/paths.js';

test('bundled sample cables: roll-up agreement and a diagnostic for every disagreement', () => {
  const fig = measureRollup(dataPath('sample', 'cables'));
  assert.ok(fig.withMarkedPortions > 200, `${fig.withMarkedPortions} cables with marked portions`);
  assert.deepEqual(fig.disagreeWithoutDiagnostic, []);
  const level = fig.agreeLevel / fig.withMarkedPortions;
  console.log(`# bundled samples: level agreement ${(100 * level).toFixed(2)}%, level+NOFORN ${((100 * fig.agree) / fig.withMarkedPortions).toFixed(2)}% of ${fig.withMarkedPortions}`);
  assert.ok(level >= 0.95, `level agreement ${level}`);
});

test('shared corpus: level agreement >= 98%, a diagnostic for every disagreement', (t) => {
  const dir = sharedDataPath('cables');
  if (!dir || !fs.existsSync(dir)) {
    console.log('# SKIPPED: shared corpus not found (../shared/data/cables; set TEARLINE_SHARED_DATA)');
    t.skip('shared corpus not found');
    return;
  }
  const fig = measureRollup(dir);
  const level = fig.agreeLevel / fig.withMarkedPortions;
  console.log(`# shared corpus: level agreement ${(100 * level).toFixed(2)}%, level+NOFORN ${((100 * fig.agree) / fig.withMarkedPortions).toFixed(2)}% of ${fig.withMarkedPortions}`);
  assert.ok(level >= 0.98, `level agreement ${level}`);
  assert.deepEqual(fig.disagreeWithoutDiagnostic, []);
});
