import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readListsDir, chooseFolders } from '../../src/screening/catalog.js';
import { parseOfacRemarks } from '../../src/screening/importers/ofacRemarks.js';
import { fixtureDir } from './helpers.js';

const catalog = readListsDir(fixtureDir);
const bySlug = new Map(catalog.snapshots.map((s) => [s.slug, s]));
const record = (id: string) => catalog.snapshots.flatMap((s) => s.records).find((r) => r.id === id);

test('reads every list format, with list dates from the files where they carry one', () => {
  assert.deepEqual(
    catalog.snapshots.map((s) => [s.slug, s.date]),
    [
      ['us-ofac-sdn', '2021-07-07'],
      ['us-ofac-cons', '2025-12-19'],
      ['un-sc', '2026-02-27'],
      ['us-csl', '2023-11-30'],
      ['us-bis-dpl', '2023-11-02'], // newest Last_Update of the 30 rows kept (the full file: 2023-11-28)
    ],
  );
  assert.equal(bySlug.get('us-bis-dpl')!.records.length, 30);
  assert.equal(bySlug.get('un-sc')!.records.length, 15);
  assert.equal(bySlug.get('us-csl')!.records.length, 22);
});

test('skips a newer folder that lacks a required file and says why', () => {
  const { chosen, skipped } = chooseFolders(fixtureDir);
  assert.equal(chosen.find((c) => c.format.slug === 'us-ofac-sdn')!.folderDate, '2021-07-07');
  assert.deepEqual(skipped, [{ slug: 'us-ofac-sdn', folder: 'us-ofac-sdn/2024-05-03', missing: ['alt.csv'] }]);
});

test('OFAC legacy CSV: ent_num ids, type, programmes, strong aliases from alt.csv, weak from remarks, countries', () => {
  const r = record('us-ofac-sdn:306')!;
  assert.equal(r.names[0]!.name, 'BANCO NACIONAL DE CUBA');
  assert.equal(r.type, 'entity');
  assert.deepEqual(r.programs, ['CUBA']);
  assert.ok(r.names.some((n) => n.kind === 'strong' && n.name === 'NATIONAL BANK OF CUBA'));
  assert.ok(r.names.some((n) => n.kind === 'weak' && n.name === 'BNC'));
  assert.ok(r.countries.includes('CHE'), 'address in Zurich gives CHE');
  const person = record('us-ofac-sdn:16935')!;
  assert.equal(person.type, 'person');
  assert.match(person.names[0]!.name, /^PONOMARYOV, /);
});

test('UN XML: reference-number ids, names joined in listing order, original script and weak aliases', () => {
  const r = record('un-sc:QDi.064')!;
  assert.equal(r.type, 'person');
  assert.ok(r.names.some((n) => n.kind === 'script' && /[\u0600-\u06ff]/.test(n.name)));
  assert.ok(r.listDate === '2026-02-27');
  assert.ok(r.dates.some((d) => d.kind === 'listed'));
  const e = record('un-sc:KPe.028')!;
  assert.equal(e.type, 'entity');
  assert.ok(e.names.some((n) => n.name.toUpperCase() === 'MACHINE INDUSTRY DEPARTMENT'));
});

test('CSL: _id ids, alt_names split, alpha-2 countries of addresses resolved to alpha-3', () => {
  const r = record('us-csl:7324')!;
  assert.ok(r.names.length > 1);
  for (const rec of bySlug.get('us-csl')!.records) for (const c of rec.countries) assert.match(c, /^[A-Z]{3}$/);
});

test('DPL: 1-based data-row ids and US dates as ISO', () => {
  const r = record('us-bis-dpl:1')!;
  assert.equal(r.names[0]!.name, 'I. ASH');
  assert.deepEqual(r.dates[0], { kind: 'effective', value: '2003-06-19' });
  assert.deepEqual(r.countries, ['USA']);
});

test('OFAC remarks: DOB, nationality, identifiers, weak a.k.a.', () => {
  const r = parseOfacRemarks("DOB 12 Mar 1962; POB Shati; nationality Iran; Passport A123 (Iran); a.k.a. 'ABU X'.");
  assert.deepEqual(r.weakAliases, ['ABU X']);
  assert.deepEqual(r.dates, [{ kind: 'birth', value: '12 Mar 1962' }]);
  assert.deepEqual(r.countries, ['IRN']);
  assert.deepEqual(r.identifiers, ['Passport A123 (Iran)']);
});
