import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../../src/store/sqlite/index.js';
import { parseQuery } from '../../src/search/query.js';
import { schemaVersion } from '../../src/store/sqlite/schema.js';
import type { Reader } from '../../src/access/reader.js';
import { cable, mark, prepared, tempDb } from './fixtures.js';

const usS: Reader = { name: 'S/USA', clearance: 'S', citizenship: 'USA', accesses: [] };
const frS: Reader = { name: 'S/FRA', clearance: 'S', citizenship: 'FRA', accesses: [] };
const usC: Reader = { name: 'C/USA', clearance: 'C', citizenship: 'USA', accesses: [] };

const a = cable('09STATE1', [
  ['1', mark('U'), 'Unclassified opening about centrifuges.'],
  ['2', mark('S', { noforn: true }), 'Secret noforn detail about maraging steel.'],
  ['3', mark('S', { relTo: ['USA', 'FRA'] }), 'Releasable points about maraging steel for France.'],
], { refs: [{ text: 'A. STATE 2', id: '09STATE2', kind: 'cable' }, { text: 'B. 08PARIS5', id: '08PARIS5', kind: 'cable' }] });
const b = cable('09STATE2', [['1', mark('C'), 'Confidential note on valves.']], { refs: [] });

test('a new cable is stored with its exact bytes; the same bytes again change nothing; new text is a revision with a diff', async () => {
  const store = createSqliteStore(tempDb());
  const text = '09STATE1\nline one\nline two\n';
  assert.deepEqual(await store.writeBatch([prepared(a, text), prepared(b, 'b text\n')]), ['new', 'new']);
  const digest = await store.contentDigest();
  assert.deepEqual(await store.writeBatch([prepared(a, text)]), ['unchanged']);
  assert.equal(await store.contentDigest(), digest);

  const stored = await store.getCable('09STATE1');
  assert.ok(stored);
  assert.deepEqual(Buffer.from(stored.raw), Buffer.from(text, 'utf8'));
  assert.equal(stored.cable.paragraphs[1]!.text, 'Secret noforn detail about maraging steel.');
  assert.equal(stored.cable.subject?.text, 'SUBJECT OF 09STATE1');

  const changed = { ...a, released: '2011-01-01 00:00', paragraphs: [...a.paragraphs.slice(0, 2)] };
  assert.deepEqual(await store.writeBatch([prepared(changed, '09STATE1\nline one\nline 2\n')]), ['revised']);
  const revs = await store.revisions('09STATE1');
  assert.equal(revs.length, 2);
  assert.equal(revs[1]!.current, true);
  assert.match(revs[1]!.diff!, /^-line two$/m);
  assert.match(revs[1]!.diff!, /^\+line 2$/m);
  assert.equal((await store.getCable('09STATE1'))!.cable.paragraphs.length, 2);
  // the old version's paragraph 3 is no longer searchable
  assert.equal((await store.search(usS, parseQuery('releasable'), { limit: 10, offset: 0, order: 'relevance' })).total, 0);
  // an older release arriving later is kept as a revision but does not replace the current text
  const older = { ...a, released: '2010-01-01 00:00' };
  assert.deepEqual(await store.writeBatch([prepared(older, '09STATE1\nold\n')]), ['revised']);
  assert.equal((await store.getCable('09STATE1'))!.revision, 2);
  // any stored revision's bytes are recognised as unchanged
  assert.deepEqual(await store.writeBatch([prepared(a, text)]), ['unchanged']);
  await store.close();
});

test('references resolve both ways', async () => {
  const store = createSqliteStore(tempDb());
  await store.writeBatch([prepared(a, 'a'), prepared(b, 'b')]);
  const ca = await store.citations('09STATE1');
  assert.deepEqual(ca.cites.map((c) => [c.id, c.inArchive]), [['09STATE2', true], ['08PARIS5', false]]);
  assert.deepEqual((await store.citations('09STATE2')).citedBy, ['09STATE1']);
  assert.deepEqual((await store.citations('08PARIS5')).citedBy, ['09STATE1']);
  await store.close();
});

test('search runs the access predicate in the query: hits, totals, snippets and facets', async () => {
  const store = createSqliteStore(tempDb());
  await store.writeBatch([prepared(a, 'a'), prepared(b, 'b')]);
  const q = parseQuery('maraging steel');
  const opts = { limit: 10, offset: 0, order: 'relevance' as const };
  const us = await store.search(usS, q, opts);
  assert.equal(us.total, 1);
  assert.equal(us.hits[0]!.subject, 'SUBJECT OF 09STATE1');
  const fr = await store.search(frS, q, opts);
  assert.equal(fr.total, 1);
  assert.equal(fr.hits[0]!.subject, null, 'the S subject is not REL FRA');
  assert.equal(fr.hits[0]!.paragraph, '3');
  assert.doesNotMatch(fr.hits[0]!.snippet, /noforn/i);
  const c = await store.search(usC, q, opts);
  assert.deepEqual([c.total, c.hits.length, c.facets.tags, c.facets.classification], [0, 0, {}, {}]);
  // exclusion only looks at readable text: FRA cannot read ¶2, so excluding "noforn" keeps the cable for FRA
  assert.equal((await store.search(frS, parseQuery('steel -noforn'), opts)).total, 1);
  assert.equal((await store.search(usS, parseQuery('steel -noforn'), opts)).total, 0);
  // filters
  assert.equal((await store.search(usS, parseQuery('tag:PARM'), opts)).total, 2);
  assert.equal((await store.search(usS, parseQuery('ref:09STATE2'), opts)).total, 1);
  const usU: Reader = { name: 'U/USA', clearance: 'U', citizenship: 'USA', accesses: [] };
  const u = await store.search(usU, parseQuery('tag:PARM'), opts);
  assert.deepEqual([u.total, u.hits[0]!.id, u.hits[0]!.paragraph, u.hits[0]!.subject], [1, '09STATE1', '1', null], 'U/USA sees 09STATE1 through ¶1 only, not 09STATE2');
  assert.equal((await store.search(usC, parseQuery('valves'), opts)).hits[0]!.id, '09STATE2');
  assert.equal((await store.search(usS, parseQuery('date:2009-09 subject:"subject of"'), opts)).total, 2);
  assert.equal((await store.search(frS, parseQuery('subject:subject'), opts)).total, 0, 'unreadable subjects never match');
  await store.close();
});

test('extraction rows are read through the access predicate on their paragraph', async () => {
  const store = createSqliteStore(tempDb());
  const span = (paragraph: string) => ({ paragraph, start: 0, end: 1 });
  await store.writeBatch([prepared(a, 'a', {
    mentions: [
      { key: 'e1', kind: 'organization', name: 'Open Org', country: null, span: span('1') },
      { key: 'e2', kind: 'organization', name: 'Secret Org', country: null, span: span('2') },
      { key: 'e3', kind: 'organization', name: 'French Org', country: 'FRA', span: span('3') },
    ],
    relations: [{ kind: 'supplies', from: 'e2', to: 'e3', item: null, span: span('2') }],
    actions: [],
  })]);
  const names = async (r: Reader) => (await store.extractionsForReader(r, { kinds: ['mention'] })).map((x) => (x.payload as { name: string }).name);
  assert.deepEqual(await names(usS), ['Open Org', 'Secret Org', 'French Org']);
  assert.deepEqual(await names(frS), ['Open Org', 'French Org']);
  assert.deepEqual(await names(usC), ['Open Org']);
  assert.equal((await store.extractionsForReader(frS, { kinds: ['relation'] })).length, 0);
  await store.close();
});

test('a database written by newer code is refused with a clear error', async () => {
  const file = tempDb();
  await createSqliteStore(file).close();
  const db = new Database(file);
  db.prepare('UPDATE schema_version SET version = ?').run(schemaVersion + 1);
  db.close();
  assert.throws(() => createSqliteStore(file), (e: Error & { code?: string }) => e.code === 'BAD_INPUT' && /newer than this tearline understands/.test(e.message));
});

test('repeated searches and later pages are served consistently, and a write is seen at once', async () => {
  const store = createSqliteStore(tempDb());
  const many = Array.from({ length: 30 }, (_, i) => cable(`09STATE${100 + i}`, [['1', mark('U'), `Valves number ${i} for the plant.`]]));
  await store.writeBatch(many.map((c) => prepared(c, `${c.id}\n`)));
  const q = parseQuery('valves');
  const all = await store.search(usS, q, { limit: 30, offset: 0, order: 'date' });
  const page2 = await store.search(usS, q, { limit: 10, offset: 10, order: 'date' });
  assert.equal(all.total, 30);
  assert.deepEqual(page2.hits.map((h) => h.id), all.hits.slice(10, 20).map((h) => h.id));
  assert.deepEqual(page2.facets, all.facets);
  await store.writeBatch([prepared(cable('09STATE999', [['1', mark('U'), 'More valves.']]), 'x\n')]);
  assert.equal((await store.search(usS, q, { limit: 10, offset: 10, order: 'date' })).total, 31);
  // another reader class never shares the cached set
  assert.equal((await store.search(usC, parseQuery('maraging'), { limit: 10, offset: 0, order: 'date' })).total, 0);
  await store.close();
});

test('access in search holds past the 63 label sets its bit mask covers', async () => {
  const store = createSqliteStore(tempDb());
  // 70 cables, each with one paragraph releasable to the US and one other country: 70 label sets, FRA's last
  const others = [...Array.from({ length: 69 }, (_, i) => `X${String(i).padStart(2, '0')}`), 'FRA'];
  await store.writeBatch(others.map((country, i) => {
    const id = `09STATE${9000 + i}`;
    const c = cable(id, [['1', mark('S', { relTo: ['USA', country] }), `Infrared detectors for ${id}.`]]);
    return prepared(c, `${id} infrared detectors`);
  }));
  const opts = { limit: 100, offset: 0, order: 'relevance' as const };
  const q = parseQuery('infrared');
  const fr = await store.search({ name: 'S/FRA', clearance: 'S', citizenship: 'FRA', accesses: [] }, q, opts);
  assert.deepEqual(fr.hits.map((h) => h.id), ['09STATE9069'], 'FRA reads only the paragraph released to it (label set id above 63)');
  const x01 = await store.search({ name: 'S/X01', clearance: 'S', citizenship: 'X01', accesses: [] }, q, opts);
  assert.deepEqual(x01.hits.map((h) => h.id), ['09STATE9001'], 'a label set within the mask');
  assert.equal((await store.search(usS, q, opts)).total, 70);
  await store.close();
});
