/**
 * OFAC legacy remarks: `DOB 1962; POB Shati; nationality Iran; Passport X (Iran); a.k.a. 'BNC'.`
 * Weak aliases, dates of birth, countries and identifiers live here (they are not in alt.csv).
 */
import { countryCode, unique } from './common.js';
import type { RecordDate } from '../model.js';

export interface Remarks {
  weakAliases: string[];
  dates: RecordDate[];
  countries: string[];
  identifiers: string[];
}

const idPrefixes = /^(passport|national id|national identification|cedula|tax id|registration (id|number)|d-u-n-s|nit|rfc|curp|ssn|id no|identification number|business registration|vessel registration|imo|mmsi|swift\/bic|company number|enterprise number|organization established date|citizen)/i;

/**
 * Parse an OFAC remarks field.
 * @example parseOfacRemarks("DOB 1962; nationality Iran; a.k.a. 'X'.").weakAliases → ['X']
 */
export function parseOfacRemarks(remarks: string): Remarks {
  const weakAliases: string[] = [];
  for (const m of remarks.matchAll(/a\.k\.a\.,?\s*'([^']+)'/g)) weakAliases.push(m[1]!.trim());
  const dates: RecordDate[] = [];
  const countries: (string | null)[] = [];
  const identifiers: string[] = [];
  for (const raw of remarks.replace(/\.$/, '').split(';')) {
    const part = raw.trim();
    let m: RegExpMatchArray | null;
    if ((m = part.match(/^DOB (.+)$/))) dates.push({ kind: 'birth', value: m[1]!.trim() });
    else if ((m = part.match(/^(?:nationality|citizen) (.+)$/i))) countries.push(countryCode(m[1]!));
    else if (idPrefixes.test(part)) {
      identifiers.push(part);
      const c = part.match(/\(([^()]+)\)$/);
      if (c && /^(passport|national id|cedula)/i.test(part)) countries.push(countryCode(c[1]!));
    }
  }
  return { weakAliases: unique(weakAliases), dates, countries: unique(countries), identifiers };
}
