/**
 * PostgreSQL failures a user can act on: an unreachable server is exit 2 naming the URL without its
 * password (no server needed for this test), and URLs are redacted wherever the store names them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactUrl } from '../../src/store/postgres/connect.js';
import { runCli } from '../helpers/cli.js';

test('an unreachable server is exit 2 naming the URL without the password', () => {
  const url = 'postgres://analyst:s3cret-pw@127.0.0.1:1/tearline';
  for (const args of [['search', 'infrared', '--db', url], ['ingest', 'data/sample/seed', '--db', url, '--quiet'], ['stats', '--db', url]]) {
    const r = runCli(args);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot reach the PostgreSQL server for postgres:\/\/analyst@127\.0\.0\.1:1\/tearline: connection refused/);
    assert.doesNotMatch(r.stderr + r.stdout, /s3cret/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('TEARLINE_DB selects PostgreSQL as --db does', () => {
  const r = runCli(['search', 'infrared'], { env: { TEARLINE_DB: 'postgresql://x:pw@127.0.0.1:1/db' } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /postgresql:\/\/x@127\.0\.0\.1:1\/db/);
});

test('redactUrl drops only the password', () => {
  assert.equal(redactUrl('postgres://app:secret@db.example:5433/tearline?sslmode=require'), 'postgres://app@db.example:5433/tearline?sslmode=require');
  assert.equal(redactUrl('postgres://db.example/tearline'), 'postgres://db.example/tearline');
});
