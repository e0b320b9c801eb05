/**
 * Markings: classification levels and dissemination controls. (Stub until the markings work lands.)
 */
import type { Marking } from './types.js';
export * from './types.js';

/**
 * Parse the inside of a portion mark, e.g. `S/NF`, `SECRET/REL FRANCE`, `C NF`, `SBU`.
 * Returns null when the text is not a marking (topic parentheses like `IRAN`).
 */
export function parsePortionMarking(inner: string): Marking | null {
  const t = inner.trim().toUpperCase();
  const m = /^(U|C|S|TS|SBU|UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET)(?:$|[\s/]+(.*)$)/.exec(t);
  if (!m) return null;
  const word = m[1]!;
  const level = word === 'TS' || word === 'TOP SECRET' ? 'TS' : word === 'S' || word === 'SECRET' ? 'S' : word === 'C' || word === 'CONFIDENTIAL' ? 'C' : 'U';
  const rest = m[2] ?? '';
  return { text: inner.trim(), level, noforn: /\b(NF|NOFORN)\b/.test(rest), relTo: [], controls: word === 'SBU' ? ['SBU'] : [] };
}

/** Parse a banner / metadata classification such as `SECRET//NOFORN`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`. */
export function parseBanner(text: string): Marking | null {
  return parsePortionMarking(text.replace(/\/\//g, '/'));
}
