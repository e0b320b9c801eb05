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
import type { AuditEntry, SearchHit, SearchOptions, SearchResult } from '../types.js';
import { accessPredicateSql } from '../access.js';
import { appendAudit } from './audit.js';
import { filterSql, readableMatchSql } from './filters.js';
import type { Db } from './open.js';
import { joinSql, type Sql } from './sql.js';

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
    where.push({ sql: `c.id NOT IN (${m.sql})`, params: m.params });
  }
  const cond = where.length ? joinSql(where, ' AND ') : { sql: '1', params: [] };
  void db;
  if (plan.text) {
    const match = toFts5(plan.text);
    return {
      match,
      sql: {
        sql: `SELECT h.cid, h.pid, h.score FROM (
            SELECT p.cable_id AS cid, p.id AS pid, min(f.rank) AS score
            FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid
            WHERE paragraphs_fts MATCH ? AND ${acc.sql}
            GROUP BY p.cable_id
          ) h JOIN cables c ON c.id = h.cid WHERE ${cond.sql}`,
        params: [match, ...acc.params, ...cond.params],
      },
    };
  }
  // No words: every visible cable passing the filters, represented by its first readable portion.
  return {
    match: null,
    sql: {
      sql: `SELECT c.id AS cid, (SELECT p.id FROM paragraphs p WHERE p.cable_id = c.id AND ${acc.sql} ORDER BY (p.number = 'subject'), p.seq LIMIT 1) AS pid, 0 AS score
        FROM cables c WHERE ${cond.sql} AND pid IS NOT NULL`,
      params: [...acc.params, ...cond.params],
    },
  };
}

function facet(db: Db, sql: string, limit: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of db.prepare(sql).all(limit) as { k: string | number | null; n: number }[]) out[r.k === null ? '(unknown)' : String(r.k)] = r.n;
  return out;
}

function plainSnippet(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > snippetWords * 2 ? words.slice(0, snippetWords * 2).join(' ') + '…' : words.join(' ');
}

/** Run a search for a reader. */
export function search(db: Db, reader: Reader, query: SearchQuery, options: SearchOptions): SearchResult {
  const { sql, match } = candidatesSql(db, reader, query);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_matches (cid TEXT PRIMARY KEY, pid INTEGER, score REAL) WITHOUT ROWID');
  db.exec('DELETE FROM temp.search_matches');
  db.prepare(`INSERT INTO temp.search_matches (cid, pid, score) ${sql.sql}`).run(...sql.params);
  const facetLimit = options.facetLimit ?? 20;
  const total = db.prepare('SELECT count(*) FROM temp.search_matches').pluck().get() as number;
  const facets = {
    classification: facet(db, 'SELECT c.classification AS k, count(*) AS n FROM temp.search_matches m JOIN cables c ON c.id = m.cid GROUP BY k ORDER BY n DESC, k LIMIT ?', facetLimit),
    origin: facet(db, 'SELECT c.origin AS k, count(*) AS n FROM temp.search_matches m JOIN cables c ON c.id = m.cid GROUP BY k ORDER BY n DESC, k LIMIT ?', facetLimit),
    year: facet(db, 'SELECT c.year AS k, count(*) AS n FROM temp.search_matches m JOIN cables c ON c.id = m.cid GROUP BY k ORDER BY k DESC LIMIT ?', facetLimit),
    tags: facet(db, 'SELECT t.tag AS k, count(*) AS n FROM temp.search_matches m JOIN cable_tags t ON t.cable_id = m.cid GROUP BY k ORDER BY n DESC, k LIMIT ?', facetLimit),
  };
  const order = options.order === 'date' ? 'c.date DESC, c.id' : 'm.score, c.date DESC, c.id';
  const page = db.prepare(`SELECT m.cid, m.pid, m.score, c.date, c.classification, c.origin FROM temp.search_matches m JOIN cables c ON c.id = m.cid ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(options.limit, options.offset) as { cid: string; pid: number; score: number; date: string | null; classification: string | null; origin: string | null }[];

  const acc = accessPredicateSql(reader, 'p');
  const subjectQ = db.prepare(`SELECT p.subject, p.lvl FROM paragraphs p WHERE p.cable_id = ? AND p.number = 'subject' AND ${acc.sql}`);
  const portionQ = db.prepare('SELECT number, lvl, body, subject FROM paragraphs WHERE id = ?');
  const snippetQ = db.prepare(`SELECT snippet(paragraphs_fts, -1, '${open}', '${close}', '…', ${snippetWords}) FROM paragraphs_fts WHERE paragraphs_fts MATCH ? AND rowid = CAST(? AS INTEGER)`).pluck(); // a bound JS number is a REAL, which FTS5 ignores as a rowid constraint
  const audit: AuditEntry[] = [];
  const hits: SearchHit[] = page.map((r) => {
    const subj = subjectQ.get(r.cid, ...acc.params) as { subject: string; lvl: number } | undefined;
    const portion = portionQ.get(r.pid) as { number: string; lvl: number; body: string | null; subject: string | null };
    const snippet = match ? (snippetQ.get(match, r.pid) as string).replace(/\s+/g, ' ').trim() : plainSnippet(portion.body ?? portion.subject ?? '');
    const read: string[] = [];
    if (subj && subj.lvl > 0) read.push('subject');
    if (portion.lvl > 0 && portion.number !== 'subject') read.push(portion.number);
    if (read.length) audit.push({ reader: reader.name, cable: r.cid, paragraphs: read, action: 'search' });
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
  return { total, hits, facets };
}
