/**
 * The network as one reader may see it (src/network builds it from the store's readable rows),
 * cached briefly per reader profile: readers with the same clearance, citizenship and accesses
 * see the same graph. `invalidate` drops the cache (after an ingest).
 */
import type { Reader } from '../../access/reader.js';
import { buildGraph } from '../../network/graph.js';
import { recordsFromArchive } from '../../network/sources.js';
import type { NetworkGraph } from '../../network/types.js';

export interface GraphCache {
  graphFor(reader: Reader): Promise<NetworkGraph>;
  invalidate(): void;
}

/** A per-profile cache of reader graphs for the archive at `db`. */
export function graphCache(db: string, ttlMs = 60_000): GraphCache {
  const cache = new Map<string, { at: number; graph: Promise<NetworkGraph> }>();
  return {
    graphFor(reader) {
      const key = JSON.stringify([reader.clearance, reader.citizenship, [...reader.accesses].sort()]);
      const hit = cache.get(key);
      if (hit && Date.now() - hit.at < ttlMs) return hit.graph;
      const graph = recordsFromArchive(db, reader).then(buildGraph);
      graph.catch(() => cache.delete(key));
      cache.set(key, { at: Date.now(), graph });
      return graph;
    },
    invalidate() {
      cache.clear();
    },
  };
}
