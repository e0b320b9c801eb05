/**
 * Extraction at ingest: everything found in one cable. Each part lives in its own module.
 */
import type { Cable } from '../cable/types.js';
import { emptyExtraction, type CableExtraction } from './types.js';
export type * from './types.js';

/** Extract parties, items, relations and taskings from one parsed cable. Never throws on content. */
export function extractCable(cable: Cable): CableExtraction {
  void cable;
  return emptyExtraction();
}
