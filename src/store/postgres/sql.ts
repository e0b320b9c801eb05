/**
 * Building PostgreSQL statements with numbered parameters: `q.param(v)` returns `$n` for a value, and
 * `q.access(reader, alias)` embeds the reader's access predicate (src/access, PostgreSQL dialect)
 * numbered after the parameters already taken.
 */
import type { Reader } from '../../access/reader.js';
import { accessPredicateSql } from '../access.js';

/** A statement under construction: its parameters in `$n` order. */
export class Params {
  readonly values: unknown[] = [];

  /** The placeholder for a value (each call adds a parameter). */
  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** The access predicate for `reader` on the portion row `alias`, its parameters appended. */
  access(reader: Reader, alias: string): string {
    const acc = accessPredicateSql(reader, alias, { dialect: 'postgres', paramOffset: this.values.length });
    this.values.push(...acc.params);
    return acc.sql;
  }
}

/** Escape a value for LIKE/ILIKE … ESCAPE '\\'. */
export function likePattern(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/** Byte order for text keys (the same order as SQLite's BINARY collation), whatever the database locale. */
export const byteOrder = 'COLLATE "C"';
