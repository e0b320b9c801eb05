import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseEntryNumber, toWassenaarNotation } from '../../src/controls/notation.js';
import { allEntryIds, resolveEntry } from '../../src/controls/entries.js';

const ids = allEntryIds().filter((id) => !id.startsWith('ML'));

/** The ways people write one id: dotted, spaced, upper-case labels, Wassenaar. */
function variants(id: string): string[] {
  const [eccn, ...path] = id.split('.');
  const out = [id, path.length ? `${eccn} ${path.join('.')}` : `ECCN ${eccn}`, [eccn, ...path.map((p) => p.toUpperCase())].join('.')];
  const wa = toWassenaarNotation(id);
  if (wa) out.push(wa, `Wassenaar ${wa}`);
  return out;
}

test('every notation of any indexed entry parses back to the same id and entry', () => {
  fc.assert(
    fc.property(fc.constantFrom(...ids), (id) => {
      for (const v of variants(id)) {
        assert.equal(parseEntryNumber(v)?.id, id, v);
        assert.equal(resolveEntry(v)?.id, id, v);
      }
    }),
    { numRuns: 400 },
  );
});

test('arbitrary strings never throw in the notation parser', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), (s) => {
      parseEntryNumber(s);
    }),
    { numRuns: 2000 },
  );
});
