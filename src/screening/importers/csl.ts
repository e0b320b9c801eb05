/**
 * trade.gov Consolidated Screening List CSV. Records are `us-csl:<_id>`; repeated header lines and
 * duplicated rows are skipped. Addresses end with an alpha-2 country code.
 */
import { parseCsv } from '../../common/csv.js';
import type { PartyType, RecordDate, ScreeningRecord } from '../model.js';
import { clean, countryCode, unique } from './common.js';

function partyType(t: string): PartyType {
  const s = t.toLowerCase();
  if (s === 'individual') return 'person';
  if (s === 'entity') return 'entity';
  if (s === 'vessel') return 'vessel';
  return 'unknown';
}

const split = (s: string | undefined) => (s ?? '').split(';').map(clean).filter(Boolean);

/**
 * Import the CSL CSV.
 * @example importCsl(csv, '2023-11-30')[0].id.startsWith('us-csl:')
 */
export function importCsl(csvText: string, listDate: string): ScreeningRecord[] {
  const rows = parseCsv(csvText);
  const header = rows[0] ?? [];
  const col = (name: string) => header.indexOf(name);
  const c = {
    id: col('_id'), source: col('source'), type: col('type'), programs: col('programs'), name: col('name'),
    addresses: col('addresses'), start: col('start_date'), end: col('end_date'), alt: col('alt_names'),
    citizenships: col('citizenships'), dob: col('dates_of_birth'), nationalities: col('nationalities'), ids: col('ids'),
  };
  const seen = new Set<string>();
  const out: ScreeningRecord[] = [];
  for (const r of rows.slice(1)) {
    const id = r[c.id] ?? '';
    if (!id || id === '_id' || seen.has(id)) continue;
    seen.add(id);
    const addresses = split(r[c.addresses]);
    const countries = [
      ...split(r[c.citizenships]).concat(split(r[c.nationalities])).map(countryCode),
      ...addresses.map((a) => countryCode(a.match(/,\s*([A-Z]{2})$/)?.[1] ?? '')),
    ];
    const dates: RecordDate[] = split(r[c.dob]).map((value) => ({ kind: 'birth', value }));
    if (r[c.start]) dates.push({ kind: 'listed', value: r[c.start]! });
    if (r[c.end]) dates.push({ kind: 'expires', value: r[c.end]! });
    const source = clean(r[c.source]);
    out.push({
      id: `us-csl:${id}`,
      list: 'us-csl',
      type: partyType(r[c.type] ?? ''),
      names: [{ name: clean(r[c.name]), kind: 'primary' }, ...split(r[c.alt]).map((name) => ({ name, kind: 'strong' as const }))],
      programs: unique([...split(r[c.programs]), source.replace(/ - .*$/, '')]),
      countries: unique(countries),
      addresses,
      identifiers: split(r[c.ids]),
      dates,
      listDate,
    });
  }
  return out;
}
