/**
 * The archive store: choose a backend from a location (a file path → SQLite; postgres://… → PostgreSQL).
 */
import { createPostgresStore, isPostgresUrl } from './postgres/index.js';
import { createSqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';
export type * from './types.js';

export { resolveDbLocation, printableLocation } from './location.js';

/** Open the store at a location; `mustExist` refuses to create a new archive (for readers). */
export async function openStore(location: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(location)) return createPostgresStore(location, options);
  return createSqliteStore(location, options);
}
