/**
 * Search in SQLite: portions matched with FTS5 under the reader's access predicate, grouped into cables
 * (the best readable portion ranks the cable), then field filters and exclusions; the matching set is
 * materialised once, and total, facets and the page of hits are all read from it. Nothing is filtered
 * after ranking. Reads of classified snippets and subjects go to the audit log.
 */
import type { Reader } from '../../access/reader.js';
import { planQuery } from '../../search/plan.js';
import type { SearchQuery } from '../../search/query.js';
import { toFts5 } from '../../search/fts5.js';
import { hitAuditEntry } from '../portions.js';
import type { AuditEntry, MatchRow, SearchHit, SearchOptions, SearchResult } from '../types.js';
import { accessPredicateSql } from '../access.js';
import { appendAudit } from './audit.js';
import { filterSql, readableMatchSql } from './filters.js';
import type { Db } from './open.js';
import { joinSql, type Sql } from './sql.js';
import { statement } from './statements.js';
import { generation, lookupMatches, rememberMatches, type CachedMatches } from './match-cache.js';

const snippetWords = 16;
const open = '«';
const close = '»';

function candidatesSql(db: Db, reader: Reader, query: SearchQuery): { sql: Sql; match: string | null } {
  const plan = planQuery(query);
  const acc = accessPredicateSql(reader, 'p');
  const where: Sql[] = [];
  if (plan.filter) where.push(filterSql(plan.filter, reader));
  for (const ex of plan.exclude) {
    const m = readableMatchSql(reader, toFts5(ex));
    where.push({ sql: `c.rowid NOT IN (${m.sql})`, params: m.params });
  }
  const cond = where.length ? joinSql(where, ' AND ') : { sql: '1', params: [] };
  void db;
  if (plan.text) {
    const match = toFts5(plan.text);
    return {
      match,
      sql: {
        sql: `SELECT h.cref, c.id, h.pid, h.score, c.date, c.year, c.classification, c.origin, c.tags FROM (
            SELECT p.cable_ref AS cref, p.id AS pid, min(f.rank) AS score
            FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid
            WHERE paragraphs_fts MATCH ? AND ${acc.sql}
            GROUP BY p.cable_ref
          ) h CROSS JOIN cables c ON c.rowid = h.cref WHERE ${cond.sql}`,
        params: [match, ...acc.params, ...cond.params],
      },
    };
  }
  // No words: every visible cable passing the filters, represented by its first readable portion.
  return {
    match: null,
    sql: {
      sql: `SELECT c.rowid AS cref, c.id AS cid, (SELECT p.id FROM paragraphs p WHERE p.cable_ref = c.rowid AND ${acc.sql} ORDER BY (p.number = 'subject'), p.seq LIMIT 1) AS pid, 0 AS score, c.date, c.year, c.classification, c.origin, c.tags
        FROM cables c WHERE ${cond.sql} AND pid IS NOT NULL`,
      params: [...acc.params, ...cond.params],
    },
  };
}

type Counts = Map<string, number>;

function bump(m: Counts, k: string | number | null): void {
  const key = k === null || k === '' ? '(unknown)' : String(k);
  m.set(key, (m.get(key) ?? 0) + 1);
}

/** The `limit` most frequent values (ties by value), or by value descending (years). */
function top(m: Counts, limit: number, byKey = false): Record<string, number> {
  const entries = [...m.entries()].sort(byKey ? (a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0) : (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries.slice(0, limit));
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
  return { classification: top(cls, limit), origin: top(origin, limit), year: top(year, Number.POSITIVE_INFINITY, true), tags: top(tags, limit) };
}

function plainSnippet(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > snippetWords * 2 ? words.slice(0, snippetWords * 2).join(' ') + '…' : words.join(' ');
}

const withTemp = new WeakSet<Db>();

/** The per-connection table the matching set is materialised in (created once: creating it re-prepares statements). */
function ensureTempTable(db: Db): void {
  if (withTemp.has(db)) return;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_matches (cref INTEGER PRIMARY KEY, cid TEXT, pid INTEGER, score REAL, date TEXT, year INTEGER, classification TEXT, origin TEXT, tags TEXT)');
  withTemp.add(db);
}

/** Rows kept per cached query (pages beyond are recomputed). */
const cachedRows = 1000;

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
  const { sql, match } = candidatesSql(db, reader, query);
  const facetLimit = options.facetLimit ?? 20;
  const end = options.offset + options.limit;
  const key = JSON.stringify([options.order, facetLimit, sql.sql, sql.params]);
  const gen = generation(db);
  const m = lookupMatches(db, key, gen, end) ?? materialise(db, sql, options.order, facetLimit, Math.max(cachedRows, end), gen, key);
  const page = m.rows.slice(options.offset, end);
  const total = m.total;
  const facetCounts = m.facets;

  const acc = accessPredicateSql(reader, 'p');
  const subjectQ = statement(db, `SELECT t.subject, p.lvl FROM paragraphs p JOIN paragraph_texts t ON t.id = p.id WHERE p.cable_ref = ? AND p.number = 'subject' AND ${acc.sql}`);
  const portionQ = statement(db, 'SELECT p.number, p.lvl, t.body, t.subject FROM paragraphs p JOIN paragraph_texts t ON t.id = p.id WHERE p.id = ?');
  const snippetQ = statement(db, `SELECT snippet(paragraphs_fts, -1, '${open}', '${close}', '…', ${snippetWords}) FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid = CAST(? AS INTEGER)`).pluck(); // a bound JS number is a REAL, which FTS5 ignores as a rowid constraint
  const audit: AuditEntry[] = [];
  const hits: SearchHit[] = page.map((r) => {
    const subj = subjectQ.get(r.cref, ...acc.params) as { subject: string; lvl: number } | undefined;
    const portion = portionQ.get(r.pid) as { number: string; lvl: number; body: string | null; subject: string | null };
    const snippet = match ? (snippetQ.get(match, r.pid) as string).replace(/\s+/g, ' ').trim() : plainSnippet(portion.body ?? portion.subject ?? '');
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
  return { total, hits, facets: facetCounts };
}
