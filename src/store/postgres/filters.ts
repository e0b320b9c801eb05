/**
 * Field filters → PostgreSQL over the cable row `c` (the counterpart of src/store/sqlite/filters.ts).
 * Filters that look into text (subject:) run the access predicate on the portion they match, so a
 * filter never reveals unreadable text. Text filters are case-insensitive, as SQLite's LIKE is.
 */
import type { Reader } from '../../access/reader.js';
import { parseDateRange } from '../../search/dates.js';
import type { FilterNode, TextNode } from '../../search/plan.js';
import { byteOrder, likePattern, type Params } from './sql.js';
import { toTsquery } from './tsquery.js';

const levelWords: Record<string, number> = {
  U: 0, UNCLASSIFIED: 0, C: 1, CONFIDENTIAL: 1, S: 2, SECRET: 2, TS: 3, 'TOP SECRET': 3, TOPSECRET: 3,
};

/** Cable refs with a readable portion matching a tsquery literal (optionally the subject only). */
export function readableMatchSql(q: Params, reader: Reader, tsquery: string, subjectOnly = false): string {
  return `SELECT p.cable_ref FROM paragraphs p WHERE p.tsv @@ ${q.param(tsquery)}::tsquery${subjectOnly ? ` AND p.number = 'subject'` : ''} AND ${q.access(reader, 'p')}`;
}

function fieldSql(n: Extract<FilterNode, { type: 'field' }>, q: Params, reader: Reader): string {
  const v = n.value.trim();
  const contains = (s: string) => q.param(`%${likePattern(s)}%`);
  switch (n.field) {
    case 'tag':
      return n.prefix
        ? `c.tags LIKE ${q.param(`%|${likePattern(v.toUpperCase())}%`)}`
        : `strpos(c.tags, ${q.param(`|${v.toUpperCase()}|`)}) > 0`;
    case 'from':
      return `(c.origin ILIKE ${contains(v)} OR c.sender ILIKE ${contains(v)} OR c.id ILIKE ${q.param(`__${likePattern(v.toUpperCase())}%`)})`;
    case 'to':
      return `c.addressees ILIKE ${contains(v)}`;
    case 'class': {
      const lvl = levelWords[v.toUpperCase()];
      return lvl === undefined ? `c.banner ILIKE ${contains(v)}` : `c.lvl = ${q.param(lvl)}`;
    }
    case 'date': {
      const r = parseDateRange(v, n.pos);
      const parts: string[] = [];
      if (r.from) parts.push(`c.date ${byteOrder} >= ${q.param(r.from)}`);
      if (r.to) parts.push(`c.date ${byteOrder} < ${q.param(r.to)}`);
      return parts.length ? parts.join(' AND ') : 'true';
    }
    case 'ref':
      return `EXISTS (SELECT 1 FROM refs r WHERE r.cable_ref = c.ref AND r.ref_id = ${q.param(v.toUpperCase())})`;
    case 'subject': {
      const text: TextNode = n.quoted ? { type: 'phrase', value: v, pos: n.pos } : { type: 'term', value: v, prefix: n.prefix, pos: n.pos };
      return `c.ref IN (${readableMatchSql(q, reader, toTsquery(text), true)})`;
    }
  }
}

/** SQL for a filter tree over the cable row `c`. */
export function filterSql(n: FilterNode, q: Params, reader: Reader): string {
  switch (n.type) {
    case 'field': return fieldSql(n, q, reader);
    case 'not': return `NOT (${filterSql(n.child, q, reader)})`;
    case 'and':
    case 'or': return `(${n.children.map((c) => filterSql(c, q, reader)).join(n.type === 'and' ? ' AND ' : ' OR ')})`;
  }
}
