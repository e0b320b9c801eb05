import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fc from 'fast-check';
import { parseCable, parseTree, renderBytes } from '../../src/cable/index.js';
import { sampleFiles } from '../helpers/data.js';

const corpus = [...sampleFiles('cables').filter((_, i) => i % 10 === 0), ...sampleFiles('pdftext'), ...sampleFiles('seed')].map((f) => fs.readFileSync(f));

/** A mutation of a real cable: cut, duplicate, splice random bytes, drop lines, swap lines. */
const mutated = fc
  .record({
    base: fc.integer({ min: 0, max: corpus.length - 1 }),
    ops: fc.array(
      fc.record({
        kind: fc.constantFrom('cut', 'insert', 'dup', 'drop-line', 'swap', 'truncate'),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        len: fc.integer({ min: 0, max: 400 }),
        bytes: fc.uint8Array({ maxLength: 24 }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ base, ops }) => {
    let b = Buffer.from(corpus[base]!);
    for (const op of ops) {
      const at = Math.floor(op.at * b.length);
      if (op.kind === 'cut') b = Buffer.concat([b.subarray(0, at), b.subarray(at + op.len)]);
      else if (op.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(op.bytes), b.subarray(at)]);
      else if (op.kind === 'dup') b = Buffer.concat([b.subarray(0, at + op.len), b.subarray(at)]);
      else if (op.kind === 'truncate') b = b.subarray(0, at);
      else {
        const lines = b.toString('latin1').split('\n');
        const i = Math.floor(op.at * lines.length);
        if (op.kind === 'drop-line') lines.splice(i, 1);
        else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
        b = Buffer.from(lines.join('\n'), 'latin1');
      }
    }
    return b;
  });

test('fuzz: 10,000 mutated real cables parse without throwing and render back exactly', () => {
  fc.assert(
    fc.property(mutated, (bytes) => {
      const cable = parseCable(bytes);
      assert.ok(Array.isArray(cable.paragraphs));
      for (const d of cable.diagnostics) assert.ok(d.line >= 1 && d.column >= 1 && typeof d.code === 'string');
      assert.ok(renderBytes(parseTree(bytes).root).equals(bytes));
    }),
    { numRuns: 10_000, seed: 20091916 },
  );
});

test('fuzz: arbitrary strings never throw', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (s) => {
      parseCable(s);
    }),
    { numRuns: 2000 },
  );
});
