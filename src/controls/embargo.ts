/**
 * The embargoed rows of the Country Chart (Cuba, Iran, North Korea, Syria) carry no marks, only a
 * pointer to part 746: they are never read as "no licence". Each is decided under its own section.
 */
import { part746Data, type CclRecord } from './data.js';

/** The part 746 decision for an embargoed destination. */
export interface EmbargoRule {
  destination: string;
  licenceRequired: boolean;
  prohibited: boolean;
  policy: string;
  note: string;
  citations: string[];
}

function within(id: string, ref: string): boolean {
  return id === ref || id.startsWith(ref + '.') || ref.startsWith(id + '.');
}

/**
 * The part 746 rule for an embargoed destination and a CCL entry, or null when the destination is not
 * one of the embargoed rows. `columns` are the chart columns the entry's License Requirements name.
 */
export function embargoRule(alpha3: string, record: CclRecord | null, entryId: string, columns: string[]): EmbargoRule | null {
  const p = part746Data();
  const ed = p.edition;
  switch (alpha3) {
    case 'CUB':
      return {
        destination: alpha3,
        licenceRequired: true,
        prohibited: false,
        policy: 'general policy of denial for most items',
        note: 'All items on the CCL require a licence to Cuba (§ 746.1(a)(1)); the Country Chart row only points to part 746.',
        citations: [`15 CFR 746.1(a)(1) (${ed})`, '15 CFR 746.2'],
      };
    case 'IRN': {
      const named = columns.filter((c) => p.iranColumns.includes(c));
      const listed = p.iranListedEccns.filter((e) => within(entryId, e));
      const why = named.length
        ? `the License Requirements name ${[...new Set(named)].join(', ')}`
        : listed.length
          ? `the ECCN is listed in § 746.7(a)(1)(i) (${listed.join(', ')})`
          : record
            ? 'OFAC\'s Iranian Transactions and Sanctions Regulations (31 CFR part 560) prohibit the export regardless of the EAR'
            : 'OFAC\'s embargo covers the export';
      return {
        destination: alpha3,
        licenceRequired: true,
        prohibited: true,
        policy: 'OFAC comprehensive embargo; BIS licence requirement under § 746.7',
        note: `Iran: licence required because ${why}; exports to Iran are prohibited by the OFAC embargo (31 CFR part 560) unless OFAC authorises them.`,
        citations: [`15 CFR 746.7(a)(1)(i) (${ed})`, '31 CFR part 560 (Iranian Transactions and Sanctions Regulations)', `15 CFR 746.1(a)(2) (${ed})`],
      };
    }
    case 'PRK':
      return {
        destination: alpha3,
        licenceRequired: true,
        prohibited: false,
        policy: columns.some((c) => c.startsWith('NP') || c.startsWith('MT')) ? 'general policy of denial (NP/MT items, § 746.4(b)(3))' : 'case-by-case review (§ 746.4(b))',
        note: 'A licence is required for any item subject to the EAR to North Korea, except food and medicines classified EAR99 (§ 746.4(a)); see also § 742.19. OFAC\'s North Korea Sanctions Regulations prohibit exports to North Korea except as authorised; a general licence covers exports the Department of Commerce authorises (89 FR 12233, 2024), so a BIS licence is the route — with a general policy of denial for NP/MT items.',
        citations: [`15 CFR 746.4(a) (${ed})`, `15 CFR 746.4(b)(3) (${ed})`, '15 CFR 742.19', '31 CFR part 510 (North Korea Sanctions Regulations; 89 FR 12233)'],
      };
    case 'SYR':
      return {
        destination: alpha3,
        licenceRequired: true,
        prohibited: false,
        policy: 'general policy of denial (§ 746.9(c)(1), as excerpted)',
        note: `A licence is required for all items subject to the EAR to Syria, except food and medicine classified EAR99 (§ 746.9(a)). The bundled § 746.9 text is the ${ed} edition: check the current § 746.9 for the licensing policy.`,
        citations: [`15 CFR 746.9(a) (${ed})`, `15 CFR 746.9(c)(1) (${ed})`],
      };
    default:
      return null;
  }
}
