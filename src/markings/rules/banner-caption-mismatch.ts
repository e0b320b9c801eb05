/**
 * The archive's metadata banner and the telegram's caption must agree on the level and on NOFORN.
 * (The parser already reports a level disagreement under the same code; that one is not repeated.)
 */
import { parseBanner } from '../parse.js';
import { diagnostic, type MarkingRule } from './context.js';

export const bannerCaptionMismatch: MarkingRule = {
  code: 'banner-caption-mismatch',
  ruleId: '31CFR2.7-a1',
  check({ cable, caption, bannerLine }) {
    const banner = cable.banner ? parseBanner(cable.banner) : null;
    const captionMarking = caption?.marking ?? cable.classification ?? null;
    if (!banner || !captionMarking) return [];
    const out = [];
    const already = cable.diagnostics.some((d) => d.code === this.code);
    if (banner.level !== captionMarking.level && !already) {
      out.push(diagnostic(this, 'warning', `metadata banner ${cable.banner} disagrees with the classification line (${captionMarking.level})`, bannerLine, 1));
    }
    if (banner.noforn !== captionMarking.noforn) {
      const [has, lacks] = banner.noforn ? ['metadata banner', 'caption'] : ['caption', 'metadata banner'];
      out.push(diagnostic(this, 'warning', `the ${has} is NOFORN but the ${lacks} is not`, caption?.line ?? bannerLine, 1, 'ISM-ID-00070'));
    }
    return out;
  },
};
