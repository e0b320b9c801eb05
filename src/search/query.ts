/**
 * The search query language, parsed into an AST with positions:
 *   words, "phrases", prefix*, OR, -exclusion, ( groups ), and field filters
 *   tag:PARM  from:Paris  to:Beijing  class:S  date:2009-01..2009-06  ref:09STATE12345  subject:word|"phrase"
 * Juxtaposition is AND (the word AND is accepted too). A syntax error is a QUERY_SYNTAX error naming the position.
 */
import { createError } from '../errors.js';

export const fields = ['tag', 'from', 'to', 'class', 'date', 'ref', 'subject'] as const;
export type Field = (typeof fields)[number];

export type QueryNode =
  | { type: 'term'; value: string; prefix: boolean; pos: number }
  | { type: 'phrase'; value: string; pos: number }
  | { type: 'field'; field: Field; value: string; quoted: boolean; prefix: boolean; pos: number }
  | { type: 'not'; child: QueryNode; pos: number }
  | { type: 'and'; children: QueryNode[]; pos: number }
  | { type: 'or'; children: QueryNode[]; pos: number };

/** A parsed query: its AST (null for an empty query) and the text it came from. */
export interface SearchQuery {
  text: string;
  root: QueryNode | null;
}

type Token =
  | { kind: 'word'; value: string; pos: number }
  | { kind: 'phrase'; value: string; pos: number }
  | { kind: 'field'; field: string; value: string; quoted: boolean; pos: number; valuePos: number }
  | { kind: 'or' | 'and' | 'lparen' | 'rparen' | 'minus'; pos: number };

function syntaxError(query: string, pos: number, message: string): Error {
  const col = pos + 1;
  return createError('QUERY_SYNTAX', `search query: ${message} at position ${col}\n  ${query}\n  ${' '.repeat(pos)}^`);
}

const isSpace = (c: string) => /\s/.test(c);
const isBreak = (c: string) => isSpace(c) || c === '(' || c === ')' || c === '"';

function readQuoted(query: string, start: number): { value: string; end: number } {
  const close = query.indexOf('"', start + 1);
  if (close < 0) throw syntaxError(query, start, 'unterminated quotation mark');
  return { value: query.slice(start + 1, close), end: close + 1 };
}

/** Split a query into tokens. */
function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (isSpace(c)) { i++; continue; }
    if (c === '(') { tokens.push({ kind: 'lparen', pos: i }); i++; continue; }
    if (c === ')') { tokens.push({ kind: 'rparen', pos: i }); i++; continue; }
    if (c === '-' && i + 1 < query.length && !isSpace(query[i + 1]!) && query[i + 1] !== ')') {
      tokens.push({ kind: 'minus', pos: i }); i++; continue;
    }
    if (c === '"') {
      const q = readQuoted(query, i);
      tokens.push({ kind: 'phrase', value: q.value, pos: i });
      i = q.end; continue;
    }
    let j = i;
    while (j < query.length && !isBreak(query[j]!)) j++;
    const word = query.slice(i, j);
    const field = /^([A-Za-z]+):/.exec(word);
    if (field) {
      const name = field[1]!.toLowerCase();
      if (!(fields as readonly string[]).includes(name)) {
        throw syntaxError(query, i, `unknown field "${field[1]}:" (fields: ${fields.map((f) => f + ':').join(' ')})`);
      }
      const valuePos = i + field[0].length;
      if (word.length === field[0].length && query[j] === '"') {
        const q = readQuoted(query, j);
        tokens.push({ kind: 'field', field: name, value: q.value, quoted: true, pos: i, valuePos: j });
        i = q.end; continue;
      }
      tokens.push({ kind: 'field', field: name, value: word.slice(field[0].length), quoted: false, pos: i, valuePos });
      i = j; continue;
    }
    if (word === 'OR' || word === '|') tokens.push({ kind: 'or', pos: i });
    else if (word === 'AND') tokens.push({ kind: 'and', pos: i });
    else tokens.push({ kind: 'word', value: word, pos: i });
    i = j;
  }
  return tokens;
}

const wordChars = /[\p{L}\p{N}]/u;

/** Parse a query string. Throws QUERY_SYNTAX (exit 2) with the position of the problem. */
export function parseQuery(query: string): SearchQuery {
  const tokens = tokenize(query);
  let k = 0;
  const peek = () => tokens[k];

  function primary(): QueryNode {
    const t = tokens[k];
    if (!t) throw syntaxError(query, query.length, 'the query ends where a word was expected');
    switch (t.kind) {
      case 'lparen': {
        k++;
        if (peek()?.kind === 'rparen') throw syntaxError(query, peek()!.pos, 'empty parentheses');
        const inner = orExpr();
        const close = peek();
        if (!close || close.kind !== 'rparen') throw syntaxError(query, t.pos, 'unclosed parenthesis');
        k++;
        return inner;
      }
      case 'phrase':
        k++;
        if (!wordChars.test(t.value)) throw syntaxError(query, t.pos, 'empty phrase');
        return { type: 'phrase', value: t.value, pos: t.pos };
      case 'word': {
        k++;
        const prefix = t.value.endsWith('*');
        const value = prefix ? t.value.replace(/\*+$/, '') : t.value;
        if (!wordChars.test(value)) throw syntaxError(query, t.pos, `"${t.value}" has no letters or digits to search for`);
        if (/\*/.test(value)) throw syntaxError(query, t.pos + value.indexOf('*'), 'a * may only end a word (prefix search)');
        return { type: 'term', value, prefix, pos: t.pos };
      }
      case 'field': {
        k++;
        if (t.value.trim() === '') throw syntaxError(query, t.valuePos, `${t.field}: needs a value`);
        const prefix = !t.quoted && t.value.endsWith('*');
        const value = prefix ? t.value.replace(/\*+$/, '') : t.value;
        return { type: 'field', field: t.field as Field, value, quoted: t.quoted, prefix, pos: t.pos };
      }
      case 'rparen':
        throw syntaxError(query, t.pos, 'unmatched closing parenthesis');
      case 'or':
      case 'and':
        throw syntaxError(query, t.pos, `${t.kind.toUpperCase()} needs a word on each side`);
      case 'minus':
        throw syntaxError(query, t.pos, 'misplaced -');
    }
  }

  function unary(): QueryNode {
    const t = peek();
    if (t?.kind === 'minus') {
      k++;
      if (peek()?.kind === 'minus') throw syntaxError(query, peek()!.pos, 'double negation');
      return { type: 'not', child: primary(), pos: t.pos };
    }
    return primary();
  }

  function andExpr(): QueryNode {
    const start = peek()!.pos;
    const children: QueryNode[] = [unary()];
    for (;;) {
      const t = peek();
      if (!t || t.kind === 'or' || t.kind === 'rparen') break;
      if (t.kind === 'and') {
        k++;
        const next = peek();
        if (!next || next.kind === 'or' || next.kind === 'rparen' || next.kind === 'and') throw syntaxError(query, t.pos, 'AND needs a word on each side');
        continue;
      }
      children.push(unary());
    }
    return children.length === 1 ? children[0]! : { type: 'and', children, pos: start };
  }

  function orExpr(): QueryNode {
    const first = peek();
    if (first?.kind === 'or') throw syntaxError(query, first.pos, 'OR needs a word on each side');
    const children: QueryNode[] = [andExpr()];
    while (peek()?.kind === 'or') {
      const orTok = tokens[k++]!;
      const next = peek();
      if (!next || next.kind === 'rparen' || next.kind === 'or') throw syntaxError(query, orTok.pos, 'OR needs a word on each side');
      children.push(andExpr());
    }
    return children.length === 1 ? children[0]! : { type: 'or', children, pos: children[0]!.pos };
  }

  if (tokens.length === 0) return { text: query, root: null };
  const root = orExpr();
  if (k < tokens.length) throw syntaxError(query, tokens[k]!.pos, 'unmatched closing parenthesis');
  return { text: query, root };
}
