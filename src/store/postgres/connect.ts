/**
 * Connecting to a PostgreSQL archive: a connection pool for a `postgres://` URL, and the errors a user
 * can act on (server unreachable, authentication refused, no such database), each naming the URL with
 * its password removed. Never a stack trace, never the password.
 */
import pg from 'pg';
import { createError, type TearlineError } from '../../errors.js';

/** Whether a location is a PostgreSQL URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * The URL without its password (for messages and for `Store.location`).
 * @example redactUrl('postgres://app:secret@db.example/tearline') // 'postgres://app@db.example/tearline'
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.password) return url;
    u.password = '';
    return u.toString();
  } catch {
    return url.replace(/^(\w+:\/\/[^:@/]*):[^@/]*@/, '$1@');
  }
}

// 64-bit integers (counts, ids) as numbers: every value the archive holds is far below 2^53.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** A pool for the archive at `url` (connections open lazily; see `connectionError`). */
export function createPool(url: string, max = Number(process.env.TEARLINE_PG_POOL ?? 10)): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: max > 0 ? max : 10, connectionTimeoutMillis: 10_000, types, application_name: 'tearline' });
  // an idle connection dropped by the server must not crash the process; the next query reconnects
  pool.on('error', () => undefined);
  return pool;
}

const networkCodes: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is the server running and listening there?)',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset by the server',
};

/**
 * A clear error for a failure to connect or to use the database at `url` (exit 2), or null when the
 * failure is not about the connection (then the caller rethrows it).
 */
export function connectionError(e: unknown, url: string): TearlineError | null {
  const err = e as { code?: string; message?: string };
  const where = redactUrl(url);
  const code = err.code ?? '';
  if (networkCodes[code]) return createError('BAD_INPUT', `cannot reach the PostgreSQL server for ${where}: ${networkCodes[code]}`, e);
  if (/timeout expired|Connection terminated/i.test(err.message ?? '')) return createError('BAD_INPUT', `cannot reach the PostgreSQL server for ${where}: ${err.message}`, e);
  if (code === '28P01' || code === '28000') return createError('BAD_INPUT', `the PostgreSQL server refused the login for ${where}: ${err.message}`, e);
  if (code === '3D000') return createError('BAD_INPUT', `the database of ${where} does not exist (create it: createdb -E UTF8 -T template0 NAME)`, e);
  if (code === '42501') return createError('BAD_INPUT', `permission denied in ${where}: ${err.message}`, e);
  if (code === '57P03') return createError('BAD_INPUT', `the PostgreSQL server for ${where} is starting up or shutting down; try again`, e);
  return null;
}
