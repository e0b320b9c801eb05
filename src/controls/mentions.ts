/**
 * Control entries mentioned in cable text ("Wassenaar Arrangement, Section 6.A.2.a.3", "ECCN 6A002"),
 * resolved to entries of the bundled lists, for the extraction and network stages. Numbers written in
 * the context of another regime ("MTCR Item 12.A.1", "Nuclear Suppliers Group … item 2. C. 11",
 * "MTCR … item 6C8") use that regime's own numbering: they are reported with the regime and are not
 * read as Wassenaar / CCL entries.
 */
import { findEntryNumbers } from './notation.js';
import { resolveEntry, getEntry, type ControlEntry } from './entries.js';

/** Which list's numbering a mention uses. */
export type Regime = 'dual-use' | 'MTCR' | 'NSG' | 'AG';

/** A resolved mention with its span in the text. */
export interface ControlEntryMention {
  text: string;
  start: number;
  end: number;
  regime: Regime;
  /** `6A002.a.3` for Wassenaar / CCL / EU numbers (canonical id), `MTCR 12.A.1`, `NSG 2.C.11` otherwise */
  normalized: string;
  /** the entry, or its nearest listed ancestor when the exact sub-entry is not in the data; null for
   * other regimes' numbers, whose lists are not bundled */
  entry: ControlEntry | null;
  exact: boolean;
}

const regimeWords: Array<[RegExp, Regime | 'WA']> = [
  [/\b(?:MTCR|Missile Technology Control Regime)\b/g, 'MTCR'],
  [/\b(?:NSG|Nuclear Suppliers,?\s+Group)/g, 'NSG'],
  [/\bAustralia Group\b/g, 'AG'],
  [/\b(?:Wassenaar|ECCN|Commerce Control List|CCL|Annex I|dual-use regulation)\b/gi, 'WA'],
];

/** The regime named last before `pos` in the same paragraph (within 300 characters). */
function regimeBefore(text: string, pos: number): Regime | 'WA' | null {
  let from = Math.max(0, pos - 300);
  const para = text.lastIndexOf('\n\n', pos);
  if (para > from) from = para;
  const window = text.slice(from, pos);
  let best: { at: number; r: Regime | 'WA' } | null = null;
  for (const [re, r] of regimeWords) {
    for (const m of window.matchAll(re)) if (!best || m.index! > best.at) best = { at: m.index!, r };
  }
  return best?.r ?? null;
}

const otherRegimeRe = /(?<![\w.])(\d{1,2})\.\s?([A-E])\.\s?(\d{1,3})((?:\.\s?(?:[a-z]|\d{1,2})(?![A-Za-z0-9]))*)|(?<![\w.])(\d{1,2})([A-E])(\d{1,2})(?![\w])/g;

function nearest(id: string): ControlEntry | null {
  const parts = id.split('.');
  for (let i = parts.length - 1; i >= 1; i--) {
    const e = getEntry(parts.slice(0, i).join('.'));
    if (e) return e;
  }
  return null;
}

/**
 * Every control-entry number in a text, in order of appearance: Wassenaar / CCL / EU numbers that a list
 * holds (exactly, or through their entry), and MTCR / NSG / Australia Group item numbers with their regime.
 * Look-alikes of no list ("3E265") are dropped.
 */
export function findControlEntries(text: string): ControlEntryMention[] {
  const out: ControlEntryMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of otherRegimeRe[Symbol.matchAll](text)) {
    const regime = regimeBefore(text, m.index!);
    if (regime === null || regime === 'WA') continue;
    const dotted = m[1] ? [m[1], m[2], m[3], ...(m[4] ?? '').split('.').map((s) => s.trim()).filter(Boolean)].join('.') : `${m[5]}.${m[6]}.${m[7]}`;
    const raw = m[0].replace(/[.\s]+$/, '');
    out.push({ text: raw, start: m.index!, end: m.index! + raw.length, regime, normalized: `${regime} ${dotted}`, entry: null, exact: false });
    taken.push([m.index!, m.index! + raw.length]);
  }
  for (const m of findEntryNumbers(text)) {
    if (taken.some(([a, b]) => m.start < b && m.end > a)) continue;
    const exact = getEntry(m.number.id);
    const entry = exact ?? nearest(m.number.id);
    if (entry) out.push({ text: m.text, start: m.start, end: m.end, regime: 'dual-use', normalized: m.number.id, entry, exact: exact !== null });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The control entry a text names: the whole text as an entry number, else the first Wassenaar / CCL / EU
 * entry number written in it that a list holds; null when there is none.
 * @example resolveControlEntry('infrared detectors … Wassenaar Arrangement, Section 6.A.2.a.3')?.id // '6A002.a.3'
 */
export function resolveControlEntry(text: string): ControlEntry | null {
  const whole = resolveEntry(text);
  if (whole) return whole;
  for (const m of findControlEntries(text)) if (m.exact && m.entry) return m.entry;
  return null;
}
