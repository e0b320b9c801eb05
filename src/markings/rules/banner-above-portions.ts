/**
 * A banner higher than every marked portion (ISM-ID-00108/00109/00110: an S document must have S
 * data): over-classification, or a portion marked too low.
 */
import { levelRank } from '../types.js';
import { diagnostic, type MarkingRule } from './context.js';

const ruleIds: Record<string, string> = { C: 'ISM-ID-00110', S: 'ISM-ID-00109', TS: 'ISM-ID-00108' };

export const bannerAbovePortions: MarkingRule = {
  code: 'banner-above-portions',
  ruleId: 'ISM-ID-00109',
  check({ banner, bannerLine, rolled, portions }) {
    if (!banner || !rolled || levelRank(rolled.level) >= levelRank(banner.level)) return [];
    const unmarked = portions.filter((p) => !p.marking).length;
    const why = unmarked > 0 ? ` (${unmarked} unmarked portion${unmarked > 1 ? 's' : ''} may hold it)` : '';
    return [diagnostic(this, 'warning', `banner ${banner.text} is above every marked portion (highest ${rolled.text})${why}`, bannerLine, 1, ruleIds[banner.level])];
  },
};
