/**
 * Where the lists come from: a lists directory (`--lists DIR`) or, by default, the compact snapshot
 * bundled in data/lists/. Screeners are built from the loaded snapshots plus any extra sources.
 */
import fs from 'node:fs';
import { dataPath } from '../common/paths.js';
import { createError } from '../errors.js';
import { readListsDir, type Catalog } from './catalog.js';
import { readBundle } from './bundle.js';
import type { WordList } from './model.js';

/** The bundled snapshot file. */
export const bundledListsFile = () => dataPath('lists', 'lists.json.gz');

/**
 * Load the lists: from `listsDir` when given (a folder laid out `<list>/<date>/<files>`, or a bundle
 * file), else the bundled snapshots.
 * @example loadLists().snapshots.map((s) => s.slug)
 */
export function loadLists(listsDir?: string): Catalog {
  if (listsDir === undefined) return { snapshots: readBundle(bundledListsFile()), skipped: [] };
  if (!fs.existsSync(listsDir)) throw createError('BAD_INPUT', `--lists ${listsDir}: no such file or directory`);
  if (fs.statSync(listsDir).isFile()) return { snapshots: readBundle(listsDir), skipped: [] };
  return readListsDir(listsDir);
}

/**
 * The vocabulary shared by every loaded snapshot (bundled lists), or undefined.
 * @example createScreener(sources, { vocabulary: sharedVocabulary(catalog) })
 */
export function sharedVocabulary(catalog: Catalog): WordList | undefined {
  const v = catalog.snapshots[0]?.vocabulary;
  return v && catalog.snapshots.every((s) => s.vocabulary === v) ? v : undefined;
}
