import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../../src/common/paths.js';

export const cliPath = path.join(packageRoot, 'dist', 'src', 'cli', 'main.js');

/** Run the real CLI as a subprocess (the contract outside checks use). */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    input: options.input,
    cwd: options.cwd ?? packageRoot,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parse NDJSON output into values. */
export function ndjson(text: string): unknown[] {
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}
