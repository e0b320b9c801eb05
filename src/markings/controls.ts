/**
 * Dissemination controls: the canonical tokens Tearline uses, their spellings in cables and in
 * IC-ISM (data/vocab/dissemination-controls.csv), and which of them restrict who may read.
 *
 * Two kinds of control end up in `Marking.controls`:
 * - **access controls** (NODIS, EXDIS, LIMDIS, STADIS, ORCON, CHEROKEE, …): a reader needs the
 *   matching special access (SPEC §4 rule 3). Any token Tearline does not know is treated as one
 *   (default deny);
 * - **handling caveats** (SBU, FOUO, FGI, LES, …): they say how to handle the text, not who may
 *   read it, so they never gate a read.
 * NOFORN and REL TO are not controls here: they are `Marking.noforn` and `Marking.relTo`.
 * SIPDIS is a distribution indicator, never a control.
 */

/** Spellings seen in cables and in IC-ISM, mapped to Tearline's canonical token. */
const synonyms: Record<string, string> = {
  NODIS: 'NODIS', ND: 'NODIS', 'NO DISTRIBUTION': 'NODIS',
  EXDIS: 'EXDIS', XD: 'EXDIS', 'EXCLUSIVE DISTRIBUTION': 'EXDIS',
  LIMDIS: 'LIMDIS', DS: 'LIMDIS', 'LIMITED DISTRIBUTION': 'LIMDIS',
  STADIS: 'STADIS', 'STATE DISTRIBUTION': 'STADIS',
  ORCON: 'ORCON', OC: 'ORCON', 'ORIGINATOR CONTROLLED': 'ORCON',
  CHEROKEE: 'CHEROKEE',
  'EYES ONLY': 'EYES ONLY', EYES: 'EYES ONLY',
  SBU: 'SBU', 'SENSITIVE BUT UNCLASSIFIED': 'SBU',
  SENSITIVE: 'SENSITIVE',
  FOUO: 'FOUO', 'FOR OFFICIAL USE ONLY': 'FOUO',
  LOU: 'LOU', 'LIMITED OFFICIAL USE': 'LOU',
  LES: 'LES', 'LAW ENFORCEMENT SENSITIVE': 'LES',
  FGI: 'FGI', 'FOREIGN GOVERNMENT INFORMATION': 'FGI',
  PROPIN: 'PROPIN', PR: 'PROPIN',
  RELIDO: 'RELIDO',
  SSI: 'SSI',
  IMCON: 'IMCON', IMC: 'IMCON',
};

/** Caveats that do not restrict who may read (everything else in `controls` does). */
const handlingCaveats: ReadonlySet<string> = new Set(['SBU', 'SENSITIVE', 'FOUO', 'LOU', 'LES', 'FGI', 'PROPIN', 'RELIDO', 'SSI']);

/** Canonical order of controls when rendered: access controls first, then caveats. */
const order = ['NODIS', 'EXDIS', 'LIMDIS', 'STADIS', 'CHEROKEE', 'EYES ONLY', 'ORCON', 'IMCON', 'FGI', 'PROPIN', 'RELIDO', 'LES', 'SSI', 'FOUO', 'LOU', 'SBU', 'SENSITIVE'];

/**
 * The canonical token of a control as written (`ND`, `Exdis`, `FOR OFFICIAL USE ONLY`), or null
 * when the text is not a known control.
 * @example canonicalControl('xd') === 'EXDIS'
 */
export function canonicalControl(text: string): string | null {
  const t = text.trim().toUpperCase().replace(/\s+/g, ' ');
  return synonyms[t] ?? (/^ACCM-[A-Z0-9_-]{1,61}$/.test(t) ? t : null);
}

/**
 * Whether a control restricts reading to holders of the matching access (SPEC §4 rule 3).
 * Unknown tokens restrict (default deny).
 */
export function isAccessControl(control: string): boolean {
  return !handlingCaveats.has(control);
}

/** Distinct controls in canonical order (unknown ones last, alphabetically). */
export function sortControls(controls: Iterable<string>): string[] {
  const rank = (c: string) => {
    const i = order.indexOf(c);
    return i < 0 ? order.length : i;
  };
  return [...new Set(controls)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * A reader's accesses as canonical tokens (`ND` → `NODIS`); `*` (every access) is kept as is.
 */
export function canonicalAccesses(accesses: readonly string[]): string[] {
  return [...new Set(accesses.map((a) => (a.trim() === '*' ? '*' : canonicalControl(a) ?? a.trim().toUpperCase())).filter(Boolean))];
}
