/**
 * The matching set of a text query in SQLite, without a join or a ranking function per hit.
 *
 * 1. One full-text pass returns the rowids of the portions that match AND that the reader may read: the
 *    access predicate (compiled from the one policy) picks the readable label sets in SQL, and the query
 *    keeps the rowids whose label-set bits name one of them (src/store/sqlite/portion-id.ts); when the
 *    reader may read every label set the archive holds, that test is left out. Field filters and
 *    exclusions restrict the cable bits the same way. The rowids come back as one string.
 * 2. The rowids are in cable order, so they fold into cables in one pass: the cable's weight is its
 *    number of readable matching portions, the subject counting twice (as in the index's bm25 weights).
 * 3. Relevance is BM25 at portion granularity (`relevance` in src/store/portions.ts); ties go to the
 *    newer cable, then the smaller id. Only the top rows are selected (a heap), never a full sort. A hit
 *    shows its first readable matching paragraph (its subject when only that matches).
 * 4. Total and facet counts come from the cables' facts in memory (src/store/sqlite/cable-facts.ts).
 */
import type { MatchRow, SearchOptions, SearchResult } from '../types.js';
import { relevance } from '../portions.js';
import type { CableFacts } from './cable-facts.js';
import type { Db } from './open.js';
import { cableOf, cableOfSql, labelsetOfSql, seqOf } from './portion-id.js';
import type { Sql } from './sql.js';
import { statement } from './statements.js';

export interface TextMatches {
  /** matching cables in rowid order */
  refs: number[];
  /** their weights */
  weights: number[];
  /** the portion each shows: its first readable matching paragraph, else its subject */
  first: number[];
}

/** Fold the rowids of the portions matching `match` in the `readable` label sets (`readableLabelsetsSql`) into cables. */
export function textMatches(db: Db, readable: Sql, match: string, cableCond: Sql | null): TextMatches {
  const conds: Sql[] = [];
  // a reader who may read every label set in the archive needs no test per portion
  const unreadable = statement(db, `SELECT count(*) FROM labelsets WHERE id NOT IN (${readable.sql})`).pluck().get(...readable.params) as number;
  if (unreadable > 0) conds.push({ sql: `${labelsetOfSql('f.rowid')} IN (${readable.sql})`, params: readable.params });
  if (cableCond) conds.push({ sql: `${cableOfSql('f.rowid')} IN (SELECT c.rowid FROM cables c WHERE ${cableCond.sql})`, params: cableCond.params });
  const list = statement(db, `SELECT group_concat(f.rowid) FROM paragraphs_fts f
    WHERE paragraphs_fts MATCH ?${conds.map((c) => ` AND ${c.sql}`).join('')}`).pluck().get(match, ...conds.flatMap((c) => c.params)) as string | null;
  return list ? foldPortions(list) : { refs: [], weights: [], first: [] };
}

/**
 * Fold a comma-separated list of portion ids (in id order) into cables. One pass over the characters,
 * no intermediate array: this runs over every matching portion of a search (tens of thousands).
 */
function foldPortions(list: string): TextMatches {
  const refs: number[] = [];
  const weights: number[] = [];
  const first: number[] = [];
  let last = -1;
  let k = -1;
  let v = 0;
  for (let i = 0, n = list.length; i <= n; i++) {
    const c = i < n ? list.charCodeAt(i) : 44;
    if (c !== 44) {
      v = v * 10 + (c - 48);
      continue;
    }
    const ref = cableOf(v);
    const subject = seqOf(v) === 0;
    if (ref === last) {
      // the subject comes first; the hit shows the first matching paragraph when there is one
      if (!subject && seqOf(first[k]!) === 0) first[k] = v;
      weights[k]! += subject ? 2 : 1;
    } else {
      refs.push(ref);
      weights.push(subject ? 2 : 1);
      first.push(v);
      last = ref;
      k++;
    }
    v = 0;
  }
  return { refs, weights, first };
}

/** Indices of the `k` best items by `better` (a binary heap of the k best so far; the worst on top). */
function topK(n: number, k: number, better: (a: number, b: number) => boolean): number[] {
  const heap: number[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(heap[parent]!, heap[i]!)) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l;
      if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
      i = worst;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (k > 0 && better(i, heap[0]!)) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

/** The first `depth` rows of the matching set in the query's order. */
export function rankedRows(m: TextMatches, f: CableFacts, order: SearchOptions['order'], depth: number): MatchRow[] {
  const n = m.refs.length;
  const newer = (a: number, b: number) => {
    const da = f.dates[m.refs[a]!]!;
    const db = f.dates[m.refs[b]!]!;
    return da !== db ? da > db : f.ids[m.refs[a]!]! < f.ids[m.refs[b]!]!;
  };
  const better = order === 'date' ? newer : (a: number, b: number) => (m.weights[a] !== m.weights[b] ? m.weights[a]! > m.weights[b]! : newer(a, b));
  return topK(n, depth, better).map((i) => {
    const ref = m.refs[i]!;
    const w = m.weights[i]!;
    return {
      cref: ref,
      cid: f.ids[ref]!,
      pid: m.first[i]!,
      score: -relevance(w, n, f.count),
      date: f.dateTexts[ref] ?? null,
      classification: f.classificationNames.values[f.classifications[ref]!] || null,
      origin: f.originNames.values[f.origins[ref]!] || null,
    };
  });
}

/** `limit` most frequent values (ties by value), or every value by value descending (years). */
function top(m: Map<string, number>, limit: number, byKey = false): Record<string, number> {
  const entries = [...m.entries()].sort(byKey ? (a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0) : (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries.slice(0, limit));
}

function named(counts: Int32Array, names: string[]): Map<string, number> {
  const out = new Map<string, number>();
  counts.forEach((n, id) => {
    if (n > 0) out.set(id === 0 ? '(unknown)' : names[id]!, n);
  });
  return out;
}

/** Facet counts over the matching cables. */
export function factFacets(refs: number[], f: CableFacts, limit: number): SearchResult['facets'] {
  const cls = new Int32Array(f.classificationNames.values.length);
  const origin = new Int32Array(f.originNames.values.length);
  const tags = new Int32Array(f.tagNames.values.length);
  const yearCounts = new Int32Array(10000);
  for (const ref of refs) {
    cls[f.classifications[ref]!]!++;
    origin[f.origins[ref]!]!++;
    yearCounts[f.years[ref]! % 10000]!++;
    for (let i = f.tagStart[ref]!, end = i + f.tagCount[ref]!; i < end; i++) tags[f.tagIds[i]!]!++;
  }
  const years = new Map<string, number>();
  yearCounts.forEach((n, y) => {
    if (n > 0) years.set(y === 0 ? '(unknown)' : String(y), n);
  });
  return {
    classification: top(named(cls, f.classificationNames.values), limit),
    origin: top(named(origin, f.originNames.values), limit),
    year: top(years, Number.POSITIVE_INFINITY, true),
    tags: top(named(tags, f.tagNames.values), limit),
  };
}

/** The facet-sorting rule, shared with the filter-only path. */
export { top as topFacetValues };
