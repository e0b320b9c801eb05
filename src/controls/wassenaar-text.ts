/**
 * The full Wassenaar text of an entry (with its Notes and Technical Notes), read from the shared copy of
 * the 2025 list when it is present beside the repository. The text is not bundled: the Wassenaar
 * Secretariat publishes it without an explicit redistribution licence (see data/controls/SOURCES.md).
 */
import fs from 'node:fs';
import { sharedDataPath } from '../common/paths.js';
import { toWassenaarNotation } from './notation.js';

/** A Wassenaar print block. */
export interface WassenaarBlock {
  code: string;
  text: string;
  page: number;
  source: string;
}

let blocks: Map<string, WassenaarBlock> | null | undefined;

function load(): Map<string, WassenaarBlock> | null {
  if (blocks !== undefined) return blocks;
  const dir = sharedDataPath('controls', 'wassenaar-2025');
  if (!dir || !fs.existsSync(dir)) return (blocks = null);
  blocks = new Map();
  for (const file of ['dual-use-entries.jsonl', 'munitions-entries.jsonl']) {
    const p = `${dir}/${file}`;
    if (!fs.existsSync(p)) continue;
    for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const b = JSON.parse(line) as { code: string; text: string; printedPage: number; list: string };
      blocks.set(b.code, { code: b.code, text: b.text, page: b.printedPage, source: `${b.list}, p. ${b.printedPage}` });
    }
  }
  return blocks;
}

/**
 * The Wassenaar print block that holds an entry (its own block, else the nearest ancestor's), or null
 * when the entry has no Wassenaar number or the shared list is not present.
 */
export function wassenaarText(id: string): WassenaarBlock | null {
  const all = load();
  if (!all) return null;
  const code = id.startsWith('ML') ? id : toWassenaarNotation(id);
  if (!code) return null;
  const parts = code.split('.');
  const min = code.startsWith('ML') ? 1 : 3;
  for (let n = parts.length; n >= min; n--) {
    const b = all.get(parts.slice(0, n).join('.'));
    if (b) return b;
  }
  return null;
}
