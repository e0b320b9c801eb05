/**
 * A reader as the policy sees it: citizenship upper-cased, accesses canonical (`ND` → `NODIS`).
 */
import { canonicalAccesses } from '../markings/controls.js';
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
    citizenship: reader.citizenship.trim().toUpperCase(),
    accesses: accesses.filter((a) => a !== '*' && !a.includes('|')),
    allAccesses: accesses.includes('*'),
  };
}
