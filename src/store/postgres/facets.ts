/**
 * Facet counts in the result's shape: grouped counts from SQL, ordered and cut as the SQLite store
 * does (most frequent first, ties by value; years by value, newest first; unknown as '(unknown)').
 */
import type { SearchResult } from '../types.js';

/** One facet's grouped counts as [value, count] pairs. */
export type FacetRows = [string | number | null, number][] | null;

function top(rows: FacetRows, limit: number, byKey = false): Record<string, number> {
  const entries = (rows ?? []).map(([k, n]): [string, number] => [k === null || k === '' ? '(unknown)' : String(k), n]);
  entries.sort(byKey ? (a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0) : (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries.slice(0, limit));
}

/** The facets of a result from the grouped counts of each facet. */
export function facetsFrom(rows: { classification: FacetRows; origin: FacetRows; year: FacetRows; tags: FacetRows }, limit: number): SearchResult['facets'] {
  return {
    classification: top(rows.classification, limit),
    origin: top(rows.origin, limit),
    year: top(rows.year, Number.POSITIVE_INFINITY, true),
    tags: top(rows.tags, limit),
  };
}
