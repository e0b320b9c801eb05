/**
 * Split a query AST into what a backend executes: a positive full-text expression matched per portion,
 * full-text exclusions (a cable is excluded when one of its READABLE portions matches), and cable-level
 * field filters. Backend-neutral; SQLite and PostgreSQL compile the parts to their own SQL.
 */
import { createError } from '../errors.js';
import type { QueryNode, SearchQuery } from './query.js';
import { parseDateRange } from './dates.js';

export type TextNode = Extract<QueryNode, { type: 'term' | 'phrase' }> | { type: 'and' | 'or'; children: TextNode[]; pos: number } | { type: 'not'; child: TextNode; pos: number };
export type FilterNode = Extract<QueryNode, { type: 'field' }> | { type: 'and' | 'or'; children: FilterNode[]; pos: number } | { type: 'not'; child: FilterNode; pos: number };

export interface QueryPlan {
  /** matched against each readable portion; null when the query has no positive words */
  text: TextNode | null;
  /** cables with a readable portion matching any of these are left out */
  exclude: TextNode[];
  /** cable-level conditions; null when none */
  filter: FilterNode | null;
}

function isText(n: QueryNode): boolean {
  switch (n.type) {
    case 'term': case 'phrase': return true;
    case 'field': return false;
    case 'not': return isText(n.child);
    default: return n.children.every(isText);
  }
}

function isFilter(n: QueryNode): boolean {
  switch (n.type) {
    case 'field': return true;
    case 'term': case 'phrase': return false;
    case 'not': return isFilter(n.child);
    default: return n.children.every(isFilter);
  }
}

function hasPositive(n: TextNode): boolean {
  switch (n.type) {
    case 'term': case 'phrase': return true;
    case 'not': return false;
    case 'and': return n.children.some(hasPositive);
    case 'or': return n.children.every(hasPositive);
  }
}

function mixError(query: SearchQuery, pos: number): Error {
  return createError('QUERY_SYNTAX', `search query: field filters and words cannot be mixed inside OR or parentheses at position ${pos + 1}\n  ${query.text}\n  ${' '.repeat(pos)}^`);
}

function checkText(query: SearchQuery, n: TextNode): void {
  if (n.type === 'and' || n.type === 'or') {
    n.children.forEach((c) => checkText(query, c));
    if (!hasPositive(n)) {
      throw createError('QUERY_SYNTAX', `search query: a group needs at least one word that is not excluded at position ${n.pos + 1}\n  ${query.text}\n  ${' '.repeat(n.pos)}^`);
    }
  }
}

function checkDates(n: FilterNode): void {
  if (n.type === 'field') {
    if (n.field === 'date') parseDateRange(n.value, n.pos);
  } else if (n.type === 'not') checkDates(n.child);
  else n.children.forEach(checkDates);
}

/** Plan a parsed query. Throws QUERY_SYNTAX for a group mixing filters and words under OR. */
export function planQuery(query: SearchQuery): QueryPlan {
  const plan: QueryPlan = { text: null, exclude: [], filter: null };
  if (!query.root) return plan;
  const conjuncts = query.root.type === 'and' ? query.root.children : [query.root];
  const positives: TextNode[] = [];
  const filters: FilterNode[] = [];
  for (const c of conjuncts) {
    if (isFilter(c)) filters.push(c as FilterNode);
    else if (c.type === 'not' && isText(c.child)) plan.exclude.push(c.child as TextNode);
    else if (isText(c)) positives.push(c as TextNode);
    else throw mixError(query, c.pos);
  }
  for (const p of [...positives, ...plan.exclude]) checkText(query, p);
  for (const f of filters) checkDates(f);
  if (positives.length) plan.text = positives.length === 1 ? positives[0]! : { type: 'and', children: positives, pos: positives[0]!.pos };
  if (filters.length) plan.filter = filters.length === 1 ? filters[0]! : { type: 'and', children: filters, pos: filters[0]!.pos };
  return plan;
}
