/**
 * Ingest inputs: cable files, folders (recursive, *.txt, in name order) and Cablegate CSV files (streamed).
 * Planning lists files with their sizes (for progress); reading yields one input at a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCsvStream } from './csv-stream.js';
import { cablegateRowText, toCablegateRow } from './cablegate-csv.js';

export interface PlannedInput {
  kind: 'file' | 'csv';
  path: string;
  size: number;
}

export interface InputError {
  source: string;
  message: string;
}

/** One cable read from an input, or a problem reading it. */
export type InputItem =
  | { ok: true; source: string; bytes: Uint8Array; /** input bytes consumed so far */ progressBytes: number }
  | { ok: false; source: string; message: string; progressBytes: number };

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    default: return err.message ?? String(e);
  }
}

function walk(dir: string, out: PlannedInput[], errors: InputError[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push({ source: dir, message: describe(e) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out, errors);
    else if (/\.txt$/i.test(e.name) || /\.csv$/i.test(e.name)) plan(p, out, errors);
  }
}

function plan(p: string, out: PlannedInput[], errors: InputError[]): void {
  try {
    const st = fs.statSync(p);
    out.push({ kind: /\.csv$/i.test(p) ? 'csv' : 'file', path: p, size: st.size });
  } catch (e) {
    errors.push({ source: p, message: describe(e) });
  }
}

/** Expand the command-line paths into files to read; paths that cannot be read become errors. */
export function planInputs(paths: string[]): { inputs: PlannedInput[]; errors: InputError[] } {
  const inputs: PlannedInput[] = [];
  const errors: InputError[] = [];
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      errors.push({ source: p, message: describe(e) });
      continue;
    }
    if (st.isDirectory()) walk(p, inputs, errors);
    else inputs.push({ kind: /\.csv$/i.test(p) ? 'csv' : 'file', path: p, size: st.size });
  }
  return { inputs, errors };
}

const chunkSize = 1 << 20;

function* readCsv(input: PlannedInput): Generator<InputItem> {
  let fd: number;
  try {
    fd = fs.openSync(input.path, 'r');
  } catch (e) {
    yield { ok: false, source: input.path, message: describe(e), progressBytes: input.size };
    return;
  }
  try {
    const csv = createCsvStream({ backslashEscapes: true });
    const decoder = new TextDecoder('utf-8');
    const buf = Buffer.allocUnsafe(chunkSize);
    let consumed = 0;
    let line = 0;
    const emit = function* (rows: string[][]): Generator<InputItem> {
      for (const fields of rows) {
        line++;
        if (fields.length === 1 && fields[0] === '') continue;
        const row = toCablegateRow(fields);
        const source = `${input.path}:${row ? `#${row.sequence}` : `record ${line}`}`;
        if (!row) {
          yield { ok: false, source, message: `expected 8 columns (sequence, date, refid, origin, classification, references, header, body), found ${fields.length}`, progressBytes: consumed };
          continue;
        }
        yield { ok: true, source, bytes: Buffer.from(cablegateRowText(row), 'utf8'), progressBytes: consumed };
      }
    };
    for (;;) {
      const n = fs.readSync(fd, buf, 0, chunkSize, null);
      if (n === 0) break;
      consumed += n;
      yield* emit(csv.push(decoder.decode(buf.subarray(0, n), { stream: true })));
    }
    yield* emit(csv.push(decoder.decode()));
    yield* emit(csv.end());
  } catch (e) {
    yield { ok: false, source: input.path, message: describe(e), progressBytes: input.size };
  } finally {
    fs.closeSync(fd);
  }
}

/** Read every planned input, one cable at a time; progressBytes counts input bytes consumed over all inputs. */
export function* readInputs(inputs: PlannedInput[]): Generator<InputItem> {
  let base = 0;
  for (const input of inputs) {
    if (input.kind === 'csv') {
      for (const item of readCsv(input)) yield { ...item, progressBytes: base + item.progressBytes };
    } else {
      try {
        const bytes = fs.readFileSync(input.path);
        yield { ok: true, source: input.path, bytes, progressBytes: base + input.size };
      } catch (e) {
        yield { ok: false, source: input.path, message: describe(e), progressBytes: base + input.size };
      }
    }
    base += input.size;
  }
}
