/** Loading the bundled cables the view tests run on (real parser). */
import fs from 'node:fs';
import path from 'node:path';
import { parseCable, type Cable } from '../../src/cable/index.js';
import { dataPath, packageRoot, sharedDataPath } from '../../src/common/paths.js';

export const seedPath = dataPath('sample', 'seed', '09STATE96222.txt');
export const fixturePath = (name: string) => path.join(packageRoot, 'test', 'fixtures', 'markings', name);

/** Parse a cable file. */
export function load(file: string): Cable {
  return parseCable(fs.readFileSync(file), { source: file });
}

/** The seed, the marking fixtures and every bundled sample cable. */
export function bundledCables(): Cable[] {
  const dir = dataPath('sample', 'cables');
  const files = [seedPath, fixturePath('09STATE96222-NODIS.txt'), fixturePath('08ANKARA1417-EXDIS.txt'), ...fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f))];
  return files.map(load);
}

/** Every `step`-th cable of the shared corpus (../shared/data/cables), or [] when it is absent. */
export function sharedCables(step = 10): Cable[] {
  const dir = sharedDataPath('cables');
  if (!dir || !fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % step === 0).map((f) => load(path.join(dir, f)));
}
