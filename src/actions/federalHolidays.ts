/**
 * US federal holidays (5 U.S.C. 6103) as observed by federal offices, for any year a cable may date from.
 * The current rules come from date-holidays; the history it does not model is applied here:
 * Martin Luther King Jr. Day from 1986, Juneteenth from 2021, and before the Uniform Monday Holiday Act
 * took effect (1971) Washington's Birthday on 22 February, Memorial Day on 30 May and no Columbus Day;
 * Veterans Day on the fourth Monday of October from 1971 to 1977. A holiday on a Saturday is observed
 * on the Friday before, on a Sunday on the Monday after. Inauguration Day (a holiday only for the
 * Washington area) is not counted.
 */
import Holidays from 'date-holidays';
import { addDays, makeDate, weekday, type IsoDate } from './isoDate.js';

const federalNames: Record<string, string> = {
  "New Year's Day": 'new-year',
  'Martin Luther King Jr. Day': 'mlk',
  "Washington's Birthday": 'washington',
  'Memorial Day': 'memorial',
  'Juneteenth': 'juneteenth',
  'Independence Day': 'independence',
  'Labor Day': 'labor',
  'Labour Day': 'labor',
  'Columbus Day': 'columbus',
  'Veterans Day': 'veterans',
  'Thanksgiving Day': 'thanksgiving',
  'Christmas Day': 'christmas',
};

let calendar: Holidays | null = null;
const cache = new Map<number, ReadonlySet<IsoDate>>();

/** The observed date of a holiday falling on `date` (Saturday → Friday, Sunday → Monday). */
function observed(date: IsoDate): IsoDate {
  const wd = weekday(date);
  return wd === 6 ? addDays(date, -1) : wd === 0 ? addDays(date, 1) : date;
}

/** The n-th (1-based) given weekday of a month. */
function nthWeekday(year: number, month: number, dow: number, n: number): IsoDate {
  const first = makeDate(year, month, 1)!;
  const offset = (dow - weekday(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** The rule date (before observance) of each federal holiday in `year`, keyed by holiday. */
function ruleDates(year: number): Map<string, IsoDate> {
  calendar ??= new Holidays('US', { languages: ['en'], types: ['public'] });
  const out = new Map<string, IsoDate>();
  for (const h of calendar.getHolidays(year)) {
    const key = federalNames[h.name.replace(/\s*\(substitute day\)$/, '')];
    if (key && !h.substitute) out.set(key, h.date.slice(0, 10));
  }
  if (year < 1986) out.delete('mlk');
  if (year < 2021) out.delete('juneteenth');
  if (year < 1971) {
    out.set('washington', makeDate(year, 2, 22)!);
    out.set('memorial', makeDate(year, 5, 30)!);
    out.delete('columbus');
  }
  if (year >= 1971 && year <= 1977) out.set('veterans', nthWeekday(year, 10, 1, 4));
  return out;
}

/**
 * The observed federal holidays whose observed date falls in `year`.
 * @example federalHolidays(2010).has('2010-12-31') // true: New Year's Day 2011 fell on a Saturday
 */
export function federalHolidays(year: number): ReadonlySet<IsoDate> {
  const hit = cache.get(year);
  if (hit) return hit;
  const set = new Set<IsoDate>();
  for (const y of [year, year + 1]) {
    for (const d of ruleDates(y).values()) {
      const o = observed(d);
      if (o.startsWith(`${year}-`)) set.add(o);
    }
  }
  cache.set(year, set);
  return set;
}

/** True when `date` is an observed US federal holiday. */
export function isFederalHoliday(date: IsoDate): boolean {
  return federalHolidays(Number(date.slice(0, 4))).has(date);
}
