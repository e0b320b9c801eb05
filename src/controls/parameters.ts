/**
 * The technical parameters that decide whether an item falls under an entry: wavelength bands, element
 * counts, time constants, frequencies, powers… read from the entry text as (quantity, bound, value, unit).
 */

/** One deciding parameter. */
export interface Parameter {
  /** the sub-paragraph it comes from (`a.3.a.1`), '' for the entry's own text */
  paragraph: string;
  quantity: string;
  /** `range` (min exclusive, max inclusive as the lists word it), or a one-sided bound */
  comparator: 'range' | '>' | '>=' | '<' | '<=' | '=';
  min: number | null;
  max: number | null;
  unit: string;
  /** the phrase as written */
  text: string;
  /** found in a Note / Technical Note / N.B. (an exclusion or clarification, not the control criterion) */
  inNote: boolean;
}

const num = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const unit = String.raw`((?:[kMGTmµμnp]?(?:Hz|W|J|V|A|Gy|Pa|s|m|g|N|rad|bit|b)|nm|µm|μm|mm|cm|km|ns|µs|μs|ms|ps|fs|°C|K|dB[mi]?|%|ppm|elements?|pixels?|bits?|degrees?|arc[ -]?(?:second|minute)s?|lines?|rpm|mA\/W|µA\/lm|μA\/lm|W\/m2|mrad|µrad|μrad|kg|MPa|GPa|g\/cm3|km\/h|m\/s|rad\/s|°)(?:\/[a-zA-Z0-9²³]+)?)`;

const rangeRe = new RegExp(String.raw`(?:exceeding|greater than|more than|from|between)\s+${num}\s*${unit}?\s+(?:but\s+not\s+exceeding|and|to|but\s+less\s+than|up\s+to)\s+${num}\s*${unit}`, 'g');
const lowerWords = String.raw`(?:exceeding|greater than|more than|higher than|above|over|in excess of|of at least|at least|not less than|equal to or (?:greater|more) than|equal to or exceeding)`;
const upperWords = String.raw`(?:less than|lower than|below|not exceeding|not more than|up to|equal to or less than|no greater than|no more than|maximum of)`;
const lowerRe = new RegExp(String.raw`(${lowerWords})\s+${num}\s*${unit}`, 'g');
const upperRe = new RegExp(String.raw`(${upperWords})\s+${num}\s*${unit}`, 'g');
const trailingRe = new RegExp(String.raw`${num}\s*${unit}\s+or\s+(less|more|greater|higher|lower|better)\b`, 'g');

function value(s: string): number {
  return Number(s.replace(/,/g, ''));
}

const quantityWords: Array<[RegExp, string]> = [
  [/wavelength/i, 'wavelength'],
  [/time constant/i, 'time constant'],
  [/elements?\b/i, 'element count'],
  [/pitch/i, 'pitch'],
  [/radiant sensitivity/i, 'radiant sensitivity'],
  [/luminous sensitivity/i, 'luminous sensitivity'],
  [/frequenc/i, 'frequency'],
  [/bandwidth/i, 'bandwidth'],
  [/power/i, 'power'],
  [/energy/i, 'energy'],
  [/temperature/i, 'temperature'],
  [/pressure/i, 'pressure'],
  [/accuracy/i, 'accuracy'],
  [/resolution/i, 'resolution'],
  [/diameter/i, 'diameter'],
  [/speed|velocity/i, 'speed'],
  [/dose|fluence/i, 'dose'],
];

const unitQuantities: Array<[RegExp, string]> = [
  [/^elements?$/, 'element count'],
  [/Hz$/, 'frequency'],
  [/^(?:[kMGm]?W)$/, 'power'],
  [/^(?:[kMm]?J)$/, 'energy'],
  [/^(?:ns|ps|fs|µs|μs|ms|s)$/, 'time'],
  [/^(?:K|°C)$/, 'temperature'],
  [/^(?:nm|µm|μm)$/, 'length (µm/nm)'],
  [/^(?:mm|cm|m|km)$/, 'length'],
  [/^dB/, 'gain / level'],
  [/^bits?$/, 'bits'],
  [/Pa$/, 'pressure'],
  [/^(?:kg|g)$/, 'mass'],
];

function quantityOf(context: string, u: string): string {
  const near = context.slice(-90);
  let best: { at: number; q: string } | null = null;
  for (const [re, q] of quantityWords) {
    const all = [...near.matchAll(new RegExp(re.source, 'gi'))];
    const last = all[all.length - 1];
    if (last && (!best || last.index! > best.at)) best = { at: last.index!, q };
  }
  if (best) return best.q;
  for (const [re, q] of unitQuantities) if (re.test(u)) return q;
  return u || 'value';
}

function scan(text: string, paragraph: string): Parameter[] {
  const out: Parameter[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const noteAt = text.search(/\b(?:Technical Note|Note(?: \d+)?|N\.B\.)\s*(?:to [^:]{0,40})?:/);
  const push = (m: RegExpMatchArray, p: Omit<Parameter, 'paragraph' | 'quantity' | 'text' | 'inNote'>) => {
    const s = m.index!;
    const e = s + m[0].length;
    if (!free(s, e)) return;
    taken.push([s, e]);
    out.push({ paragraph, quantity: quantityOf(text.slice(0, s + 1), p.unit), text: m[0], ...p, inNote: noteAt >= 0 && s > noteAt });
  };
  for (const m of text.matchAll(rangeRe)) push(m, { comparator: 'range', min: value(m[1]!), max: value(m[3]!), unit: m[4] ?? m[2] ?? '' });
  for (const m of text.matchAll(lowerRe)) {
    const incl = /at least|not less than|equal to/.test(m[1]!);
    push(m, { comparator: incl ? '>=' : '>', min: value(m[2]!), max: null, unit: m[3]! });
  }
  for (const m of text.matchAll(upperRe)) {
    const incl = /not exceeding|not more than|up to|equal to|no greater|no more|maximum/.test(m[1]!);
    push(m, { comparator: incl ? '<=' : '<', min: null, max: value(m[2]!), unit: m[3]! });
  }
  for (const m of text.matchAll(trailingRe)) {
    const up = /less|lower|better/.test(m[3]!);
    push(m, { comparator: up ? '<=' : '>=', min: up ? null : value(m[1]!), max: up ? value(m[1]!) : null, unit: m[2]! });
  }
  return out.sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
}

/**
 * The deciding parameters of an entry's text and its sub-paragraphs.
 * @param parts [paragraph label, own text] in document order
 * @example extractParameters([['a.1', 'A peak response in the wavelength range exceeding 900 nm but not exceeding 1,050 nm']])[0]
 *   // { paragraph: 'a.1', quantity: 'wavelength', comparator: 'range', min: 900, max: 1050, unit: 'nm', … }
 */
export function extractParameters(parts: Array<[string, string]>): Parameter[] {
  return parts.flatMap(([p, t]) => scan(t.replace(/\s+/g, ' '), p));
}
