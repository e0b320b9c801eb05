import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataPath } from '../../src/common/paths.js';
import { createSqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/store/ingest/run.js';
import type { Reader } from '../../src/access/reader.js';
import { tempDb } from './fixtures.js';

const reader = (clearance: Reader['clearance'], citizenship: string): Reader => ({ name: `${clearance}/${citizenship}`, clearance, citizenship, accesses: [] });

test('the seed\'s extraction rows are readable only through their paragraphs (SPEC §4 views)', async () => {
  const store = createSqliteStore(tempDb());
  await ingest(store, [dataPath('sample', 'seed')]);
  const rows = async (r: Reader) => store.extractionsForReader(r, { cableIds: ['09STATE96222'] });
  const all = await rows(reader('S', 'USA'));
  const fra = await rows(reader('S', 'FRA'));
  const cus = await rows(reader('C', 'USA'));
  assert.ok(all.length > 0, 'extraction found something in the seed');
  assert.ok(fra.every((x) => ['1', '4', '5', '6', '7'].includes(x.paragraph)), 'S/FRA: ¶1, 4, 5, 6, 7 only');
  assert.ok(cus.every((x) => ['1', '5', '6', '7'].includes(x.paragraph)), 'C/USA: the (U) paragraphs only');
  assert.ok(all.some((x) => x.paragraph === '2'), 'S/USA reads ¶2');
  const key = (x: { kind: string; seq: number }) => `${x.kind}:${x.seq}`;
  const allKeys = new Set(all.map(key));
  assert.ok(fra.every((x) => allKeys.has(key(x))));
  assert.equal(fra.length, all.filter((x) => ['1', '4', '5', '6', '7'].includes(x.paragraph)).length, 'nothing readable is withheld');
  await store.close();
});
