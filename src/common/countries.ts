/**
 * Countries: ISO 3166 alpha-3 is the canonical code everywhere in Tearline.
 * Input may be alpha-3, alpha-2, an English name (short or formal), or a FIPS 10-4 code when the
 * caller says so (cable TAGS are FIPS, not ISO: `CH` is China in a TAGS line, Switzerland in ISO).
 * Built from data/vocab/tags-geographic.csv and data/vocab/rel-to-codes.csv.
 */
import fs from 'node:fs';
import { dataPath } from './paths.js';
import { parseCsvObjects } from './csv.js';

export interface Country {
  alpha3: string;
  alpha2: string;
  fips: string | null;
  name: string;
}

/** Other names seen in cables and lists, mapped to alpha-3. Names are matched case-insensitively. */
const extraNames: Record<string, string> = {
  'UNITED STATES': 'USA', 'UNITED STATES OF AMERICA': 'USA', 'U.S.': 'USA', 'U.S.A.': 'USA', AMERICA: 'USA',
  'UNITED KINGDOM': 'GBR', BRITAIN: 'GBR', 'GREAT BRITAIN': 'GBR', ENGLAND: 'GBR', 'U.K.': 'GBR',
  BURMA: 'MMR', 'NORTH KOREA': 'PRK', DPRK: 'PRK', "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA": 'PRK',
  'SOUTH KOREA': 'KOR', 'REPUBLIC OF KOREA': 'KOR', ROK: 'KOR', KOREA: 'KOR',
  PRC: 'CHN', "PEOPLE'S REPUBLIC OF CHINA": 'CHN', 'MAINLAND CHINA': 'CHN',
  'RUSSIAN FEDERATION': 'RUS', 'ISLAMIC REPUBLIC OF IRAN': 'IRN', PERSIA: 'IRN',
  TURKEY: 'TUR', 'CZECH REPUBLIC': 'CZE', 'IVORY COAST': 'CIV', "COTE D'IVOIRE": 'CIV',
  MACEDONIA: 'MKD', SWAZILAND: 'SWZ', 'EAST TIMOR': 'TLS', HOLLAND: 'NLD', 'THE NETHERLANDS': 'NLD',
  'VATICAN': 'VAT', 'HOLY SEE': 'VAT', 'BOSNIA AND HERZEGOVINA': 'BIH', 'BOSNIA-HERZEGOVINA': 'BIH',
  'DEMOCRATIC REPUBLIC OF THE CONGO': 'COD', DRC: 'COD', 'REPUBLIC OF THE CONGO': 'COG',
  'TRINIDAD AND TOBAGO': 'TTO', 'ANTIGUA AND BARBUDA': 'ATG', 'SAINT LUCIA': 'LCA',
  'SYRIAN ARAB REPUBLIC': 'SYR', 'LAO PDR': 'LAO', 'VIET NAM': 'VNM', UAE: 'ARE', KSA: 'SAU',
  'BRUNEI DARUSSALAM': 'BRN', 'CAPE VERDE': 'CPV', 'CABO VERDE': 'CPV', 'PALESTINIAN TERRITORIES': 'PSE',
  'WEST BANK': 'PSE', GAZA: 'PSE', 'MACAU': 'MAC', 'SAO TOME AND PRINCIPE': 'STP',
};

interface Tables {
  byAlpha3: Map<string, Country>;
  byAlpha2: Map<string, Country>;
  byFips: Map<string, Country>;
  byName: Map<string, string>;
}

let tables: Tables | null = null;

function normName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`]/g, "'")
    .replace(/&/g, 'AND')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

function load(): Tables {
  if (tables) return tables;
  const byAlpha3 = new Map<string, Country>();
  const byAlpha2 = new Map<string, Country>();
  const byFips = new Map<string, Country>();
  const byName = new Map<string, string>();
  const geo = parseCsvObjects(fs.readFileSync(dataPath('vocab', 'tags-geographic.csv'), 'utf8'));
  for (const r of geo) {
    const alpha3 = r['iso_alpha3'] ?? '';
    if (!/^[A-Z]{3}$/.test(alpha3)) continue;
    const c: Country = { alpha3, alpha2: r['iso_alpha2'] ?? '', fips: r['tag'] || null, name: r['name'] ?? alpha3 };
    byAlpha3.set(alpha3, c);
    if (c.alpha2) byAlpha2.set(c.alpha2, c);
    if (c.fips) byFips.set(c.fips, c);
    byName.set(normName(c.name), alpha3);
  }
  const rel = parseCsvObjects(fs.readFileSync(dataPath('vocab', 'rel-to-codes.csv'), 'utf8'));
  for (const r of rel) {
    if (r['kind'] !== 'trigraph') continue;
    const code = r['code'] ?? '';
    const formal = normName((r['name'] ?? '').replace(/^the /i, ''));
    if (!byAlpha3.has(code)) byAlpha3.set(code, { alpha3: code, alpha2: '', fips: null, name: r['name'] ?? code });
    if (formal && !byName.has(formal)) byName.set(formal, code);
  }
  for (const [k, v] of Object.entries(extraNames)) byName.set(normName(k), v);
  tables = { byAlpha3, byAlpha2, byFips, byName };
  return tables;
}

/**
 * Resolve a country given as alpha-3, alpha-2 or English name to alpha-3; null when unknown.
 * @example toAlpha3('FR') === 'FRA'; toAlpha3('France') === 'FRA'; toAlpha3('fra') === 'FRA'
 */
export function toAlpha3(input: string): string | null {
  const t = load();
  const s = normName(input);
  if (!s) return null;
  if (/^[A-Z]{3}$/.test(s) && t.byAlpha3.has(s)) return s;
  if (/^[A-Z]{2}$/.test(s)) {
    const c = t.byAlpha2.get(s);
    if (c) return c.alpha3;
  }
  return t.byName.get(s) ?? t.byName.get(s.replace(/^THE /, '')) ?? null;
}

/** A FIPS 10-4 code (as in cable TAGS) to alpha-3; null when it is not a FIPS country code. */
export function fipsToAlpha3(fips: string): string | null {
  return load().byFips.get(fips.toUpperCase())?.alpha3 ?? null;
}

/** The country record for an alpha-3 code. */
export function country(alpha3: string): Country | null {
  return load().byAlpha3.get(alpha3.toUpperCase()) ?? null;
}

/** Every known country (alpha-3 → record). */
export function allCountries(): ReadonlyMap<string, Country> {
  return load().byAlpha3;
}
