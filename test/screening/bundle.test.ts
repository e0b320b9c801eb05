import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readListsDir } from '../../src/screening/catalog.js';
import { readBundle, writeBundle } from '../../src/screening/bundle.js';
import { loadLists } from '../../src/screening/load.js';
import { fixtureDir } from './helpers.js';

test('a bundle round-trips every record field and caches the comparable words', () => {
  const { snapshots } = readListsDir(fixtureDir);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-bundle-')), 'lists.json.gz');
  writeBundle(file, snapshots);
  const back = readBundle(file);
  const strip = (s: typeof snapshots) => s.map((x) => ({ ...x, records: x.records.map((r) => ({ ...r, names: r.names.map((n) => ({ name: n.name, kind: n.kind })) })) }));
  assert.deepEqual(strip(back), strip(snapshots));
  assert.ok(back[0]!.records[0]!.names[0]!.words!.length > 0);
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
