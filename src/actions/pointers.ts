/**
 * Action pointers: "This is an action request. Please see paragraph 15." names the paragraphs that hold
 * the request, whatever words they use ("Post recommends that Washington …").
 */
import type { Cable } from '../cable/types.js';

const words: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const N = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
const intro = /\bthis\s+is\s+an?\s+action\s+(?:request|cable|message)|\baction\s+request\b/i;
/** What every intro contains, found in a fifth less time than the intro pattern: asked first, on every paragraph. */
const introCue = /action\s+(?:request|cable|message)/i;
const pointer = new RegExp(String.raw`\b(?:see|refer\s+to)\s+(?:the\s+)?(?:end\s+of\s+)?(?:para(?:graph|gaph)?s?\.?)\s*${N}(?:\s*(?:-|–|through|to|and|,)\s*${N})?`, 'gi');

function value(w: string): number {
  return /^\d+$/.test(w) ? Number(w) : words[w.toLowerCase()] ?? 0;
}

/**
 * The top-level paragraph numbers an action-request intro points to, one at a time (a range such as
 * "paragraphs 2-7" spans background too and is not taken).
 * @example actionPointers(cableWith('1. (U) This is an action request. See paragraph 4.')) // Set {'4'}
 */
export function actionPointers(cable: Cable): Set<string> {
  const out = new Set<string>();
  for (const p of cable.paragraphs) {
    if (!introCue.test(p.text) || !intro.test(p.text)) continue;
    for (const m of p.text.matchAll(pointer)) {
      // one paragraph only: "see paragraphs 2-7" covers background as well as the request
      if (m[2]) continue;
      const n = value(m[1]!);
      if (n > 0 && String(n) !== p.number.split('.')[0]) out.add(String(n));
    }
  }
  return out;
}
