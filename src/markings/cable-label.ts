/**
 * The cable-wide label: metadata banner and caption (classification line plus control lines)
 * combined, the stricter of them winning.
 */
import type { Cable } from '../cable/types.js';
import { levelRank, type Marking } from './types.js';
import { parseBanner } from './parse.js';
import { readCaption } from './caption.js';
import { sortControls } from './controls.js';
import { rollUp } from './roll-up.js';
import { renderMarking } from './render.js';

/** The stricter combination of two descriptions of the same cable (metadata banner, caption). */
export function stricter(a: Marking, b: Marking): Marking {
  const noforn = a.noforn || b.noforn;
  // a classification line rarely carries REL TO: a label without one says nothing about it, so the
  // REL TO of the other source stands; two REL TO lists intersect; NOFORN anywhere wins
  const ra = a.relTo;
  const rb = b.relTo;
  const relTo = noforn ? [] : ra.length === 0 ? rb : rb.length === 0 ? ra : ra.filter((c) => rb.includes(c));
  const m: Marking = {
    text: '',
    level: levelRank(a.level) >= levelRank(b.level) ? a.level : b.level,
    noforn,
    relTo,
    controls: sortControls([...a.controls, ...b.controls]),
  };
  return { ...m, text: renderMarking(m) };
}

const unclassified: Marking = { text: 'UNCLASSIFIED', level: 'U', noforn: false, relTo: [], controls: [] };

/**
 * The cable-wide label: the metadata banner and the caption (classification line plus control
 * lines), the stricter of the two; when the cable has neither, the roll-up of its marked portions;
 * when nothing is marked at all, UNCLASSIFIED.
 */
export function cableLabel(cable: Cable): Marking {
  const sources: Marking[] = [];
  const banner = cable.banner ? parseBanner(cable.banner) : null;
  if (banner) sources.push(banner);
  if (cable.classification) sources.push(cable.classification);
  const caption = cable.raw ? readCaption(cable.raw) : null;
  if (caption) sources.push(caption.marking);
  if (sources.length === 0) {
    const marked = [cable.subject?.marking, ...cable.paragraphs.map((p) => p.marking)].filter((m): m is Marking => !!m);
    return rollUp(marked) ?? unclassified;
  }
  return sources.reduce(stricter);
}

