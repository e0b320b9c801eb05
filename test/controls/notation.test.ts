import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEntryNumber, findEntryNumbers, toWassenaarNotation, wassenaarToEccn } from '../../src/controls/notation.js';
import { resolveEntry } from '../../src/controls/entries.js';

test('every notation of 6A002.a.3 gives one canonical id', () => {
  for (const s of ['6A002.a.3', '6A002 a.3', '6A002.A.3', '6A002a3', '6A002(a)(3)', '6.A.2.a.3', '6. A. 2. a. 3.', 'ECCN 6A002.a.3', 'Wassenaar 6.A.2.a.3', '6A002.a.3.', 'Wassenaar Arrangement, Section 6.A.2.a.3', 'Cat. 6.A.2.a.3', 'ECCN: 6A002.a.3', 'eccn 6a002.a.3']) {
    assert.equal(parseEntryNumber(s)?.id, '6A002.a.3', s);
  }
  assert.equal(parseEntryNumber('ECCN 6A002')?.id, '6A002');
  assert.equal(parseEntryNumber('1.C.10.c')?.id, '1C010.c');
  assert.equal(parseEntryNumber('9.A.12')?.id, '9A012');
  assert.equal(parseEntryNumber('ML 8 a 17')?.id, 'ML8.a.17');
  assert.equal(parseEntryNumber('a.3'), null);
  assert.equal(parseEntryNumber('6A002.a.b'), null, 'labels must alternate letter / number');
  assert.equal(parseEntryNumber('hello'), null);
});

test('Wassenaar and ECCN numbering convert both ways', () => {
  assert.equal(wassenaarToEccn('6', 'A', '2'), '6A002');
  assert.equal(toWassenaarNotation('6A002.a.3'), '6.A.2.a.3');
  assert.equal(toWassenaarNotation('1C010.c'), '1.C.10.c');
  assert.equal(toWassenaarNotation('6A102'), null, 'the x1xx–x9xx ECCNs have no Wassenaar number');
});

test('entry numbers are found in running text with their spans', () => {
  const text = 'detectors controlled under Wassenaar Arrangement, Section 6.A.2.a.3. See also ECCN 6A002 a.3 and 3A001.b.2; ML8.a.';
  const found = findEntryNumbers(text);
  assert.deepEqual(found.map((f) => f.number.id), ['6A002.a.3', '6A002.a.3', '3A001.b.2', 'ML8.a']);
  for (const f of found) assert.equal(text.slice(f.start, f.end), f.text);
  assert.equal(found[0]!.text, '6.A.2.a.3');
  assert.deepEqual(findEntryNumbers('2. C. 11 tons were shipped'), [], 'spaced list labels are not entries in running text');
});

test('6.A.2.a.3 resolves to the same entry as 6A002.a.3, with its parents', () => {
  const a = resolveEntry('6.A.2.a.3');
  const b = resolveEntry('6A002.a.3');
  assert.ok(a && b);
  assert.deepEqual(a, b);
  assert.deepEqual(a.parents.map((p) => p.id), ['6A002', '6A002.a']);
  assert.deepEqual(a.lists, ['ccl', 'wassenaar', 'eu']);
  assert.equal(a.notations.wassenaar, '6.A.2.a.3');
  assert.equal(a.wassenaarList, 'sensitive');
  assert.ok(a.wassenaarListNotes.some((n) => n.list === 'sensitive' && /Platinum Silicide/.test(n.text)), 'Sensitive List Notes 3–7');
  assert.ok(a.children.includes('6A002.a.3.f'));
  assert.match(a.heading, /focal plane arrays/);
});

test('unknown sub-entries and non-numbers resolve to null', () => {
  assert.equal(resolveEntry('6A002.q'), null);
  assert.equal(resolveEntry('6A002.a.3.z.9'), null);
  assert.equal(resolveEntry('infrared'), null);
});

test('EU-only entries resolve, listed only in the EU Annex I', () => {
  const e = resolveEntry('3B503');
  assert.ok(e);
  assert.deepEqual(e.lists, ['eu']);
});

test('Munitions List sub-paragraphs resolve with their parents', () => {
  const e = resolveEntry('ML10.c.1');
  assert.ok(e);
  assert.equal(e.kind, 'munitions');
  assert.deepEqual(e.parents.map((p) => p.id), ['ML10', 'ML10.c']);
  assert.match(e.heading, /UAVs/);
  assert.ok(resolveEntry('ML 8 a 13 b'));
});
