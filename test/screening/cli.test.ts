import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { parseCsv } from '../../src/common/csv.js';
import { fixtureDir } from './helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-screen-'));

test('screen --json: {query, matches:[{list,id,name,matched,score}]} best first, with list dates', () => {
  const r = runCli(['screen', '--name', 'GHDIR KANI ARIYA', '--lists', fixtureDir, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.query, 'GHDIR KANI ARIYA');
  const top = out.matches[0];
  assert.equal(top.id, 'us-ofac-sdn:25959');
  assert.equal(top.list, 'us-ofac-sdn');
  assert.equal(top.name, 'GHADIR KANI ARIYA');
  assert.equal(top.matched, 'GHADIR KANI ARIYA');
  assert.equal(typeof top.score, 'number');
  assert.equal(top.listDate, '2021-07-07');
  for (let i = 1; i < out.matches.length; i++) assert.ok(out.matches[i - 1].score >= out.matches[i].score);
});

test('screen: a name on no list gives empty matches; an alias reports the alias as matched', () => {
  const none = JSON.parse(runCli(['screen', '--name', 'Tammy Duckworth', '--lists', fixtureDir, '--json']).stdout);
  assert.deepEqual(none.matches, []);
  const alias = JSON.parse(runCli(['screen', '--name', 'National Bank of Cuba', '--lists', fixtureDir, '--json']).stdout);
  assert.equal(alias.matches[0].id, 'us-ofac-sdn:306');
  assert.equal(alias.matches[0].matched, 'NATIONAL BANK OF CUBA');
  assert.equal(alias.matches[0].name, 'BANCO NACIONAL DE CUBA');
});

test('screen: bad usage exits 2 naming the problem', () => {
  const r1 = runCli(['screen', '--name', 'X', '--country', 'Atlantis', '--lists', fixtureDir]);
  assert.equal(r1.status, 2);
  assert.match(r1.stderr, /Atlantis/);
  const r2 = runCli(['screen', '--name', 'X', '--list', 'eu-fsf', '--lists', fixtureDir]);
  assert.equal(r2.status, 2);
  assert.match(r2.stderr, /eu-fsf/);
  const r3 = runCli(['screen', '--name', 'X', '--lists', path.join(tmp, 'nowhere')]);
  assert.equal(r3.status, 2);
  assert.match(r3.stderr, /nowhere/);
  assert.doesNotMatch(r3.stderr, /at .*\.js/);
});

test('screen --batch: input columns kept, verdict/match columns appended, progress on stderr', () => {
  const file = path.join(tmp, 'parties.csv');
  fs.writeFileSync(file, 'ref,name,country,list\n1,GHDIR KANI ARIYA,,\n2,"Tammy Duckworth",US,\n3,MACHINE INDUSTRY DEPARTMENT,,un-sc\n');
  const r = runCli(['screen', '--batch', file, '--lists', fixtureDir]);
  assert.equal(r.status, 0, r.stderr);
  const rows = parseCsv(r.stdout).filter((x) => x.length > 1);
  assert.deepEqual(rows[0], ['ref', 'name', 'country', 'list', 'verdict', 'match_list', 'match_id', 'match_name', 'score']);
  assert.deepEqual(rows[1]!.slice(0, 7), ['1', 'GHDIR KANI ARIYA', '', '', 'hit', 'us-ofac-sdn', 'us-ofac-sdn:25959']);
  assert.deepEqual(rows[2]!.slice(0, 5), ['2', 'Tammy Duckworth', 'US', '', 'clear']);
  assert.equal(rows[3]![5], 'un-sc');
  assert.match(r.stderr, /3 names screened/);
});

test('screen --batch: missing file, missing name column, unknown list → exit 2 naming file and line', () => {
  const missing = runCli(['screen', '--batch', path.join(tmp, 'absent.csv'), '--lists', fixtureDir]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /absent\.csv/);
  const noName = path.join(tmp, 'noname.csv');
  fs.writeFileSync(noName, 'party,country\nX,FR\n');
  const r = runCli(['screen', '--batch', noName, '--lists', fixtureDir]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /noname\.csv: line 1: no "name" column/);
  const badList = path.join(tmp, 'badlist.csv');
  fs.writeFileSync(badList, 'name,list\nA,us-ofac-sdn\nB,eu-fsf\n');
  const r2 = runCli(['screen', '--batch', badList, '--lists', fixtureDir]);
  assert.equal(r2.status, 2);
  assert.match(r2.stderr, /badlist\.csv: line 3: unknown list "eu-fsf"/);
  assert.equal(r2.stdout, '', 'no half output');
});

test('lists: dates and counts of what is loaded, skipped folders named', () => {
  const r = runCli(['lists', '--lists', fixtureDir, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const sdn = out.lists.find((l: { list: string }) => l.list === 'us-ofac-sdn');
  assert.equal(sdn.date, '2021-07-07');
  assert.ok(sdn.records > 0 && sdn.strongAliases > 0 && sdn.weakAliases > 0);
  assert.deepEqual(out.skipped.map((s: { folder: string }) => s.folder), ['us-ofac-sdn/2024-05-03']);
  const text = runCli(['lists']);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /us-ofac-sdn\s+2021-07-07\s+8976 records/);
});
