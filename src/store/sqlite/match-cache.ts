/**
 * A small per-connection cache of matching sets: for one compiled query (its SQL and parameters, which
 * include the reader's access predicate), the total, the facet counts and the rows in order.
 * Pages of the same query and repeated queries (the HTTP server) skip the full-text pass. Entries are
 * tied to the archive's generation (the last revisions rowid: every content change adds a revision
 * row), so nothing stale is ever served.
 */
import type { SearchResult } from '../types.js';
import type { PageRow } from './text-matches.js';
import type { Db } from './open.js';
import { statement } from './statements.js';

export interface CachedMatches {
  generation: number;
  total: number;
  facets: SearchResult['facets'];
  /** the first `end` rows in the query's order, or undefined when the entry does not hold that many */
  rows: (end: number) => PageRow[] | undefined;
  /** the matching cables the entry holds in memory */
  held: number;
}

/** The first rows of a query in order, as a `rows` function: all of them when rows.length === total. */
export function rowsFrom(rows: PageRow[], total: number): CachedMatches['rows'] {
  return (end) => (end <= rows.length || rows.length === total ? rows.slice(0, end) : undefined);
}

const maxEntries = 32;
/** The cache holds at most this many matching cables in all (about 24 bytes each). */
const maxHeld = 1_000_000;
const caches = new WeakMap<Db, Map<string, CachedMatches>>();

/** The archive's content generation. */
export function generation(db: Db): number {
  return (statement(db, 'SELECT max(rowid) FROM revisions').pluck().get() as number | null) ?? 0;
}

/** A cached entry for `key` that is current, else undefined. */
export function lookupMatches(db: Db, key: string, gen: number): CachedMatches | undefined {
  const cache = caches.get(db);
  const hit = cache?.get(key);
  if (!hit || hit.generation !== gen) return undefined;
  cache!.delete(key); // refresh its place (least recently used first out)
  cache!.set(key, hit);
  return hit;
}

/** Remember an entry (evicting the least recently used while there are too many entries or cables held). */
export function rememberMatches(db: Db, key: string, entry: CachedMatches): void {
  if (entry.held > maxHeld) return;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  cache.delete(key);
  let held = entry.held;
  for (const e of cache.values()) held += e.held;
  for (const [k, e] of cache) {
    if (cache.size < maxEntries && held <= maxHeld) break;
    cache.delete(k);
    held -= e.held;
  }
  cache.set(key, entry);
}
