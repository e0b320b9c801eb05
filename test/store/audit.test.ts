import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../src/store/sqlite/index.js';
import { tempDb } from './fixtures.js';

const entry = (cable: string) => ({ reader: 'S/USA', cable, paragraphs: ['2'], action: 'show' });

async function seeded(): Promise<string> {
  const file = tempDb();
  const store = createSqliteStore(file);
  await store.appendAudit([entry('A'), entry('B'), entry('C')]);
  await store.appendAudit([entry('D')]);
  const v = await store.verifyAudit();
  assert.deepEqual([v.ok, v.rows, v.problems], [true, 4, []]);
  await store.close();
  return file;
}

async function tamper(sql: string): Promise<{ ok: boolean; problems: { seq: number }[] }> {
  const file = await seeded();
  const db = new Database(file);
  assert.throws(() => db.exec(sql), /append-only/, 'the triggers refuse edits');
  db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
  db.exec(sql);
  db.close();
  const store = createSqliteStore(file);
  const v = await store.verifyAudit();
  await store.close();
  return v;
}

test('an edited audit row is detected', async () => {
  const v = await tamper(`UPDATE audit SET reader = 'someone else' WHERE seq = 2`);
  assert.equal(v.ok, false);
  assert.deepEqual(v.problems.map((p) => p.seq), [2]);
});

test('a deleted audit row is detected', async () => {
  const v = await tamper('DELETE FROM audit WHERE seq = 2');
  assert.equal(v.ok, false);
  assert.ok(v.problems.some((p) => p.seq === 3));
});

test('a re-hashed edit is still detected by the next row', async () => {
  const v = await tamper(`UPDATE audit SET cable_id = 'X', hash = '${'f'.repeat(64)}' WHERE seq = 1`);
  assert.equal(v.ok, false);
  assert.ok(v.problems.some((p) => p.seq === 2));
});
