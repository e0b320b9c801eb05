/**
 * `checkMarkings`: run every roll-up rule over a parsed cable.
 */
import type { Cable, Diagnostic } from '../cable/types.js';
import { levelRank } from './types.js';
import { parseBanner } from './parse.js';
import { markingContext, markingRules } from './rules/index.js';

/**
 * The marking diagnostics of a cable (banner vs portions, controls, REL TO, NODIS/EXDIS, SIPDIS,
 * unmarked portions, banner vs caption), each with its code, ISM rule id and the offending
 * portion's line and column.
 */
export function checkMarkings(cable: Cable): Diagnostic[] {
  const ctx = markingContext(cable);
  return markingRules.flatMap((rule) => rule.check(ctx)).sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Whether the banner rolled up from the marked portions agrees with the archive's metadata banner
 * on level and NOFORN (what the metadata banner can express); null when no portion is marked or
 * there is no metadata banner.
 */
export function rollUpAgrees(cable: Cable, options: { levelOnly?: boolean } = {}): boolean | null {
  const banner = cable.banner ? parseBanner(cable.banner) : null;
  const { rolled } = markingContext(cable);
  if (!banner || !rolled) return null;
  return levelRank(banner.level) === levelRank(rolled.level) && (options.levelOnly === true || banner.noforn === rolled.noforn);
}

/** The codes that report a roll-up disagreement (level or NOFORN) between banner and portions. */
export const disagreementCodes: ReadonlySet<string> = new Set(['banner-below-portion', 'banner-above-portions', 'portion-control-missing-from-banner', 'banner-noforn-without-portion']);
