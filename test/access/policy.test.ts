import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { accessPredicateSql, canRead, labelColumns, type Reader } from '../../src/access/index.js';
import type { Marking } from '../../src/markings/types.js';
import { markingArb, readerArb } from './arbitraries.js';

const label = (level: Marking['level'], extra: Partial<Marking> = {}): Marking => ({ text: 't', level, noforn: false, relTo: [], controls: [], ...extra });
const reader = (clearance: Reader['clearance'], citizenship: string, accesses: string[] = []): Reader => ({ name: 'r', clearance, citizenship, accesses });

test('rule 1: clearance must dominate the level', () => {
  assert.equal(canRead(reader('C', 'USA'), label('S')), false);
  assert.equal(canRead(reader('S', 'USA'), label('S')), true);
  assert.equal(canRead(reader('U', 'USA'), label('U')), true);
});

test('rule 2: foreign readers need U without NOFORN, or a REL TO naming them', () => {
  assert.equal(canRead(reader('TS', 'FRA'), label('S')), false, 'classified without REL TO is not releasable');
  assert.equal(canRead(reader('TS', 'FRA'), label('S', { relTo: ['USA', 'FRA'] })), true);
  assert.equal(canRead(reader('TS', 'GBR'), label('S', { relTo: ['USA', 'FRA'] })), false);
  assert.equal(canRead(reader('U', 'FRA'), label('U')), true);
  assert.equal(canRead(reader('TS', 'FRA'), label('U', { noforn: true })), false, 'SBU/NF');
  assert.equal(canRead(reader('TS', 'FRA'), label('S', { noforn: true, relTo: ['USA', 'FRA'] })), false, 'NOFORN wins over REL TO');
  assert.equal(canRead(reader('S', 'USA'), label('S', { noforn: true })), true);
  assert.equal(canRead(reader('S', 'FR'), label('S', { relTo: ['USA', 'FRA'] })), true, 'alpha-2 citizenship accepted');
  assert.equal(canRead(reader('S', 'us'), label('S', { noforn: true })), true);
});

test('rule 3: access controls need the access; caveats and `*` behave', () => {
  assert.equal(canRead(reader('TS', 'USA'), label('S', { controls: ['NODIS'] })), false);
  assert.equal(canRead(reader('TS', 'USA', ['NODIS']), label('S', { controls: ['NODIS'] })), true);
  assert.equal(canRead(reader('TS', 'USA', ['ND']), label('S', { controls: ['NODIS'] })), true, 'IC token ND is NODIS');
  assert.equal(canRead(reader('TS', 'USA', ['NODIS']), label('S', { controls: ['NODIS', 'EXDIS'] })), false);
  assert.equal(canRead(reader('TS', 'USA', ['*']), label('S', { controls: ['NODIS', 'EXDIS', 'WHATEVER'] })), true);
  assert.equal(canRead(reader('U', 'FRA'), label('U', { controls: ['SBU'] })), true, 'SBU is a caveat, not an access');
  assert.equal(canRead(reader('TS', 'USA'), label('S', { controls: ['UNHEARD-OF'] })), false, 'unknown controls deny');
  assert.equal(canRead(reader('TS', 'USA'), null), false);
});

test('labelColumns is the agreed storage form', () => {
  assert.deepEqual(labelColumns(label('S', { noforn: true, relTo: ['GBR', 'USA', 'FRA'], controls: ['SBU', 'EXDIS', 'NODIS'] })), {
    lvl: 2, noforn: 1, rel_to: '|FRA|GBR|USA|', controls: '|NODIS|EXDIS|',
  });
  assert.deepEqual(labelColumns(label('U')), { lvl: 0, noforn: 0, rel_to: '', controls: '' });
});

test('the alias must be an identifier', () => {
  assert.throws(() => accessPredicateSql(reader('S', 'USA'), 'p; DROP TABLE x'), /identifier/);
});

test('PostgreSQL dialect numbers parameters after an offset', () => {
  const p = accessPredicateSql(reader('S', 'FRA', ['NODIS']), 'p', { dialect: 'postgres', paramOffset: 2 });
  assert.match(p.sql, /\$3/);
  assert.doesNotMatch(p.sql, /\?/);
  assert.match(p.sql, /strpos\(/);
  assert.equal((p.sql.match(/\$\d+/g) ?? []).length, p.params.length);
});

test('property: canRead and the SQL predicate agree on random readers × random labels', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE portion (id INTEGER PRIMARY KEY, lvl INTEGER, noforn INTEGER, rel_to TEXT, controls TEXT)');
  const insert = db.prepare('INSERT INTO portion (lvl, noforn, rel_to, controls) VALUES (@lvl, @noforn, @rel_to, @controls)');
  fc.assert(
    fc.property(readerArb, fc.array(markingArb, { minLength: 1, maxLength: 30 }), (r, labels) => {
      db.exec('DELETE FROM portion');
      const ids = labels.map((l) => Number(insert.run(labelColumns(l)).lastInsertRowid));
      const { sql, params } = accessPredicateSql(r, 'p');
      const allowed = new Set((db.prepare(`SELECT id FROM portion p WHERE ${sql}`).all(...params) as { id: number }[]).map((x) => x.id));
      labels.forEach((l, i) => assert.equal(allowed.has(ids[i]!), canRead(r, l), `${JSON.stringify(r)} × ${JSON.stringify(l)} (${sql})`));
    }),
    { numRuns: 500 },
  );
  db.close();
});
