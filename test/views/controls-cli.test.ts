import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';
import { fixturePath } from './fixtures.js';

const nodis = fixturePath('09STATE96222-NODIS.txt');

test('CLI: a NODIS cable is not found for a reader without NODIS, shown with it', () => {
  const without = runCli(['show', nodis, '--clearance', 'TS', '--citizenship', 'USA', '--access', 'EXDIS', '--json']);
  assert.equal(without.status, 2);
  assert.equal(without.stdout, '');
  assert.match(without.stderr, /not found, or nothing in it is readable/);
  assert.doesNotMatch(without.stderr, /Sofradir|TALKING POINTS/);
  const withIt = runCli(['show', nodis, '--clearance', 'S', '--citizenship', 'USA', '--access', 'nodis', '--json']);
  assert.equal(withIt.status, 0, withIt.stderr);
  const v = JSON.parse(withIt.stdout);
  assert.equal(v.paragraphs.length, 7);
  assert.ok(v.paragraphs.every((p: { marking: { controls: string[] } }) => p.marking.controls.includes('NODIS')), 'cable-wide NODIS is on every portion');
  assert.match(v.banner, /NODIS/);
});

test('CLI: a French reader with NODIS sees the NODIS cable the way the seed view goes', () => {
  const r = runCli(['show', nodis, '--clearance', 'S', '--citizenship', 'FRA', '--access', 'NODIS', '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).paragraphs.map((p: { number: string }) => p.number), ['1', '4', '5', '6', '7']);
  const release = runCli(['release', nodis, '--to', 'FRA']);
  assert.equal(release.status, 2, 'a NODIS portion is never releasable');
});
