import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dataPath } from '../../src/common/paths.js';
import { fixtureDir } from './helpers.js';

const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-screen-db-')), 'seed.db');

function screenAs(reader: string[]) {
  const r = runCli(['screen', '--name', 'Zhejiang Dali Technology Co., Ltd.', '--lists', fixtureDir, '--db', db, ...reader, '--json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { matches: { list: string; id: string; score: number; citations?: { cable: string; paragraph: string }[] }[] };
}

test('screening against a database holding the seed returns the cable party with the paragraphs the reader may read', () => {
  const ingest = runCli(['ingest', dataPath('sample', 'seed', '09STATE96222.txt'), '--db', db]);
  assert.equal(ingest.status, 0, ingest.stderr);

  const all = screenAs(['--clearance', 'S', '--citizenship', 'USA']);
  const hit = all.matches.find((m) => m.list === 'cables')!;
  assert.ok(hit, 'the cable party is a hit');
  assert.ok(hit.score >= 0.95);
  assert.ok(hit.citations!.some((c) => c.cable === '09STATE96222' && c.paragraph === '2'));

  // S/FRA may read ¶4 (REL FRANCE) but not ¶2 or ¶3 (NOFORN): only ¶4 is cited
  const fra = screenAs(['--clearance', 'S', '--citizenship', 'FRA']);
  assert.deepEqual(fra.matches.find((m) => m.list === 'cables')?.citations, [{ cable: '09STATE96222', paragraph: '4' }]);

  // C/USA reads only the unclassified paragraphs, which do not name the party
  const low = screenAs(['--clearance', 'C', '--citizenship', 'USA']);
  assert.equal(low.matches.find((m) => m.list === 'cables'), undefined);
});
