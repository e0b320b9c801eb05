/**
 * Every portion of a classified cable must carry a portion mark (32 CFR 2001.21(c)); an
 * unmarked one takes the banner's label. One diagnostic per unmarked portion when some are
 * marked, one for the cable when none is.
 */
import { diagnostic, type MarkingRule } from './context.js';

export const unmarkedPortion: MarkingRule = {
  code: 'unmarked-portion',
  ruleId: '32CFR2001.21-c',
  check({ wide, portions, bannerLine }) {
    if (wide.level === 'U') return [];
    const unmarked = portions.filter((p) => !p.marking);
    if (unmarked.length === 0) return [];
    if (unmarked.length === portions.length) {
      return [diagnostic(this, 'info', `no portion of this ${wide.text} cable is marked; all ${portions.length} take the banner's label`, bannerLine, 1)];
    }
    return unmarked.map((p) => diagnostic(this, 'warning', `${p.name} is not marked in a ${wide.text} cable; it takes the banner's label`, p.line, p.column));
  },
};
