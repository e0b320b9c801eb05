/**
 * The cable facts search counts facets and ranks with: read in full (a long-lived connection) or only
 * for a small matching set (a one-shot command), they give the same total, facets and order; and they
 * follow the archive as it changes (new cables, revised ones).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openSqlite } from '../../src/store/sqlite/open.js';
import { writeBatch } from '../../src/store/sqlite/write.js';
import { cableFacts } from '../../src/store/sqlite/cable-facts.js';
import { generation } from '../../src/store/sqlite/match-cache.js';
import { factFacets, rankedRows, textMatches } from '../../src/store/sqlite/text-matches.js';
import { readableLabelsetsSql } from '../../src/store/sqlite/portion-id.js';
import { prepareCable } from '../../src/store/prepare.js';
import { dataPath } from '../../src/common/paths.js';
import type { Reader } from '../../src/access/reader.js';
import { tempDb } from './fixtures.js';

const usS: Reader = { name: 'S/USA', clearance: 'S', citizenship: 'USA', accesses: [] };
const dir = dataPath('sample', 'cables');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const prepared = (f: string) => prepareCable(fs.readFileSync(path.join(dir, f)), f);

test('full and partial cable facts agree, and follow new cables', () => {
  const file = tempDb();
  const db = openSqlite(file);
  writeBatch(db, files.slice(0, -5).map(prepared));
  const answer = (full: boolean) => {
    if (!full) {
      // a connection that has not loaded the facts: reads only the matching cables
      const other = openSqlite(file);
      try {
        const m = textMatches(other, readableLabelsetsSql(usS), 'iran*', null);
        const f = cableFacts(other, generation(other), m.refs);
        return { total: m.refs.length, facets: factFacets(m.refs, f, 20), rows: rankedRows(m, f, 'relevance', 200), byDate: rankedRows(m, f, 'date', 200) };
      } finally {
        other.close();
      }
    }
    const gen = generation(db);
    const m = textMatches(db, readableLabelsetsSql(usS), 'iran*', null);
    const f = cableFacts(db, gen);
    return { total: m.refs.length, facets: factFacets(m.refs, f, 20), rows: rankedRows(m, f, 'relevance', 200), byDate: rankedRows(m, f, 'date', 200) };
  };
  const partial = answer(false);
  assert.ok(partial.total > 3, 'the sample mentions iran');
  assert.deepEqual(answer(true), partial, 'a full load answers as the partial one');
  // five more cables: the loaded facts catch up with the new generation
  writeBatch(db, files.slice(-5).map(prepared));
  const later = answer(true);
  const fresh = answer(false);
  assert.deepEqual(later, fresh);
  assert.ok(later.total > partial.total && later.rows.some((r) => r.cid === '72TEHRAN5055'), `a new cable is found, with its facts: ${partial.total} → ${later.total}`);
  const years = Object.values(later.facets.year).reduce((a, b) => a + b, 0);
  assert.equal(years, later.total, 'every matching cable is counted once');
  db.close();
});

test('facet values outgrow their narrow arrays: 300 origins and 300 tags on one cable are all counted', () => {
  const file = tempDb();
  const db = openSqlite(file);
  const seed = prepared(files.find((f) => f.includes('96222')) ?? files[0]!);
  // the same cable under 300 ids, each from its own origin; the last with 300 tags
  const many = Array.from({ length: 300 }, (_, i) => ({
    ...seed,
    id: `09TEST${String(i).padStart(5, '0')}`,
    sha256: `${i}`.padStart(64, '0'),
    origin: `Origin ${i}`,
    tags: i === 299 ? Array.from({ length: 300 }, (_, t) => `T${t}`) : seed.tags,
  }));
  writeBatch(db, many);
  const f = cableFacts(db, generation(db));
  const m = textMatches(db, readableLabelsetsSql(usS), 'infrared', null);
  assert.equal(m.refs.length, 300);
  const facets = factFacets(m.refs, f, 1000);
  assert.equal(Object.keys(facets.origin).length, 300, 'every origin counted under its own name');
  assert.equal(facets.origin['Origin 299'], 1);
  assert.equal(facets.tags.T299, 1, 'the 300th tag of the last cable');
  db.close();
});

test('a page of ranked rows is the head of the whole order, however many ties there are at its cut', () => {
  // 500 cables over 5 dates and 3 weights: most keys are shared, so the page's cut falls inside ties
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const n = 500;
  const refs = Int32Array.from({ length: n }, (_, i) => i + 1);
  const weights = Int32Array.from({ length: n }, () => 1 + rand(3));
  const ids = ['', ...Array.from({ length: n }, (_, i) => `${String(rand(1000)).padStart(3, '0')}X${i}`)];
  const dates = Int32Array.from({ length: n + 1 }, () => 20090101 + rand(5));
  const f = {
    count: n, ids, dates, dateTexts: [], classifications: new Uint8Array(n + 1), origins: new Uint8Array(n + 1),
    classificationNames: { values: [''] }, originNames: { values: [''] },
  } as unknown as Parameters<typeof rankedRows>[1];
  const m = { refs, weights, seqs: new Int32Array(n) };
  for (const order of ['relevance', 'date'] as const) {
    const key = (i: number) => (order === 'date' ? 0 : weights[i]! * 2 ** 27) + dates[refs[i]!]!;
    const whole = [...refs.keys()].sort((a, b) => key(b) - key(a) || (ids[refs[a]!]! < ids[refs[b]!]! ? -1 : 1)).map((i) => ids[refs[i]!]);
    for (const k of [1, 7, 20, 200, 499, 500, 600]) {
      assert.deepEqual(rankedRows(m, f, order, k).map((r) => r.cid), whole.slice(0, k), `${order}, first ${k}`);
    }
  }
});
