/**
 * Items: goods, materials and technologies named in a paragraph, from the item-term dictionary
 * (data/network/item-terms.txt), widened to the left over model names ("TRS-500 gyroscopes",
 * "Igla-S MANPADS") and descriptive modifiers ("cooled and uncooled infrared detectors").
 */
import type { Found } from './found.js';
import type { Token } from './text.js';
import { longestMatch } from './trie.js';
import { startsItem, type Lexicon } from './lexicon.js';
import { capStop } from './parties.js';

const modifiers = new Set([
  'cooled', 'uncooled', 'advanced', 'military', 'dual-use', 'cnc', 'precision', 'special', 'specialized', 'industrial', 'chemical',
  'laboratory', 'related', 'glass-lined', 'composite', 'automatic', 'multiple', 'surface-to-air', 'anti-tank',
  'ballistic', 'cruise', 'unmanned', 'aerial', 'electromagnetic', 'interference', 'gas', 'turbine', 'high-speed', 'high-strength',
  'five-axis', 'lethal', 'sensitive', 'nuclear', 'missile', 'rocket', 'infrared', 'thermal', 'optical', 'digital', 'portable',
  'heavy', 'light', 'small', 'large', 'spare', 'aircraft', 'helicopter', 'tank', 'navigation', 'guidance', 'solid', 'liquid', 'plastic',
  'explosive', 'test', 'production', 'manufacturing', 'machining', 'vacuum', 'centrifuge', 'high-grade', 'high-performance',
  'night', 'vision', 'armored', 'armoured', 'anti-aircraft', 'air', 'defense', 'defence', 'radar', 'uav', 'engine', 'jet', 'model',
]);

function isModel(t: Token, lex: Lexicon): boolean {
  if (/^\p{Lu}[\p{L}]*-(?:controlled|listed|origin|made|produced|based|owned)$/u.test(t.text)) return false;
  if (/^[A-Z]{2,}$/.test(t.text)) return false; // an acronym before goods is mostly a party ("SHIG pressure transducers")
  return !t.punct && ((/\d/.test(t.text) && /[A-Za-z]/.test(t.text)) || (t.cap && !capStop.has(t.lower) && !lex.countries.root.next.has(t.lower))) && t.text.length <= 24;
}

/** Items in one paragraph's tokens (scanned with the scannerWords table of parties.ts). */
export function findItems(text: string, tokens: Token[], upper: boolean, lex: Lexicon): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i]!.classes & startsItem)) continue;
    const m = longestMatch(lex.items, tokens, i);
    if (!m) continue;
    const entry = m.values[0]!;
    // widen left
    let a = i;
    let modelStart = i;
    let hasModifier = false;
    while (a > 0) {
      const t = tokens[a - 1]!;
      const lower = t.lower;
      if (!upper && isModel(t, lex) && modelStart === a) {
        a--;
        modelStart = a;
        hasModifier = true;
        continue;
      }
      if (modifiers.has(lower) || /-(grade|type|class|range|based)$/.test(lower)) {
        a--;
        hasModifier = true;
        continue;
      }
      if ((lower === 'and' || lower === 'or') && a - 2 >= 0 && (modifiers.has(tokens[a - 2]!.lower) || isModel(tokens[a - 2]!, lex)) && hasModifier) {
        a--;
        continue;
      }
      break;
    }
    if (entry.generic && !hasModifier) {
      i = m.end - 1;
      continue;
    }
    const end = tokens[m.end - 1]!.end;
    const name = text.slice(tokens[modelStart]!.start, end).replace(/\s+/g, ' ');
    const wide = text.slice(tokens[a]!.start, end).replace(/\s+/g, ' ');
    out.push({ kind: 'item', name, start: tokens[a]!.start, end, country: null, aliases: wide !== name ? [wide] : [], norm: entry.term });
    i = m.end - 1;
  }
  return out;
}
