/**
 * Batch screening of a CSV file: columns `name` (required), `country` and `list` (optional). Every
 * input column is kept and `verdict` (hit|clear), `match_list`, `match_id`, `match_name`, `score`
 * are appended. Input is checked completely before any output, so bad input never leaves half a file.
 */
import { parseCsv, csvLine } from '../common/csv.js';
import { toAlpha3 } from '../common/countries.js';
import { createError } from '../errors.js';
import type { Screener, ScreenResult } from './screener.js';
import { screenName } from './screener.js';

export interface BatchRow {
  /** 1-based line of the row in the file (header is line 1) */
  line: number;
  values: string[];
  name: string;
  country?: string;
  list?: string;
}

export interface BatchInput {
  header: string[];
  rows: BatchRow[];
}

export const batchColumns = ['verdict', 'match_list', 'match_id', 'match_name', 'score'];

/**
 * Parse and check a batch CSV; errors name the file and line.
 * @example parseBatch('name,country\nAcme,FR\n', 'in.csv', new Set(['us-csl'])).rows[0].country === 'FRA'
 */
export function parseBatch(text: string, file: string, knownLists: ReadonlySet<string>): BatchInput {
  const rows = parseCsv(text);
  const header = (rows.shift() ?? []).map((h) => h.trim());
  const col = (n: string) => header.findIndex((h) => h.toLowerCase() === n);
  const nameCol = col('name');
  if (nameCol < 0) throw createError('BAD_INPUT', `${file}: line 1: no "name" column (header: ${header.join(',') || 'empty'})`);
  const countryCol = col('country');
  const listCol = col('list');
  const out: BatchRow[] = [];
  rows.forEach((values, i) => {
    const line = i + 2;
    if (values.length === 1 && values[0]!.trim() === '') return;
    const name = (values[nameCol] ?? '').trim();
    if (!name) throw createError('BAD_INPUT', `${file}: line ${line}: empty name`);
    const row: BatchRow = { line, values, name };
    const c = countryCol >= 0 ? (values[countryCol] ?? '').trim() : '';
    if (c) {
      const a3 = toAlpha3(c);
      if (!a3) throw createError('BAD_INPUT', `${file}: line ${line}: unknown country ${JSON.stringify(c)}`);
      row.country = a3;
    }
    const l = listCol >= 0 ? (values[listCol] ?? '').trim() : '';
    if (l) {
      if (!knownLists.has(l)) throw createError('BAD_INPUT', `${file}: line ${line}: unknown list ${JSON.stringify(l)} (loaded: ${[...knownLists].join(', ')})`);
      row.list = l;
    }
    out.push(row);
  });
  return { header, rows: out };
}

/** Screen one batch row. */
export function screenRow(screener: Screener, row: BatchRow): ScreenResult {
  return screenName(screener, { name: row.name, country: row.country, lists: row.list ? [row.list] : undefined }, { limit: 1 });
}

/**
 * The output CSV line of one screened row.
 * @example batchLine(row, result, 3)
 */
export function batchLine(row: BatchRow, result: ScreenResult, width: number): string {
  const values = Array.from({ length: width }, (_, i) => row.values[i] ?? '');
  const m = result.matches[0];
  return csvLine([...values, m ? 'hit' : 'clear', m?.list ?? '', m?.id ?? '', m?.name ?? '', m ? m.score.toFixed(3) : '']);
}
