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

/**
 * The first `max` lines of a text (split at \r\n, \r or \n, as `split` would), cut only as far as
 * they are asked for: the caption is near the top, and splitting the whole text was most of the work.
 */
class TopLines {
  private readonly lines: string[] = [];
  private at = 0; // where the next line starts (past the end: no more lines)
  private nextCr = -1; // the next \r at or after `at` (-1: none), found once rather than at every line

  constructor(
    private readonly raw: string,
    private readonly max: number,
  ) {
    this.nextCr = raw.indexOf('\r');
  }

  /** Line `i`, or undefined past the last (or the max-th) line. */
  get(i: number): string | undefined {
    while (this.lines.length <= i && this.lines.length < this.max && this.at <= this.raw.length) this.readLine();
    return this.lines[i];
  }

  private readLine(): void {
    const { raw, at } = this;
    if (this.nextCr >= 0 && this.nextCr < at) this.nextCr = raw.indexOf('\r', at);
    const lf = raw.indexOf('\n', at);
    const end = this.nextCr >= 0 && (lf < 0 || this.nextCr < lf) ? this.nextCr : lf;
    if (end < 0) {
      this.lines.push(raw.slice(at));
      this.at = raw.length + 1;
      return;
    }
    this.lines.push(raw.slice(at, end));
    this.at = end + (raw.charCodeAt(end) === 13 && raw.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

function findCaption(raw: string): Caption | null {
  const lines = new TopLines(raw, 400);
  let at = 0;
  for (let line = lines.get(0); line !== undefined && !classificationLine.test(line); line = lines.get(++at));
  const captionLine = lines.get(at);
  if (captionLine === undefined) return null;
  const base = parseBanner(captionLine);
  if (!base) return null;
  const marking: Marking = { ...base, controls: [...base.controls] };
  let sipdis = /\bSIPDIS\b/.test(captionLine);
  for (let i = at + 1; i < at + 12; i++) {
    const line = lines.get(i);
    if (line === undefined) break;
    if (captionEnd.test(line)) break;
    const c = parseCaptionLine(line);
    if (!c) continue;
    marking.noforn ||= c.noforn;
    marking.controls = [...new Set([...marking.controls, ...c.controls])];
    sipdis ||= c.sipdis;
  }
  return { marking, sipdis, line: at + 1 };
}
