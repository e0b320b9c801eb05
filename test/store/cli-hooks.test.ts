import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { dataPath } from '../../src/common/paths.js';
import { lookupStoredCable, recordRead } from '../../src/store/cli-hooks.js';
import { createSqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/store/ingest/run.js';
import { effectiveLabels } from '../../src/access/index.js';
import { tempDb } from './fixtures.js';

test('show hooks: a stored cable comes back with its exact bytes and the labels of the parsed form', async () => {
  const db = tempDb();
  const store = createSqliteStore(db);
  const seed = dataPath('sample', 'seed', '09STATE96222.txt');
  const pdf = path.join(dataPath('sample', 'pdftext'), fs.readdirSync(dataPath('sample', 'pdftext'))[0]!);
  await ingest(store, [seed, pdf]);
  await store.close();

  const found = await lookupStoredCable('09STATE96222', db);
  assert.ok(found);
  assert.deepEqual(Buffer.from(found.bytes), fs.readFileSync(seed));
  assert.deepEqual(effectiveLabels(found.cable).paragraphs.map((m) => m.level), ['U', 'S', 'S', 'S', 'U', 'U', 'U']);
  assert.match(found.cable.paragraphs[3]!.text, /BEGIN TALKING POINTS/);
  const latin1 = await lookupStoredCable(path.basename(pdf, '.txt'), db);
  assert.deepEqual(Buffer.from(latin1!.bytes), fs.readFileSync(pdf));
  assert.equal(await lookupStoredCable('99NOWHERE1', db), null);
  assert.equal(await lookupStoredCable('09STATE96222', db + '.absent'), null);

  await recordRead(db, { name: 'S/FRA', clearance: 'S', citizenship: 'FRA', accesses: [] }, '09STATE96222', ['4']);
  const after = createSqliteStore(db);
  const v = await after.verifyAudit();
  await after.close();
  assert.deepEqual([v.ok, v.rows], [true, 1]);
});
