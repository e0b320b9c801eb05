import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScope, coverage } from '../../src/controls/scope.js';

const rs = 'RS applies to 6A002.a.1, a.2, a.3 (except a.3.d.2.a and a.3.e for lead selenide based focal plane arrays (FPAs)), .c, and .f.';

test('a paragraph list with a qualified exception', () => {
  const s = parseScope(rs, '6A002');
  assert.deepEqual(s.include.map((p) => p.join('.')), ['a.1', 'a.2', 'a.3', 'c', 'f']);
  assert.deepEqual(s.exclude.map((p) => p.join('.')), ['a.3.d.2.a', 'a.3.e']);
  assert.equal(coverage(s, ['a', '3'], '6A002').covers, true);
  assert.deepEqual(coverage(s, ['a', '3'], '6A002').carvedOut, ['6A002.a.3.d.2.a', '6A002.a.3.e']);
  assert.equal(coverage(s, ['a', '3', 'e'], '6A002').covers, 'conditional', 'excepted only for lead selenide arrays');
  assert.equal(coverage(s, ['b'], '6A002').covers, false);
  assert.equal(coverage(s, ['a'], '6A002').covers, 'conditional', 'only some sub-entries of a are included');
  assert.equal(coverage(s, [], '6A002').covers, 'conditional');
});

test('entire entry, and entire entry except paragraphs', () => {
  assert.equal(coverage(parseScope('NS applies to entire entry', '6A002'), ['a', '3'], '6A002').covers, true);
  const s = parseScope('NS applies to entire entry, except 1C607.a.10, .a.11, .a.12, and .a.14', '1C607');
  assert.deepEqual(s.exclude.map((p) => p.join('.')), ['a.10', 'a.11', 'a.12', 'a.14']);
  assert.equal(coverage(s, ['a', '11'], '1C607').covers, false);
  assert.equal(coverage(s, ['a', '9'], '1C607').covers, true);
});

test('words that qualify the scope make it conditional with a question', () => {
  const c = coverage(parseScope('MT applies to optical detectors in 6A002.a.1, or a.3 that are “specially designed” or modified to protect “missiles”', '6A002'), ['a', '3'], '6A002');
  assert.equal(c.covers, 'conditional');
  assert.match(c.question ?? '', /missiles/);
  assert.equal(coverage(parseScope('CC applies to police-model infrared viewers in 6A002.c', '6A002'), ['a', '3'], '6A002').covers, false);
});

test('ranges and bare letters after a list', () => {
  const s = parseScope('NS applies to 3B001.a.4, c, d, f.1, f.5, f.6, k to n, p.2, p.4, r', '3B001');
  assert.deepEqual(s.include.map((p) => p.join('.')), ['a.4', 'c', 'd', 'f.1', 'f.5', 'f.6', 'k', 'l', 'm', 'n', 'p.2', 'p.4', 'r']);
  assert.equal(parseScope('SI applies to 9E003.a.1 through a.8, .h', '9E003').include.length, 9);
  assert.deepEqual(parseScope('CB applies to items controlled by 1C351.d.15 and .16', '1C351').include.map((p) => p.join('.')), ['d.15', 'd.16']);
});

test('references to other ECCNs are not paragraphs of this one', () => {
  const s = parseScope('NS applies to “software” for commodities in ECCN 0A505.a and .x and equipment in ECCN 0B505.a and .x', '0D505');
  assert.deepEqual(s.include, []);
  assert.deepEqual(s.otherEntries.sort(), ['0A505.a', '0B505.a']);
  assert.equal(coverage(s, [], '0D505').covers, 'conditional');
});

test('each item of an exception clause keeps its own qualifier', () => {
  const s = parseScope('NS applies to entire entry except: 9A610.b; parts and components controlled in 9A610.x if being exported or reexported for use in an aircraft controlled in 9A610.b; and 9A610.y', '9A610');
  assert.equal(coverage(s, ['y', '1'], '9A610').covers, false, '9A610.y is excepted outright');
  assert.equal(coverage(s, ['b'], '9A610').covers, false);
  assert.equal(coverage(s, ['x'], '9A610').covers, 'conditional', '.x only when for a 9A610.b aircraft');
  assert.equal(coverage(s, ['a'], '9A610').covers, true);
});

test('an exception item that names other ECCNs is qualified by them', () => {
  const s = parseScope('AT applies to entire entry except 0A509.a for items for ECCN 0A502 or ECCN 0A508, and 0A509.d', '0A509');
  assert.equal(coverage(s, ['a'], '0A509').covers, 'conditional');
  assert.equal(coverage(s, ['d'], '0A509').covers, false);
  assert.equal(coverage(s, ['b'], '0A509').covers, true);
});
