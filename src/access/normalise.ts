/**
 * A reader as the policy sees it: citizenship upper-cased, accesses canonical (`ND` → `NODIS`).
 */
import { canonicalAccesses } from '../markings/controls.js';
import { toAlpha3 } from '../common/countries.js';
import type { Level } from '../markings/types.js';
import type { Reader } from './reader.js';

export interface NormalisedReader {
  clearance: Level;
  citizenship: string;
  /** canonical access tokens, without `*` */
  accesses: string[];
  /** the reader holds `*` (every access) */
  allAccesses: boolean;
}

/** Normalise a reader once before deciding many portions. */
export function normaliseReader(reader: Reader): NormalisedReader {
  const accesses = canonicalAccesses(reader.accesses);
  return {
    clearance: reader.clearance,
    // alpha-3 is the contract; alpha-2 and names are accepted here too (same answer in JS and SQL)
    citizenship: toAlpha3(reader.citizenship) ?? reader.citizenship.trim().toUpperCase(),
    accesses: accesses.filter((a) => a !== '*' && !a.includes('|')),
    allAccesses: accesses.includes('*'),
  };
}
