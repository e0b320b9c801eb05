/**
 * Embargoed and high-risk destinations: US EAR Country Groups E:1 and E:2 (15 CFR 740 Supp. 1) and
 * the countries under UN Security Council arms embargoes (15 CFR 746.1(b)(2)); bundled as
 * data/network/high-risk-destinations.csv (see data/network/SOURCES.md).
 */
import fs from 'node:fs';
import { dataPath } from '../common/paths.js';
import { parseCsvObjects } from '../common/csv.js';

let groups: Map<string, string[]> | null = null;

/** alpha-3 → the groups it is in ('E:1', 'E:2', 'UN arms embargo'); absent when none. */
export function highRiskDestinations(): ReadonlyMap<string, string[]> {
  if (groups) return groups;
  const m = new Map<string, string[]>();
  for (const r of parseCsvObjects(fs.readFileSync(dataPath('network', 'high-risk-destinations.csv'), 'utf8'))) {
    const a3 = r['alpha3'] ?? '';
    if (a3) m.set(a3, [...(m.get(a3) ?? []), r['group'] ?? '']);
  }
  groups = m;
  return m;
}
