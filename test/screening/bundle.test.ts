import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readListsDir } from '../../src/screening/catalog.js';
import { readBundle, writeBundle } from '../../src/screening/bundle.js';
import { loadLists } from '../../src/screening/load.js';
import { fixtureDir } from './helpers.js';
import { nameWords } from '../../src/screening/tokens.js';
import { listSource } from '../../src/screening/sources.js';
import { createScreener, screenName } from '../../src/screening/screener.js';

test('a bundle round-trips every record field and carries a shared vocabulary for a fast start', () => {
  const { snapshots } = readListsDir(fixtureDir);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-bundle-')), 'lists.json.gz');
  writeBundle(file, snapshots);
  const back = readBundle(file);
  const strip = (s: typeof snapshots) => s.map(({ vocabulary: _v, ...x }) => ({ ...x, records: x.records.map((r) => ({ ...r, names: r.names.map((n) => ({ name: n.name, kind: n.kind })) })) }));
  assert.deepEqual(strip(back), strip(snapshots));
  const vocabulary = back[0]!.vocabulary!;
  assert.ok(back.every((s) => s.vocabulary === vocabulary));
  const first = back[0]!.records[0]!.names[0]!;
  assert.deepEqual(first.tokenIds!.map((id) => vocabulary.words[id]), nameWords(first.name));
  // a screener built from the ids finds what one built from the names finds
  const viaIds = createScreener(back.map(listSource), { vocabulary });
  const viaNames = createScreener(snapshots.map(listSource));
  for (const q of ['GHDIR KANI ARIYA', 'MACHINE INDUSTRY DEPARTMENT', 'Tammy Duckworth']) {
    assert.deepEqual(
      screenName(viaIds, { name: q }).matches.map((m) => [m.id, m.score]),
      screenName(viaNames, { name: q }).matches.map((m) => [m.id, m.score]),
    );
  }
});

test('the bundled default holds the five lists of the evaluation universe', () => {
  const { snapshots } = loadLists();
  assert.deepEqual(
    snapshots.map((s) => [s.slug, s.date, s.records.length]),
    [
      ['us-ofac-sdn', '2021-07-07', 8976],
      ['us-ofac-cons', '2025-12-19', 442],
      ['un-sc', '2026-02-27', 1003],
      ['us-csl', '2023-11-30', 4220],
      ['us-bis-dpl', '2023-11-28', 665],
    ],
  );
});

test('a file that is not a bundle is bad input, named', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-bundle-')), 'x.json.gz');
  fs.writeFileSync(file, 'nope');
  assert.throws(() => readBundle(file), (e: Error & { exitCode?: number }) => e.exitCode === 2 && e.message.includes(file));
});
