/**
 * Corroboration: what the caller knows besides the name (country, party type, year of birth) moves a
 * hit's score a little up when it agrees with the record and down when it contradicts it. Silence on
 * either side changes nothing.
 */
import type { ScreeningRecord } from './model.js';

export interface QueryFacts {
  /** alpha-3 */
  country?: string;
  type?: 'person' | 'entity';
  /** YYYY or YYYY-MM-DD */
  dob?: string;
}

export interface Corroboration {
  adjustment: number;
  notes: string[];
}

export const agreeBonus = 0.02;
export const countryPenalty = 0.05;
export const typePenalty = 0.1;
export const dobPenalty = 0.05;

/**
 * @example corroborate({ country: 'IRN' }, record).adjustment // +0.02 when the record names Iran
 */
export function corroborate(facts: QueryFacts, record: ScreeningRecord): Corroboration {
  let adjustment = 0;
  const notes: string[] = [];
  if (facts.country && record.countries.length) {
    if (record.countries.includes(facts.country)) {
      adjustment += agreeBonus;
      notes.push(`country ${facts.country} agrees`);
    } else {
      adjustment -= countryPenalty;
      notes.push(`country ${facts.country} not among the record's (${record.countries.join(', ')})`);
    }
  }
  if (facts.type && record.type !== 'unknown') {
    const recordIsPerson = record.type === 'person';
    if (recordIsPerson === (facts.type === 'person')) {
      adjustment += agreeBonus / 2;
      notes.push(`type ${facts.type} agrees`);
    } else {
      adjustment -= typePenalty;
      notes.push(`type ${facts.type} but the record is ${record.type}`);
    }
  }
  const births = record.dates.filter((d) => d.kind === 'birth').map((d) => d.value);
  if (facts.dob && births.length) {
    const year = facts.dob.slice(0, 4);
    if (births.some((b) => b.includes(year))) {
      adjustment += agreeBonus;
      notes.push(`born ${year} agrees`);
    } else {
      adjustment -= dobPenalty;
      notes.push(`born ${year} but the record says ${births.join('; ')}`);
    }
  }
  return { adjustment, notes };
}
