/** Small helpers shared by the list importers. */
import { toAlpha3 } from '../../common/countries.js';

const countryCache = new Map<string, string | null>();

/**
 * A country as the lists write it (name, alpha-2, alpha-3) → alpha-3, or null.
 * @example countryCode('Iran') === 'IRN'
 */
export function countryCode(text: string): string | null {
  const key = text.trim();
  if (!key) return null;
  let v = countryCache.get(key);
  if (v === undefined) {
    v = toAlpha3(key) ?? toAlpha3(key.replace(/\s*\(.*\)\s*$/, '').replace(/^(the|Republic of) /i, ''));
    countryCache.set(key, v);
  }
  return v;
}

/** Unique non-empty values in first-seen order. */
export function unique<T>(values: Iterable<T | null | undefined | ''>): T[] {
  const out: T[] = [];
  const seen = new Set<T>();
  for (const v of values) {
    if (v === null || v === undefined || v === '') continue;
    if (!seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

/** Collapse whitespace and trim. */
export function clean(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
