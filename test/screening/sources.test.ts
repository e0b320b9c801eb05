import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readListsDir } from '../../src/screening/catalog.js';
import { cableSource, listSource, type CableParty } from '../../src/screening/sources.js';
import { createScreener, screenName } from '../../src/screening/screener.js';
import { fixtureDir } from './helpers.js';

// Hand-built as the network store will hand parties over: only mentions the reader may read.
const seedParties: CableParty[] = [
  {
    id: 'org-zhejiang-dali',
    name: 'Zhejiang Dali Technology Co., Ltd.',
    aliases: ['Dali Technology'],
    kind: 'organization',
    country: 'CHN',
    mentions: [
      { cable: '09STATE96222', paragraph: '2', date: '2009-09-16' },
      { cable: '09STATE96222', paragraph: '4', date: '2009-09-16' },
    ],
  },
  { id: 'org-sofradir', name: 'Sofradir', aliases: [], kind: 'organization', country: 'FRA', mentions: [{ cable: '09STATE96222', paragraph: '2' }] },
];

test('cable parties screen as the list `cables`, with cable and paragraph citations', () => {
  const lists = readListsDir(fixtureDir).snapshots.map(listSource);
  const s = createScreener([...lists, cableSource(seedParties)]);
  const r = screenName(s, { name: 'ZHEJIANG DALI TECHNOLOGY COMPANY LIMITED' });
  const top = r.matches[0]!;
  assert.equal(top.list, 'cables');
  assert.equal(top.id, 'cables:org-zhejiang-dali');
  assert.deepEqual(top.citations, [
    { cable: '09STATE96222', paragraph: '2' },
    { cable: '09STATE96222', paragraph: '4' },
  ]);
  assert.equal(top.listDate, '2009-09-16');
  assert.ok(s.sources.some((x) => x.slug === 'cables' && x.records === 2));
});

test('a party with no mention the reader may read is not screened at all', () => {
  const hidden: CableParty[] = [{ ...seedParties[0]!, mentions: [] }];
  const s = createScreener([cableSource(hidden)]);
  assert.deepEqual(screenName(s, { name: 'Zhejiang Dali Technology Co., Ltd.' }).matches, []);
  assert.equal(s.sources[0]!.records, 0);
});
