/**
 * SOURCE resolution for commands that show one cable (SPEC §5): a path to a cable file, or a
 * reference id looked up in the archive (`--db`).
 */
import fs from 'node:fs';
import { parseCable, type Cable } from '../cable/index.js';
import { createError } from '../errors.js';
import { lookupStoredCable } from '../store/cli-hooks.js';

/** A loaded cable with the exact bytes it came from (for `--raw`). */
export interface LoadedCable {
  cable: Cable;
  bytes: Uint8Array;
  /** the archive it was read from, when it came from one (reads of classified text are audited there) */
  db?: string;
}

/**
 * Looks a reference id up in an archive; null when the archive has no such cable. The store wires
 * this in (`setCableLookup`) so the CLI does not depend on the store.
 */
export type CableLookup = (id: string, db: string) => Promise<LoadedCable | null>;

let lookup: CableLookup | null = async (id, db) => {
  const found = await lookupStoredCable(id, db);
  return found ? { ...found, db } : null;
};

/** Install the archive lookup used for reference-id sources. */
export function setCableLookup(fn: CableLookup | null): void {
  lookup = fn;
}

/** Whether text looks like a Cablegate reference id (`09STATE96222`, `66BUENOSAIRES2481`). */
export function looksLikeRefId(text: string): boolean {
  return /^\d{2}[A-Z][A-Z0-9]*\d+$/i.test(text);
}

/**
 * Load SOURCE: an existing file is read and parsed; otherwise a reference id is looked up in `db`.
 * @throws TearlineError BAD_INPUT for a directory, NOT_FOUND for a missing file or id
 */
export async function loadCable(command: string, source: string, options: { db: string }): Promise<LoadedCable> {
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(source);
  } catch {
    st = null;
  }
  if (st?.isDirectory()) throw createError('BAD_INPUT', `tearline ${command}: ${source} is a directory; give one cable file or a reference id`);
  if (st) {
    const bytes = new Uint8Array(fs.readFileSync(source));
    return { cable: parseCable(bytes, { source }), bytes };
  }
  if (looksLikeRefId(source)) {
    const found = lookup ? await lookup(source.toUpperCase(), options.db) : null;
    if (found) return found;
    throw createError('NOT_FOUND', `tearline ${command}: no cable ${source.toUpperCase()} in ${options.db}`);
  }
  throw createError('NOT_FOUND', `tearline ${command}: no such file, and not a reference id: ${source}`);
}
