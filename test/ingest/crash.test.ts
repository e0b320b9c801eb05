import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { dataPath } from '../../src/common/paths.js';
import { cliPath, runCli } from '../helpers/cli.js';
import { archiveState, tempDir } from './helpers.js';

const inputs = [dataPath('sample', 'cables'), dataPath('sample', 'revisions'), dataPath('sample', 'pdftext')];

/** Start an ingest (preparing in `threads` workers, 0: inline) and SIGKILL it once it has committed some batches; resolves with whether it was killed mid-way. */
function ingestKilledMidway(db: string, afterBatches: number, threads: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'ingest', ...inputs, '--db', db, '--batch', '7', '--quiet'], {
      env: { ...process.env, TEARLINE_INGEST_TRACE: '1', TEARLINE_INGEST_THREADS: String(threads) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let batches = 0;
    let killed = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      batches += (chunk.match(/^batch /gm) ?? []).length;
      if (!killed && batches >= afterBatches) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(killed && signal === 'SIGKILL' && code === null));
  });
}

test('ingest killed with SIGKILL at several points then re-run gives the same archive as a clean run', async () => {
  const clean = path.join(tempDir(), 'clean.db');
  const r = runCli(['ingest', ...inputs, '--db', clean, '--quiet']);
  assert.equal(r.status, 0, r.stderr);
  const expected = await archiveState(clean);

  const crashed = path.join(tempDir(), 'crashed.db');
  const partial: number[] = [];
  // inline and with preparing workers in turn: a batch is written all-or-nothing either way
  for (const [after, threads] of [[3, 0], [11, 2], [25, 0], [40, 2]] as const) {
    const killed = await ingestKilledMidway(crashed, after, threads);
    assert.ok(killed, `the ingest (${threads} preparing workers) was killed after ${after} batches, before it finished`);
    partial.push((await archiveState(crashed)).revisions);
  }
  assert.ok(partial.some((n) => n > 0 && n < expected.revisions), `some kills left a partial archive (${partial.join(', ')} of ${expected.revisions} revisions)`);
  const rerun = runCli(['ingest', ...inputs, '--db', crashed, '--quiet']);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.deepEqual(await archiveState(crashed), expected);
});
