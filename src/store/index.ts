/**
 * The archive store: choose a backend from a location (a file path → SQLite; postgres://… → PostgreSQL).
 */
import { createError } from '../errors.js';
import { createSqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';
export type * from './types.js';

/** The archive location from --db, else TEARLINE_DB, else ./tearline.db. */
export function resolveDbLocation(flag: string | undefined): string {
  return flag ?? process.env.TEARLINE_DB ?? 'tearline.db';
}

/** Open the store at a location; `mustExist` refuses to create a new archive (for readers). */
export async function openStore(location: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw createError('USAGE', `PostgreSQL archives are not available in this build yet (${location.replace(/\/\/[^@/]*@/, '//…@')})`);
  }
  return createSqliteStore(location, options);
}
