import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { composeCable, parseCable } from '../../src/cable/index.js';
import { seedPath } from './fixtures.js';

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-actions-'));
  fs.mkdirSync(path.join(dir, 'cables'));
  fs.copyFileSync(seedPath, path.join(dir, 'cables', '09STATE96222.txt'));
  return dir;
}

function actions(args: string[]): Record<string, unknown>[] {
  const r = runCli(['actions', ...args, '--json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
}

test('tearline actions on the seed: open, overdue, then answered once the drafted reply is among the cables', () => {
  const dir = workspace();
  const cables = path.join(dir, 'cables');
  const open = actions([cables, '--as-of', '2009-09-20']);
  assert.equal(open.length, 1);
  assert.deepEqual(
    { cable: open[0]!.cable, addressees: open[0]!.addressees, received: open[0]!.received, due: open[0]!.due, status: open[0]!.status, replies: open[0]!.replies },
    { cable: '09STATE96222', addressees: ['AMEMBASSY PARIS'], received: '2009-09-16', due: '2009-09-25', status: 'open', replies: [] },
  );
  assert.equal(open[0]!.deadlineText, 'within seven business days following receipt of this cable');
  assert.equal(typeof open[0]!.request, 'string');
  assert.equal(actions([cables, '--as-of', '2009-10-01'])[0]!.status, 'overdue');

  const out = path.join(cables, '09PARIS221200.txt');
  const r = runCli(['reply', path.join(cables, '09STATE96222.txt'), '--from', 'AMEMBASSY PARIS', '--date', '2009-09-22', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const reply = parseCable(fs.readFileSync(out, 'utf8'));
  assert.equal(reply.id, '09PARIS221200');
  assert.deepEqual(reply.refs.map((x) => x.id), ['09STATE96222']);
  // a reply drafted today (no --date) answers it too, late
  const today = runCli(['reply', path.join(cables, '09STATE96222.txt'), '--from', 'Paris', '--serial', '77', '--json']);
  assert.equal(today.status, 0, today.stderr);
  const draftToday = JSON.parse(today.stdout) as { id: string; text: string };
  const lateDir = path.join(dir, 'late');
  fs.mkdirSync(lateDir);
  fs.copyFileSync(path.join(cables, '09STATE96222.txt'), path.join(lateDir, '09STATE96222.txt'));
  fs.writeFileSync(path.join(lateDir, `${draftToday.id}.txt`), draftToday.text);
  const late = actions([lateDir, '--as-of', '2009-10-01']);
  assert.deepEqual([late[0]!.status, late[0]!.replies, late[0]!.answeredBeforeDue], ['answered', [draftToday.id], false]);
  assert.equal(actions([lateDir, '--as-of', '2009-10-01', '--snapshot'])[0]!.status, 'overdue');

  const answered = actions([cables, '--as-of', '2009-10-01']);
  assert.equal(answered.length, 1);
  assert.equal(answered[0]!.status, 'answered');
  assert.deepEqual(answered[0]!.replies, ['09PARIS221200']);
  assert.equal(answered[0]!.answeredBeforeDue, true);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('tearline actions: reader, --post, text view grouped by post', () => {
  const dir = workspace();
  const cables = path.join(dir, 'cables');
  const french = actions([cables, '--as-of', '2009-09-20', '--clearance', 'S', '--citizenship', 'FR']);
  assert.equal(french.length, 1);
  assert.equal(french[0]!.due, '2009-09-25');
  assert.doesNotMatch(String(french[0]!.request), /approach appropriate host/, 'paragraph 3 is S/NF');
  assert.deepEqual(actions([cables, '--as-of', '2009-09-20', '--post', 'Beijing']), []);
  const text = runCli(['actions', cables, '--as-of', '2009-10-01']);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /^AMEMBASSY PARIS {2}\(1\)\n {2}2009-09-25 {2}overdue +09STATE96222/m);
  assert.match(text.stderr, /local operator/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('tearline reply --json, and bad usage exits 2 naming the problem', () => {
  const r = runCli(['reply', seedPath, '--from', 'Paris', '--date', '2009-09-22T08:30:00Z', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const j = JSON.parse(r.stdout) as { id: string; inReplyTo: string; from: string; to: string[]; text: string };
  assert.deepEqual([j.id, j.inReplyTo, j.from, j.to], ['09PARIS220830', '09STATE96222', 'AMEMBASSY PARIS', ['SECSTATE WASHDC']]);
  assert.equal(parseCable(j.text).id, j.id);

  const cases: [string[], RegExp][] = [
    [['actions', seedPath, '--as-of', '2009-13-01'], /--as-of/],
    [['actions', '/no/such/dir'], /no such file/],
    [['actions', '--db', '/no/such.db'], /no archive at \/no\/such\.db/],
    [['reply', seedPath], /--from/],
    [['reply', seedPath, '--from', 'Paris', '--date', 'yesterday'], /--date/],
    [['reply', '/no/such/file.txt', '--from', 'Paris'], /no such file/],
    [['actions', seedPath, '--clearance', 'X', '--citizenship', 'USA'], /--clearance/],
  ];
  for (const [args, message] of cases) {
    const bad = runCli(args);
    assert.equal(bad.status, 2, `${args.join(' ')}: ${bad.stderr}`);
    assert.match(bad.stderr, message);
    assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('tearline actions --db: ingest the seed, open then overdue, reply by id from the archive, ingest it, answered; audited', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-actions-db-'));
  const db = path.join(dir, 'a.db');
  const ingest = (file: string) => {
    const r = runCli(['ingest', file, '--db', db]);
    assert.equal(r.status, 0, r.stderr);
  };
  ingest(seedPath);
  const open = actions(['--db', db, '--as-of', '2009-09-20']);
  assert.deepEqual(open.map((a) => [a.cable, a.addressees, a.due, a.status]), [['09STATE96222', ['AMEMBASSY PARIS'], '2009-09-25', 'open']]);
  assert.equal(actions(['--db', db, '--as-of', '2009-10-01'])[0]!.status, 'overdue');
  const reply = runCli(['reply', '09STATE96222', '--db', db, '--from', 'AMEMBASSY PARIS', '--date', '2009-09-23']);
  assert.equal(reply.status, 0, reply.stderr);
  const replyFile = path.join(dir, 'reply.txt');
  fs.writeFileSync(replyFile, reply.stdout);
  ingest(replyFile);
  const answered = actions(['--db', db, '--as-of', '2009-10-01']);
  assert.deepEqual(answered.map((a) => [a.cable, a.status, a.replies, a.answeredBeforeDue]), [['09STATE96222', 'answered', ['09PARIS231200'], true]]);
  const french = actions(['--db', db, '--as-of', '2009-10-01', '--clearance', 'S', '--citizenship', 'FRA']);
  assert.deepEqual(french.map((a) => [a.paragraphs, a.status]), [[['5'], 'answered']]);
  const verify = runCli(['audit', 'verify', '--db', db]);
  assert.equal(verify.status, 0, verify.stderr + verify.stdout);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('tearline actions --db: a reply that names the request only in its text answers it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-actions-named-'));
  const db = path.join(dir, 'a.db');
  const replyFile = path.join(dir, '09PARIS1300.txt');
  fs.writeFileSync(replyFile, composeCable({
    id: '09PARIS1300', created: '2009-09-24 10:00', banner: 'CONFIDENTIAL', origin: 'Embassy Paris',
    header: { station: 'RUEHFR', serial: '1300', precedence: 'P', dtg: '2009-09-24T10:00:00Z', from: 'AMEMBASSY PARIS', to: [{ ri: 'RUEHC', name: 'SECSTATE WASHDC', precedence: 'PRIORITY', serial: null }] },
    level: 'C', captionStation: 'PARIS', captionSerial: '001300', eo: { order: '12958', declassify: '2019-09-24' }, tags: ['ETTC', 'FR'],
    subject: { text: 'INFRARED DETECTORS: DEMARCHE DELIVERED', marking: 'C' },
    paragraphs: [{ number: '1', marking: 'C', text: 'Per State 096222, Emboff delivered the points to the MFA on September 23.' }],
    signedBy: ['RIVKIN'],
  }));
  for (const file of [seedPath, replyFile]) assert.equal(runCli(['ingest', file, '--db', db]).status, 0);
  const answered = actions(['--db', db, '--as-of', '2009-10-01']);
  assert.deepEqual(answered.map((a) => [a.status, a.replies]), [['answered', ['09PARIS1300']]]);
  fs.rmSync(dir, { recursive: true, force: true });
});
