/** SIPDIS messages may not carry NODIS or EXDIS (5 FAH-2 H-440, quoted in 05STATE226504). */
import { diagnostic, type MarkingRule } from './context.js';

export const sipdisWithNodisExdis: MarkingRule = {
  code: 'sipdis-with-nodis-exdis',
  ruleId: '5FAH-2H-440/SIPDIS',
  check({ caption, wide }) {
    if (!caption?.sipdis) return [];
    const conflicting = ['NODIS', 'EXDIS'].filter((c) => wide.controls.includes(c));
    if (conflicting.length === 0) return [];
    return [diagnostic(this, 'warning', `SIPDIS with ${conflicting.join(' and ')}: the more restrictive caption controls (the cable is not distributed on SIPRNet)`, caption.line, 1)];
  },
};
