/**
 * Reading a lists directory laid out `<list>/<date>/<files>`: for each list, the newest dated folder
 * that holds the list's required files. Folders skipped on the way are reported, not silently ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createError } from '../errors.js';
import { listFormats, type ListFormat } from './importers/formats.js';
import type { ListSnapshot } from './model.js';

export interface SkippedFolder {
  slug: string;
  folder: string;
  missing: string[];
}

export interface Catalog {
  snapshots: ListSnapshot[];
  skipped: SkippedFolder[];
}

/** A chosen folder for one list, before it is read. */
export interface ChosenFolder {
  format: ListFormat;
  dir: string;
  folderDate: string;
}

const dateFolder = /^(\d{4}-\d{2}-\d{2})/;

/**
 * Pick, for every known list under `root`, the newest date folder holding the required files.
 * @example chooseFolders('../shared/data/lists').chosen.map((c) => c.format.slug)
 */
export function chooseFolders(root: string): { chosen: ChosenFolder[]; skipped: SkippedFolder[] } {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw createError('BAD_INPUT', `--lists ${root}: not a directory`);
  }
  const chosen: ChosenFolder[] = [];
  const skipped: SkippedFolder[] = [];
  for (const format of listFormats) {
    const base = format.folders.map((f) => path.join(root, f)).find((d) => fs.existsSync(d));
    if (!base) continue;
    const dated = fs
      .readdirSync(base, { withFileTypes: true })
      .filter((d) => d.isDirectory() && dateFolder.test(d.name))
      .map((d) => d.name)
      .sort()
      .reverse();
    for (const folder of dated) {
      const dir = path.join(base, folder);
      const missing = format.required.filter((f) => !fs.existsSync(path.join(dir, f)));
      if (missing.length === 0) {
        chosen.push({ format, dir, folderDate: folder.match(dateFolder)![1]! });
        break;
      }
      skipped.push({ slug: format.slug, folder: path.join(path.basename(base), folder), missing });
    }
  }
  return { chosen, skipped };
}

/**
 * Read every list under a lists directory.
 * @example readListsDir('../shared/data/lists').snapshots.length === 5
 */
export function readListsDir(root: string): Catalog {
  const { chosen, skipped } = chooseFolders(root);
  if (chosen.length === 0) {
    throw createError('BAD_INPUT', `--lists ${root}: no list found (expected <list>/<YYYY-MM-DD>/<files>, lists: ${listFormats.map((f) => f.slug).join(', ')})`);
  }
  const snapshots = chosen.map(({ format, dir, folderDate }) => {
    try {
      const { date, records, files } = format.load(dir, folderDate);
      return { slug: format.slug, date, origin: dir, files, records };
    } catch (e) {
      throw createError('BAD_INPUT', `--lists ${dir}: cannot read ${format.slug}: ${(e as Error).message}`, e);
    }
  });
  return { snapshots, skipped };
}
