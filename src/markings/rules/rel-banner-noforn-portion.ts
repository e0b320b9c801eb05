/**
 * A REL TO banner needs every classified portion releasable and no NOFORN portion (ISM-ID-00088).
 */
import { diagnostic, type MarkingRule } from './context.js';

export const relBannerNofornPortion: MarkingRule = {
  code: 'rel-banner-with-noforn-portion',
  ruleId: 'ISM-ID-00088',
  check({ banner, portions }) {
    if (!banner || banner.noforn || banner.relTo.length === 0) return [];
    return portions
      .filter((p) => p.marking && (p.marking.noforn || (p.marking.level !== 'U' && p.marking.relTo.length === 0)))
      .map((p) => diagnostic(this, 'error', `banner ${banner.text} is REL TO while ${p.name} is ${p.marking!.noforn ? 'NOFORN' : 'not releasable'} (${p.marking!.text})`, p.line, p.column));
  },
};
