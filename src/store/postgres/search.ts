/**
 * Search in PostgreSQL: portions matched through the GIN index on their tsvector under the reader's
 * access predicate, grouped into cables (ranked by `relevance`, as SQLite ranks them; a hit shows its
 * first readable matching paragraph), then field filters and exclusions. One statement computes the matching set once and
 * returns the total, the page and the facet counts from it: nothing is filtered after ranking.
 * Reads of classified snippets and subjects go to the audit log.
 */
import type { Reader } from '../../access/reader.js';
import { planQuery } from '../../search/plan.js';
import type { SearchQuery } from '../../search/query.js';
import { hitAuditEntry, relevance } from '../portions.js';
import type { AuditEntry, MatchRow, SearchHit, SearchOptions, SearchResult } from '../types.js';
import { appendAudit } from './audit.js';
import { query, type Db } from './db.js';
import { facetsFrom, type FacetRows } from './facets.js';
import { filterSql, readableMatchSql } from './filters.js';
import { highlightSnippet, highlightTerms, openingSnippet, type HighlightTerm } from '../../search/snippet.js';
import { byteOrder, Params } from './sql.js';
import { toTsquery } from './tsquery.js';

/**
 * The matching set: one row per cable (cref, cid, pid, weight, date, year, classification, origin, tags);
 * weight as in `relevance`; pid is the portion the hit shows: the first readable matching paragraph, else the subject.
 */
function candidatesSql(q: Params, reader: Reader, search: SearchQuery): { sql: string; terms: HighlightTerm[] | null } {
  const plan = planQuery(search);
  const where: string[] = [];
  if (plan.filter) where.push(filterSql(plan.filter, q, reader));
  for (const ex of plan.exclude) where.push(`c.ref NOT IN (${readableMatchSql(q, reader, toTsquery(ex))})`);
  const cond = where.length ? where.join(' AND ') : 'true';
  if (plan.text) {
    const tsq = q.param(toTsquery(plan.text));
    return {
      terms: highlightTerms(plan.text),
      sql: `SELECT h.cref, c.id AS cid, h.pid, h.weight, c.date, c.year, c.classification, c.origin, c.tags FROM (
          SELECT p.cable_ref AS cref, (array_agg(p.id ORDER BY (p.number = 'subject'), p.seq))[1] AS pid,
            sum(CASE WHEN p.number = 'subject' THEN 2 ELSE 1 END)::int AS weight
          FROM paragraphs p WHERE p.tsv @@ ${tsq}::tsquery AND ${q.access(reader, 'p')}
          GROUP BY p.cable_ref
        ) h JOIN cables c ON c.ref = h.cref WHERE ${cond}`,
    };
  }
  // No words: every visible cable passing the filters, represented by its first readable portion.
  return {
    terms: null,
    sql: `SELECT c.ref AS cref, c.id AS cid, f.pid, 0 AS weight, c.date, c.year, c.classification, c.origin, c.tags
      FROM cables c CROSS JOIN LATERAL (
        SELECT p.id AS pid FROM paragraphs p WHERE p.cable_ref = c.ref AND ${q.access(reader, 'p')} ORDER BY (p.number = 'subject'), p.seq LIMIT 1
      ) f WHERE ${cond}`,
  };
}

interface ResultRow {
  total: number;
  /** cables in the archive (for the idf of `relevance`) */
  cables: number;
  page: (Omit<MatchRow, 'score'> & { weight: number })[];
  classification: FacetRows;
  origin: FacetRows;
  year: FacetRows;
  tags: FacetRows;
}

const facetSql = (column: string) => `(SELECT json_agg(json_build_array(k, n)) FROM (SELECT ${column} AS k, count(*)::int AS n FROM m GROUP BY 1) f)`;

/** Total, page and facet counts of the matching set, in one statement. */
async function matchingSet(db: Db, reader: Reader, search: SearchQuery, options: SearchOptions): Promise<{ row: ResultRow; terms: HighlightTerm[] | null }> {
  const q = new Params();
  const { sql, terms } = candidatesSql(q, reader, search);
  const order = options.order === 'date' ? `date ${byteOrder} DESC NULLS LAST, cid ${byteOrder}` : `weight DESC, date ${byteOrder} DESC NULLS LAST, cid ${byteOrder}`;
  const [row] = await query<ResultRow>(db, `WITH m AS MATERIALIZED (${sql})
    SELECT (SELECT count(*)::int FROM m) AS total, (SELECT count(*)::int FROM cables) AS cables,
      (SELECT coalesce(json_agg(x), '[]') FROM (SELECT cref, cid, pid, weight, date, classification, origin FROM m ORDER BY ${order} LIMIT ${q.param(options.limit)} OFFSET ${q.param(options.offset)}) x) AS page,
      ${facetSql('classification')} AS classification, ${facetSql('origin')} AS origin, ${facetSql('year')} AS year,
      (SELECT json_agg(json_build_array(k, n)) FROM (SELECT t AS k, count(*)::int AS n FROM m, unnest(string_to_array(trim(both '|' from m.tags), '|')) t
         WHERE m.tags <> '' GROUP BY t) f) AS tags`, q.values);
  return { row: row!, terms };
}

/** Run a search for a reader. */
export async function search(db: Db, reader: Reader, search: SearchQuery, options: SearchOptions): Promise<SearchResult> {
  const { row, terms } = await matchingSet(db, reader, search, options);
  const page = row.page;
  const q = new Params();
  const refs = q.param(page.map((r) => r.cref));
  const subjects = new Map((await query<{ cable_ref: number; text: string; lvl: number }>(db,
    `SELECT p.cable_ref, p.text, p.lvl FROM paragraphs p WHERE p.cable_ref = ANY(${refs}::int[]) AND p.number = 'subject' AND ${q.access(reader, 'p')}`, q.values,
  )).map((s) => [s.cable_ref, s]));
  const portions = new Map((await query<{ id: number; number: string; lvl: number; text: string }>(db,
    'SELECT id, number, lvl, text FROM paragraphs WHERE id = ANY($1::bigint[])', [page.map((r) => r.pid)],
  )).map((p) => [p.id, p]));
  const audit: AuditEntry[] = [];
  const hits: SearchHit[] = page.map((r) => {
    const subj = subjects.get(r.cref);
    const portion = portions.get(r.pid)!;
    const entry = hitAuditEntry(reader, r.cid, subj?.lvl, portion);
    if (entry) audit.push(entry);
    return {
      id: r.cid,
      subject: subj?.text ?? null,
      snippet: terms ? highlightSnippet(portion.text, terms) : openingSnippet(portion.text),
      score: r.weight ? Math.round(relevance(r.weight, row.total, row.cables) * 10000) / 10000 : 0,
      date: r.date,
      classification: r.classification,
      origin: r.origin,
      paragraph: portion.number,
    };
  });
  await appendAudit(db, audit);
  return { total: row.total, hits, facets: facetsFrom(row, options.facetLimit ?? 20) };
}
