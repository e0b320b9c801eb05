/**
 * Input files for commands that take FILE|DIR arguments: folders are walked (sorted, *.txt and
 * extension-less files), missing paths are bad input (exit 2, named).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createError } from '../errors.js';

/** Read one input: a file, or standard input for `-`. */
export function readInput(file: string): Buffer {
  return file === '-' ? fs.readFileSync(0) : fs.readFileSync(file);
}

/** Every cable file under the given paths, in a stable order (`-` is standard input). */
export function* cableFiles(command: string, paths: string[]): Generator<string> {
  for (const p of paths) {
    if (p === '-') { yield p; continue; }
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      throw createError('BAD_INPUT', `tearline ${command}: no such file or directory: ${p}`);
    }
    if (st.isDirectory()) yield* walk(p);
    else yield p;
  }
}

function* walk(dir: string): Generator<string> {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile() && isCableFileName(e.name)) yield full;
  }
}

/** Cable files are `.txt` (or extension-less); notes such as SOURCES.md and README.md are not cables. */
export function isCableFileName(name: string): boolean {
  if (/^(SOURCES|README|LICENSE)/i.test(name)) return false;
  return /\.txt$/i.test(name) || !/\./.test(name);
}
