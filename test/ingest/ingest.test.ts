import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { dataPath } from '../../src/common/paths.js';
import { csvLine } from '../../src/common/csv.js';
import { runCli } from '../helpers/cli.js';
import { archiveState, tempDir } from './helpers.js';

const sample = dataPath('sample');
const sampleFiles = (sub: string) => fs.readdirSync(path.join(sample, sub)).filter((f) => f.endsWith('.txt')).length;

function ingestJson(args: string[]) {
  const r = runCli(['ingest', ...args, '--json']);
  return { ...r, summary: r.stdout ? (JSON.parse(r.stdout) as { new: number; unchanged: number; revised: number; cables: number; errors: { source: string }[]; diagnostics: Record<string, number> }) : null };
}

test('ingest of the bundled samples is idempotent and the revisions ingest as revisions', async () => {
  const db = path.join(tempDir(), 'a.db');
  const cables = sampleFiles('cables');
  const first = ingestJson([path.join(sample, 'cables'), path.join(sample, 'revisions'), '--db', db]);
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual([first.summary!.new, first.summary!.revised, first.summary!.unchanged], [cables, sampleFiles('revisions'), 0]);
  assert.ok(Object.keys(first.summary!.diagnostics).length > 0, 'diagnostics are summarised by code');
  const before = await archiveState(db);
  const again = ingestJson([path.join(sample, 'revisions'), path.join(sample, 'cables'), '--db', db]);
  assert.deepEqual([again.summary!.new, again.summary!.revised, again.summary!.unchanged], [0, 0, cables + sampleFiles('revisions')]);
  assert.equal((await archiveState(db)).digest, before.digest, 're-ingest changes nothing');
});

test('preparing in worker threads writes the same archive as preparing inline', async () => {
  const run = (threads: string) => {
    const db = path.join(tempDir(), `threads-${threads}.db`);
    const r = runCli(['ingest', path.join(sample, 'cables'), path.join(sample, 'revisions'), '--db', db, '--json'], { env: { TEARLINE_INGEST_THREADS: threads } });
    assert.equal(r.status, 0, r.stderr);
    return { db, summary: JSON.parse(r.stdout) as { new: number; revised: number; diagnostics: Record<string, number> } };
  };
  const inline = run('0');
  const workers = run('3');
  assert.deepEqual(workers.summary.diagnostics, inline.summary.diagnostics);
  assert.deepEqual([workers.summary.new, workers.summary.revised], [inline.summary.new, inline.summary.revised]);
  assert.equal((await archiveState(workers.db)).digest, (await archiveState(inline.db)).digest);
  const bad = runCli(['ingest', path.join(sample, 'cables'), '--db', path.join(tempDir(), 'bad.db')], { env: { TEARLINE_INGEST_THREADS: 'many' } });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /TEARLINE_INGEST_THREADS/);
});

test('the revision order does not matter: the latest release stays current', async () => {
  const a = path.join(tempDir(), 'a.db');
  const b = path.join(tempDir(), 'b.db');
  ingestJson([path.join(sample, 'cables'), path.join(sample, 'revisions'), '--db', a]);
  ingestJson([path.join(sample, 'revisions'), path.join(sample, 'cables'), '--db', b]);
  const show = (db: string) => {
    const r = runCli(['search', 'date:1900..2100', '--db', db, '--json', '--limit', '1000']);
    return (JSON.parse(r.stdout) as { total: number }).total;
  };
  assert.equal(show(a), show(b));
  // the current text of a revised cable is the final one in both orders
  const { createSqliteStore } = await import('../../src/store/sqlite/index.js');
  for (const db of [a, b]) {
    const store = createSqliteStore(db);
    const stored = await store.getCable('04RANGOON1100');
    assert.deepEqual(Buffer.from(stored!.raw), fs.readFileSync(path.join(sample, 'cables', '04RANGOON1100.txt')));
    const revs = await store.revisions('04RANGOON1100');
    assert.equal(revs.length, 2);
    assert.ok(revs.some((r) => r.diff && /^[-+]/m.test(r.diff)), 'a revision carries a line diff');
    await store.close();
  }
});

test('raw bytes come back exactly, Latin-1 PDF texts too', async () => {
  const db = path.join(tempDir(), 'a.db');
  const r = ingestJson([path.join(sample, 'pdftext'), '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const { createSqliteStore } = await import('../../src/store/sqlite/index.js');
  const store = createSqliteStore(db);
  for (const f of fs.readdirSync(path.join(sample, 'pdftext'))) {
    const bytes = fs.readFileSync(path.join(sample, 'pdftext', f));
    const id = f.replace(/\.txt$/, '');
    const stored = await store.getCable(id);
    assert.ok(stored, `${id} is stored under its id`);
    assert.deepEqual(Buffer.from(stored.raw), bytes);
  }
  await store.close();
});

test('an unreadable input is reported by name, the rest is ingested, exit 2', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'a.db');
  const missing = path.join(dir, 'no-such-file.txt');
  const r = ingestJson([missing, path.join(sample, 'seed'), '--db', db]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no-such-file\.txt/);
  assert.deepEqual(r.summary!.errors.map((e) => e.source), [missing]);
  assert.equal(r.summary!.new, 1);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('the Cablegate cables.csv layout is streamed in', async () => {
  const dir = tempDir();
  const csv = path.join(dir, 'cables.csv');
  const ids = ['04BRASILIA2890', '09STATE96222'];
  const rows = ids.map((id, i) => {
    const file = id === '09STATE96222' ? path.join(sample, 'seed', `${id}.txt`) : path.join(sample, 'cables', `${id}.txt`);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const [refid, created, , classification, origin] = lines;
    const [y, m, d] = created!.slice(0, 10).split('-');
    return csvLine([i + 1, `${Number(m)}/${Number(d)}/${y} ${created!.slice(11)}`, refid, origin, classification, '', '', lines.slice(6).join('\n')]);
  });
  fs.writeFileSync(csv, rows.join(''));
  const db = path.join(dir, 'a.db');
  const r = ingestJson([csv, '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.summary!.new, 2);
  const s = runCli(['search', 'infrared detectors', '--db', db, '--json', '--clearance', 'S', '--citizenship', 'FRA']);
  const out = JSON.parse(s.stdout) as { hits: { id: string; subject: string | null }[] };
  assert.deepEqual(out.hits.map((h) => [h.id, h.subject]), [['09STATE96222', null]]);
  const stats = JSON.parse(runCli(['stats', '--db', db, '--json']).stdout) as { byYear: Record<string, number>; byOrigin: Record<string, number> };
  assert.deepEqual(stats.byYear, { 2004: 1, 2009: 1 });
  assert.equal(stats.byOrigin['Secretary of State'], 1);
});

test('a wholly missing path argument and a missing archive are exit 2 with the name', () => {
  const r = runCli(['ingest']);
  assert.equal(r.status, 2);
  const s = runCli(['search', 'x', '--db', path.join(tempDir(), 'none.db')]);
  assert.equal(s.status, 2);
  assert.match(s.stderr, /none\.db/);
});
