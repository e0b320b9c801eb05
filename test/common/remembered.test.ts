/** Remembered: a pure function's answers kept per text, bounded. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Remembered } from '../../src/common/remembered.js';

test('a text is read once while remembered, equal texts cut from different strings share the answer, and the memory is bounded', () => {
  const reads: string[] = [];
  const upper = new Remembered((t: string) => {
    reads.push(t);
    return t.toUpperCase();
  }, 3);
  const cable = 'SUBJECT: SECRET//NOFORN and more text after it';
  assert.equal(upper.get(cable.slice(9, 23)), 'SECRET//NOFORN');
  assert.equal(upper.get('SECRET//NOFORN'), 'SECRET//NOFORN');
  assert.deepEqual(reads, ['SECRET//NOFORN'], 'read once');
  upper.get('a');
  upper.get('b');
  upper.get('c'); // a fourth text: the memory is emptied first
  upper.get('SECRET//NOFORN');
  assert.deepEqual(reads, ['SECRET//NOFORN', 'a', 'b', 'c', 'SECRET//NOFORN']);
});
