/**
 * Date-time groups and dates as cables write them.
 */

const months: Record<string, number> = {
  JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12,
};

/** Two-digit years: 66..99 → 19xx, 00..65 → 20xx (Cablegate spans 1966–2010). */
export function fullYear(yy: number): number {
  return yy >= 100 ? yy : yy >= 66 ? 1900 + yy : 2000 + yy;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** `161515Z SEP 09` → `2009-09-16T15:15:00Z`; null when not a valid DTG. */
export function parseDtg(day: string, hhmm: string, mon: string, year: string): string | null {
  const m = months[mon.toUpperCase()];
  if (!m) return null;
  const y = fullYear(Number(year));
  const d = Number(day);
  const hh = Number(hhmm.slice(0, 2));
  const mm = Number(hhmm.slice(2, 4));
  if (!validDate(y, m, d) || hh > 24 || mm > 59) return null;
  return `${y}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mm)}:00Z`;
}

/** Matches a DTG anywhere: `161515Z SEP 09`. Groups: day, hhmm, month, year. */
export const dtgPattern = /\b(\d{2})(\d{4})Z\s*([A-Z]{3})\s*(\d{2}(?:\d{2})?)\b/;

/**
 * A declassification date in the forms cables use: `09/04/2034`, `9/4/34`, `2034/09/04`,
 * `09-04-2034`, `09.04.2034`, `04 SEP 2034`, `SEP 04, 2034`, `20340904`. Month/day/year.
 * Returns `YYYY-MM-DD` or null.
 */
export function parseDeclDate(text: string): string | null {
  let m = /\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b/.exec(text);
  if (m && validDate(+m[1]!, +m[2]!, +m[3]!)) return `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`;
  m = /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})\b/.exec(text);
  if (m) {
    const y = m[3]!.length === 4 ? +m[3]! : 2000 + +m[3]!;
    if (validDate(y, +m[1]!, +m[2]!)) return `${y}-${pad(+m[1]!)}-${pad(+m[2]!)}`;
    if (validDate(y, +m[2]!, +m[1]!)) return `${y}-${pad(+m[2]!)}-${pad(+m[1]!)}`;
  }
  m = /\b(\d{1,2})\s+([A-Z]{3})[A-Z]*\.?\s+(\d{4}|\d{2})\b/i.exec(text);
  if (m && months[m[2]!.toUpperCase()]) {
    const y = m[3]!.length === 4 ? +m[3]! : 2000 + +m[3]!;
    const mo = months[m[2]!.toUpperCase()]!;
    if (validDate(y, mo, +m[1]!)) return `${y}-${pad(mo)}-${pad(+m[1]!)}`;
  }
  m = /\b([A-Z]{3})[A-Z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(text);
  if (m && months[m[1]!.toUpperCase()]) {
    const mo = months[m[1]!.toUpperCase()]!;
    if (validDate(+m[3]!, mo, +m[2]!)) return `${m[3]}-${pad(mo)}-${pad(+m[2]!)}`;
  }
  m = /\b(\d{4})(\d{2})(\d{2})\b/.exec(text);
  if (m && +m[1]! >= 1950 && validDate(+m[1]!, +m[2]!, +m[3]!)) return `${m[1]}-${m[2]}-${m[3]}`;
  return null;
}

/** Day of year (1-based) of an ISO date-time. */
export function dayOfYear(iso: string): number {
  const d = new Date(iso);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.floor((d.getTime() - start) / 86400000) + 1;
}
