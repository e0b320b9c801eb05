/**
 * Every portion's NOFORN and access controls must be in the banner (ISM-ID-00070 NOFORN, 00067
 * ORCON, 00084 LIMDIS, 00085 EXDIS unless NODIS, 00086 NODIS). NOFORN is checked against the
 * banner (the metadata line, else the caption); access controls against the banner and the
 * caption together, since metadata banners do not carry them.
 */
import { isAccessControl } from '../controls.js';
import { diagnostic, type MarkingRule } from './context.js';

const ruleIds: Record<string, string> = { NOFORN: 'ISM-ID-00070', ORCON: 'ISM-ID-00067', LIMDIS: 'ISM-ID-00084', EXDIS: 'ISM-ID-00085', NODIS: 'ISM-ID-00086' };

export const portionControlMissing: MarkingRule = {
  code: 'portion-control-missing-from-banner',
  ruleId: 'ISM-ID-00070',
  check({ banner, wide, portions }) {
    if (!banner) return [];
    const out = [];
    for (const p of portions) {
      if (!p.marking) continue;
      if (p.marking.noforn && !banner.noforn) out.push(diagnostic(this, 'error', `${p.name} is NOFORN (${p.marking.text}) but the banner ${banner.text} is not`, p.line, p.column, ruleIds['NOFORN']));
      for (const c of p.marking.controls.filter(isAccessControl)) {
        if (wide.controls.includes(c) || (c === 'EXDIS' && wide.controls.includes('NODIS'))) continue;
        out.push(diagnostic(this, 'error', `${p.name} carries ${c} but the banner and caption do not`, p.line, p.column, ruleIds[c] ?? 'ISM-ID-00086'));
      }
    }
    return out;
  },
};
