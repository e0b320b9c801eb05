/**
 * `canRead` and `accessPredicateSql`: the two faces of the one policy (see policy.ts).
 */
import type { Marking } from '../markings/types.js';
import { labelColumns, type LabelColumns } from './columns.js';
import { evaluateRule } from './evaluate.js';
import { normaliseReader } from './normalise.js';
import { readPolicy } from './policy.js';
import { compilePolicy, type SqlOptions, type SqlPredicate } from './sql.js';
import type { Reader } from './reader.js';

/**
 * Whether `reader` may read a portion carrying `label` (its effective label: cable-wide controls
 * merged in, see `effectiveLabels`). A null label is never readable: callers must resolve
 * unmarked portions first.
 * @example canRead({name: 'x', clearance: 'S', citizenship: 'FRA', accesses: []}, parseBanner('SECRET//REL TO USA, FRA')!) === true
 */
export function canRead(reader: Reader, label: Marking | null): boolean {
  return label !== null && canReadColumns(reader, labelColumns(label));
}

/** `canRead` on a label already in its storage form. */
export function canReadColumns(reader: Reader, label: LabelColumns): boolean {
  return evaluateRule(readPolicy, normaliseReader(reader), label);
}

/**
 * A reader-bound decision function for many labels (normalises the reader once).
 */
export function readerGate(reader: Reader): (label: Marking | null) => boolean {
  const r = normaliseReader(reader);
  return (label) => label !== null && evaluateRule(readPolicy, r, labelColumns(label));
}

/**
 * The policy as a SQL predicate over the label columns (`lvl`, `noforn`, `rel_to`, `controls`)
 * of the portion table aliased `alias`; positional parameters.
 * @example accessPredicateSql(reader, 'p') // {sql: "(p.lvl <= ? AND …)", params: [2, …]}
 */
export function accessPredicateSql(reader: Reader, alias: string, options: SqlOptions = {}): SqlPredicate {
  // a search compiles it several times for the same reader: compile once per (access profile, alias, options)
  const key = JSON.stringify([reader.clearance, reader.citizenship, reader.accesses, alias, options.dialect ?? 'sqlite', options.paramOffset ?? 0]);
  let compiled = compiledPredicates.get(key);
  if (!compiled) {
    compiled = compilePolicy(readPolicy, reader, alias, options);
    if (compiledPredicates.size >= 512) compiledPredicates.clear();
    compiledPredicates.set(key, compiled);
  }
  return { sql: compiled.sql, params: [...compiled.params] };
}

/** Compiled predicates by what they depend on (the policy is one constant). */
const compiledPredicates = new Map<string, SqlPredicate>();
