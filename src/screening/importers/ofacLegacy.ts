/**
 * OFAC "legacy" CSV files (SDN: sdn.csv alt.csv add.csv; Consolidated: cons_prim.csv cons_alt.csv
 * cons_add.csv): no header, `-0-` is null, CRLF, a trailing Ctrl-Z. Joined on `ent_num`.
 */
import { parseCsv } from '../../common/csv.js';
import type { PartyType, ScreeningRecord } from '../model.js';
import { parseOfacRemarks } from './ofacRemarks.js';
import { clean, countryCode, unique } from './common.js';

export interface OfacFiles {
  /** sdn.csv / cons_prim.csv text */
  primary: string;
  /** alt.csv / cons_alt.csv text */
  alt?: string;
  /** add.csv / cons_add.csv text */
  add?: string;
}

function rows(text: string): string[][] {
  return parseCsv(text.replace(/\x1a\s*$/, ''))
    .map((r) => r.map((f) => (f.trim() === '-0-' ? '' : f.trim())))
    .filter((r) => /^\d+$/.test(r[0] ?? ''));
}

function partyType(t: string): PartyType {
  const s = t.toLowerCase();
  if (s === 'individual') return 'person';
  if (s === 'vessel') return 'vessel';
  if (s === 'aircraft') return 'aircraft';
  return 'entity';
}

/**
 * Import an OFAC legacy CSV set into records `<slug>:<ent_num>`.
 * @example importOfacLegacy('us-ofac-sdn', '2021-07-07', {primary: sdnCsv, alt: altCsv})
 */
export function importOfacLegacy(slug: string, listDate: string, files: OfacFiles): ScreeningRecord[] {
  const aliases = new Map<string, { name: string; kind: 'strong' }[]>();
  for (const r of files.alt ? rows(files.alt) : []) {
    const name = clean(r[3]);
    if (!name) continue;
    const list = aliases.get(r[0]!) ?? [];
    list.push({ name, kind: 'strong' });
    aliases.set(r[0]!, list);
  }
  const addresses = new Map<string, { text: string; country: string }[]>();
  for (const r of files.add ? rows(files.add) : []) {
    const text = [r[2], r[3], r[4]].map(clean).filter(Boolean).join(', ');
    const list = addresses.get(r[0]!) ?? [];
    list.push({ text, country: clean(r[4]) });
    addresses.set(r[0]!, list);
  }
  const out: ScreeningRecord[] = [];
  for (const r of rows(files.primary)) {
    const ent = r[0]!;
    const remarks = parseOfacRemarks(r[11] ?? '');
    const adds = addresses.get(ent) ?? [];
    out.push({
      id: `${slug}:${ent}`,
      list: slug,
      type: partyType(r[2] ?? ''),
      names: [
        { name: clean(r[1]), kind: 'primary' },
        ...(aliases.get(ent) ?? []),
        ...remarks.weakAliases.map((name) => ({ name, kind: 'weak' as const })),
      ],
      programs: unique((r[3] ?? '').split(/\]\s*\[|[\[\]]|\s+/).map((p) => p.trim())),
      countries: unique([...remarks.countries, ...adds.map((a) => countryCode(a.country))]),
      addresses: unique(adds.map((a) => a.text)),
      identifiers: remarks.identifiers,
      dates: remarks.dates,
      listDate,
    });
  }
  return out;
}
