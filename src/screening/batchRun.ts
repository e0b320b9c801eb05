/**
 * Running a batch file: read, check, screen row by row, write CSV (or NDJSON) to stdout with
 * progress on stderr.
 */
import fs from 'node:fs';
import { createError } from '../errors.js';
import { csvLine } from '../common/csv.js';
import type { Screener } from './screener.js';
import { batchColumns, batchLine, parseBatch, screenRow } from './batch.js';

/**
 * Screen every row of a CSV file.
 * @example runBatch(screener, 'parties.csv', { json: false })
 */
export function runBatch(screener: Screener, file: string, opts: { json: boolean }): { hits: number; rows: number } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw createError('BAD_INPUT', `tearline screen: ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, e);
  }
  const input = parseBatch(text, file, new Set(screener.sources.map((s) => s.slug)));
  const width = input.header.length;
  const out: string[] = [];
  if (!opts.json) out.push(csvLine([...input.header, ...batchColumns]));
  let hits = 0;
  const started = Date.now();
  input.rows.forEach((row, i) => {
    const result = screenRow(screener, row);
    if (result.matches.length) hits++;
    if (opts.json) {
      out.push(JSON.stringify({ line: row.line, query: row.name, verdict: result.matches.length ? 'hit' : 'clear', matches: result.matches }) + '\n');
    } else out.push(batchLine(row, result, width));
    if (out.length >= 512) process.stdout.write(out.splice(0).join(''));
    if ((i + 1) % 1000 === 0) process.stderr.write(`tearline screen: ${i + 1}/${input.rows.length} names, ${hits} hits\n`);
  });
  process.stdout.write(out.join(''));
  const secs = (Date.now() - started) / 1000;
  process.stderr.write(`tearline screen: ${input.rows.length} names screened in ${secs.toFixed(1)} s: ${hits} hits, ${input.rows.length - hits} clear (threshold ${screener.threshold})\n`);
  return { hits, rows: input.rows.length };
}
