/**
 * Collecting diagnostics while parsing: content problems are messages with stable codes, never throws.
 */
import type { Diagnostic, Severity } from './types.js';
import type { Line } from './text.js';

export class Diagnostics {
  readonly list: Diagnostic[] = [];
  /** Record a problem at a line (1-based line, column from a 0-based index into the line). */
  add(severity: Severity, code: string, message: string, line: Line | null, index = 0): void {
    this.list.push({
      severity,
      code,
      message,
      line: line ? line.index + 1 : 1,
      column: Math.max(0, index) + 1,
    });
  }
}
