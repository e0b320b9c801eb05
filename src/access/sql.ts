/**
 * The policy compiled to a SQL predicate over the four label columns of a stored portion row.
 * Reader-only conditions are decided at compile time, so the predicate holds only column tests
 * with positional parameters. Dialects: SQLite (`?`, `instr`) and PostgreSQL (`$n`, `strpos`).
 */
import { levelRank } from '../markings/types.js';
import { createError } from '../errors.js';
import type { Rule } from './policy.js';
import { normaliseReader, type NormalisedReader } from './normalise.js';
import type { Reader } from './reader.js';

export type SqlDialect = 'sqlite' | 'postgres';

export interface SqlPredicate {
  sql: string;
  params: unknown[];
}

export interface SqlOptions {
  dialect?: SqlDialect;
  /** PostgreSQL only: number of `$n` parameters that come before this predicate in the query */
  paramOffset?: number;
}

/**
 * A compiled node: a constant (reader-only rule) or a SQL fragment whose parameters are marked
 * `\u0000` and carried alongside, so that fragments folded away drop their parameters too.
 */
type Compiled = { constant: boolean } | { sql: string; params: unknown[] };

interface Context {
  reader: NormalisedReader;
  alias: string;
  dialect: SqlDialect;
}

const slot = '\u0000';

function fragment(sql: string, ...params: unknown[]): Compiled {
  return { sql, params };
}

function column(ctx: Context, name: string): string {
  return `${ctx.alias}.${name}`;
}



function combine(op: 'and' | 'or', parts: Compiled[]): Compiled {
  const absorbing = op === 'or';
  const kept: { sql: string; params: unknown[] }[] = [];
  for (const p of parts) {
    if ('constant' in p) {
      if (p.constant === absorbing) return { constant: absorbing };
    } else kept.push(p);
  }
  if (kept.length === 0) return { constant: !absorbing };
  if (kept.length === 1) return kept[0]!;
  return fragment(`(${kept.map((k) => k.sql).join(op === 'and' ? ' AND ' : ' OR ')})`, ...kept.flatMap((k) => k.params));
}

function compile(rule: Rule, ctx: Context): Compiled {
  switch (rule.op) {
    case 'and':
    case 'or':
      return combine(rule.op, rule.rules.map((r) => compile(r, ctx)));
    case 'not': {
      const inner = compile(rule.rule, ctx);
      return 'constant' in inner ? { constant: !inner.constant } : fragment(`NOT (${inner.sql})`, ...inner.params);
    }
    case 'readerIsUs':
      return { constant: ctx.reader.citizenship === 'USA' };
    case 'readerHasAllAccesses':
      return { constant: ctx.reader.allAccesses };
    case 'levelWithinClearance':
      return fragment(`${column(ctx, 'lvl')} <= ${slot}`, levelRank(ctx.reader.clearance));
    case 'levelIs':
      return fragment(`${column(ctx, 'lvl')} = ${slot}`, rule.rank);
    case 'noforn':
      return fragment(`${column(ctx, 'noforn')} <> 0`);
    case 'relToNamesReader':
      return fragment(`${ctx.dialect === 'postgres' ? 'strpos' : 'instr'}(${column(ctx, 'rel_to')}, ${slot}) > 0`, `|${ctx.reader.citizenship}|`);
    case 'controlsWithinAccesses': {
      // Strip every held access from the `|A|B|` list; what remains must be empty ('' or '|').
      let rest = column(ctx, 'controls');
      for (let i = 0; i < ctx.reader.accesses.length; i++) rest = `replace(${rest}, ${slot}, '|')`;
      return fragment(`${rest} IN ('', '|')`, ...ctx.reader.accesses.map((a) => `|${a}|`));
    }
  }
}

/**
 * Compile a policy for one reader into a SQL predicate on the label columns of table `alias`.
 * @throws TearlineError USAGE when `alias` is not a plain SQL identifier
 */
export function compilePolicy(rule: Rule, reader: Reader, alias: string, options: SqlOptions = {}): SqlPredicate {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw createError('USAGE', `access predicate: not a SQL identifier: ${JSON.stringify(alias)}`);
  const dialect = options.dialect ?? 'sqlite';
  const out = compile(rule, { reader: normaliseReader(reader), alias, dialect });
  if ('constant' in out) return { sql: out.constant ? '1 = 1' : '1 = 0', params: [] };
  // number the parameter slots only now, once folded-away fragments have dropped theirs
  let n = options.paramOffset ?? 0;
  return { sql: out.sql.replace(/\u0000/g, () => (dialect === 'postgres' ? `$${++n}` : '?')), params: out.params };
}
