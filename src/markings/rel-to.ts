/**
 * REL TO lists as written in cables (`REL FRANCE`, `REL TO USA, KEN, GBR`, `Rel China and UK`,
 * `REL NATO/AUS`, `REL AUSTRALIA GROUP`) resolved to ISO alpha-3 countries.
 */
import { fipsToAlpha3, toAlpha3 } from '../common/countries.js';
import { groupMembers } from './groups.js';

/** Government abbreviations used as REL TO items in cables. */
const governments: Readonly<Record<string, string>> = {
  ROYG: 'YEM', // Republic of Yemen Government (09STATE72112)
  GOP: 'PAK',
  PAK: 'PAK',
  HMG: 'GBR',
};

/**
 * One REL TO item to countries: a group, a government abbreviation, a country name, an alpha-3
 * code, or a two-letter code. Two-letter codes are read as FIPS 10-4 first (State usage:
 * `REL CH` in 10STATE2634 is China, `REL UK` is the United Kingdom), then as ISO alpha-2.
 * Returns null when the item is not understood.
 */
export function resolveRelItem(item: string): string[] | null {
  const t = item.trim().toUpperCase().replace(/\s+/g, ' ').replace(/^(?:TO|THE) /, '').replace(/ ONLY$/, '');
  if (!t) return null;
  const group = groupMembers(t);
  if (group) return [...group];
  const gov = governments[t];
  if (gov) return [gov];
  if (/^[A-Z]{2}$/.test(t)) {
    const c = fipsToAlpha3(t) ?? toAlpha3(t);
    return c ? [c] : null;
  }
  const c = toAlpha3(t);
  return c ? [c] : null;
}

/**
 * A REL TO list to countries. Items are separated by commas, slashes, `AND` or `&`; a run of
 * space-separated codes (`USA FRA`) is accepted when each resolves. Items not understood are
 * returned in `unknown` (they release to no one).
 * @example resolveRelList('China and UK').countries // ['CHN', 'GBR']
 */
export function resolveRelList(text: string): { countries: string[]; unknown: string[] } {
  const countries: string[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(/\s*(?:,|\/|&|\bAND\b)\s*/i)) {
    const item = raw.trim();
    if (!item) continue;
    const whole = resolveRelItem(item);
    if (whole) {
      countries.push(...whole);
      continue;
    }
    const words = item.split(/\s+/).map(resolveRelItem);
    if (words.length > 1 && words.every((w) => w !== null)) countries.push(...words.flatMap((w) => w!));
    else unknown.push(item);
  }
  return { countries, unknown };
}
