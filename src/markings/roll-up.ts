/**
 * The banner a set of portions implies (IC-ISM roll-up rules, data/vocab/marking-rules.csv), and
 * whether one marking dominates another.
 */
import { levelRank, type Level, type Marking } from './types.js';
import { isAccessControl, sortControls } from './controls.js';
import { renderMarking } from './render.js';

/** Caveats only unclassified documents carry in their banner (32 CFR 2001.23). */
const unclassifiedCaveats = new Set(['SBU', 'FOUO', 'LOU', 'SENSITIVE']);

/**
 * The banner rolled up from portion markings:
 * - level: the highest (ISM-ID-00058/59/108-110);
 * - NOFORN: when any portion is NOFORN (ISM-ID-00070, 00087);
 * - REL TO: only when no portion is NOFORN and every classified portion is REL TO; the countries
 *   common to all of them (ISM-ID-00088, 00320);
 * - controls: every control of every portion (ISM-ID-00067, 00084, 00086), EXDIS dropped under
 *   NODIS (ISM-ID-00085), unclassified caveats dropped from a classified banner.
 * Returns null for no portions.
 */
export function rollUp(portions: readonly Marking[]): Marking | null {
  if (portions.length === 0) return null;
  let level: Level = 'U';
  for (const p of portions) if (levelRank(p.level) > levelRank(level)) level = p.level;
  const noforn = portions.some((p) => p.noforn);
  const classified = portions.filter((p) => p.level !== 'U');
  let relTo: string[] = [];
  if (!noforn && classified.length > 0 && classified.every((p) => p.relTo.length > 0)) {
    relTo = classified.map((p) => p.relTo).reduce((acc, r) => acc.filter((c) => r.includes(c)));
    if (!relTo.includes('USA')) relTo = ['USA', ...relTo];
  }
  let controls = sortControls(portions.flatMap((p) => p.controls));
  if (controls.includes('NODIS')) controls = controls.filter((c) => c !== 'EXDIS');
  if (level !== 'U') controls = controls.filter((c) => !unclassifiedCaveats.has(c));
  const m: Marking = { text: '', level, noforn, relTo, controls };
  return { ...m, text: renderMarking(m) };
}

/** The foreign countries a marking releases to: `all` (U without NOFORN) or a list. */
export function releasableTo(m: Marking): 'all' | string[] {
  if (m.noforn) return [];
  if (m.level === 'U') return 'all';
  return m.relTo.filter((c) => c !== 'USA');
}

/**
 * Whether `a` dominates `b` (a banner must dominate its portions): level at least as high,
 * released to no country `b` is not released to, and every access control of `b`.
 */
export function dominates(a: Marking, b: Marking): boolean {
  if (levelRank(a.level) < levelRank(b.level)) return false;
  const ra = releasableTo(a);
  const rb = releasableTo(b);
  if (rb !== 'all' && (ra === 'all' || ra.some((c) => !rb.includes(c)))) return false;
  return b.controls.filter(isAccessControl).every((c) => a.controls.includes(c));
}
