import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, ndjson } from '../helpers/cli.js';

test('licence --json has the SPEC §5 shape', () => {
  const r = runCli(['licence', '--item', '6A002.a.3', '--to', 'CN', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const d = JSON.parse(r.stdout) as Record<string, unknown>;
  for (const k of ['entry', 'destination', 'licenceRequired', 'prohibited', 'reasons', 'citations', 'edition']) assert.ok(k in d, k);
  assert.equal(d.entry, '6A002.a.3');
  assert.equal(d.licenceRequired, true);
  assert.equal(d.prohibited, false);
  for (const reason of d.reasons as Array<Record<string, unknown>>) for (const k of ['reason', 'column', 'applies', 'note']) assert.ok(k in reason, k);
});

test('licence takes several destinations as NDJSON, any country notation', () => {
  const r = runCli(['licence', '--item', '6.A.2.a.3', '--to', 'IRN,Canada,fr', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const [ir, ca, fr] = ndjson(r.stdout) as Array<{ destination: string; licenceRequired: unknown; prohibited: boolean }>;
  assert.deepEqual([ir!.destination, ir!.licenceRequired, ir!.prohibited], ['IRN', true, true]);
  assert.deepEqual([ca!.destination, ca!.licenceRequired], ['CAN', false]);
  assert.deepEqual([fr!.destination, fr!.licenceRequired], ['FRA', true]);
});

test('licence: unknown entry or country exits 2 naming it, without a stack trace', () => {
  for (const [args, name] of [
    [['licence', '--item', '6A002.zz', '--to', 'CN', '--json'], '6A002.zz'],
    [['licence', '--item', '6A002.a.3', '--to', 'Freedonia', '--json'], 'Freedonia'],
    [['licence', '--to', 'CN'], '--item'],
    [['licence', '--item', '6A002'], '--to'],
  ] as const) {
    const r = runCli([...args]);
    assert.equal(r.status, 2, args.join(' '));
    assert.ok(r.stderr.includes(name), r.stderr);
    assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
    assert.equal(r.stdout, '');
  }
});

test('licence text output names the verdict and the citations', () => {
  const r = runCli(['licence', '--item', '6A002.a.3', '--to', 'IR']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /PROHIBITED/);
  assert.match(r.stdout, /746\.7/);
});

test('classify by number and by description', () => {
  const byNumber = runCli(['classify', '6.A.2.a.3', '--json']);
  assert.equal(byNumber.status, 0, byNumber.stderr);
  const n = JSON.parse(byNumber.stdout) as { mode: string; matches: Array<{ id: string; parameters: unknown[] }> };
  assert.equal(n.mode, 'entry');
  assert.equal(n.matches[0]!.id, '6A002.a.3');
  assert.ok(n.matches[0]!.parameters.length > 0);
  const byText = runCli(['classify', 'image', 'intensifier', 'tubes', '--json', '--limit', '3']);
  const t = JSON.parse(byText.stdout) as { mode: string; matches: Array<{ id: string }> };
  assert.equal(t.mode, 'search');
  assert.equal(t.matches.length, 3);
  assert.ok(t.matches.every((m) => m.id.startsWith('6A002.a.2') || m.id.startsWith('6A992')), JSON.stringify(t.matches.map((m) => m.id)));
  const text = runCli(['classify', '6A002.a.3.a']);
  assert.match(text.stdout, /wavelength: 900–1050 nm/);
});

test('classify: unknown entry number exits 2; no query is a usage error', () => {
  const r = runCli(['classify', '6A002.q.7']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /6A002\.q\.7/);
  assert.equal(runCli(['classify']).status, 2);
});
