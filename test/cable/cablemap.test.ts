import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { agreement, readVectors } from '../../src/cable/agreement.js';
import { packageRoot, dataPath, sharedDataPath } from '../../src/common/paths.js';

/**
 * Agreement with the heuer/cablemap peer's test vectors, per field (printed), with floors at what the
 * parser reaches today so that a regression fails. By-id vectors run only where the cable is at hand.
 */
test('agreement with the cablemap test vectors, per field', () => {
  const vectors = readVectors(path.join(packageRoot, 'test', 'fixtures', 'cablemap', 'vectors.jsonl'));
  const dirs = [sharedDataPath('cables'), dataPath('sample', 'cables')].filter((d): d is string => d !== null);
  const result = agreement(vectors, dirs);
  const floors: Record<string, number> = {
    classified_by: 0.95, references: 0.9, subject: 0.9, recipients_to: 1, recipients_info: 1, declassification: 1, signed_by: 0.9, tags: 0.7, summary: 0.9,
  };
  for (const f of result) {
    const rate = f.run ? f.agree / f.run : 1;
    process.stdout.write(`# cablemap ${f.field}: ${f.agree}/${f.run} (${(100 * rate).toFixed(1)}%) of ${f.total} vectors\n`);
    const floor = floors[f.field];
    if (floor !== undefined && f.run >= 3) assert.ok(rate >= floor, `${f.field}: ${(100 * rate).toFixed(1)}% is below ${100 * floor}%`);
  }
});
