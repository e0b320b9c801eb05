/**
 * What `tearline lists` reports about the loaded lists.
 */
import type { Catalog, SkippedFolder } from './catalog.js';

export interface ListSummary {
  list: string;
  date: string;
  records: number;
  names: number;
  strongAliases: number;
  weakAliases: number;
  scriptNames: number;
  types: Record<string, number>;
  origin: string;
  files: string[];
}

/**
 * Counts per loaded list.
 * @example summariseCatalog(loadLists()).lists[0].list === 'us-ofac-sdn'
 */
export function summariseCatalog(catalog: Catalog): { lists: ListSummary[]; skipped: SkippedFolder[] } {
  const lists = catalog.snapshots.map((s) => {
    const count = (kind: string) => s.records.reduce((a, r) => a + r.names.filter((n) => n.kind === kind).length, 0);
    const types: Record<string, number> = {};
    for (const r of s.records) types[r.type] = (types[r.type] ?? 0) + 1;
    return {
      list: s.slug,
      date: s.date,
      records: s.records.length,
      names: s.records.reduce((a, r) => a + r.names.length, 0),
      strongAliases: count('strong'),
      weakAliases: count('weak'),
      scriptNames: count('script'),
      types,
      origin: s.origin,
      files: s.files,
    };
  });
  return { lists, skipped: catalog.skipped };
}
