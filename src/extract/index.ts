/**
 * Extraction at ingest: everything found in one cable. Each part lives in its own module.
 */
import type { Cable } from '../cable/types.js';
import { emptyExtraction, type CableExtraction } from './types.js';
import { extractNetwork } from './network.js';
export type * from './types.js';

/** Extract parties, items, relations and taskings from one parsed cable. Never throws on content. */
export function extractCable(cable: Cable): CableExtraction {
  const out = emptyExtraction();
  const network = extractNetwork(cable);
  out.mentions = network.mentions;
  out.relations = network.relations;
  return out;
}
