/**
 * The roll-up rules, one per file, run in this order by `checkMarkings`.
 */
import type { MarkingRule } from './context.js';
import { bannerBelowPortion } from './banner-below-portion.js';
import { bannerAbovePortions } from './banner-above-portions.js';
import { portionControlMissing } from './portion-control-missing.js';
import { bannerNofornWithoutPortion } from './banner-noforn-without-portion.js';
import { relBannerNofornPortion } from './rel-banner-noforn-portion.js';
import { nodisExdisWithoutNoforn } from './nodis-exdis-without-noforn.js';
import { sipdisWithNodisExdis } from './sipdis-with-nodis-exdis.js';
import { unmarkedPortion } from './unmarked-portion.js';
import { bannerCaptionMismatch } from './banner-caption-mismatch.js';

export const markingRules: readonly MarkingRule[] = [
  bannerBelowPortion,
  bannerAbovePortions,
  portionControlMissing,
  bannerNofornWithoutPortion,
  relBannerNofornPortion,
  nodisExdisWithoutNoforn,
  sipdisWithNodisExdis,
  unmarkedPortion,
  bannerCaptionMismatch,
];

export { markingContext, type MarkingContext, type MarkingRule, type Portion } from './context.js';
