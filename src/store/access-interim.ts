/**
 * INTERIM stand-in for src/access (branch `markings`), with the agreed names and storage contract.
 * Replaced by a re-export of src/access once that lands: keep policy decisions out of the store.
 */
import type { Cable } from '../cable/types.js';
import type { Marking } from '../markings/types.js';
import { parseBanner } from '../markings/index.js';

/** Labels of the subject and of each paragraph after inheritance from the banner (unmarked → banner). */
export function effectiveLabels(cable: Cable): { subject: Marking | null; paragraphs: Marking[] } {
  const banner = cable.classification ?? (cable.banner ? parseBanner(cable.banner) : null);
  const fallback: Marking = banner ?? { text: '', level: 'TS', noforn: true, relTo: [], controls: [] };
  const cableControls = banner?.controls ?? [];
  const eff = (m: Marking | null): Marking => {
    const base = m ?? fallback;
    return { ...base, controls: [...new Set([...base.controls, ...cableControls])] };
  };
  return {
    subject: cable.subject ? eff(cable.subject.marking) : null,
    paragraphs: cable.paragraphs.map((p) => eff(p.marking)),
  };
}

