/**
 * UN Security Council Consolidated List (XML). Individuals' names are FIRST…FOURTH_NAME in the
 * listing's own order; entities use FIRST_NAME. Alias QUALITY `Low` is a weak alias. Records are
 * `un-sc:<REFERENCE_NUMBER>`.
 */
import type { ListName, RecordDate, ScreeningRecord } from '../model.js';
import { elements, text, texts } from './xml.js';
import { countryCode, unique } from './common.js';

/** The list date: the root's `dateGenerated` attribute (YYYY-MM-DD), or null. */
export function unListDate(xml: string): string | null {
  return xml.slice(0, 2000).match(/dateGenerated="(\d{4}-\d{2}-\d{2})/)?.[1] ?? null;
}

function record(block: string, person: boolean, listDate: string): ScreeningRecord | null {
  const ref = text(block, 'REFERENCE_NUMBER');
  if (!ref) return null;
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((t) => text(block, t)).filter(Boolean).join(' ');
  const names: ListName[] = [{ name: primary, kind: 'primary' }];
  for (const a of elements(block, person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const name = text(a, 'ALIAS_NAME');
    if (name) names.push({ name, kind: text(a, 'QUALITY').toLowerCase() === 'low' ? 'weak' : 'strong' });
  }
  for (const s of texts(block, 'NAME_ORIGINAL_SCRIPT')) names.push({ name: s, kind: 'script' });
  const countries: (string | null)[] = [];
  for (const n of elements(block, 'NATIONALITY')) for (const v of texts(n, 'VALUE')) countries.push(countryCode(v));
  const addresses: string[] = [];
  for (const a of elements(block, person ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) {
    const parts = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY'].map((t) => text(a, t)).filter(Boolean);
    if (parts.length) addresses.push(parts.join(', '));
    countries.push(countryCode(text(a, 'COUNTRY')));
  }
  const dates: RecordDate[] = [];
  const listed = text(block, 'LISTED_ON');
  if (listed) dates.push({ kind: 'listed', value: listed });
  for (const d of elements(block, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const v = text(d, 'DATE') || text(d, 'YEAR') || [text(d, 'FROM_YEAR'), text(d, 'TO_YEAR')].filter(Boolean).join('-');
    if (v) dates.push({ kind: 'birth', value: v });
  }
  const identifiers: string[] = [];
  for (const d of elements(block, 'INDIVIDUAL_DOCUMENT')) {
    const parts = ['TYPE_OF_DOCUMENT', 'NUMBER', 'ISSUING_COUNTRY'].map((t) => text(d, t)).filter(Boolean);
    if (parts.length > 1) identifiers.push(parts.join(' '));
  }
  return {
    id: `un-sc:${ref}`,
    list: 'un-sc',
    type: person ? 'person' : 'entity',
    names,
    programs: unique([text(block, 'UN_LIST_TYPE')]),
    countries: unique(countries),
    addresses: unique(addresses),
    identifiers,
    dates,
    listDate,
  };
}

/**
 * Import the UN consolidated XML.
 * @example importUnXml(xmlText, '2026-02-27').length === 1003
 */
export function importUnXml(xml: string, listDate: string): ScreeningRecord[] {
  const out: ScreeningRecord[] = [];
  for (const b of elements(xml, 'INDIVIDUAL')) {
    const r = record(b, true, listDate);
    if (r) out.push(r);
  }
  for (const b of elements(xml, 'ENTITY')) {
    const r = record(b, false, listDate);
    if (r) out.push(r);
  }
  return out;
}
