import fs from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { releaseFor, renderReleaseText, renderViewText, viewForReader, type Reader } from '../../src/access/index.js';
import { isTearlineError } from '../../src/errors.js';
import { load, seedPath } from './fixtures.js';
import { runCli } from '../helpers/cli.js';

const seed = load(seedPath);
const reader = (clearance: Reader['clearance'], citizenship: string, accesses: string[] = []): Reader => ({ name: `${clearance}/${citizenship}`, clearance, citizenship, accesses });
const numbers = (r: Reader) => viewForReader(seed, r)!.paragraphs.map((p) => p.number);

test('the seed has the seven marked paragraphs the views rely on', () => {
  assert.deepEqual(seed.paragraphs.map((p) => p.marking?.text), ['U', 'S/NF', 'S/NF', 'SECRET/REL FRANCE', 'U', 'U', 'U']);
});

test('S/FRA reads paragraphs 1, 4, 5, 6, 7 and not the subject', () => {
  const v = viewForReader(seed, reader('S', 'FRA'))!;
  assert.deepEqual(v.paragraphs.map((p) => p.number), ['1', '4', '5', '6', '7']);
  assert.equal(v.subject, null);
  assert.equal(v.banner, 'SECRET//REL TO USA, FRA', 'the banner is that of what is shown');
  const text = renderViewText(v);
  assert.doesNotMatch(text, /Sofradir and\s+its subsidiary Ulis continue to sell cooled/, 'paragraph 2 is withheld');
  assert.doesNotMatch(text, /Post is requested to approach/, 'paragraph 3 is withheld');
  assert.doesNotMatch(text, /FRENCH FIRM SELLING/, 'the subject is withheld');
  assert.match(text, /^4\. \(SECRET\/REL FRANCE\) BEGIN TALKING POINTS/m);
});

test('C/USA reads only the U paragraphs; S/USA reads all', () => {
  assert.deepEqual(numbers(reader('C', 'USA')), ['1', '5', '6', '7']);
  assert.equal(viewForReader(seed, reader('C', 'USA'))!.banner, 'UNCLASSIFIED');
  const all = viewForReader(seed, reader('S', 'USA'))!;
  assert.deepEqual(all.paragraphs.map((p) => p.number), ['1', '2', '3', '4', '5', '6', '7']);
  assert.equal(all.subject?.text.replace(/\s+/g, ' '), 'FRENCH FIRM SELLING INFRARED DETECTORS TO CHINA');
  assert.equal(all.banner, 'SECRET//NOFORN');
});

test('a U reader from a country without REL TO sees only the U paragraphs; S/GBR the same', () => {
  assert.deepEqual(numbers(reader('U', 'CHN')), ['1', '5', '6', '7']);
  assert.deepEqual(numbers(reader('S', 'GBR')), ['1', '5', '6', '7']);
  assert.deepEqual(numbers(reader('C', 'FRA')), ['1', '5', '6', '7'], 'REL FRANCE is SECRET: clearance still applies');
});

test('release to France is paragraph 4 only, headed with the canonical marking, id and date', () => {
  const r = releaseFor(seed, 'FRA');
  assert.deepEqual(r.paragraphs.map((p) => p.number), ['4']);
  assert.equal(r.marking.text, 'SECRET//REL TO USA, FRA');
  assert.equal(r.to, 'FRA');
  const text = renderReleaseText(r);
  assert.match(text.split('\n')[0]!, /^SECRET\/\/REL TO USA, FRA$/);
  assert.match(text, /09STATE96222/);
  assert.match(text, /2009-09-16/);
  assert.doesNotMatch(text, /Post is requested to approach|This is an action request/);
});

test('release --with-unclassified adds the U paragraphs; nothing for Britain is an error', () => {
  assert.deepEqual(releaseFor(seed, 'FRA', { withUnclassified: true }).paragraphs.map((p) => p.number), ['1', '4', '5', '6', '7']);
  assert.throws(() => releaseFor(seed, 'GBR'), (e) => isTearlineError(e) && e.code === 'NOTHING_RELEASABLE' && /GBR/.test(e.message));
  assert.deepEqual(releaseFor(seed, 'GBR', { withUnclassified: true }).paragraphs.map((p) => p.number), ['1', '5', '6', '7']);
  assert.equal(releaseFor(seed, 'GBR', { withUnclassified: true }).marking.text, 'UNCLASSIFIED');
});

test('CLI: show --json for S/FRA and release --to FR --json', () => {
  const show = runCli(['show', seedPath, '--clearance', 'S', '--citizenship', 'FR', '--json']);
  assert.equal(show.status, 0, show.stderr);
  const v = JSON.parse(show.stdout);
  assert.deepEqual(Object.keys(v), ['id', 'banner', 'subject', 'paragraphs']);
  assert.equal(v.id, '09STATE96222');
  assert.equal(v.subject, null);
  assert.deepEqual(v.paragraphs.map((p: { number: string }) => p.number), ['1', '4', '5', '6', '7']);
  assert.deepEqual(Object.keys(v.paragraphs[0]), ['number', 'marking', 'text']);
  const rel = runCli(['release', seedPath, '--to', 'FR', '--json']);
  assert.equal(rel.status, 0, rel.stderr);
  const r = JSON.parse(rel.stdout);
  assert.equal(r.to, 'FRA');
  assert.equal(r.marking.text, 'SECRET//REL TO USA, FRA');
  assert.deepEqual(r.paragraphs.map((p: { number: string }) => p.number), ['4']);
});

test('CLI: nothing releasable and bad input exit 2 with a message naming the input, no stack', () => {
  const none = runCli(['release', seedPath, '--to', 'GBR']);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /nothing is releasable to GBR/);
  const missing = runCli(['show', 'no/such/file.txt']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no\/such\/file\.txt/);
  const id = runCli(['show', '09STATE1', '--db', 'nowhere.db']);
  assert.equal(id.status, 2);
  assert.match(id.stderr, /09STATE1/);
  const country = runCli(['release', seedPath, '--to', 'Atlantis']);
  assert.equal(country.status, 2);
  assert.match(country.stderr, /Atlantis/);
  for (const r of [none, missing, id, country]) assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('CLI: --raw gives the exact bytes to a reader who may read everything, and is refused otherwise', () => {
  const raw = runCli(['show', seedPath, '--raw']);
  assert.equal(raw.status, 0);
  assert.equal(raw.stdout, fs.readFileSync(seedPath, 'utf8'));
  assert.match(raw.stderr, /local operator/);
  const refused = runCli(['show', seedPath, '--raw', '--clearance', 'S', '--citizenship', 'FRA']);
  assert.equal(refused.status, 2);
  assert.equal(refused.stdout, '');
});

test('CLI text view shows each paragraph with its marking', () => {
  const r = runCli(['show', seedPath, '--clearance', 'C', '--citizenship', 'USA']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^1\. \(U\) This is an action request/m);
  assert.doesNotMatch(r.stdout, /\(S\/NF\)/);
});
