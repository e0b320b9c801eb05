/**
 * BIS Denied Persons List, tab-separated with quoted fields. One record per data row:
 * `us-bis-dpl:<1-based data row, header excluded>`. No type column.
 */
import type { ScreeningRecord } from '../model.js';
import { clean, countryCode, unique } from './common.js';

function usDate(s: string): string {
  const m = s.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  return m ? `${m[3]}-${m[1]}-${m[2]}` : s;
}

/** The newest `Last_Update` (YYYY-MM-DD), or null. */
export function dplListDate(text: string): string | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const col = (lines[0] ?? '').split('\t').map((h) => h.replace(/^"|"$/g, '')).indexOf('Last_Update');
  if (col < 0) return null;
  const today = new Date().toISOString().slice(0, 10);
  const dates = lines
    .slice(1)
    .map((l) => (l.split('\t')[col] ?? '').replace(/^"|"$/g, ''))
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d <= today)
    .sort();
  return dates.at(-1) ?? null;
}

/**
 * Import dpl.txt.
 * @example importDpl(text, '2023-11-28').length === 665
 */
export function importDpl(text: string, listDate: string): ScreeningRecord[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((h) => h.replace(/^"|"$/g, ''));
  const col = (name: string) => header.indexOf(name);
  const out: ScreeningRecord[] = [];
  let n = 0;
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    n++;
    const f = line.split('\t').map((v) => clean(v.replace(/^"|"$/g, '')));
    const get = (name: string) => f[col(name)] ?? '';
    const address = [get('Street_Address'), get('City'), get('State'), get('Postal_Code'), get('Country')].filter(Boolean).join(', ');
    out.push({
      id: `us-bis-dpl:${n}`,
      list: 'us-bis-dpl',
      type: 'unknown',
      names: [{ name: get('Name'), kind: 'primary' }],
      programs: ['DPL'],
      countries: unique([countryCode(get('Country'))]),
      addresses: address ? [address] : [],
      identifiers: unique([get('FR_Citation')]),
      dates: [
        { kind: 'effective', value: usDate(get('Effective_Date')) },
        { kind: 'expires', value: usDate(get('Expiration_Date')) },
      ].filter((d) => d.value),
      listDate,
    });
  }
  return out;
}
