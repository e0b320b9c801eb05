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
import type { AuditEntry, MatchRow, SearchHit, SearchOptions, SearchResult } from '../types.js';
import { accessPredicateSql } from '../access.js';
import { appendAudit } from './audit.js';
import { filterSql, readableMatchSql } from './filters.js';
import type { Db } from './open.js';
import { joinSql, type Sql } from './sql.js';
import { statement } from './statements.js';
import { generation, lookupMatches, rememberMatches, type CachedMatches } from './match-cache.js';
import { cableFacts } from './cable-facts.js';
import { factFacets, rankedRows, textMatches, topFacetValues } from './text-matches.js';
import { readableLabelsetsSql } from './portion-id.js';

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
    sql: `SELECT c.rowid AS cref, c.id AS cid, (SELECT p.id FROM paragraphs p WHERE p.cable_ref = c.rowid AND ${acc.sql} ORDER BY (p.number = 'subject'), p.seq LIMIT 1) AS pid, 0 AS score, c.date, c.year, c.classification, c.origin, c.tags
      FROM cables c WHERE ${c.sql} AND pid IS NOT NULL`,
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
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_matches (cref INTEGER PRIMARY KEY, cid TEXT, pid INTEGER, score REAL, date TEXT, year INTEGER, classification TEXT, origin TEXT, tags TEXT)');
  withTemp.add(db);
}

/** Rows kept per cached query (pages beyond are recomputed). */
const cachedRows = 200;

/** Compute the matching set once: total, facets and the first `depth` rows in order; cache it. */
function materialise(db: Db, sql: Sql, order: SearchOptions['order'], facetLimit: number, depth: number, gen: number, key: string): CachedMatches {
  ensureTempTable(db);
  statement(db, 'DELETE FROM temp.search_matches').run();
  statement(db, `INSERT INTO temp.search_matches (cref, cid, pid, score, date, year, classification, origin, tags) ${sql.sql}`).run(...sql.params);
  const total = statement(db, 'SELECT count(*) FROM temp.search_matches').pluck().get() as number;
  const by = order === 'date' ? 'date DESC, cid' : 'score, date DESC, cid';
  const rows = statement(db, `SELECT cref, cid, pid, score, date, classification, origin FROM temp.search_matches ORDER BY ${by} LIMIT ?`).all(depth) as MatchRow[];
  const entry: CachedMatches = { generation: gen, total, facets: facets(db, facetLimit), rows };
  statement(db, 'DELETE FROM temp.search_matches').run();
  rememberMatches(db, key, entry);
  return entry;
}

/** Run a search for a reader. */
export function search(db: Db, reader: Reader, query: SearchQuery, options: SearchOptions): SearchResult {
  const plan = planQuery(query);
  const cond = cableConditionSql(reader, plan);
  const match = plan.text ? toFts5(plan.text) : null;
  const facetLimit = options.facetLimit ?? 20;
  const end = options.offset + options.limit;
  const depth = Math.max(cachedRows, end);
  const gen = generation(db);
  const readable = readableLabelsetsSql(reader);
  let m: CachedMatches | undefined;
  if (match) {
    const key = JSON.stringify(['text', options.order, facetLimit, match, cond, readable]);
    m = lookupMatches(db, key, gen, end);
    if (!m) {
      const tm = textMatches(db, readable, match, cond);
      const facts = cableFacts(db, gen, tm.refs);
      m = { generation: gen, total: tm.refs.length, facets: factFacets(tm.refs, facts, facetLimit), rows: rankedRows(tm, facts, options.order, depth) };
      rememberMatches(db, key, m);
    }
  } else {
    const sql = filterOnlySql(reader, cond);
    const key = JSON.stringify([options.order, facetLimit, sql.sql, sql.params]);
    m = lookupMatches(db, key, gen, end) ?? materialise(db, sql, options.order, facetLimit, depth, gen, key);
  }
  const page = m.rows.slice(options.offset, end);

  const acc = accessPredicateSql(reader, 'p');
  const subjectQ = statement(db, `SELECT t.subject, p.lvl FROM paragraphs p JOIN paragraph_texts t ON t.id = p.id WHERE p.cable_ref = ? AND p.number = 'subject' AND ${acc.sql}`);
  const portionQ = statement(db, 'SELECT p.number, p.lvl, t.body, t.subject FROM paragraphs p JOIN paragraph_texts t ON t.id = p.id WHERE p.id = ?');
  const terms = plan.text ? highlightTerms(plan.text) : null;
  const audit: AuditEntry[] = [];
  const hits: SearchHit[] = page.map((r) => {
    const subj = subjectQ.get(r.cref, ...acc.params) as { subject: string; lvl: number } | undefined;
    const portion = portionQ.get(r.pid) as { number: string; lvl: number; body: string | null; subject: string | null };
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
