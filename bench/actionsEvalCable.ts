/** Read one cable file for the actions bench. */
import fs from 'node:fs';
import type { Cable } from '../src/cable/types.js';
import { parseCable } from '../src/cable/index.js';

export function loadCable(file: string): Cable {
  return parseCable(new Uint8Array(fs.readFileSync(file)), { source: file });
}
