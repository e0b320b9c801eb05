/**
 * One registry of error codes. Content problems inside a cable are diagnostics, never errors;
 * these are for bad usage and bad input at the edges (CLI arguments, files, queries, HTTP).
 */
export const errorCodes = {
  USAGE: { status: 400, exit: 2 },
  BAD_INPUT: { status: 400, exit: 2 },
  NOT_FOUND: { status: 404, exit: 2 },
  QUERY_SYNTAX: { status: 400, exit: 2 },
  FORBIDDEN: { status: 404, exit: 2 },
  UNAUTHENTICATED: { status: 401, exit: 2 },
  NOTHING_RELEASABLE: { status: 404, exit: 2 },
  CONFLICT: { status: 409, exit: 2 },
  INTERNAL: { status: 500, exit: 1 },
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class TearlineError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly exitCode: number;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TearlineError';
    this.code = code;
    this.status = errorCodes[code].status;
    this.exitCode = errorCodes[code].exit;
  }
}

export function createError(code: ErrorCode, message: string, cause?: unknown): TearlineError {
  return new TearlineError(code, message, cause === undefined ? undefined : { cause });
}

export function isTearlineError(e: unknown): e is TearlineError {
  return e instanceof TearlineError;
}
