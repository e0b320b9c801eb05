/** NODIS and EXDIS data must be marked NOFORN (ISM-ID-00313, ISM-ID-00314). */
import { diagnostic, type MarkingRule } from './context.js';

const ruleIds: Record<string, string> = { NODIS: 'ISM-ID-00313', EXDIS: 'ISM-ID-00314' };

export const nodisExdisWithoutNoforn: MarkingRule = {
  code: 'nodis-exdis-without-noforn',
  ruleId: 'ISM-ID-00313',
  check({ wide, caption, bannerLine, portions }) {
    const out = [];
    const line = caption?.line ?? bannerLine;
    for (const c of ['NODIS', 'EXDIS']) {
      if (wide.controls.includes(c) && !wide.noforn) out.push(diagnostic(this, 'error', `the cable is ${c} but not NOFORN`, line, 1, ruleIds[c]));
    }
    for (const p of portions) {
      if (!p.marking || p.marking.noforn || wide.noforn) continue;
      for (const c of ['NODIS', 'EXDIS'].filter((x) => p.marking!.controls.includes(x))) {
        out.push(diagnostic(this, 'error', `${p.name} is ${c} but not NOFORN (${p.marking.text})`, p.line, p.column, ruleIds[c]));
      }
    }
    return out;
  },
};
