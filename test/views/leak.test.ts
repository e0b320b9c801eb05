/**
 * Property tests: over random readers × real cables (the bundled samples, the seed and the
 * NODIS/EXDIS fixtures), no text of an unreadable portion ever appears in what `show` or
 * `release` print (JSON or text). The oracle is SPEC §4 written out again here, independently of
 * src/access/policy.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { effectiveLabels, releaseFor, renderReleaseText, renderViewText, viewForReader, type Reader } from '../../src/access/index.js';
import { isAccessControl } from '../../src/markings/controls.js';
import type { Marking } from '../../src/markings/types.js';
import type { Cable } from '../../src/cable/types.js';
import { isTearlineError } from '../../src/errors.js';
import { bundledCables, sharedCables } from './fixtures.js';

const rank = { U: 0, C: 1, S: 2, TS: 3 } as const;

/** SPEC §4, independently: clearance; US or releasable; every access control held. */
function oracle(r: Reader, m: Marking): boolean {
  if (rank[r.clearance] < rank[m.level]) return false;
  if (r.citizenship !== 'USA' && (m.noforn || (m.level !== 'U' && !m.relTo.includes(r.citizenship)))) return false;
  return r.accesses.includes('*') || m.controls.filter(isAccessControl).every((c) => r.accesses.includes(c));
}

const shared = sharedCables();
if (shared.length === 0) console.log('# shared corpus not found: leak properties run on the bundled cables only (set TEARLINE_SHARED_DATA)');
const cables = [...bundledCables(), ...shared];
const withPortions = cables.filter((c) => c.paragraphs.length > 0);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Texts of the withheld portions that must not appear (those not also in a readable portion). */
function secrets(cable: Cable, readable: (i: number | 'subject') => boolean): string[] {
  const shown = [
    ...(cable.subject && readable('subject') ? [norm(cable.subject.text)] : []),
    ...cable.paragraphs.filter((_, i) => readable(i)).map((p) => norm(p.text)),
  ].join('\n');
  const hidden = [
    ...(cable.subject && !readable('subject') ? [norm(cable.subject.text)] : []),
    ...cable.paragraphs.filter((_, i) => !readable(i)).map((p) => norm(p.text)),
  ];
  // a withheld text is checked by a distinctive 40-character window (or whole when shorter),
  // unless the same words also stand in a readable portion (legitimately shown)
  return hidden.filter((t) => t.length >= 12).map((t) => t.slice(0, 60)).filter((t) => !shown.includes(t));
}

const readerArb: fc.Arbitrary<Reader> = fc.record({
  name: fc.constant('generated reader'),
  clearance: fc.constantFrom('U', 'C', 'S', 'TS'),
  citizenship: fc.constantFrom('USA', 'USA', 'FRA', 'GBR', 'CHN', 'PAK', 'AUS', 'DEU', 'TUR', 'KOR'),
  accesses: fc.subarray(['NODIS', 'EXDIS', 'LIMDIS']),
}) as fc.Arbitrary<Reader>;

test('there are real cables with portions to test on, NODIS and EXDIS among them', () => {
  assert.ok(withPortions.length > 200);
  assert.ok(cables.some((c) => effectiveLabels(c).cable.controls.includes('NODIS')));
  assert.ok(cables.some((c) => effectiveLabels(c).cable.controls.includes('EXDIS')));
});

test('property: show (JSON and text) holds exactly the portions the oracle allows, and no withheld text', () => {
  fc.assert(
    fc.property(readerArb, fc.nat(withPortions.length - 1), (reader, i) => {
      const cable = withPortions[i]!;
      const labels = effectiveLabels(cable);
      const ok = (j: number | 'subject') => oracle(reader, j === 'subject' ? labels.subject! : labels.paragraphs[j]!);
      const view = viewForReader(cable, reader);
      const expected = cable.paragraphs.filter((_, j) => ok(j)).map((p) => p.number);
      if (view === null) {
        assert.equal(expected.length, 0, `${cable.id}: nothing shown but ${expected.join(',')} readable`);
        return;
      }
      assert.deepEqual(view.paragraphs.map((p) => p.number), expected, `${cable.id} for ${JSON.stringify(reader)}`);
      assert.equal(view.subject !== null, cable.subject !== null && ok('subject'));
      const outputs = [JSON.stringify(view), renderViewText(view)].map(norm);
      for (const s of secrets(cable, ok)) for (const out of outputs) assert.ok(!out.includes(s), `${cable.id}: withheld text leaked to ${reader.clearance}/${reader.citizenship}/${reader.accesses}: ${s}`);
    }),
    { numRuns: 1500 },
  );
});

test('property: release holds no portion a reader of that country could not read, and no withheld text', () => {
  fc.assert(
    fc.property(fc.constantFrom('FRA', 'GBR', 'CHN', 'PAK', 'AUS', 'DEU', 'TUR', 'AFG', 'KOR'), fc.boolean(), fc.nat(withPortions.length - 1), (country, withUnclassified, i) => {
      const cable = withPortions[i]!;
      const labels = effectiveLabels(cable);
      const foreign: Reader = { name: 'f', clearance: 'TS', citizenship: country, accesses: [] };
      const ok = (j: number | 'subject') => j !== 'subject' && oracle(foreign, labels.paragraphs[j]!) && (withUnclassified || labels.paragraphs[j]!.level !== 'U' || labels.paragraphs[j]!.relTo.includes(country));
      let release;
      try {
        release = releaseFor(cable, country, { withUnclassified });
      } catch (e) {
        assert.ok(isTearlineError(e) && e.code === 'NOTHING_RELEASABLE');
        assert.equal(cable.paragraphs.filter((_, j) => ok(j)).length, 0);
        return;
      }
      assert.deepEqual(release.paragraphs.map((p) => p.number), cable.paragraphs.filter((_, j) => ok(j)).map((p) => p.number));
      for (const p of release.paragraphs) assert.ok(!p.marking.noforn && (p.marking.level === 'U' || p.marking.relTo.includes(country)));
      const outputs = [JSON.stringify(release), renderReleaseText(release)].map(norm);
      for (const s of secrets(cable, ok)) for (const out of outputs) assert.ok(!out.includes(s), `${cable.id}: withheld text leaked to the release for ${country}: ${s}`);
    }),
    { numRuns: 800 },
  );
});

test('NODIS and EXDIS cables: readers without the access see nothing, whatever their clearance', () => {
  for (const cable of cables.filter((c) => /NODIS|EXDIS/.test(effectiveLabels(c).cable.controls.join()))) {
    const control = effectiveLabels(cable).cable.controls.find((c) => c === 'NODIS' || c === 'EXDIS')!;
    assert.equal(viewForReader(cable, { name: 'x', clearance: 'TS', citizenship: 'USA', accesses: [] }), null, `${cable.source} ${control}`);
    assert.equal(viewForReader(cable, { name: 'x', clearance: 'TS', citizenship: 'USA', accesses: [control === 'NODIS' ? 'EXDIS' : 'NODIS'] }), null);
    const holder = viewForReader(cable, { name: 'x', clearance: 'TS', citizenship: 'USA', accesses: [control] });
    assert.ok(holder && holder.paragraphs.length === cable.paragraphs.length, `${cable.source}: the ${control} holder reads it all`);
    assert.throws(() => releaseFor(cable, 'FRA', { withUnclassified: true }), /nothing is releasable/);
  }
});
