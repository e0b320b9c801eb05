/**
 * Search in SQLite: a text query runs as src/store/sqlite/text-matches.ts describes (readable matching
 * portions folded into cables, ranked, counted from the cables' facts); a query of field filters only
 * materialises its matching set in a temporary table. Total, facets and the page of hits all come from
 * the one matching set: nothing is filtered after ranking. Reads of classified snippets and subjects go
 * to the audit log.
 */
import type { Reader } from '../../access/reader.js';
import { planQuery } from '../../search/plan.js';
import type { SearchQuery } from '../../search/query.js';
import { toFts5 } from '../../search/fts5.js';
import { highlightSnippet, highlightTerms, openingSnippet } from '../../search/snippet.js';
import { hitAuditEntry } from '../portions.js';
import type { AuditEntry, SearchHit, SearchOptions, SearchResult } from '../types.js';
import { accessPredicateSql } from '../access.js';
import { appendAudit } from './audit.js';
import { filterSql, readableMatchSql } from './filters.js';
import type { Db } from './open.js';
import { joinSql, type Sql } from './sql.js';
import { statement } from './statements.js';
import { generation, lookupMatches, rememberMatches, rowsFrom, type CachedMatches } from './match-cache.js';
import { cableFacts, type CableFacts } from './cable-facts.js';
import { factFacets, rankedRows, textMatches, topFacetValues, type PageRow, type TextMatches } from './text-matches.js';
import { portionKey, portionKeySql, readableLabelsetsSql } from './portion-id.js';

/** SQL over the cable row `c` for the query's field filters and exclusions, or null when it has none. */
function cableConditionSql(reader: Reader, plan: ReturnType<typeof planQuery>): Sql | null {
  const where: Sql[] = [];
  if (plan.filter) where.push(filterSql(plan.filter, reader));
  for (const ex of plan.exclude) {
    const m = readableMatchSql(reader, toFts5(ex));
    where.push({ sql: `c.rowid NOT IN (${m.sql})`, params: m.params });
  }
  return where.length ? joinSql(where, ' AND ') : null;
}

/** A query without words: every visible cable passing the filters, represented by its first readable portion. */
function filterOnlySql(reader: Reader, cond: Sql | null): Sql {
  const acc = accessPredicateSql(reader, 'p');
  const c = cond ?? { sql: '1', params: [] };
  return {
    sql: `SELECT c.rowid AS cref, c.id AS cid, (SELECT p.seq FROM paragraphs p WHERE p.cable_ref = c.rowid AND ${acc.sql} ORDER BY (p.number = 'subject'), p.seq LIMIT 1) AS seq, 0 AS score, c.date, c.year, c.classification, c.origin, c.tags
      FROM cables c WHERE ${c.sql} AND seq IS NOT NULL`,
    params: [...acc.params, ...c.params],
  };
}

type Counts = Map<string, number>;

function bump(m: Counts, k: string | number | null): void {
  const key = k === null || k === '' ? '(unknown)' : String(k);
  m.set(key, (m.get(key) ?? 0) + 1);
}

/** Facet counts over the whole matching set (one pass over the materialised rows). */
function facets(db: Db, limit: number): SearchResult['facets'] {
  const cls: Counts = new Map();
  const origin: Counts = new Map();
  const year: Counts = new Map();
  const tags: Counts = new Map();
  const rows = statement(db, 'SELECT classification, origin, year, tags FROM temp.search_matches').raw().iterate() as Iterable<[string | null, string | null, number | null, string]>;
  for (const [c, o, y, t] of rows) {
    bump(cls, c);
    bump(origin, o);
    bump(year, y);
    if (t) for (const tag of t.slice(1, -1).split('|')) bump(tags, tag);
  }
  return { classification: topFacetValues(cls, limit), origin: topFacetValues(origin, limit), year: topFacetValues(year, Number.POSITIVE_INFINITY, true), tags: topFacetValues(tags, limit) };
}

const withTemp = new WeakSet<Db>();

/** The per-connection table the matching set is materialised in (created once: creating it re-prepares statements). */
function ensureTempTable(db: Db): void {
  if (withTemp.has(db)) return;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_matches (cref INTEGER PRIMARY KEY, cid TEXT, seq INTEGER, score REAL, date TEXT, year INTEGER, classification TEXT, origin TEXT, tags TEXT)');
  withTemp.add(db);
}

/** Rows of a query ranked and kept in its cache entry at once (pages beyond are computed when asked for). */
const cachedRows = 200;

/** Compute the matching set of a filter-only query once: total, facets and the first `depth` rows in order; cache it. */
function materialise(db: Db, sql: Sql, order: SearchOptions['order'], facetLimit: number, depth: number, gen: number, key: string): CachedMatches {
  ensureTempTable(db);
  statement(db, 'DELETE FROM temp.search_matches').run();
  statement(db, `INSERT INTO temp.search_matches (cref, cid, seq, score, date, year, classification, origin, tags) ${sql.sql}`).run(...sql.params);
  const total = statement(db, 'SELECT count(*) FROM temp.search_matches').pluck().get() as number;
  const by = order === 'date' ? 'date DESC, cid' : 'score, date DESC, cid';
  const rows = statement(db, `SELECT cref, cid, seq, score, date, classification, origin FROM temp.search_matches ORDER BY ${by} LIMIT ?`).all(depth) as PageRow[];
  const entry: CachedMatches = { generation: gen, total, facets: facets(db, facetLimit), rows: rowsFrom(rows, total), held: rows.length };
  statement(db, 'DELETE FROM temp.search_matches').run();
  rememberMatches(db, key, entry);
  return entry;
}

/**
 * The rows of a text query up to any page's end: the first page is ranked alone (building and sorting
 * rows costs per row kept), and a request past it ranks the first `cachedRows` at once, so that paging
 * on ranks once more at most every `cachedRows` rows.
 */
function rankedOnDemand(tm: TextMatches, facts: CableFacts, order: SearchOptions['order']): CachedMatches['rows'] {
  let ranked: PageRow[] | null = null;
  return (end) => {
    if (!ranked) ranked = rankedRows(tm, facts, order, end);
    else if (end > ranked.length && ranked.length < tm.refs.length) ranked = rankedRows(tm, facts, order, Math.max(end, cachedRows));
    return ranked.slice(0, end);
  };
}

/** Run a search for a reader. */
export function search(db: Db, reader: Reader, query: SearchQuery, options: SearchOptions): SearchResult {
  const plan = planQuery(query);
  const cond = cableConditionSql(reader, plan);
  const match = plan.text ? toFts5(plan.text) : null;
  const facetLimit = options.facetLimit ?? 20;
  const end = options.offset + options.limit;
  const gen = generation(db);
  const readable = readableLabelsetsSql(reader);
  let m: CachedMatches;
  if (match) {
    const key = JSON.stringify(['text', options.order, facetLimit, match, cond, readable]);
    let hit = lookupMatches(db, key, gen);
    if (!hit) {
      // the entry keeps the whole folded matching set: any page is one pass over it
      const tm = textMatches(db, readable, match, cond);
      const facts = cableFacts(db, gen, tm.refs);
      hit = { generation: gen, total: tm.refs.length, facets: factFacets(tm.refs, facts, facetLimit), rows: rankedOnDemand(tm, facts, options.order), held: tm.refs.length };
      rememberMatches(db, key, hit);
    }
    m = hit;
  } else {
    const sql = filterOnlySql(reader, cond);
    const key = JSON.stringify([options.order, facetLimit, sql.sql, sql.params]);
    const hit = lookupMatches(db, key, gen);
    m = hit?.rows(end) ? hit : materialise(db, sql, options.order, facetLimit, Math.max(cachedRows, end), gen, key);
  }
  const page = (m.rows(end) ?? []).slice(options.offset, end);

  // the page's subjects (those the reader may read) and shown portions, each in one statement
  const acc = accessPredicateSql(reader, 'p');
  const subjects = new Map(
    (statement(db, `SELECT p.cable_ref AS cref, t.subject, p.lvl FROM json_each(?) j JOIN paragraphs p ON p.cable_ref = j.value AND p.seq = 0 JOIN paragraph_texts t ON t.id = p.id
      WHERE p.number = 'subject' AND ${acc.sql}`).all(JSON.stringify(page.map((r) => r.cref)), ...acc.params) as { cref: number; subject: string; lvl: number }[]).map((s) => [s.cref, s]),
  );
  const portions = new Map(
    (statement(db, `SELECT ${portionKeySql('p.id')} AS key, p.number, p.lvl, t.body, t.subject FROM json_each(?) j JOIN paragraphs p ON p.cable_ref = j.value ->> 0 AND p.seq = j.value ->> 1
      JOIN paragraph_texts t ON t.id = p.id`).all(JSON.stringify(page.map((r) => [r.cref, r.seq]))) as { key: number; number: string; lvl: number; body: string | null; subject: string | null }[]).map((p) => [p.key, p]),
  );
  const terms = plan.text ? highlightTerms(plan.text) : null;
  const audit: AuditEntry[] = [];
  const hits: SearchHit[] = page.map((r) => {
    const subj = subjects.get(r.cref);
    const portion = portions.get(portionKey(r.cref, r.seq))!;
    const text = portion.body ?? portion.subject ?? '';
    const snippet = terms ? highlightSnippet(text, terms) : openingSnippet(text);
    const entry = hitAuditEntry(reader, r.cid, subj?.lvl, portion);
    if (entry) audit.push(entry);
    return {
      id: r.cid,
      subject: subj?.subject ?? null,
      snippet,
      score: Math.round(-r.score * 10000) / 10000,
      date: r.date,
      classification: r.classification,
      origin: r.origin,
      paragraph: portion.number,
    };
  });
  appendAudit(db, audit);
  return { total: m.total, hits, facets: m.facets };
}
