import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';

test('tearline without a command prints the command list and exits 2', () => {
  const r = runCli([]);
  assert.equal(r.status, 2);
  assert.match(r.stdout, /usage: tearline COMMAND/);
  assert.match(r.stdout, /\bparse\b/);
});

test('an unknown command names itself and exits 2 without a stack trace', () => {
  const r = runCli(['frobnicate']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command "frobnicate"/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});
