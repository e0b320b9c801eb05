/** Read one cable file for the actions bench (the mini reader until the real parser lands). */
import fs from 'node:fs';
import type { Cable } from '../src/cable/types.js';
import { miniCable } from '../test/actions/miniCable.js';

export function loadCable(file: string): Cable {
  return miniCable(fs.readFileSync(file, 'utf8'), file);
}
