/**
 * A short-lived cache of search answers per reader profile: readers with the same clearance,
 * citizenship and accesses get the same answer (the store decided it through src/access), so a
 * repeated query is answered without re-running it. Reads are still audited on every answer:
 * a cached answer appends a row per hit from a classified cable (the snippet's paragraph and the
 * subject when shown). Entries live `ttlMs` (an ingest by another process shows up after at most
 * that long) and the cache is cleared by an ingest through the API.
 */
import type { Reader } from '../../access/reader.js';
import type { SearchQuery } from '../../search/query.js';
import type { AuditEntry, SearchOptions, SearchResult, Store } from '../../store/types.js';

export interface SearchCache {
  search(reader: Reader, text: string, query: SearchQuery, options: SearchOptions): Promise<SearchResult>;
  clear(): void;
}

/** Audit rows for an answer given from the cache. */
export function cachedReads(reader: Reader, result: SearchResult): AuditEntry[] {
  return result.hits
    .filter((h) => h.classification !== null && h.classification !== 'UNCLASSIFIED')
    .map((h) => ({ reader: reader.name, cable: h.id, paragraphs: [...(h.subject !== null ? ['subject'] : []), ...(h.paragraph && h.paragraph !== 'subject' ? [h.paragraph] : [])], action: 'search' }))
    .filter((e) => e.paragraphs.length > 0);
}

/** A cache of at most `max` answers, each kept `ttlMs`. */
export function searchCache(store: Store, options: { ttlMs?: number; max?: number } = {}): SearchCache {
  const ttlMs = options.ttlMs ?? 30_000;
  const max = options.max ?? 1000;
  const entries = new Map<string, { at: number; result: SearchResult }>();
  return {
    async search(reader, text, query, opts) {
      const key = JSON.stringify([reader.clearance, reader.citizenship, [...reader.accesses].sort(), text, opts.limit, opts.offset, opts.order]);
      const hit = entries.get(key);
      if (hit && Date.now() - hit.at < ttlMs) {
        await store.appendAudit(cachedReads(reader, hit.result));
        return hit.result;
      }
      const result = await store.search(reader, query, opts); // audits its own reads
      entries.delete(key);
      entries.set(key, { at: Date.now(), result });
      if (entries.size > max) entries.delete(entries.keys().next().value!);
      return result;
    },
    clear() {
      entries.clear();
    },
  };
}
