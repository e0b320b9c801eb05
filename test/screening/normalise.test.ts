import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldName } from '../../src/screening/normalise.js';
import { transliterate } from '../../src/screening/transliterate.js';
import { nameTokens, nameWords } from '../../src/screening/tokens.js';
import { skeleton } from '../../src/screening/phonetic.js';
import { tokenSimilarity } from '../../src/screening/tokenSimilarity.js';
import { osaDistance, jaroWinkler } from '../../src/screening/similarity.js';
import { deletionKeys, sharesDeletionKey } from '../../src/screening/deletions.js';
import fc from 'fast-check';

test('folding: case, diacritics, apostrophes, punctuation, ampersand', () => {
  assert.equal(foldName("AL-QA'IDA  in Égypte & Co."), 'al qaida in egypte and co');
  assert.equal(foldName('IDRISSA DJALÓ'), 'idrissa djalo');
  assert.equal(foldName('Straße Øresund'), 'strasse oresund');
});

test('transliteration: Cyrillic, Arabic (al- split off), unknown scripts untouched', () => {
  assert.equal(transliterate('Михайло Шаповал'), 'Mikhaylo Shapoval');
  assert.equal(transliterate('محمد'), 'mhmd');
  assert.equal(transliterate('التكريتي'), 'al tkriti');
  assert.equal(transliterate('伊藤'), '伊藤');
  assert.deepEqual(nameWords('伊藤 洋介'), []);
});

test('legal forms: CO., LTD. = COMPANY LIMITED; LLC = LIMITED LIABILITY COMPANY; initials joined', () => {
  assert.deepEqual(nameWords('Zhejiang Dali Technology Co., Ltd.'), nameWords('ZHEJIANG DALI TECHNOLOGY COMPANY LIMITED'));
  assert.deepEqual(nameWords('1425 BRICKELL AVENUE 64E LLC'), nameWords('1425 Brickell Avenue 64E Limited Liability Company'));
  assert.deepEqual(nameWords('GRUPO CEDRO S.A.'), ['grupo', 'cedro', 'sa']);
  assert.deepEqual(nameWords('KOTI CODPORATION'), ['koti', 'corp'], 'one typo in a long legal word is tolerated');
  assert.equal(nameTokens('Acme Co').at(-1)!.role, 'legal');
  assert.equal(nameTokens('Abu Omar')[0]!.role, 'particle');
});

test('skeletons unify romanisations; token similarity grades typos and alternates', () => {
  assert.equal(skeleton('muhammad'), skeleton('mohammed'));
  assert.equal(skeleton('aleksander'), skeleton('alexander'));
  assert.equal(skeleton('izhevskiy'), skeleton('izhevsky'));
  assert.ok(tokenSimilarity('ghdir', skeleton('ghdir'), 'ghadir', skeleton('ghadir')) >= 0.8);
  assert.equal(tokenSimilarity('volodymyr', skeleton('volodymyr'), 'vladimir', skeleton('vladimir')), 0.92);
  assert.equal(tokenSimilarity('crane', skeleton('crane'), 'khuran', skeleton('khuran')), 0, 'same skeleton but unlike spelling');
  assert.equal(tokenSimilarity('ab', 'b', 'ac', 'k'), 0, 'two-letter words match only exactly');
});

test('distances', () => {
  assert.equal(osaDistance('ghadir', 'ghdir', 2), 1);
  assert.equal(osaDistance('abcd', 'abdc', 2), 1);
  assert.equal(osaDistance('abcdef', 'uvwxyz', 2), 3, 'gives up beyond max');
  assert.ok(jaroWinkler('martha', 'marhta') > 0.96);
  assert.equal(jaroWinkler('abc', 'abc'), 1);
});

test('the vocabulary scan and the deletion index find the same neighbours (property)', () => {
  const word = fc.stringMatching(/^[abcde]{0,7}$/);
  fc.assert(
    fc.property(word, word, (a, b) => {
      const keys = new Set(deletionKeys(a));
      assert.equal(sharesDeletionKey(a, b), deletionKeys(b).some((k) => keys.has(k)));
    }),
    { numRuns: 3000 },
  );
});
