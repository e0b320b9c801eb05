/**
 * Extraction at ingest: everything found in one cable. Each part lives in its own module.
 */
import type { Cable } from '../cable/types.js';
import { emptyExtraction, type CableExtraction } from './types.js';
import { extractNetwork } from './network.js';
import { extractActions } from './actions.js';
export type * from './types.js';

/** Extract parties, items, relations and taskings from one parsed cable. Never throws on content. */
export function extractCable(cable: Cable): CableExtraction {
  const out = emptyExtraction();
  if (process.env.TEARLINE_EXTRACT === '0') return out; // benchmarks measure the ingest rate without extraction
  // an extractor bug must not stop an ingest: the cable is stored with what the others found
  try {
    const network = extractNetwork(cable);
    out.mentions = network.mentions;
    out.relations = network.relations;
  } catch (e) {
    cable.diagnostics.push({ severity: 'error', code: 'extract-network-failure', message: `network extraction failed: ${(e as Error).message}`, line: 1, column: 1 });
  }
  try {
    out.actions = extractActions(cable);
  } catch (e) {
    cable.diagnostics.push({ severity: 'error', code: 'extract-actions-failure', message: `action extraction failed: ${(e as Error).message}`, line: 1, column: 1 });
  }
  return out;
}
