import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { sharedDataPath } from '../../src/common/paths.js';
import { scoreActions } from '../../bench/actionsScore.js';

const file = sharedDataPath('annotations', 'annotations.jsonl');

test('hand-annotated actions: found with the right addressee and due date', { skip: !file || !fs.existsSync(file) ? 'no ../shared/data/annotations (set TEARLINE_SHARED_DATA)' : false }, () => {
  const s = scoreActions(file!);
  const rate = s.addresseeAndDue / s.annotated;
  console.log(`actions on ${s.cables} annotated cables: ${s.addresseeAndDue}/${s.annotated} with the right addressee and due date; precision ${s.correct}/${s.extracted}`);
  assert.ok(s.annotated >= 30);
  assert.ok(rate >= 0.85, `addressee + due ${rate.toFixed(3)}`);
  assert.ok(s.correct / s.extracted >= 0.8, `precision ${(s.correct / s.extracted).toFixed(3)}`);
  assert.equal(s.datedRight, s.dated, s.misses.join('\n'));
});
