/**
 * Markings back to text, in canonical CAPCO-style form.
 */
import type { Level, Marking } from './types.js';
import { isAccessControl, sortControls } from './controls.js';

const bannerWords: Record<Level, string> = { U: 'UNCLASSIFIED', C: 'CONFIDENTIAL', S: 'SECRET', TS: 'TOP SECRET' };
const bannerControl: Record<string, string> = { FOUO: 'FOR OFFICIAL USE ONLY', LOU: 'LIMITED OFFICIAL USE' };

/** The dissemination blocks: FGI, access controls, NOFORN or REL TO, then caveats. */
function blocks(m: Marking, spell: (control: string) => string): string[] {
  const controls = sortControls(m.controls);
  const out: string[] = [];
  if (controls.includes('FGI')) out.push('FGI');
  const access = controls.filter((c) => isAccessControl(c));
  out.push(...access.filter((c) => c === 'ORCON' || c === 'IMCON').map(spell));
  if (m.noforn) out.push(spell('NOFORN'));
  else if (m.relTo.length > 0) out.push(`REL TO ${orderRelTo(m.relTo).join(', ')}`);
  out.push(...controls.filter((c) => c !== 'FGI' && !isAccessControl(c)).map(spell));
  out.push(...access.filter((c) => c !== 'ORCON' && c !== 'IMCON').map(spell));
  return out;
}

/** REL TO order: USA first, then the other countries alphabetically. */
export function orderRelTo(relTo: readonly string[]): string[] {
  const rest = [...new Set(relTo)].filter((c) => c !== 'USA').sort();
  return ['USA', ...rest];
}

/**
 * The canonical banner form of a marking.
 * @example renderMarking(parsePortionMarking('SECRET/REL FRANCE')!) === 'SECRET//REL TO USA, FRA'
 * @example renderMarking(parsePortionMarking('S/NF')!) === 'SECRET//NOFORN'
 */
export function renderMarking(m: Marking): string {
  return [bannerWords[m.level], ...blocks(m, (c) => bannerControl[c] ?? c)].join('//');
}

/**
 * The canonical portion form of a marking (what goes inside the parentheses).
 * @example renderPortionMarking(parseBanner('SECRET//NOFORN')!) === 'S//NF'
 */
export function renderPortionMarking(m: Marking): string {
  return [m.level, ...blocks(m, (c) => (c === 'NOFORN' ? 'NF' : c))].join('//');
}
