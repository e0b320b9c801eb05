/** The banner must be at least as high as every portion (ISM-ID-00058, 00059; 31 CFR 2.7). */
import { levelRank } from '../types.js';
import { diagnostic, type MarkingRule } from './context.js';

const ruleIds: Record<string, string> = { U: '31CFR2.7-a1', C: 'ISM-ID-00058', S: 'ISM-ID-00059' };

export const bannerBelowPortion: MarkingRule = {
  code: 'banner-below-portion',
  ruleId: 'ISM-ID-00059',
  check({ banner, portions }) {
    if (!banner) return [];
    return portions
      .filter((p) => p.marking && levelRank(p.marking.level) > levelRank(banner.level))
      .map((p) => diagnostic(this, 'error', `${p.name} is marked (${p.marking!.text}), above the banner ${banner.text}`, p.line, p.column, ruleIds[banner.level]));
  },
};
