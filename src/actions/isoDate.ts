/**
 * Calendar dates as `YYYY-MM-DD` strings (SPEC §5), computed in UTC so no time zone shifts a day.
 */

/** A date string `YYYY-MM-DD`. */
export type IsoDate = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = isoPattern.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Build a date from its parts (month 1-12); null when the parts are not a real date. */
export function makeDate(year: number, month: number, day: number): IsoDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The date `n` calendar days after `date` (n may be negative). @example addDays('2009-09-30', 1) // '2009-10-01' */
export function addDays(date: IsoDate, n: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

/** The date part of an ISO 8601 timestamp such as a DTG `2009-09-16T15:15:00Z`; null when absent. */
export function dateOf(timestamp: string | null | undefined): IsoDate | null {
  if (!timestamp) return null;
  const d = timestamp.slice(0, 10);
  return isIsoDate(d) ? d : null;
}

/** Year, month (1-12) and day of a date. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** The last day of a month. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
