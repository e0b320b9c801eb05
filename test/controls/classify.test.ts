import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify } from '../../src/controls/classify.js';
import { extractParameters } from '../../src/controls/parameters.js';
import { resolveControlEntry, findControlEntries } from '../../src/controls/mentions.js';

test('deciding parameters: wavelength band, time constant, element count', () => {
  const p = extractParameters([
    ['a.1', 'A peak response in the wavelength range exceeding 900 nm but not exceeding 1,050 nm; and'],
    ['a.2', 'A response “time constant” of less than 0.5 ns; or'],
    ['d', '“Focal plane arrays” having more than 2,048 elements per array. Note: does not control thermopile arrays having less than 5,130 elements;'],
  ]);
  const pick = (q: string) => p.filter((x) => x.quantity === q).map((x) => [x.paragraph, x.comparator, x.min, x.max, x.unit, x.inNote]);
  assert.deepEqual(pick('wavelength'), [['a.1', 'range', 900, 1050, 'nm', false]]);
  assert.deepEqual(pick('time constant'), [['a.2', '<', null, 0.5, 'ns', false]]);
  assert.deepEqual(pick('element count'), [['d', '>', 2048, null, 'elements', false], ['d', '<', null, 5130, 'elements', true]]);
});

test('classify an entry: text, parameters of its sub-entries, reasons for control, related entries', () => {
  const c = classify('6A002.a.3');
  assert.equal(c.mode, 'entry');
  const e = c.matches[0]!;
  assert.equal(e.id, '6A002.a.3');
  assert.ok(e.parameters.some((p) => p.paragraph === 'a.3.a.1' && p.quantity === 'wavelength' && p.min === 900 && p.max === 1050));
  assert.ok(e.parameters.some((p) => p.paragraph === 'a.3.a.2.a' && p.quantity === 'time constant' && p.max === 0.5));
  assert.deepEqual(
    e.reasonsForControl.map((r) => [r.reason, r.covers]),
    [['NS', true], ['MT', 'conditional'], ['RS', true], ['CC', false], ['AT', true], ['UN', true]],
  );
  const rel = new Map(e.related.map((r) => [r.id, r.relation]));
  assert.equal(rel.get('6A002'), 'parent');
  assert.equal(rel.get('6A002.a.3.f'), 'child');
  assert.equal(rel.get('6A102'), 'see also');
});

test('classify a description: search over entry text, notes and defined terms', () => {
  const cases: Array<[string, RegExp]> = [
    ['infrared focal plane array', /^6A002\.a\.3|^6A003\.b\.4/],
    ['image intensifier tube', /^6A002\.a\.2|^6A992/],
    ['gas centrifuge uranium', /^0B001/],
    ['unmanned aerial vehicle', /^9A012|^9A112|^9A350|^9A120/],
    ['microbolometer', /^6A002\.a\.3\.f|^6A002|^6A003/],
  ];
  for (const [q, re] of cases) {
    const c = classify(q, 3);
    assert.equal(c.mode, 'search');
    assert.ok(c.matches.length > 0, q);
    assert.match(c.matches[0]!.id, re, `${q} → ${c.matches.map((m) => m.id).join(', ')}`);
  }
  assert.ok(classify('focal plane array').definitions.some((d) => d.term === 'Focal plane array'));
  assert.equal(classify('French infrared detectors under Wassenaar 6.A.2.a.3 sold to China').matches[0]!.id, '6A002.a.3');
});

test("other regimes' item numbers keep their regime and are not read as Wassenaar entries", () => {
  const t = 'The UAVs are controlled by the MTCR Item 12.A.1. and Item 1.A.2. and 19.A.2. Separately, the steel is on the Nuclear Suppliers Group Dual Use List, under item 2. C. 11 and the Missile Technology Control Regime under item 6C8 of Category II.';
  assert.deepEqual(findControlEntries(t).map((m) => m.normalized), ['MTCR 12.A.1', 'MTCR 1.A.2', 'MTCR 19.A.2', 'NSG 2.C.11', 'MTCR 6.C.8']);
  assert.ok(findControlEntries(t).every((m) => m.entry === null));
  assert.equal(resolveControlEntry(t), null);
});

test('control entries mentioned in cable text resolve to entries', () => {
  const seed = 'The items are infrared detectors (focal plane arrays) controlled by the Wassenaar Arrangement, Section 6.A.2.a.3.';
  assert.equal(resolveControlEntry(seed)?.id, '6A002.a.3');
  assert.equal(resolveControlEntry('ECCN 6A002')?.id, '6A002');
  assert.equal(resolveControlEntry('6A002 a.3')?.id, '6A002.a.3');
  assert.equal(resolveControlEntry('no numbers here'), null);
  const m = findControlEntries('listed under 6.A.2.a.3.q and 9A012, part no. 3E265');
  assert.deepEqual(m.map((x) => [x.normalized, x.exact, x.entry?.id]), [['6A002.a.3.q', false, '6A002.a.3'], ['9A012', true, '9A012']]);
});

test('the full Wassenaar text (with Notes) comes from the shared list when present', (t) => {
  const e = classify('6.A.2.a.3').matches[0]!;
  if (!e.wassenaarText) {
    t.skip('shared Wassenaar list not found: text check skipped');
    return;
  }
  assert.equal(e.wassenaarText.code, '6.A.2.a.3');
  assert.match(e.wassenaarText.text, /Note 2 6\.A\.2\.a\.3\. does not apply to/);
});
