import { test } from 'node:test';
import assert from 'node:assert/strict';
import { determineLicence, type LicenceDetermination } from '../../src/controls/licence.js';
import { allEccns } from '../../src/controls/entries.js';
import { cclData, chartData } from '../../src/controls/data.js';
import { isTearlineError } from '../../src/errors.js';

const reason = (d: LicenceDetermination, code: string) => d.reasons.filter((r) => r.reason === code);

test('6A002.a.3 → China: licence required (NS column 2, RS column 1), not prohibited', () => {
  const d = determineLicence('6A002.a.3', 'CN');
  assert.equal(d.entry, '6A002.a.3');
  assert.equal(d.destination, 'CHN');
  assert.equal(d.licenceRequired, true);
  assert.equal(d.prohibited, false);
  assert.deepEqual(reason(d, 'NS').map((r) => [r.column, r.applies]), [['NS2', true]]);
  assert.deepEqual(reason(d, 'RS').map((r) => [r.column, r.applies]), [['RS1', true]]);
  assert.equal(reason(d, 'MT')[0]!.applies, 'conditional', 'MT only for missile-hardened arrays');
  assert.match(d.questions.find((q) => q.reason === 'MT')!.question, /missiles/);
  assert.equal(reason(d, 'CC')[0]!.applies, false);
  assert.equal(reason(d, 'AT')[0]!.applies, false);
  assert.equal(d.edition, 'eCFR 2026-07-23');
  assert.ok(d.citations.some((c) => /ECCN 6A002/.test(c) && /2026-07-23/.test(c)));
  assert.ok(d.citations.some((c) => /738 Supp\. 1, China row, NS2/.test(c)));
});

test('6A002.a.3 → Iran: licence required under § 746.7 and prohibited by the OFAC embargo', () => {
  const d = determineLicence('6A002.a.3', 'IR');
  assert.equal(d.destination, 'IRN');
  assert.equal(d.licenceRequired, true);
  assert.equal(d.prohibited, true);
  assert.equal(d.outcome, 'prohibited');
  assert.ok(d.citations.some((c) => c.startsWith('15 CFR 746.7(a)(1)(i)')));
  assert.ok(d.citations.some((c) => /31 CFR part 560/.test(c)));
  assert.equal(reason(d, 'UN')[0]!.applies, true, 'Iran is under a UN arms embargo (§ 746.1(b)(2))');
});

test('6A002.a.3 → Canada: no licence under the chart; → France: RS column 1', () => {
  const ca = determineLicence('6A002.a.3', 'CA');
  assert.equal(ca.licenceRequired, false);
  assert.equal(ca.prohibited, false);
  assert.ok(ca.reasons.every((r) => r.applies === false));
  assert.ok(ca.caveats.some((c) => /738\.4\(a\)\(2\)\(ii\)\(B\)/.test(c)));
  assert.equal(ca.eu.route, 'EU001');
  const fr = determineLicence('6A002.a.3', 'FR');
  assert.equal(fr.licenceRequired, true);
  assert.deepEqual(fr.reasons.filter((r) => r.applies === true).map((r) => r.column), ['RS1']);
  assert.equal(fr.eu.intraEu, true);
  assert.equal(fr.eu.authorisationRequired, false, '6A002 is not in Annex IV');
});

test('every notation and every way of naming a country gives the same answer', () => {
  const base = JSON.stringify(determineLicence('6A002.a.3', 'CHN'));
  for (const [e, c] of [['6.A.2.a.3', 'CN'], ['6A002 a.3', 'China'], ['6A002.A.3', "People's Republic of China"]] as const) {
    assert.equal(JSON.stringify(determineLicence(e, c)), base, `${e} / ${c}`);
  }
});

test('Hong Kong follows the China row; Liechtenstein the Swiss row', () => {
  const hk = determineLicence('6A002.a.3', 'Hong Kong');
  assert.equal(hk.destination, 'HKG');
  assert.equal(hk.chartRow, 'China');
  assert.match(hk.inheritedFrom?.basis ?? '', /85 FR 83788/);
  const li = determineLicence('6A002.a.3', 'LI');
  assert.equal(li.chartRow, 'Switzerland');
});

test('unknown entry or country is an exit-2 error naming it', () => {
  for (const [e, c, name] of [['6A002.q', 'CN', '6A002.q'], ['6A002.a.3', 'Atlantis', 'Atlantis'], ['nonsense', 'CN', 'nonsense']]) {
    assert.throws(() => determineLicence(e!, c!), (err: unknown) => isTearlineError(err) && err.exitCode === 2 && err.message.includes(name!));
  }
});

const chart = chartData();
const destinations = chart.rows.map((r) => r.alpha3);
const embargoed = new Set(chart.rows.filter((r) => r.pointer).map((r) => r.alpha3));

/**
 * Every CCL ECCN × every chart destination, in one pass (the machine is shared): no unhandled case, every
 * answer cited with its edition, embargoed rows never "no licence"; and, for the plain rows ("XX applies
 * to entire entry" → "XX Column n"), agreement with an independent reading of the chart: the reason
 * applies exactly when the destination's cell has an X.
 */
test('all CCL entries × all chart destinations: complete, cited, and agreeing with an independent reading of the chart', () => {
  const plain = /^([A-Z]{2}) applies to (?:the )?entire entry\.?$/;
  let n = 0;
  let checked = 0;
  for (const rec of cclData().entries) {
    const rows = rec.requirements.map((r) => ({ m: plain.exec(r.control.trim()), c: /^([A-Z]{2}) Column (\d)\.?$/.exec(r.chart.trim()) }));
    const namedCodes = (rec.reasons ?? '').split(/,\s*/).filter((s) => /^[A-Z]{2}$/.test(s));
    const allPlain = rows.length > 0 && rows.every(({ m, c }) => m && c && m[1] === c[1]) && namedCodes.every((code) => rows.some(({ m }) => m?.[1] === code));
    for (const row of chart.rows) {
      const dest = row.alpha3;
      const d = determineLicence(rec.eccn, dest);
      n++;
      const where = `${rec.eccn} → ${row.name}`;
      assert.ok([true, false, 'conditional'].includes(d.licenceRequired as never), where);
      assert.ok(d.citations.length > 0 && d.edition && d.editions.countryChart, `${where}: citations`);
      for (const r of d.reasons) {
        assert.ok(r.citation, `${where} ${r.reason}: citation`);
        if (r.applies === 'conditional') assert.ok(r.question, `${where} ${r.reason}: a conditional or refer outcome says what to settle or where to look`);
      }
      if (embargoed.has(dest)) assert.equal(d.licenceRequired, true, `${where}: an embargoed row is never "no licence"`);
      assert.equal(d.prohibited, dest === 'IRN', where);
      if (dest === 'RUS' || dest === 'BLR') assert.equal(d.licenceRequired, true, `${where}: § 746.8`);
      if (row.pointer) continue;
      for (const { m, c } of rows) {
        if (!m || !c || m[1] !== c[1]) continue;
        const col = `${c[1]}${c[2]}`;
        const r = d.reasons.find((x) => x.column === col && x.scope === m[0].trim());
        assert.ok(r, `${where} ${col}`);
        assert.equal(r.applies, row.marks.includes(col), `${where}: ${col}`);
        checked++;
      }
      const extra = row.footnotes.some((f) => f === 6 || f === 7 || f === 10) || d.reasons.some((r) => r.reason === 'ALL-DESTINATIONS');
      if (allPlain && !extra) assert.equal(d.licenceRequired, rows.some(({ c }) => row.marks.includes(`${c![1]}${c![2]}`)), where);
    }
  }
  assert.equal(n, allEccns().length * destinations.length);
  assert.ok(checked > 50000, `checked ${checked}`);
});

test('prose rows: named destinations, country groups, worldwide, and refer with citation', () => {
  // 3A090.b: RS to the UAE and Country Groups D:1, D:4, D:5, excluding A:5 / A:6; 3A090.a worldwide
  const rsProse = (e: string, c: string) => determineLicence(e, c).reasons.find((r) => r.reason === 'RS' && r.column === null && r.applies !== false);
  assert.ok(rsProse('3A090.b', 'AE'), 'UAE named');
  assert.ok(rsProse('3A090.b', 'CN'), 'China is in D:1');
  assert.ok(!rsProse('3A090.b', 'IL'), 'Israel is in D:4 but also A:6: excluded');
  assert.ok(!rsProse('3A090.b', 'FR'), 'France is in no listed group');
  assert.ok(rsProse('3A090.a', 'FR'), 'worldwide');
  assert.ok(rsProse('3A090.c', 'Macau') && !rsProse('3A090.c', 'JP'));
  // EI: the chart does not decide; refer to § 742.15
  const ei = determineLicence('5A002.a', 'DE').reasons.find((r) => r.reason === 'EI');
  assert.equal(ei?.outcome, 'refer');
  assert.match(ei?.citation ?? '', /742\.15/);
});

test('footnotes: Russia § 746.8, India RS column 2, Australia firearms, all-destination entries', () => {
  assert.ok(determineLicence('3A001.a', 'RU').reasons.some((r) => r.reason === 'SANCTIONS' && r.applies === true));
  assert.ok(determineLicence('6A003.b.4.b', 'IN').reasons.some((r) => r.column === 'RS2' && r.applies === true));
  assert.equal(determineLicence('0A501.a', 'AU').licenceRequired, true);
  assert.equal(determineLicence('0A501.y', 'AU').licenceRequired, false);
  const crimea = determineLicence('6A992', 'Crimea');
  assert.equal(crimea.destination, 'UKR');
  assert.equal(crimea.licenceRequired, true, '§ 746.6');
  assert.ok(!determineLicence('6A992', 'Ukraine').reasons.some((r) => r.reason === 'SANCTIONS'));
  const c = determineLicence('5A980', 'CA');
  assert.equal(c.licenceRequired, true, '§ 738.3(a)(1): all destinations, Canada included');
});

test('entries that are not on the CCL, and destinations with no row, are referred, not guessed', () => {
  const ml = determineLicence('ML5', 'CN');
  assert.equal(ml.licenceRequired, 'conditional');
  assert.equal(ml.outcome, 'refer');
  const eu = determineLicence('3B503', 'CN');
  assert.equal(eu.licenceRequired, 'conditional');
  assert.equal(eu.eu.listed, true);
  assert.equal(eu.eu.authorisationRequired, true);
  for (const c of ['IR', 'CU', 'KP', 'SY']) {
    assert.equal(determineLicence('3B503', c).licenceRequired, true, `${c}: embargoes reach items off the CCL too`);
    assert.equal(determineLicence('ML5', c).licenceRequired, true, c);
  }
  assert.equal(determineLicence('ML5', 'IR').prohibited, true);
  const gl = determineLicence('6A002.a.3', 'Greenland');
  assert.equal(gl.licenceRequired, 'conditional');
  assert.equal(gl.chartRow, null);
  assert.match(gl.questions[0]!.question, /Denmark row/);
  assert.equal(determineLicence('6A002.a.3', 'US').outcome, 'not-an-export');
  assert.equal(determineLicence('6A002.a.3', 'Puerto Rico').licenceRequired, false);
});

test('EU view: EU001 destinations, individual authorisation elsewhere, restrictive measures', () => {
  assert.equal(determineLicence('6A002.a.3', 'JP').eu.route, 'EU001');
  assert.equal(determineLicence('6A002.a.3', 'IN').eu.route, 'individual');
  assert.equal(determineLicence('6A002.a.3', 'RU').eu.prohibited, true);
  const sectionI = determineLicence('1C351', 'JP').eu;
  assert.equal(sectionI.route, 'individual', 'Annex II Section I items are excluded from EU001');
  assert.equal(determineLicence('1C001', 'DE').eu.authorisationRequired, true, 'Annex IV items need an intra-EU transfer authorisation');
});
