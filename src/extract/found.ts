/**
 * What a paragraph scanner finds before cable-wide keys are assigned (local offsets).
 */
import type { EntityKind } from './types.js';

export interface Found {
  kind: EntityKind;
  name: string;
  /** offsets local to the scanned text */
  start: number;
  end: number;
  country: string | null;
  aliases: string[];
  /** a normalised key part: control entry code or regime, item head, etc. */
  norm?: string;
  /** organisation sub-kind: a government body, or a generic group ("Iranian defense entities") */
  role?: 'government' | 'generic' | 'company';
  /** a definite description ("the Chinese firm") standing for a named party of that country */
  anaphor?: boolean;
}
