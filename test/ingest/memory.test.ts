/** The ingest's memory governor: a full collection between batches once the resident size passes its limit, nothing below it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryGovernor } from '../../src/store/ingest/memory.js';

function garbage(): void {
  let keep: { n: number; s: string }[] | null = [];
  for (let i = 0; i < 300_000; i++) keep.push({ n: i, s: `row ${i}` });
  keep = null;
}

test('over its limit the governor collects what written batches left behind; under it, it does nothing', () => {
  const collect = memoryGovernor(0); // every resident size is over a limit of 0
  collect(); // start from a collected heap
  const base = process.memoryUsage().heapUsed;
  garbage();
  const dirty = process.memoryUsage().heapUsed;
  assert.ok(dirty - base > 10e6, `the garbage is on the heap (${Math.round((dirty - base) / 1e6)} MB)`);
  collect();
  const after = process.memoryUsage().heapUsed;
  assert.ok(after - base < (dirty - base) / 4, `collected: ${Math.round((after - base) / 1e6)} MB left of ${Math.round((dirty - base) / 1e6)} MB`);

  const idle = memoryGovernor(Number.MAX_SAFE_INTEGER);
  garbage();
  const before = process.memoryUsage().heapUsed;
  idle();
  assert.ok(process.memoryUsage().heapUsed >= before * 0.9, 'under the limit nothing is collected');
});
