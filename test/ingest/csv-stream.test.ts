import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createCsvStream } from '../../src/store/ingest/csv-stream.js';
import { parseCsv, csvLine } from '../../src/common/csv.js';
import { cablegateDate, cablegateRowText, toCablegateRow } from '../../src/store/ingest/cablegate-csv.js';

function readAll(text: string, chunk: number, backslashEscapes = false): string[][] {
  const s = createCsvStream({ backslashEscapes });
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += chunk) rows.push(...s.push(text.slice(i, i + chunk)));
  rows.push(...s.end());
  return rows;
}

test('rows are the same whatever the chunk boundaries, and agree with the whole-text reader', () => {
  fc.assert(fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 7 }), (rows, chunk) => {
    const text = rows.map((r) => csvLine(r)).join('');
    assert.deepEqual(readAll(text, chunk), parseCsv(text));
  }));
});

test('quoted fields span lines; CRLF ends rows; backslash-escaped quotes in the Cablegate dump', () => {
  assert.deepEqual(readAll('1,"a\nb","say ""hi"""\r\n2,x,y', 3), [['1', 'a\nb', 'say "hi"'], ['2', 'x', 'y']]);
  assert.deepEqual(readAll('1,"he said \\"no\\" \\\\ C:\\dir"\n', 2, true), [['1', 'he said "no" \\ C:\\dir']]);
});

test('a Cablegate row becomes the archive layout', () => {
  const row = toCablegateRow(['7', '9/16/2009 15:03', '09STATE96222', 'Secretary of State', 'SECRET//NOFORN', '', 'HEADER', 'BODY'])!;
  assert.equal(cablegateDate(row.date), '2009-09-16 15:03');
  assert.equal(cablegateRowText(row), '09STATE96222\n2009-09-16 15:03\n\nSECRET//NOFORN\nSecretary of State\n\nHEADER\n\nBODY\n');
  assert.equal(toCablegateRow(['1', '2']), null);
});
