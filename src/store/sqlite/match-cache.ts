/**
 * A small per-connection cache of matching sets: for one compiled query (its SQL and parameters, which
 * include the reader's access predicate), the total, the facet counts and the first rows in order.
 * Pages of the same query and repeated queries (the HTTP server) skip the full-text pass. Entries are
 * tied to the archive's generation (the last revisions rowid: every content change adds a revision
 * row), so nothing stale is ever served.
 */
import type { MatchRow, SearchResult } from '../types.js';
import type { Db } from './open.js';
import { statement } from './statements.js';

export interface CachedMatches {
  generation: number;
  total: number;
  facets: SearchResult['facets'];
  /** the first rows in the query's order (all of them when rows.length === total) */
  rows: MatchRow[];
}

const maxEntries = 32;
const caches = new WeakMap<Db, Map<string, CachedMatches>>();

/** The archive's content generation. */
export function generation(db: Db): number {
  return (statement(db, 'SELECT max(rowid) FROM revisions').pluck().get() as number | null) ?? 0;
}

/** A cached entry for `key` that is current and holds rows up to `end`, else undefined. */
export function lookupMatches(db: Db, key: string, gen: number, end: number): CachedMatches | undefined {
  const cache = caches.get(db);
  const hit = cache?.get(key);
  if (!hit || hit.generation !== gen || (end > hit.rows.length && hit.rows.length < hit.total)) return undefined;
  cache!.delete(key); // refresh its place (least recently used first out)
  cache!.set(key, hit);
  return hit;
}

/** Remember an entry (evicting the least recently used). */
export function rememberMatches(db: Db, key: string, entry: CachedMatches): void {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  cache.delete(key);
  if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
  cache.set(key, entry);
}
