/**
 * The caption of a telegram: the classification line (`S E C R E T STATE 096222`) and the control
 * lines under it (`NOFORN`, `SIPDIS`, `EXDIS`, `SENSITIVE`), read straight from the text so that
 * cable-wide controls are never lost whatever the parser kept.
 */
import type { Marking } from './types.js';
import { parseBanner, parseCaptionLine } from './parse.js';

export interface Caption {
  /** the classification line's marking, with the controls of the lines under it merged in */
  marking: Marking;
  /** SIPDIS (a distribution indicator) is on the caption */
  sipdis: boolean;
  /** 1-based line of the classification line */
  line: number;
}

const classificationLine = /^\s*(?:T O P S E C R E T|S E C R E T|C O N F I D E N T I A L|U N C L A S|TOP SECRET|SECRET|CONFIDENTIAL|UNCLAS(?:SIFIED)?|LIMITED OFFICIAL USE)\b(?:\s+(?:E F T O|EFTO|SENSITIVE|NOFORN|SIPDIS))*(?:\s+SECTION \d+ OF \d+)?\s+[A-Z][A-Z .'-]*\s\d{1,7}\s*(?:[A-Z ]*)$/;
const captionEnd = /^\s*(?:E\.\s?O\.|EO\s|TAGS|SUBJECT|SUBJ|REF|CLASSIFIED BY|\d+\.)/i;

/**
 * Find the caption in a cable's text. Returns null when there is no classification line.
 * @example readCaption('S E C R E T STATE 096222\nNOFORN\nSIPDIS\nE.O. 12958: …')!.marking.noforn === true
 */
export function readCaption(raw: string): Caption | null {
  // the labels and the roll-up checks both ask for the same cable's caption: keep the last answer
  if (lastCaption && lastCaption.raw === raw) return lastCaption.caption;
  const caption = findCaption(raw);
  lastCaption = { raw, caption };
  return caption;
}

let lastCaption: { raw: string; caption: Caption | null } | null = null;

function findCaption(raw: string): Caption | null {
  const lines = raw.split(/\r\n|\r|\n/, 400);
  const at = lines.findIndex((l) => classificationLine.test(l));
  if (at < 0) return null;
  const base = parseBanner(lines[at]!);
  if (!base) return null;
  const marking: Marking = { ...base, controls: [...base.controls] };
  let sipdis = /\bSIPDIS\b/.test(lines[at]!);
  for (let i = at + 1; i < Math.min(lines.length, at + 12); i++) {
    const line = lines[i]!;
    if (captionEnd.test(line)) break;
    const c = parseCaptionLine(line);
    if (!c) continue;
    marking.noforn ||= c.noforn;
    marking.controls = [...new Set([...marking.controls, ...c.controls])];
    sipdis ||= c.sipdis;
  }
  return { marking, sipdis, line: at + 1 };
}
