/**
 * Destinations for the Country Chart: an input country (alpha-3, alpha-2 or English name) resolved to
 * the chart row that governs it, with territory inheritance (Hong Kong → China under the current
 * EAR; Liechtenstein → Switzerland; Cayman Islands → United Kingdom) and the Country Groups it is in.
 */
import { toAlpha3, country } from '../common/countries.js';
import { createError } from '../errors.js';
import { chartData, groupsData, type ChartRow } from './data.js';

/** U.S. territories: part of the "United States" for the EAR (15 CFR 772.1), so not an export. */
export const usTerritories: readonly string[] = ['USA', 'PRI', 'GUM', 'VIR', 'ASM', 'MNP', 'UMI'];

/**
 * Dependent territories with no chart row, and the country they depend on: a hint for the question the
 * user must settle (§ 738.3(b) states the principle but names only the Cayman Islands), never a decision.
 */
const dependencyHints: Record<string, string> = {
  GRL: 'DNK', FRO: 'DNK', BMU: 'GBR', VGB: 'GBR', AIA: 'GBR', MSR: 'GBR', TCA: 'GBR', FLK: 'GBR', SHN: 'GBR', GIB: 'GBR',
  IOT: 'GBR', PCN: 'GBR', SGS: 'GBR', GGY: 'GBR', JEY: 'GBR', IMN: 'GBR', PYF: 'FRA', NCL: 'FRA', WLF: 'FRA', SPM: 'FRA',
  BLM: 'FRA', MAF: 'FRA', ATF: 'FRA', REU: 'FRA', GLP: 'FRA', MTQ: 'FRA', GUF: 'FRA', MYT: 'FRA', COK: 'NZL', NIU: 'NZL',
  TKL: 'NZL', NFK: 'AUS', CXR: 'AUS', CCK: 'AUS', HMD: 'AUS', BES: 'NLD', SJM: 'NOR', BVT: 'NOR', ALA: 'FIN',
};

/** The country a territory with no chart row depends on, as a hint (alpha-3), or null. */
export function dependencyHint(alpha3: string): string | null {
  return dependencyHints[alpha3] ?? null;
}

/** A resolved destination. */
export interface Destination {
  /** what the user typed */
  input: string;
  alpha3: string;
  name: string;
  /** the chart row that governs it (its own, or inherited), null when none does */
  row: ChartRow | null;
  /** set when the row is another country's */
  inheritedFrom: { alpha3: string; name: string; basis: string } | null;
  /** embargoed row: the pointer text ("See part 746 …") */
  embargoPointer: string | null;
  /** Country Groups (15 CFR 740 Supp. 1) of the governing country */
  groups: string[];
  /** a sanctioned region inside the country (Crimea, DNR, LNR: § 746.6), or null */
  region: string | null;
}

/** Regions of Ukraine under § 746.6 (Country Chart footnotes 8 and 9). */
const regions: Array<[RegExp, string]> = [
  [/^(?:the\s+)?crimea(?:\s+region)?(?:\s+of\s+ukraine)?$/i, 'Crimea region of Ukraine'],
  [/^(?:so-called\s+)?(?:donetsk(?:\s+people'?s\s+republic)?|dnr)(?:\s+region)?(?:\s+of\s+ukraine)?$/i, "so-called Donetsk People's Republic (DNR) region of Ukraine"],
  [/^(?:so-called\s+)?(?:lu[hg]ansk(?:\s+people'?s\s+republic)?|lnr)(?:\s+region)?(?:\s+of\s+ukraine)?$/i, "so-called Luhansk People's Republic (LNR) region of Ukraine"],
];

let byAlpha3: Map<string, ChartRow> | null = null;
let byName: Map<string, string> | null = null;

function rows(): Map<string, ChartRow> {
  if (!byAlpha3) {
    byAlpha3 = new Map(chartData().rows.map((r) => [r.alpha3, r]));
    byName = new Map(chartData().rows.map((r) => [r.name.toLowerCase(), r.alpha3]));
  }
  return byAlpha3;
}

/** The chart row of a country by its alpha-3 code (its own row only). */
export function chartRow(alpha3: string): ChartRow | null {
  return rows().get(alpha3) ?? null;
}

/** Alpha-3 code for a country as the user wrote it (ISO codes, English names, EAR spellings). */
export function destinationCode(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const table = rows();
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && table.has(upper)) return upper;
  const ear = byName!.get(trimmed.toLowerCase());
  const byAlpha2 = /^[A-Z]{2}$/.test(upper) ? chartData().rows.find((r) => r.alpha2 === upper)?.alpha3 : undefined;
  return toAlpha3(trimmed) ?? ear ?? byAlpha2 ?? null;
}

/** Country Groups the country is in (alpha-3). */
export function groupsOf(alpha3: string): string[] {
  return Object.entries(groupsData().groups)
    .filter(([, members]) => members.includes(alpha3))
    .map(([g]) => g);
}

/**
 * Resolve a destination; throws a BAD_INPUT error naming the input when the country is unknown.
 * @example resolveDestination('Hong Kong').row?.alpha3 // 'CHN'
 */
export function resolveDestination(input: string): Destination {
  const region = regions.find(([re]) => re.test(input.trim()))?.[1] ?? null;
  if (region) return { ...resolveDestination('UKR'), input, name: region, region };
  const alpha3 = destinationCode(input);
  if (!alpha3) throw createError('BAD_INPUT', `unknown destination country: ${JSON.stringify(input)} (give ISO alpha-3, alpha-2 or an English name)`);
  const name = chartRow(alpha3)?.name ?? country(alpha3)?.name ?? alpha3;
  const chart = chartData();
  const inherit = chart.territoryInheritance[alpha3];
  const own = chartRow(alpha3);
  // a row whose only content is a footnote pointing to another row (Liechtenstein → Switzerland)
  const governing = inherit ? chartRow(inherit.row) : own;
  const inheritedFrom = inherit && governing ? { alpha3: governing.alpha3, name: governing.name, basis: inherit.basis } : null;
  const row = governing ?? own;
  return {
    input,
    alpha3,
    name,
    row,
    inheritedFrom,
    embargoPointer: row?.pointer ?? null,
    groups: row ? groupsOf(row.alpha3) : groupsOf(alpha3),
    region: null,
  };
}
