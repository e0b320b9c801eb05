/**
 * The matching set of a text query in SQLite, without a join or a ranking function per hit.
 *
 * 1. One full-text pass returns the rowids of the portions that match AND that the reader may read: the
 *    access predicate (compiled from the one policy) picks the readable label sets in SQL, and the query
 *    keeps the rowids whose label-set bits name one of them (a bit mask: src/store/sqlite/portion-id.ts); when the
 *    reader may read every label set the archive holds, that test is left out. Field filters and
 *    exclusions restrict the cable bits the same way. The portions come back as one JSON array of
 *    their keys (the id without the label-set bits).
 * 2. The keys are in cable order, so they fold into cables in one pass: the cable's weight is its
 *    number of readable matching portions, the subject counting twice (as in the index's bm25 weights).
 * 3. Relevance is BM25 at portion granularity (`relevance` in src/store/portions.ts); ties go to the
 *    newer cable, then the smaller id. Only the rows up to the page's end are selected (a heap over one
 *    numeric key per cable), never a full sort. A hit shows its first readable matching paragraph (its
 *    subject when only that matches).
 * 4. Total and facet counts come from the cables' facts in memory (src/store/sqlite/cable-facts.ts).
 */
import type { MatchRow, SearchOptions, SearchResult } from '../types.js';
import { relevance } from '../portions.js';
import type { CableFacts } from './cable-facts.js';
import type { Db } from './open.js';
import { cableOfKey, cableOfSql, portionKeySql, readableLabelsetTest, readableMaskSql, seqOfKey } from './portion-id.js';
import type { Sql } from './sql.js';
import { statement } from './statements.js';

export interface TextMatches {
  /** matching cables in rowid order */
  refs: Int32Array;
  /** their weights */
  weights: Int32Array;
  /** the sequence number of the portion each shows: its first readable matching paragraph, else its subject (0) */
  seqs: Int32Array;
}

/** A row of a page of hits in SQLite: the portion shown is (cref, seq). */
export type PageRow = Omit<MatchRow, 'pid'> & { seq: number };

/** Fold the rowids of the portions matching `match` in the `readable` label sets (`readableLabelsetsSql`) into cables. */
export function textMatches(db: Db, readable: Sql, match: string, cableCond: Sql | null): TextMatches {
  const conds: Sql[] = [];
  const access = readableCondition(db, readable);
  if (access) conds.push(access);
  if (cableCond) conds.push({ sql: `${cableOfSql('f.rowid')} IN (SELECT c.rowid FROM cables c WHERE ${cableCond.sql})`, params: cableCond.params });
  const list = statement(db, `SELECT json_group_array(${portionKeySql('f.rowid')}) FROM paragraphs_fts f
    WHERE paragraphs_fts MATCH ?${conds.map((c) => ` AND ${c.sql}`).join('')}`).pluck().get(match, ...conds.flatMap((c) => c.params)) as string;
  return foldPortions(JSON.parse(list) as number[]);
}

/**
 * The per-portion access test for the `readable` label sets, or null when they are every label set the
 * archive holds (a reader who may read them all needs no test per portion). One statement answers both
 * that and the bit mask of the test.
 */
function readableCondition(db: Db, readable: Sql): Sql | null {
  const mask = readableMaskSql(readable);
  const [unreadable, bits] = statement(db, `SELECT (SELECT count(*) FROM labelsets WHERE id NOT IN (${readable.sql})), (${mask.sql})`)
    .raw().safeIntegers(true).get(...readable.params, ...mask.params) as [bigint, bigint | null];
  return unreadable > 0n ? readableLabelsetTest('f.rowid', readable, bits ?? 0n) : null;
}

/**
 * Fold portion keys (in key order, so a cable's portions are adjacent and its subject first) into cables.
 * The list comes from SQL as one JSON array: V8 parses that faster than anything written here, and the
 * fold then fills typed arrays (a search folds tens of thousands of portions).
 */
function foldPortions(keys: number[]): TextMatches {
  const refs = new Int32Array(keys.length);
  const weights = new Int32Array(keys.length);
  const seqs = new Int32Array(keys.length);
  let last = -1;
  let k = -1;
  for (const key of keys) {
    const ref = cableOfKey(key);
    const seq = seqOfKey(key);
    if (ref === last) {
      // the subject comes first; the hit shows the first matching paragraph when there is one
      if (seqs[k] === 0) seqs[k] = seq;
      weights[k]! += seq === 0 ? 2 : 1;
    } else {
      k++;
      refs[k] = ref;
      weights[k] = seq === 0 ? 2 : 1;
      seqs[k] = seq;
      last = ref;
    }
  }
  return { refs: refs.subarray(0, k + 1), weights: weights.subarray(0, k + 1), seqs: seqs.subarray(0, k + 1) };
}

/**
 * Indices of the `k` best items, best first: the highest `keys` value, ties to the smaller `id`. Two
 * passes over numbers only: a heap of the k largest keys gives the cut (the k-th largest key), then the
 * items above the cut are taken with as many at the cut as there is room for, the smaller ids first.
 * Ids (strings, scattered in memory) are compared only among the few items at the cut and in the page.
 */
function topK(keys: Float64Array, id: (i: number) => string, k: number): number[] {
  const n = keys.length;
  if (k <= 0 || n === 0) return [];
  const cut = n > k ? kthLargest(keys, k) : Number.NEGATIVE_INFINITY;
  const above: number[] = [];
  const atCut: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    if (key > cut) above.push(i);
    else if (key === cut) atCut.push(i);
  }
  const better = (a: number, b: number) => keys[b]! - keys[a]! || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
  const picked = atCut.length === 0 ? above : above.concat(atCut.sort(better).slice(0, k - above.length));
  return picked.sort(better);
}

/** The k-th largest of `keys` (k ≤ keys.length): a min-heap of the k largest so far, most items turned away at its top. */
function kthLargest(keys: Float64Array, k: number): number {
  const heap = keys.slice(0, k);
  const down = (from: number) => {
    for (let c = from; ; ) {
      const l = 2 * c + 1;
      const r = l + 1;
      let m = c;
      if (l < k && heap[l]! < heap[m]!) m = l;
      if (r < k && heap[r]! < heap[m]!) m = r;
      if (m === c) return;
      const t = heap[c]!;
      heap[c] = heap[m]!;
      heap[m] = t;
      c = m;
    }
  };
  for (let i = (k >> 1) - 1; i >= 0; i--) down(i);
  for (let i = k, n = keys.length; i < n; i++) {
    if (keys[i]! > heap[0]!) {
      heap[0] = keys[i]!;
      down(0);
    }
  }
  return heap[0]!;
}

/** Dates are YYYYMMDD numbers below 2^27: a weight above them keeps the order exact in a double. */
const dateSpan = 2 ** 27;

/** The first `end` rows of the matching set in the query's order (relevance: weight, then newer, then smaller id). */
export function rankedRows(m: TextMatches, f: CableFacts, order: SearchOptions['order'], end: number): PageRow[] {
  const n = m.refs.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (order === 'date' ? 0 : m.weights[i]! * dateSpan) + f.dates[m.refs[i]!]!;
  return topK(keys, (i) => f.ids[m.refs[i]!]!, end).map((i) => {
    const ref = m.refs[i]!;
    return {
      cref: ref,
      cid: f.ids[ref]!,
      seq: m.seqs[i]!,
      score: -relevance(m.weights[i]!, n, f.count),
      date: f.dateTexts[ref] ?? null,
      classification: f.classificationNames.values[f.classifications[ref]!] || null,
      origin: f.originNames.values[f.origins[ref]!] || null,
    };
  });
}

/** Whether facet value a comes before b: the larger count, ties by value. */
const before = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * The `limit` most frequent values (ties by value), or every value by value descending (years). Large
 * facets (thousands of tags) keep only a bounded sorted list instead of sorting every value.
 */
function top(m: Map<string, number>, limit: number, byKey = false): Record<string, number> {
  if (byKey) return Object.fromEntries([...m.entries()].sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0)));
  if (m.size <= limit) return Object.fromEntries([...m.entries()].sort(before));
  if (limit <= 0) return {};
  const kept: [string, number][] = [];
  for (const e of m) {
    if (kept.length >= limit && before(kept[kept.length - 1]!, e) <= 0) continue;
    let i = kept.length;
    while (i > 0 && before(e, kept[i - 1]!) < 0) i--;
    kept.splice(i, 0, e);
    if (kept.length > limit) kept.pop();
  }
  return Object.fromEntries(kept);
}

/** The counted values of `counts` by name (id 0 is the `(unknown)` value). */
function named(counts: Int32Array, name: (id: number) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) m.set(id === 0 ? '(unknown)' : name(id), counts[id]!);
  return m;
}

/**
 * Facet counts over the matching cables: one pass of array increments (the columns taken out of the
 * facts first, so that the loop is loads and adds only), then the values counted by name.
 */
export function factFacets(refs: Int32Array, f: CableFacts, limit: number): SearchResult['facets'] {
  const cls = new Int32Array(f.classificationNames.values.length);
  const origin = new Int32Array(f.originNames.values.length);
  const tags = new Int32Array(f.tagNames.values.length);
  const years = new Int32Array(10000);
  const { classifications, origins, years: yearOf, tagStart, tagCount, tagIds } = f;
  for (let i = 0, n = refs.length; i < n; i++) {
    const ref = refs[i]!;
    cls[classifications[ref]!]!++;
    origin[origins[ref]!]!++;
    years[yearOf[ref]!]!++;
    for (let t = tagStart[ref]!, end = t + tagCount[ref]!; t < end; t++) tags[tagIds[t]!]!++;
  }
  return {
    classification: top(named(cls, (id) => f.classificationNames.values[id]!), limit),
    origin: top(named(origin, (id) => f.originNames.values[id]!), limit),
    year: top(named(years, String), Number.POSITIVE_INFINITY, true),
    tags: top(named(tags, (id) => f.tagNames.values[id]!), limit),
  };
}

/** The facet-sorting rule, shared with the filter-only path. */
export { top as topFacetValues };
