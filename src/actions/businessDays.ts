/**
 * Business days: Monday to Friday, except observed US federal holidays.
 */
import { isFederalHoliday } from './federalHolidays.js';
import { addDays, weekday, type IsoDate } from './isoDate.js';

/** True when `date` is a working day for US federal offices. */
export function isBusinessDay(date: IsoDate): boolean {
  const wd = weekday(date);
  return wd !== 0 && wd !== 6 && !isFederalHoliday(date);
}

/**
 * The n-th business day after `date` ("within n business days following receipt": receipt day not counted).
 * n = 0 gives `date` itself.
 * @example addBusinessDays('2009-09-16', 7) // '2009-09-25' (the seed)
 */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isBusinessDay(d)) left--;
  }
  return d;
}
