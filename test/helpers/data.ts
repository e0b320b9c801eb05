import fs from 'node:fs';
import path from 'node:path';
import { dataPath, sharedDataPath } from '../../src/common/paths.js';

export const seedPath = dataPath('sample', 'seed', '09STATE96222.txt');

/** The bundled sample files of one folder of data/sample. */
export function sampleFiles(folder: 'cables' | 'pdftext' | 'revisions' | 'seed'): string[] {
  const dir = dataPath('sample', folder);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

/** Files of a shared data folder, or null (with a message) when ../shared/data is absent. */
export function sharedFiles(folder: string, note: string): string[] | null {
  const dir = sharedDataPath(folder);
  if (!dir || !fs.existsSync(dir)) {
    process.stdout.write(`# SKIP ${note}: ../shared/data/${folder} is not present\n`);
    return null;
  }
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}
