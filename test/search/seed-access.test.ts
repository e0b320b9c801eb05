import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataPath } from '../../src/common/paths.js';
import { runCli } from '../helpers/cli.js';

interface Result { total: number; hits: { id: string; subject: string | null; snippet: string; score: number; paragraph: string }[]; facets: Record<string, Record<string, number>> }

const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-seed-')), 'a.db');
const ingest = runCli(['ingest', dataPath('sample', 'seed'), dataPath('sample', 'cables'), '--db', db, '--quiet']);

function search(query: string, reader: string[]): Result {
  const r = runCli(['search', query, '--db', db, '--json', ...reader]);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Result;
}

const seedParagraph4 = /BEGIN TALKING POINTS/;

test('the seed is found by "infrared detectors" for S/USA with its subject', () => {
  assert.equal(ingest.status, 0, ingest.stderr);
  const r = search('infrared detectors', ['--clearance', 'S', '--citizenship', 'USA']);
  const hit = r.hits.find((h) => h.id === '09STATE96222');
  assert.ok(hit);
  assert.match(hit.subject!, /FRENCH FIRM SELLING INFRARED DETECTORS/);
  assert.match(hit.snippet, /infrared/i);
});

test('for S/FRA the seed is found through ¶4 only: snippet from ¶4, no subject, facets count it', () => {
  const r = search('infrared detectors', ['--clearance', 'S', '--citizenship', 'FRA']);
  const hit = r.hits.find((h) => h.id === '09STATE96222');
  assert.ok(hit, 'found');
  assert.equal(hit.subject, null);
  assert.equal(hit.paragraph, '4');
  const p4 = fs.readFileSync(dataPath('sample', 'seed', '09STATE96222.txt'), 'utf8');
  const words = hit.snippet.replace(/[«»…]/g, '').split(/\s+/).filter(Boolean).join(' ');
  const para4 = p4.slice(p4.search(seedParagraph4), p4.indexOf('END TALKING POINTS')).split(/\s+/).join(' ');
  assert.ok(para4.includes(words), `snippet ${JSON.stringify(hit.snippet)} comes from ¶4`);
  assert.doesNotMatch(JSON.stringify(r), /Sofradir and\s+its subsidiary Ulis continue to sell cooled/, 'nothing from ¶2');
  assert.ok(r.facets.year!['2009']! >= 1);
});

test('for C/USA the seed is not found, and nothing of it is counted', () => {
  const r = search('infrared detectors', ['--clearance', 'C', '--citizenship', 'USA']);
  assert.equal(r.hits.some((h) => h.id === '09STATE96222'), false);
  const sofradir = search('sofradir', ['--clearance', 'C', '--citizenship', 'USA']);
  assert.deepEqual([sofradir.total, sofradir.hits, sofradir.facets.tags, sofradir.facets.origin], [0, [], {}, {}]);
  const opening = search('"action request to Embassy Paris"', ['--clearance', 'C', '--citizenship', 'USA']);
  assert.deepEqual(opening.hits.map((h) => [h.id, h.subject, h.paragraph]), [['09STATE96222', null, '1']], 'its (U) ¶1 is readable');
});

test('classified snippets are written to the audit log and the chain verifies', () => {
  search('infrared detectors', ['--clearance', 'S', '--citizenship', 'USA']);
  const v = runCli(['audit', 'verify', '--db', db, '--json']);
  assert.equal(v.status, 0, v.stderr);
  const verdict = JSON.parse(v.stdout) as { ok: boolean; rows: number };
  assert.equal(verdict.ok, true);
  assert.ok(verdict.rows >= 1);
});

test('a query syntax error is exit 2 with the position', () => {
  const r = runCli(['search', 'iran "thermal', '--db', db]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unterminated quotation mark at position 6/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('field filters on the real seed: to:, from:, class:, date:, subject:, exclusion', () => {
  const us = ['--clearance', 'S', '--citizenship', 'USA'];
  const ids = (q: string, reader = us) => search(q, reader).hits.map((h) => h.id);
  assert.ok(ids('infrared to:paris from:secstate class:S date:2009-09').includes('09STATE96222'));
  assert.ok(!ids('infrared to:beijing-nowhere').includes('09STATE96222'));
  assert.ok(!ids('infrared class:C').includes('09STATE96222'));
  assert.ok(!ids('infrared date:2010..').includes('09STATE96222'));
  assert.ok(!ids('infrared -sofradir').includes('09STATE96222'));
  assert.ok(ids('subject:"infrared detectors"').includes('09STATE96222'));
  assert.ok(!ids('subject:"infrared detectors"', ['--clearance', 'S', '--citizenship', 'FRA']).includes('09STATE96222'), 'the subject is not readable for S/FRA');
});
