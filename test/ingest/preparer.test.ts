/** Preparing in worker threads: the same prepared cables as inline, in order, and a failing worker falls back to inline. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { dataPath } from '../../src/common/paths.js';
import { inlinePreparer, workerPreparer, type PrepareItem } from '../../src/store/ingest/preparer.js';

const dir = dataPath('sample', 'cables');
const items: PrepareItem[] = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 60)
  .map((f) => ({ raw: new Uint8Array(fs.readFileSync(path.join(dir, f))), source: f }));

test('worker threads prepare what the calling thread prepares, in input order, bytes included', async () => {
  const inline = inlinePreparer();
  const workers = workerPreparer(3);
  try {
    const expected = await inline.prepare(items);
    const got = await workers.prepare(items);
    assert.equal(got.length, items.length);
    assert.deepEqual(got.map((p) => p.source), items.map((i) => i.source));
    assert.deepEqual(got, expected);
    assert.ok(got.some((p) => p.extractions.length > 0), 'extraction ran in the workers');
  } finally {
    await workers.close();
  }
});

test('a worker that runs out of memory leaves its share to the calling thread', async () => {
  const starved = workerPreparer(2, 1); // a 1 MB heap cannot even load the extractor
  try {
    const got = await starved.prepare(items);
    assert.deepEqual(got, await inlinePreparer().prepare(items));
    assert.deepEqual(await starved.prepare(items.slice(0, 3)), await inlinePreparer().prepare(items.slice(0, 3)), 'later batches too');
  } finally {
    await starved.close();
  }
});
