import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

/** The repository root (works from src/ via tsc output in dist/src/ as well). */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'data'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('tearline: cannot locate the package root (package.json + data/)');
}

export const packageRoot = findRoot();

/** A path inside the bundled data folder of the package. */
export function dataPath(...parts: string[]): string {
  return path.join(packageRoot, 'data', ...parts);
}

/** The shared data folder beside the repository (../shared/data), when present. */
export function sharedDataPath(...parts: string[]): string | null {
  const base = process.env.TEARLINE_SHARED_DATA ?? path.join(packageRoot, '..', 'shared', 'data');
  return fs.existsSync(base) ? path.join(base, ...parts) : null;
}
