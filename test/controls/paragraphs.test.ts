import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../src/controls/paragraphs.js';

test('labels split into paragraphs with their own text', () => {
  const r = splitParagraphs('a. Foo as follows: a.1. Bar; a.2. Baz; b. Qux.');
  assert.deepEqual(r.paragraphs, [
    { path: 'a', text: 'Foo as follows:' },
    { path: 'a.1', text: 'Bar;' },
    { path: 'a.2', text: 'Baz;' },
    { path: 'b', text: 'Qux.' },
  ]);
});

test("a note's own list does not displace the entry's paragraphs", () => {
  const text =
    'a. Detectors: a.1. Arrays as follows: Note 2: a.1 does not control: a. Cells; b. Pyroelectric detectors: b.1. TGS; b.2. PVDF. c. Others; a.1.a. Arrays having x; a.1.b. Arrays having y; b. Sensors; c. Viewers.';
  const paths = splitParagraphs(text).paragraphs.map((p) => p.path);
  assert.deepEqual(paths, ['a', 'a.1', 'a.1.a', 'a.1.b', 'b', 'c']);
});

test('reserved jumps to .x / .y are accepted', () => {
  const paths = splitParagraphs('a. One; b. Two; c. [Reserved] x. Parts; y. Specific items').paragraphs.map((p) => p.path);
  assert.deepEqual(paths, ['a', 'b', 'c', 'x', 'y']);
});

test('text before the first label is the preamble', () => {
  const r = splitParagraphs('Note: this entry includes things. a. One.');
  assert.equal(r.preamble, 'Note: this entry includes things.');
  assert.equal(r.paragraphs.length, 1);
});
