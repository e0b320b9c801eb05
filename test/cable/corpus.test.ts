import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseCable } from '../../src/cable/index.js';
import { sampleFiles, sharedFiles } from '../helpers/data.js';

/** id, banner and origin equal the metadata lines; numbered paragraphs are found, marked ones with markings. */
function check(files: string[]): { bad: string[]; numbered: number; withParagraphs: number } {
  const bad: string[] = [];
  let numbered = 0;
  let withParagraphs = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const c = parseCable(text, { keepRaw: false });
    const meta = text.split('\n');
    if (c.id !== meta[0]!.trim() || c.banner !== meta[3]!.trim() || c.origin !== meta[4]!.trim()) bad.push(`${f}: metadata`);
    if (/^[ \t]*¶?1\.[ \t]+\S/m.test(text)) {
      numbered++;
      if (c.paragraphs.length > 0) withParagraphs++;
    }
    const raw = text;
    for (const p of c.paragraphs) {
      const head = raw.slice(p.start, p.start + 60);
      const m = /^¶?\s*\d{1,3}\s?\.\s*\(([^()\n]{1,40})\)/.exec(head);
      if (m && /^(U|C|S|TS|SBU|S\/NF|C\/NF|S\/\/NF|C\/\/NF)$/.test(m[1]!) && !p.marking) bad.push(`${f}: paragraph ${p.number} marking (${m[1]}) not read`);
    }
  }
  return { bad, numbered, withParagraphs };
}

test('bundled sample: metadata lines, paragraphs and their markings', () => {
  const r = check(sampleFiles('cables'));
  assert.deepEqual(r.bad, []);
  assert.ok(r.withParagraphs >= r.numbered * 0.99, `${r.withParagraphs} of ${r.numbered} cables with numbered paragraphs have them`);
});

for (const folder of ['cables', 'cables-revisions']) {
  test(`shared ${folder}: metadata lines, paragraphs and their markings`, (t) => {
    const files = sharedFiles(folder, `corpus check over ${folder}`);
    if (!files) return t.skip('shared data absent');
    const r = check(files);
    process.stdout.write(`# ${folder}: ${files.length} cables, ${r.withParagraphs}/${r.numbered} with numbered paragraphs have them\n`);
    assert.deepEqual(r.bad, []);
    assert.ok(r.withParagraphs >= r.numbered * 0.99);
  });
}

test('shared PDF texts: every one parses with an id, a classification and paragraphs', (t) => {
  const files = sharedFiles('cables-pdftext', 'PDF text check');
  if (!files) return t.skip('shared data absent');
  for (const f of files) {
    const c = parseCable(fs.readFileSync(f));
    assert.match(c.id ?? '', /^\d{2}[A-Z]+\d+$/, f);
    assert.ok(c.classification, `${f}: classification`);
    assert.ok(c.paragraphs.length > 0, `${f}: paragraphs`);
  }
});
