/**
 * Control entries mentioned in cable text ("Wassenaar Arrangement, Section 6.A.2.a.3", "ECCN 6A002"),
 * resolved to entries of the bundled lists, for the extraction and network stages.
 */
import { findEntryNumbers } from './notation.js';
import { resolveEntry, getEntry, type ControlEntry } from './entries.js';

/** A resolved mention with its span in the text. */
export interface ControlEntryMention {
  text: string;
  start: number;
  end: number;
  /** the canonical id written (`6A002.a.3`), even when no list holds it */
  id: string;
  /** the entry, or its nearest listed ancestor when the exact sub-entry is not in the data */
  entry: ControlEntry;
  exact: boolean;
}

function nearest(id: string): ControlEntry | null {
  const parts = id.split('.');
  for (let i = parts.length - 1; i >= 1; i--) {
    const e = getEntry(parts.slice(0, i).join('.'));
    if (e) return e;
  }
  return null;
}

/**
 * Every control-entry number in a text that a list holds (exactly, or through its entry when the
 * sub-entry is not in the data), in order of appearance. Look-alikes of no list ("3E265") are dropped.
 */
export function findControlEntries(text: string): ControlEntryMention[] {
  const out: ControlEntryMention[] = [];
  for (const m of findEntryNumbers(text)) {
    const exact = getEntry(m.number.id);
    const entry = exact ?? nearest(m.number.id);
    if (entry) out.push({ text: m.text, start: m.start, end: m.end, id: m.number.id, entry, exact: exact !== null });
  }
  return out;
}

/**
 * The control entry a text names: the whole text as an entry number, else the first entry number
 * written in it that a list holds; null when there is none.
 * @example resolveControlEntry('infrared detectors … Wassenaar Arrangement, Section 6.A.2.a.3')?.id // '6A002.a.3'
 */
export function resolveControlEntry(text: string): ControlEntry | null {
  const whole = resolveEntry(text);
  if (whole) return whole;
  for (const m of findControlEntries(text)) if (m.exact) return m.entry;
  return null;
}
