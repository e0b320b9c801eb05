/**
 * `date:` values: `2009`, `2009-06`, `2009-06-16`, and ranges `A..B`, `A..`, `..B` (inclusive, by the
 * precision written). Returned as a half-open interval of YYYY-MM-DD strings.
 */
import { createError } from '../errors.js';

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function bounds(text: string): { start: string; end: string } | null {
  const m = datePattern.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  if (mo === null) return { start: `${pad(y, 4)}-01-01`, end: `${pad(y + 1, 4)}-01-01` };
  if (d === null) {
    const next = mo === 12 ? `${pad(y + 1, 4)}-01-01` : `${pad(y, 4)}-${pad(mo + 1)}-01`;
    return { start: `${pad(y, 4)}-${pad(mo)}-01`, end: next };
  }
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1) return null;
  const next = new Date(dt.getTime() + 86400000).toISOString().slice(0, 10);
  return { start: dt.toISOString().slice(0, 10), end: next };
}

/** Parse a date filter value into [from, to) (either side null when open). Throws QUERY_SYNTAX. */
export function parseDateRange(value: string, pos: number): { from: string | null; to: string | null } {
  const fail = () => createError('QUERY_SYNTAX', `search query: date:${value} is not a date or range (YYYY, YYYY-MM, YYYY-MM-DD, A..B) at position ${pos + 1}`);
  const parts = value.split('..');
  if (parts.length > 2) throw fail();
  if (parts.length === 1) {
    const b = bounds(value);
    if (!b) throw fail();
    return { from: b.start, to: b.end };
  }
  const [a, b] = parts as [string, string];
  if (a === '' && b === '') throw fail();
  const lo = a === '' ? null : bounds(a);
  const hi = b === '' ? null : bounds(b);
  if ((a !== '' && !lo) || (b !== '' && !hi)) throw fail();
  if (lo && hi && lo.start >= hi.end) throw fail();
  return { from: lo?.start ?? null, to: hi?.end ?? null };
}
