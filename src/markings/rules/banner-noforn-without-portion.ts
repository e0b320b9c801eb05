/**
 * A NOFORN banner over portions none of which is NOFORN: the banner does not agree with the
 * roll-up of its portions (IC-ISM rolls NOFORN up from the portions, ISM-ID-00070/00088).
 */
import { diagnostic, type MarkingRule } from './context.js';

export const bannerNofornWithoutPortion: MarkingRule = {
  code: 'banner-noforn-without-portion',
  ruleId: 'ISM-ID-00088',
  check({ banner, bannerLine, rolled, portions }) {
    if (!banner?.noforn || !rolled || rolled.noforn) return [];
    const unmarked = portions.filter((p) => !p.marking).length;
    const why = unmarked > 0 ? ` (${unmarked} unmarked portion${unmarked > 1 ? 's' : ''} may be)` : '';
    return [diagnostic(this, 'info', `banner ${banner.text} is NOFORN but no marked portion is${why}`, bannerLine, 1)];
  },
};
