/**
 * The bundled control-list data (data/controls/*.json, built by src/controls/build/build-data.ts),
 * loaded lazily once per process. Types describe the files; nothing here interprets them.
 */
import fs from 'node:fs';
import { dataPath } from '../common/paths.js';

/** One License Requirements row of an ECCN: scope text and the chart column (or prose) it names. */
export interface RequirementRow {
  control: string;
  chart: string;
}

/** One ECCN of the Commerce Control List (15 CFR 774 Supp. 1). */
export interface CclRecord {
  eccn: string;
  heading: string;
  /** "NS, MT, CC, RS, AT, UN" as printed, or null when the data has none */
  reasons: string | null;
  requirements: RequirementRow[];
  lvs: string | null;
  gbs: string | null;
  related: string | null;
  definitions: string | null;
  completeness: string;
  inLicenceData: boolean;
  preamble: string;
  /** [path, own text] in document order */
  paragraphs: Array<[string, string]>;
}

export interface Sourced {
  source: string;
  edition: string;
  citation?: string;
}

export interface CclData extends Sourced {
  entries: CclRecord[];
}

export interface ChartRow {
  name: string;
  alpha2: string;
  alpha3: string;
  marks: string[];
  footnotes: number[];
  /** embargoed rows: the pointer text that replaces the marks */
  pointer?: string;
}

export interface ChartData extends Sourced {
  columns: string[];
  columnLabels: Record<string, string>;
  rows: ChartRow[];
  footnotes: Record<string, string>;
  territoryInheritance: Record<string, { row: string; basis: string }>;
  territoryInheritanceNote: string;
  allDestinations: {
    citation: string;
    note: string;
    noLicenceExceptions: string[];
    govOnly: { entries: string[]; condition: string };
    licensingPolicy?: string;
  };
  procedure: { citation: string; steps: string[]; noMarkCaveat: string; notAllEntriesUseTheChart: string };
}

export interface GroupsData extends Sourced {
  labels: Record<string, string>;
  groups: Record<string, string[]>;
}

export interface WassenaarData extends Sourced {
  dualUse: Array<{ code: string; eccn: string | null; heading: string; page: number }>;
  munitions: Array<{ code: string; heading: string; page: number }>;
  definitions: Array<{ term: string; qualifier: string | null; scope: string | null; text: string }>;
  sensitive: string[];
  verySensitive: string[];
  /** text printed under a code in the Sensitive / Very Sensitive lists when it carries Notes */
  listNotes: { sensitive: Record<string, string>; verySensitive: Record<string, string> };
}

export interface GeneralAuthorisation {
  title: string;
  section: string;
  mode: 'listed' | 'all_except';
  destinations: string[];
  excludedDestinations: string[];
  excludedDestinationRules: string[];
  itemsCovered: string[] | null;
  itemsCoveredText: string;
  itemsExcluded: string[];
  itemsExcludedAlso: string[];
  excludesSectionI: boolean;
}

export interface EuData extends Sourced {
  annexI: Array<{ entry: string; level: number; heading: string }>;
  generalAuthorisations: Record<string, GeneralAuthorisation>;
  sectionI: Array<{ entry: string | null; description: string }>;
  annexIV: Array<{ entry: string; part: string }>;
}

export interface Part746Data extends Sourced {
  unArmsEmbargo: string[];
  iranColumns: string[];
  iranListedEccns: string[];
  sections: Record<string, string>;
}

const cache = new Map<string, unknown>();

function load<T>(file: string): T {
  let v = cache.get(file);
  if (v === undefined) {
    v = JSON.parse(fs.readFileSync(dataPath('controls', file), 'utf8'));
    cache.set(file, v);
  }
  return v as T;
}

/** The CCL records (licence requirements and item text). */
export const cclData = (): CclData => load<CclData>('ccl.json');
/** The Commerce Country Chart with footnotes and territory rules. */
export const chartData = (): ChartData => load<ChartData>('country-chart.json');
/** The EAR Country Groups, members as alpha-3. */
export const groupsData = (): GroupsData => load<GroupsData>('country-groups.json');
/** Wassenaar 2025 entry headings, definitions and the Sensitive / Very Sensitive lists. */
export const wassenaarData = (): WassenaarData => load<WassenaarData>('wassenaar.json');
/** EU 2021/821 Annex I entry numbers, general authorisations, Annex II Section I and Annex IV. */
export const euData = (): EuData => load<EuData>('eu.json');
/** EAR part 746 excerpts and the rules read from them. */
export const part746Data = (): Part746Data => load<Part746Data>('part746.json');
