/**
 * An incremental RFC 4180 CSV reader: feed text chunks, get complete rows. Quoted fields may span
 * chunks and lines; memory holds one row at a time (plus the unfinished chunk tail).
 * With `backslashEscapes` (the Cablegate cables.csv writes `\"` inside quoted fields), `\"` and `\\`
 * inside a quoted field stand for `"` and `\`; any other backslash is kept as written.
 */

export interface CsvStream {
  /** feed the next chunk; returns the rows completed by it */
  push(chunk: string): string[][];
  /** end of input; returns the last row when the input did not end with a newline */
  end(): string[][];
}

/** Create an incremental CSV reader. */
export function createCsvStream(options: { backslashEscapes?: boolean } = {}): CsvStream {
  const backslash = options.backslashEscapes ?? false;
  let escapePending = false; // saw a backslash inside a quoted field
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let quotePending = false; // saw a quote inside a quoted field: either the closing quote or the first of a doubled pair
  let sawCr = false;
  let atStart = true;
  let fieldStarted = false;

  function endField(): void {
    row.push(field);
    field = '';
    fieldStarted = false;
  }

  function push(chunk: string): string[][] {
    const rows: string[][] = [];
    let i = 0;
    if (atStart && chunk.charCodeAt(0) === 0xfeff) i = 1;
    atStart = false;
    let plainStart = -1;
    const flushPlain = (to: number) => {
      if (plainStart >= 0) { field += chunk.slice(plainStart, to); plainStart = -1; }
    };
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (sawCr) {
        sawCr = false;
        if (c === 10) continue;
      }
      if (escapePending) {
        escapePending = false;
        if (c === 34 || c === 92) { field += chunk[i]; continue; }
        field += '\\';
      }
      if (quotePending) {
        quotePending = false;
        if (c === 34) { field += '"'; continue; }
        inQuotes = false;
      }
      if (inQuotes) {
        if (c === 34) { flushPlain(i); quotePending = true; continue; }
        if (c === 92 && backslash) { flushPlain(i); escapePending = true; continue; }
        if (plainStart < 0) plainStart = i;
        continue;
      }
      if (c === 34 && !fieldStarted) { flushPlain(i); inQuotes = true; fieldStarted = true; continue; }
      if (c === 44) { flushPlain(i); endField(); continue; }
      if (c === 10 || c === 13) {
        flushPlain(i);
        endField();
        rows.push(row);
        row = [];
        sawCr = c === 13;
        continue;
      }
      fieldStarted = true;
      if (plainStart < 0) plainStart = i;
    }
    flushPlain(chunk.length);
    return rows;
  }

  function end(): string[][] {
    if (escapePending) { escapePending = false; field += '\\'; }
    if (quotePending) { quotePending = false; inQuotes = false; }
    if (field !== '' || row.length > 0 || fieldStarted) {
      endField();
      const last = row;
      row = [];
      return [last];
    }
    return [];
  }

  return { push, end };
}
