/**
 * Schema migration 2 (portion ids that pack cable, sequence and label set): an archive written in the
 * version-1 layout (sequential portion ids, no label sets) is renumbered on open, and every reader's
 * searches then give what a fresh archive gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../src/store/sqlite/index.js';
import { ingest } from '../../src/store/ingest/run.js';
import { schemaVersion } from '../../src/store/sqlite/schema.js';
import { parseQuery } from '../../src/search/query.js';
import { dataPath } from '../../src/common/paths.js';
import type { Reader } from '../../src/access/reader.js';
import { tempDb } from './fixtures.js';

const readers: Reader[] = [
  { name: 'S/USA', clearance: 'S', citizenship: 'USA', accesses: [] },
  { name: 'S/FRA', clearance: 'S', citizenship: 'FRA', accesses: [] },
  { name: 'C/USA', clearance: 'C', citizenship: 'USA', accesses: [] },
];
const queries = ['infrared detectors', 'iran OR syria', 'export control -china', 'subject:sanctions', 'nuclear tag:PARM'];

async function answers(file: string): Promise<unknown[]> {
  const store = createSqliteStore(file, { mustExist: true });
  const out: unknown[] = [];
  for (const r of readers) for (const q of queries) out.push(await store.search(r, parseQuery(q), { limit: 10, offset: 0, order: 'relevance' }));
  await store.close();
  return out;
}

test('a version-1 archive is renumbered on open, brought to the current schema, and searches as before', async () => {
  const file = tempDb();
  const store = createSqliteStore(file);
  await ingest(store, [dataPath('sample', 'cables')]);
  await store.close();
  const before = await answers(file);
  assert.ok((before[0] as { total: number }).total > 0, 'the sample finds the seed');

  // back to the version-1 layout: sequential portion ids, no label sets
  const db = new Database(file);
  db.exec(`
    CREATE TEMP TABLE back AS SELECT id AS new, row_number() OVER (ORDER BY id) AS old FROM paragraphs;
    UPDATE paragraph_texts SET id = (SELECT old FROM temp.back WHERE new = paragraph_texts.id);
    UPDATE paragraphs SET id = (SELECT old FROM temp.back WHERE new = paragraphs.id);
    UPDATE extractions SET paragraph_id = (SELECT old FROM temp.back WHERE new = extractions.paragraph_id) WHERE paragraph_id IS NOT NULL;
    INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('rebuild');
    DROP TABLE labelsets;
    UPDATE schema_version SET version = 1;`);
  assert.ok((db.prepare('SELECT max(id) FROM paragraphs').pluck().get() as number) < 2 ** 26, 'ids are small again');
  db.close();

  const after = await answers(file);
  assert.deepEqual(after, before);
  const check = new Database(file, { readonly: true });
  assert.equal(check.prepare('SELECT version FROM schema_version').pluck().get(), schemaVersion);
  assert.equal(check.prepare(`SELECT v FROM paragraphs_fts_config WHERE k = 'hashsize'`).pluck().get(), 8388608, 'migration 3 sets the full-text pending-terms budget');
  assert.equal(check.prepare(`SELECT count(*) FROM paragraphs WHERE id != cable_ref * 67108864 + seq * 16384 + (SELECT l.id FROM labelsets l WHERE l.lvl = paragraphs.lvl AND l.noforn = paragraphs.noforn AND l.rel_to = paragraphs.rel_to AND l.controls = paragraphs.controls)`).pluck().get(), 0);
  check.close();
});

test('portion ids round-trip and refuse what they cannot hold', async () => {
  const { portionId, cableOfKey, seqOfKey, cableRange, maxSeq, maxLabelset } = await import('../../src/store/sqlite/portion-id.js');
  const id = portionId(250_000, 17, 9, 'X');
  const key = Math.floor(id / 2 ** 14); // what portionKeySql gives
  assert.deepEqual([cableOfKey(key), seqOfKey(key), id % 2 ** 14], [250_000, 17, 9]);
  const [lo, hi] = cableRange(250_000);
  assert.ok(lo <= portionId(250_000, 0, 1, 'X') && portionId(250_000, maxSeq, maxLabelset, 'X') <= hi);
  assert.ok(hi < portionId(250_001, 0, 1, 'X'));
  assert.throws(() => portionId(1, maxSeq + 1, 1, '09STATE96222'), /09STATE96222 has more than 4095 portions/);
  assert.throws(() => portionId(1, 1, maxLabelset + 1, 'X'), /distinct portion markings/);
});
