/**
 * Field filters → SQL over the cable row `c`. Filters that look into text (subject:) run the access
 * predicate on the portion they match, so a filter never reveals unreadable text.
 */
import type { Reader } from '../../access/reader.js';
import { parseDateRange } from '../../search/dates.js';
import { toFts5, inColumn } from '../../search/fts5.js';
import type { FilterNode, TextNode } from '../../search/plan.js';
import { joinSql, likeEscape, type Sql } from './sql.js';
import { cableOfSql, labelsetOfSql, readableLabelsetsSql } from './portion-id.js';

const levelWords: Record<string, number> = {
  U: 0, UNCLASSIFIED: 0, C: 1, CONFIDENTIAL: 1, S: 2, SECRET: 2, TS: 3, 'TOP SECRET': 3, TOPSECRET: 3,
};

/**
 * Cable rowids (cables.rowid) with a readable portion matching an FTS5 expression: access and cable come
 * from the portion id's bits (src/store/sqlite/portion-id.ts), so no join per match.
 */
export function readableMatchSql(reader: Reader, match: string): Sql {
  const readable = readableLabelsetsSql(reader);
  return {
    sql: `SELECT ${cableOfSql('f.rowid')} FROM paragraphs_fts f WHERE paragraphs_fts MATCH ? AND ${labelsetOfSql('f.rowid')} IN (${readable.sql})`,
    params: [match, ...readable.params],
  };
}

function fieldSql(n: Extract<FilterNode, { type: 'field' }>, reader: Reader): Sql {
  const v = n.value.trim();
  const like = (s: string) => `%${likeEscape(s)}%`;
  switch (n.field) {
    case 'tag':
      return n.prefix
        ? { sql: `c.tags LIKE ? ESCAPE '\\'`, params: [`%|${likeEscape(v.toUpperCase())}%`] }
        : { sql: 'instr(c.tags, ?) > 0', params: [`|${v.toUpperCase()}|`] };
    case 'from':
      return { sql: `(c.origin LIKE ? ESCAPE '\\' OR c.sender LIKE ? ESCAPE '\\' OR c.id LIKE ? ESCAPE '\\')`, params: [like(v), like(v), `__${likeEscape(v.toUpperCase())}%`] };
    case 'to':
      return { sql: `c.addressees LIKE ? ESCAPE '\\'`, params: [like(v)] };
    case 'class': {
      const lvl = levelWords[v.toUpperCase()];
      return lvl === undefined ? { sql: `c.banner LIKE ? ESCAPE '\\'`, params: [like(v)] } : { sql: 'c.lvl = ?', params: [lvl] };
    }
    case 'date': {
      const r = parseDateRange(v, n.pos);
      const parts: Sql[] = [];
      if (r.from) parts.push({ sql: 'c.date >= ?', params: [r.from] });
      if (r.to) parts.push({ sql: 'c.date < ?', params: [r.to] });
      return joinSql(parts, ' AND ');
    }
    case 'ref':
      return { sql: 'EXISTS (SELECT 1 FROM refs r WHERE r.cable_ref = c.rowid AND r.ref_id = ?)', params: [v.toUpperCase()] };
    case 'subject': {
      const text: TextNode = n.quoted ? { type: 'phrase', value: v, pos: n.pos } : { type: 'term', value: v, prefix: n.prefix, pos: n.pos };
      const m = readableMatchSql(reader, inColumn('subject', toFts5(text))); // only subject portions have a subject column
      return { sql: `c.rowid IN (${m.sql})`, params: m.params };
    }
  }
}

/** SQL for a filter tree over the cable row `c`. */
export function filterSql(n: FilterNode, reader: Reader): Sql {
  switch (n.type) {
    case 'field': return fieldSql(n, reader);
    case 'not': {
      const inner = filterSql(n.child, reader);
      return { sql: `NOT (${inner.sql})`, params: inner.params };
    }
    case 'and':
    case 'or': {
      const j = joinSql(n.children.map((c) => filterSql(c, reader)), n.type === 'and' ? ' AND ' : ' OR ');
      return { sql: `(${j.sql})`, params: j.params };
    }
  }
}
