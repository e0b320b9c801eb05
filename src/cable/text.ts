/**
 * Input text handling: decoding bytes (UTF-8, else Latin-1), encoding back, and the line table that
 * turns offsets into line/column points.
 */
import type { Point } from './types.js';

export type Encoding = 'utf-8' | 'latin1';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode input bytes: UTF-8 when the bytes are valid UTF-8, else Latin-1 (the PDF texts). */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // TextDecoder('latin1') is windows-1252 per the Encoding spec; decode byte-for-byte instead so
    // that encoding back gives the same bytes.
    return { text: Buffer.from(bytes).toString('latin1'), encoding: 'latin1' };
  }
}


/** Encode text back to the bytes it came from. */
export function encodeText(text: string, encoding: Encoding): Buffer {
  return Buffer.from(text, encoding === 'latin1' ? 'latin1' : 'utf8');
}

/** One physical line: [start, end) without its terminator, and `next` = offset after the terminator. */
export interface Line {
  /** 0-based index */
  index: number;
  start: number;
  end: number;
  next: number;
  text: string;
}

/** Split on LF and CRLF. A lone CR and U+2028 inside a line are text, not breaks. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let start = 0;
  while (start < n) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = n;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const next = nl < n ? nl + 1 : n;
    lines.push({ index: lines.length, start, end, next, text: text.slice(start, end) });
    start = next;
  }
  return lines;
}

/** The offsets where the lines of `text` start (after each LF). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The point of an offset, by binary search over line starts. */
export function pointAt(starts: readonly number[], offset: number): Point {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
}

/** Offsets → points over the lines of a parse. */
export class LineIndex {
  private readonly starts: number[];
  constructor(lines: Line[]) {
    this.starts = lines.map((l) => l.start);
    if (this.starts.length === 0) this.starts.push(0);
  }
  point(offset: number): Point {
    return pointAt(this.starts, offset);
  }
}

/** True for a line holding nothing but spaces (incl. NBSP) and tabs. */
export function isBlank(s: string): boolean {
  return /^[\s\u00a0]*$/.test(s);
}

/** Collapse runs of white space into one space and trim. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
