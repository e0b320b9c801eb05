/**
 * The store contract on real cables: every portion of the bundled cables stored with
 * `labelColumns(effective label)`, filtered in SQLite by `accessPredicateSql`, gives exactly the
 * paragraphs `viewForReader` shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { accessPredicateSql, effectiveLabels, labelColumns, viewForReader, type Reader } from '../../src/access/index.js';
import { bundledCables } from '../views/fixtures.js';

test('SQL filtering over stored portions of real cables equals the views', () => {
  const cables = bundledCables().filter((c) => c.paragraphs.length > 0);
  const db = new Database(':memory:');
  db.exec('CREATE TABLE portion (cable INTEGER, idx INTEGER, number TEXT, lvl INTEGER NOT NULL, noforn INTEGER NOT NULL, rel_to TEXT NOT NULL, controls TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO portion VALUES (?, ?, ?, @lvl, @noforn, @rel_to, @controls)');
  db.transaction(() => {
    cables.forEach((c, ci) => effectiveLabels(c).paragraphs.forEach((m, i) => insert.run(ci, i, c.paragraphs[i]!.number, labelColumns(m))));
  })();
  const readers: Reader[] = [
    { name: 'a', clearance: 'S', citizenship: 'FRA', accesses: [] },
    { name: 'b', clearance: 'C', citizenship: 'USA', accesses: [] },
    { name: 'c', clearance: 'TS', citizenship: 'USA', accesses: ['NODIS'] },
    { name: 'd', clearance: 'S', citizenship: 'GBR', accesses: ['EXDIS'] },
    { name: 'e', clearance: 'TS', citizenship: 'AUS', accesses: [] },
    { name: 'f', clearance: 'U', citizenship: 'CHN', accesses: [] },
    { name: 'g', clearance: 'TS', citizenship: 'USA', accesses: ['*'] },
  ];
  let compared = 0;
  for (const r of readers) {
    const { sql, params } = accessPredicateSql(r, 'p');
    const rows = db.prepare(`SELECT cable, number FROM portion p WHERE ${sql} ORDER BY cable, idx`).all(...params) as { cable: number; number: string }[];
    const fromSql = new Map<number, string[]>();
    for (const row of rows) fromSql.set(row.cable, [...(fromSql.get(row.cable) ?? []), row.number]);
    cables.forEach((c, ci) => {
      const view = viewForReader(c, r);
      assert.deepEqual(fromSql.get(ci) ?? [], view?.paragraphs.map((p) => p.number) ?? [], `${c.id} for ${r.clearance}/${r.citizenship}/${r.accesses}`);
      compared++;
    });
  }
  assert.ok(compared > 1500);
  db.close();
});
