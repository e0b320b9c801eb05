/**
 * Effective portion labels: what the policy decides on for each portion of a cable (SPEC §4).
 * - a marked portion keeps its own level, NOFORN and REL TO;
 * - an unmarked portion takes the cable's label (banner, caption, whichever is stricter);
 * - cable-wide access controls (NODIS, EXDIS, … from the banner or the caption) apply to every
 *   portion;
 * - a cable-wide REL TO applies to classified portions that are neither NOFORN nor REL TO
 *   themselves (IC-ISM ISM-ID-00088: a REL banner means every classified portion is REL);
 * - a banner's NOFORN is NOT pushed onto marked portions: a `(U)` paragraph of a SECRET//NOFORN
 *   cable stays readable by foreign readers (the seed, SPEC §4).
 */
import type { Cable } from '../cable/types.js';
import type { Marking } from '../markings/types.js';
import { cableLabel } from '../markings/cable-label.js';
import { isAccessControl, sortControls } from '../markings/controls.js';
import { renderPortionMarking } from '../markings/render.js';

export interface EffectiveLabels {
  /** the cable-wide label (banner and caption combined; roll-up of portions when neither) */
  cable: Marking;
  /** the subject's label; null when the cable has no subject */
  subject: Marking | null;
  /** one label per paragraph, aligned with `cable.paragraphs` (numbers may repeat) */
  paragraphs: Marking[];
}

/** A portion's effective label given the cable-wide one. */
export function portionLabel(own: Marking | null, cable: Marking): Marking {
  if (own === null) return cable;
  const wide = cable.controls.filter(isAccessControl);
  const inheritsRel = own.level !== 'U' && !own.noforn && own.relTo.length === 0 && !cable.noforn && cable.relTo.length > 0;
  const controls = sortControls([...own.controls, ...wide]);
  const relTo = inheritsRel ? cable.relTo : own.relTo;
  if (controls.length === own.controls.length && relTo === own.relTo) return own;
  const m: Marking = { ...own, relTo, controls };
  return { ...m, text: renderPortionMarking(m) };
}

/**
 * The effective label of every portion of a cable (see the module comment for the rules).
 * @example effectiveLabels(seed).paragraphs.map((m) => m.level) // ['U', 'S', 'S', 'S', 'U', 'U', 'U']
 */
export function effectiveLabels(cable: Cable): EffectiveLabels {
  const wide = cableLabel(cable);
  return {
    cable: wide,
    subject: cable.subject ? portionLabel(cable.subject.marking, wide) : null,
    paragraphs: cable.paragraphs.map((p) => portionLabel(p.marking, wide)),
  };
}
