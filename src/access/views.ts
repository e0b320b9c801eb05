/**
 * Views of a cable for a reader, and releasable products for a country. Both decide portion by
 * portion with the one policy (`readerGate`) on the effective labels; withheld portions are
 * absent (no placeholders, no lengths, no counts).
 */
import type { Cable } from '../cable/types.js';
import type { Marking } from '../markings/types.js';
import { rollUp } from '../markings/roll-up.js';
import { parseBanner } from '../markings/parse.js';
import { isAccessControl } from '../markings/controls.js';
import { createError } from '../errors.js';
import { effectiveLabels } from './labels.js';
import { readerGate } from './can-read.js';
import type { Reader } from './reader.js';

export interface ViewParagraph {
  number: string;
  marking: Marking;
  text: string;
}

/** `show --json` (SPEC §5). */
export interface CableView {
  id: string | null;
  /** the cable's banner when the reader may read all of it, else the roll-up of what is shown */
  banner: string | null;
  subject: { text: string; marking: Marking } | null;
  paragraphs: ViewParagraph[];
  /** when the cable was created (archive metadata), for the heading */
  created: string | null;
}

/** `release --json` (SPEC §5). */
export interface Release {
  id: string | null;
  /** alpha-3 */
  to: string;
  /** the canonical marking of what was assembled */
  marking: Marking;
  paragraphs: ViewParagraph[];
  /** the source cable's date (created, else the date-time group) */
  date: string | null;
}

/**
 * What `reader` may read of `cable`, or null when nothing of it is readable (the cable is then
 * not visible to the reader at all: callers answer "not found").
 */
export function viewForReader(cable: Cable, reader: Reader): CableView | null {
  const labels = effectiveLabels(cable);
  const may = readerGate(reader);
  const subject = cable.subject && labels.subject && may(labels.subject) ? { text: cable.subject.text, marking: labels.subject } : null;
  const paragraphs: ViewParagraph[] = [];
  cable.paragraphs.forEach((p, i) => {
    const marking = labels.paragraphs[i]!;
    if (may(marking)) paragraphs.push({ number: p.number, marking, text: p.text });
  });
  const portions = (cable.subject ? 1 : 0) + cable.paragraphs.length;
  const shown = (subject ? 1 : 0) + paragraphs.length;
  if (shown === 0 && !(portions === 0 && may(labels.cable))) return null;
  const banner = shown === portions ? wholeBanner(cable, labels.cable) : rollUp([...(subject ? [subject.marking] : []), ...paragraphs.map((p) => p.marking)])!.text;
  return { id: cable.id, banner, subject, paragraphs, created: cable.created ?? null };
}

/**
 * The banner of a whole cable: the metadata banner as written when it says all the cable label
 * says (level, NOFORN, access controls), else the cable label in canonical form (e.g. when NODIS
 * is only on the caption).
 */
function wholeBanner(cable: Cable, label: Marking): string {
  const written = cable.banner ? parseBanner(cable.banner) : null;
  const complete = written !== null && written.level === label.level && written.noforn === label.noforn && label.controls.filter(isAccessControl).every((c) => written.controls.includes(c));
  return complete ? cable.banner! : label.text;
}

/** Whether `reader` may read every portion of `cable` (e.g. to be given its raw bytes). */
export function canReadWhole(cable: Cable, reader: Reader): boolean {
  const labels = effectiveLabels(cable);
  const may = readerGate(reader);
  return may(labels.cable) && (labels.subject === null || may(labels.subject)) && labels.paragraphs.every(may);
}

/**
 * The portions of `cable` releasable to `country` (alpha-3): classified portions whose REL TO
 * (their own or the cable's) names it, unclassified portions REL TO it, and, with
 * `withUnclassified`, unclassified portions without NOFORN. Decided by the one policy for a
 * foreign reader of that country holding every clearance and no special access.
 * @throws TearlineError NOTHING_RELEASABLE when no portion qualifies
 */
export function releaseFor(cable: Cable, country: string, options: { withUnclassified?: boolean } = {}): Release {
  const labels = effectiveLabels(cable);
  const foreign = readerGate({ name: `release to ${country}`, clearance: 'TS', citizenship: country, accesses: [] });
  const paragraphs: ViewParagraph[] = [];
  cable.paragraphs.forEach((p, i) => {
    const marking = labels.paragraphs[i]!;
    const explicit = marking.relTo.includes(country);
    if (foreign(marking) && (explicit || (options.withUnclassified && marking.level === 'U'))) {
      paragraphs.push({ number: p.number, marking, text: p.text });
    }
  });
  const what = cable.id ?? cable.source ?? 'the cable';
  if (paragraphs.length === 0) {
    const hint = options.withUnclassified ? '' : ' (--with-unclassified adds unclassified portions without NOFORN)';
    throw createError('NOTHING_RELEASABLE', `tearline release: ${what}: nothing is releasable to ${country}${hint}`);
  }
  return { id: cable.id, to: country, marking: rollUp(paragraphs.map((p) => p.marking))!, paragraphs, date: cable.created ?? cable.header?.dtg ?? null };
}
