import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseTree, renderBytes } from '../../src/cable/index.js';
import { sampleFiles, sharedFiles } from '../helpers/data.js';

function roundTrips(files: string[]): string[] {
  const bad: string[] = [];
  for (const f of files) {
    const bytes = fs.readFileSync(f);
    if (!renderBytes(parseTree(bytes).root).equals(bytes)) bad.push(f);
  }
  return bad;
}

test('render gives back the input bytes exactly: bundled cables, revisions, PDF texts (Latin-1, CRLF)', () => {
  const files = [...sampleFiles('cables'), ...sampleFiles('revisions'), ...sampleFiles('pdftext'), ...sampleFiles('seed')];
  assert.ok(files.length > 300);
  assert.deepEqual(roundTrips(files), []);
});

test('render is exact for awkward inputs', () => {
  for (const s of ['', '\n', '\r\n\r\n', 'no newline at end', 'a\rb\r\nc\n', '1. (S) x\u2028y\n', '\ufeffBOM first\n']) {
    const bytes = Buffer.from(s, 'utf8');
    assert.ok(renderBytes(parseTree(bytes).root).equals(bytes), JSON.stringify(s));
  }
  const latin1 = Buffer.from([0xb6, 0x31, 0x2e, 0x20, 0x28, 0x43, 0x29, 0x20, 0xe9, 0x0d, 0x0a]);
  assert.ok(renderBytes(parseTree(latin1).root).equals(latin1));
});

for (const folder of ['cables', 'cables-revisions', 'cables-pdftext']) {
  test(`render is byte-identical over the shared ${folder}`, (t) => {
    const files = sharedFiles(folder, `render over ${folder}`);
    if (!files) return t.skip('shared data absent');
    assert.deepEqual(roundTrips(files), []);
  });
}
