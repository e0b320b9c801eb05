import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runCli, ndjson } from '../helpers/cli.js';
import { seedPath } from '../helpers/data.js';
import { dataPath } from '../../src/common/paths.js';

test('parse --json prints one Cable per line with the SPEC §5 fields and no raw', () => {
  const r = runCli(['parse', seedPath, dataPath('sample', 'pdftext'), '--json']);
  assert.equal(r.status, 0, r.stderr);
  const cables = ndjson(r.stdout) as Record<string, unknown>[];
  assert.equal(cables.length, 1 + 6);
  const seed = cables[0]!;
  for (const k of ['source', 'id', 'created', 'released', 'origin', 'banner', 'header', 'eo', 'tags', 'subject', 'refs', 'classifiedBy', 'summary', 'paragraphs', 'signedBy', 'diagnostics']) {
    assert.ok(k in seed, `field ${k}`);
  }
  assert.ok(!('raw' in seed));
  assert.equal(seed['source'], seedPath);
  assert.equal(seed['id'], '09STATE96222');
  const paras = seed['paragraphs'] as { number: string; marking: { relTo: string[] } | null; start: number; end: number }[];
  assert.deepEqual(paras.map((p) => p.number), ['1', '2', '3', '4', '5', '6', '7']);
});

test('parse reads bare PDF telegrams (Latin-1, CRLF, no metadata) and derives id, banner, origin', () => {
  const file = path.join(dataPath('sample', 'pdftext'), '07BOGOTA1232.txt');
  const [c] = ndjson(runCli(['parse', file, '--json']).stdout) as Record<string, any>[];
  assert.equal(c!.id, '07BOGOTA1232');
  assert.equal(c!.banner, 'CONFIDENTIAL');
  assert.equal(c!.origin, 'Embassy Bogota');
  assert.equal(c!.created, '2007-02-21 23:31');
  assert.equal(c!.header.dtg, '2007-02-21T23:31:00Z');
  assert.deepEqual(c!.tags, ['PGOV', 'PREL', 'PTER', 'MARR', 'CO']);
  assert.deepEqual(c!.classifiedBy.by, ['John S. Creamer']);
  assert.ok(c!.paragraphs.length >= 5);
  assert.equal(c!.paragraphs[0].number, '1');
  assert.equal(c!.paragraphs[0].marking.level, 'C');
});

test('parse accepts a fragment and reports what it finds', () => {
  const r = runCli(['parse', '-', '--json'], { input: 'TAGS: PREL, PGOV\nSUBJECT: (C) A TEST\n\n1. (C) Text.\n' });
  assert.equal(r.status, 0, r.stderr);
  const [c] = ndjson(r.stdout) as Record<string, any>[];
  assert.deepEqual(c!.tags, ['PREL', 'PGOV']);
  assert.equal(c!.subject.text, 'A TEST');
  assert.equal(c!.paragraphs[0].text, 'Text.');
});

test('parse --stats counts fields and diagnostics', () => {
  const r = runCli(['parse', dataPath('sample', 'cables'), '--stats', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout) as { cables: number; fields: Record<string, number>; diagnostics: Record<string, number> };
  assert.ok(s.cables >= 300);
  assert.equal(s.fields['id'], s.cables);
  assert.ok(s.fields['paragraphs']! > 0.9 * s.cables);
});

test('parse of a missing file is bad input: exit 2, named, no stack trace', () => {
  const r = runCli(['parse', 'no/such/cable.txt', '--json']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no\/such\/cable\.txt/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  assert.equal(runCli(['parse']).status, 2);
  assert.equal(runCli(['parse', '--bogus', seedPath]).status, 2);
});
