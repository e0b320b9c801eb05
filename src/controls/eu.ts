/**
 * The EU view for an exporter established in the Union (Regulation (EU) 2021/821): an item listed in
 * Annex I needs an export authorisation (Art. 3(1)); Union general export authorisation EU001 covers
 * the Annex II Section A destinations for all Annex I items except those in Annex II Section I; transfers
 * inside the Union need an authorisation only for Annex IV items (Art. 11(1)).
 */
import { euData, type GeneralAuthorisation } from './data.js';
import type { ControlEntry } from './entries.js';

/** Member States of the European Union (alpha-3). */
export const euMemberStates: readonly string[] = [
  'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL',
  'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE',
];

/** EU restrictive measures that prohibit dual-use exports outright (not in the bundled data: cited). */
const euProhibitions: Record<string, string> = {
  RUS: 'Council Regulation (EU) No 833/2014, Art. 2: sale, supply, transfer or export of dual-use goods to Russia prohibited',
  BLR: 'Council Regulation (EC) No 765/2006, Art. 1e: sale, supply, transfer or export of dual-use goods to Belarus prohibited',
  PRK: 'Council Regulation (EU) 2017/1509, Art. 3: export of Annex I dual-use items to North Korea prohibited',
};

/** One general authorisation considered for the item and destination. */
export interface GeneralAuthorisationOption {
  id: string;
  title: string;
  available: boolean;
  note: string;
}

/** The EU answer. */
export interface EuView {
  listed: boolean;
  annexIEntry: string | null;
  annexIV: boolean;
  intraEu: boolean;
  authorisationRequired: boolean | 'conditional';
  route: 'none' | 'individual' | 'EU001' | 'intra-EU transfer authorisation' | 'prohibited';
  prohibited: boolean;
  generalAuthorisations: GeneralAuthorisationOption[];
  note: string;
  citations: string[];
  edition: string;
}

function within(id: string, ref: string): boolean {
  return id === ref || id.startsWith(ref + '.');
}

function covers(ref: string, id: string): boolean {
  return within(id, ref) || within(ref, id);
}

function inSectionI(id: string): boolean {
  const eu = euData();
  return eu.sectionI.some((s) => s.entry !== null && within(id, s.entry)) || eu.annexIV.some((a) => within(id, a.entry));
}

function gaOption(id: string, ga: GeneralAuthorisation, entryId: string, alpha3: string): GeneralAuthorisationOption {
  const destOk = ga.mode === 'all_except' ? !ga.excludedDestinations.includes(alpha3) && !euData().generalAuthorisations['EU001']!.destinations.includes(alpha3) : ga.destinations.includes(alpha3);
  const group = entryId.slice(1, 2);
  let itemOk = ga.itemsCovered ? ga.itemsCovered.some((r) => covers(r, entryId)) : true;
  if (ga.itemsExcluded.some((r) => within(entryId, r))) itemOk = false;
  if (ga.excludesSectionI && inSectionI(entryId)) itemOk = false;
  const also = ga.itemsExcludedAlso.join('; ');
  if (/Sections? D and E/.test(also) && (group === 'D' || group === 'E')) itemOk = false;
  if (/Section D of each/.test(also) && group === 'D') itemOk = false;
  if (/Section E of each/.test(also) && group === 'E') itemOk = false;
  if (id === 'EU007' && group !== 'D' && group !== 'E') itemOk = false;
  const available = destOk && itemOk;
  const why = !destOk ? 'destination not covered' : !itemOk ? 'item not covered or excluded' : `covers this item and destination (${ga.itemsCoveredText.slice(0, 160)})`;
  return { id, title: ga.title, available, note: why };
}

/** The EU view for an exporter in the Union sending the entry to a destination (alpha-3). */
export function euView(entry: ControlEntry, alpha3: string): EuView {
  const eu = euData();
  const listed = entry.notations.eu !== null;
  const annexIV = eu.annexIV.some((a) => within(entry.id, a.entry));
  const intraEu = euMemberStates.includes(alpha3);
  const citations: string[] = [];
  const cite = (s: string) => citations.push(`${s} (${eu.edition})`);
  const options = Object.entries(eu.generalAuthorisations).map(([id, ga]) => gaOption(id, ga, entry.id, alpha3));
  const base = { listed, annexIEntry: listed ? entry.id : null, annexIV, intraEu, edition: eu.edition, prohibited: false };
  if (entry.kind === 'munitions') {
    citations.push('Council Common Position 2008/944/CFSP and the EU Common Military List (national arms-export licensing)', 'Directive 2009/43/EC (intra-EU transfers of defence-related products)');
    return {
      ...base,
      authorisationRequired: true,
      route: 'individual',
      generalAuthorisations: [],
      note: `${entry.id} is a Munitions List entry: outside Regulation (EU) 2021/821; the EU Common Military List mirrors the Wassenaar Munitions List and exports need a national arms-export licence (Common Position 2008/944/CFSP); transfers inside the Union need a transfer licence (Directive 2009/43/EC).`,
      citations,
    };
  }
  if (intraEu) {
    cite('Regulation (EU) 2021/821, Art. 11(1) and Annex IV');
    return {
      ...base,
      authorisationRequired: annexIV,
      route: annexIV ? 'intra-EU transfer authorisation' : 'none',
      generalAuthorisations: [],
      note: annexIV ? `${entry.id} is listed in Annex IV: an authorisation is required for transfers within the Union.` : `Transfer within the Union: no authorisation needed for items not listed in Annex IV.`,
      citations,
    };
  }
  if (!listed) {
    cite('Regulation (EU) 2021/821, Annex I');
    cite('Regulation (EU) 2021/821, Arts. 4, 5, 9 and 10 (catch-all controls)');
    return {
      ...base,
      authorisationRequired: false,
      route: 'none',
      generalAuthorisations: [],
      note: `${entry.id} is not an Annex I entry: no listing-based authorisation; the catch-all controls (Arts. 4, 5, 9, 10) may still apply.`,
      citations,
    };
  }
  cite(`Regulation (EU) 2021/821, Art. 3(1) and Annex I, ${entry.id}`);
  if (euProhibitions[alpha3]) {
    citations.push(euProhibitions[alpha3]!);
    return { ...base, prohibited: true, authorisationRequired: true, route: 'prohibited', generalAuthorisations: options.filter((o) => o.available), note: `${euProhibitions[alpha3]}.`, citations };
  }
  const eu001 = options.find((o) => o.id === 'EU001')!;
  if (eu001.available) {
    cite('Regulation (EU) 2021/821, Art. 12(1)(d) and Annex II Section A (EU001)');
    return {
      ...base,
      authorisationRequired: false,
      route: 'EU001',
      generalAuthorisations: options.filter((o) => o.available),
      note: `Listed in Annex I; Union general export authorisation EU001 covers this destination (registration and reporting conditions of Annex II apply).`,
      citations,
    };
  }
  const others = options.filter((o) => o.available && o.id !== 'EU001');
  if (others.length) cite(`Regulation (EU) 2021/821, Annex II (${others.map((o) => o.id).join(', ')})`);
  if (inSectionI(entry.id)) cite('Regulation (EU) 2021/821, Annex II Section I');
  return {
    ...base,
    authorisationRequired: true,
    route: 'individual',
    generalAuthorisations: others,
    note: `Listed in Annex I: an export authorisation is required${eu.generalAuthorisations['EU001']!.destinations.includes(alpha3) ? ' (EU001 excluded for this item: Annex II Section I)' : ' (EU001 does not cover this destination)'}${others.length ? `; purpose-specific general authorisations that may apply: ${others.map((o) => o.id).join(', ')}` : ''}.`,
    citations,
  };
}
