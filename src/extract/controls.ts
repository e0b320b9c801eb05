/**
 * Control-list references in all notations: Wassenaar `6.A.2.a.3`, ECCN `6A002.a.3`, MTCR `Item 12.A.1`
 * or `6C8 of Category II`, NSG `2.C.11`, Munitions List `ML8`, regime- and list-level references
 * ("Australia Group-controlled", "controlled under the MTCR", USML, SCOMET) and national controls.
 */
import type { Found } from './found.js';
import { toAlpha3 } from '../common/countries.js';
import { execAll } from './text.js';

interface Regime {
  id: string;
  label: string;
  country: string | null;
}

const regimes: Array<[RegExp, Regime]> = [
  [/Wassenaar(?:\s+Arrangement)?(?:['’]s)?(?:\s+(?:Munitions)\s+List)/y, { id: 'WA-ML', label: 'Wassenaar Munitions List', country: null }],
  [/Wassenaar(?:\s+Arrangement)?(?:['’]s)?(?:\s+Dual[- ]Use(?:\s+Goods\s+and\s+Technologies)?\s+List)?/y, { id: 'WA', label: 'Wassenaar Arrangement', country: null }],
  [/Missile\s+Technology\s+Control\s+Regime(?:\s*\(MTCR\))?(?:\s+Annex)?|MTCR(?:\s+Annex)?/y, { id: 'MTCR', label: 'MTCR', country: null }],
  [/Nuclear\s+Suppliers,?\s+Group(?:['’]s)?(?:\s*\(NSG\))?(?:\s+(?:Dual[- ]Use|Trigger)\s+List)?|NSG(?:\s+(?:Dual[- ]Use|Trigger)\s+List)?/y, { id: 'NSG', label: 'NSG', country: null }],
  [/Australia\s+Group(?:['’]s)?(?:\s*\(AG\))?(?:\s+(?:common\s+)?(?:control\s+)?list)?/y, { id: 'AG', label: 'Australia Group', country: null }],
  [/USML|U\.\s?S\.\s+Munitions\s+List|United\s+States\s+Munitions\s+List|ITAR/y, { id: 'USML', label: 'USML', country: 'USA' }],
  [/Commerce\s+Control\s+List|CCL/y, { id: 'CCL', label: 'Commerce Control List', country: 'USA' }],
  [/SCOMET(?:\s+list)?/y, { id: 'SCOMET', label: 'SCOMET list', country: 'IND' }],
  [/EU\s+dual[- ]use\s+(?:list|regulation)/iy, { id: 'EU', label: 'EU dual-use list', country: null }],
  [/(?:CWC|Chemical\s+Weapons\s+Convention(?:['’]s)?)\s+Schedule\s+[123]/y, { id: 'CWC', label: 'CWC schedules', country: null }],
];

const regimeStart = /\b(?=Wassenaar|Missile\s+Technology|MTCR|Nuclear\s+Suppliers|NSG|Australia\s+Group|USML|U\.\s?S\.\s+Munitions|United\s+States\s+Munitions|ITAR|Commerce\s+Control|CCL|SCOMET|EU\s+dual|CWC|Chemical\s+Weapons)/g;

/** Numbered entries: dotted (6.A.2.a.3, 2. C. 11), ECCN (6A002.a.3), compact MTCR (6C8), ML8, "Category II". */
const entryRe =
  /\b(?:(?:item|entry|section)\s+)?(?:(\d{1,2})\.\s?([A-E])\.\s?(\d{1,3})((?:\.\s?[a-z](?:\.\s?\d{1,2})?)*)\.?|(\d)([A-E])(\d{3})((?:\.[a-z](?:\.\d{1,2}(?:\.[a-z])?)?)?)|(\d{1,2})([A-E])(\d{1,2})(?![\d.])|ML\s?(\d{1,2})(?:\.([a-z]))?)(?![\w])/gi;

const contextBefore = /(?:controll?ed|listed|specified|covered|captured|included|regulated|control\s+list|controls?)\s+(?:\w+\s+){0,3}(?:by|under|on|in|per)\s+(?:(?:the|your|its|their|our|this|that)\s+)?$|(?:under|per|on)\s+(?:(?:the|your|its|their|our)\s+)?$/i;
const contextAfter = /^\)?(?:-|\s+)(?:controlled|listed|restricted)|^\)?\s+(?:list|lists|controls|controlled|control\s+list|annex|items?|articles?|goods|equipment|technology|categor(?:y|ies)|guidelines|export\s+controls)\b|^['’]s\s+(?:dual|list|control|annex|munitions)/i;
const notControlled = /\bnot\s+(?:\w+\s+)?(?:controlled|listed|specified|covered)\b/i;

interface RawRegime {
  start: number;
  end: number;
  regime: Regime;
}

function findRegimes(text: string): RawRegime[] {
  const out: RawRegime[] = [];
  for (const m of execAll(regimeStart, text)) {
    const at = m.index ?? 0;
    for (const [re, regime] of regimes) {
      re.lastIndex = at;
      const r = re.exec(text);
      if (r && !/[A-Za-z]/.test(text[at + r[0].length] ?? '')) {
        out.push({ start: at, end: at + r[0].length, regime });
        break;
      }
    }
  }
  return out;
}

function subParts(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, '').replace(/\.$/, '');
}

function normalise(regimeId: string | null, m: RegExpMatchArray): { code: string; regime: string } {
  if (m[12] !== undefined) return { code: `ML${Number(m[12])}${m[13] ? '.' + m[13].toLowerCase() : ''}`, regime: 'WA-ML' };
  let cat: number, grp: string, num: number, sub: string;
  if (m[1] !== undefined) [cat, grp, num, sub] = [Number(m[1]), m[2]!.toUpperCase(), Number(m[3]), subParts(m[4])];
  else if (m[5] !== undefined) [cat, grp, num, sub] = [Number(m[5]), m[6]!.toUpperCase(), Number(m[7]), subParts(m[8])];
  else [cat, grp, num, sub] = [Number(m[9]), m[10]!.toUpperCase(), Number(m[11]), ''];
  const regime = regimeId === 'MTCR' || regimeId === 'NSG' ? regimeId : cat > 9 ? 'MTCR' : (regimeId ?? 'WA');
  if (regime === 'MTCR' || regime === 'NSG') return { code: `${regime} ${cat}.${grp}.${num}${sub}`, regime };
  return { code: `${cat}${grp}${String(num).padStart(3, '0')}${sub}`, regime };
}

/**
 * Control-entry mentions in one text. A numbered entry takes the regime written before it (same
 * sentence) or after it ("6C8 of Category II of the MTCR"); a regime named without a number counts
 * only where the text says something is controlled by it, and not when a numbered entry of the same
 * regime is in the sentence. `sentenceOf(offset)` gives the sentence range of an offset.
 */
const quick = /\d\.?\s?[A-Ea-e]\.?\s?\d|ML\s?\d|Wassenaar|Missile|MTCR|Nuclear Suppliers|NSG|Australia|USML|Munitions|ITAR|Control List|CCL|SCOMET|dual[- ]use|CWC|Chemical Weapons|export control/;

export function findControlEntries(text: string, sentenceOf: (offset: number) => [number, number]): Found[] {
  if (!quick.test(text)) return [];
  const out: Found[] = [];
  const regimeHits = findRegimes(text);
  const usedRegimes = new Set<RawRegime>();
  let lastRegime: Regime | null = null;
  let regimeIndex = 0;
  for (const m of execAll(entryRe, text)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const hasPrefix = /^(?:item|entry|section)\s/i.test(m[0]);
    const compact = m[9] !== undefined;
    if (compact && !hasPrefix && !/item\s*$/i.test(text.slice(Math.max(0, at - 8), at))) continue;
    const dotted = m[1] !== undefined;
    if (dotted && !hasPrefix && /\d\.\s*$/.test(text.slice(Math.max(0, at - 4), at))) continue;
    const [s0, s1] = sentenceOf(at);
    while (regimeIndex < regimeHits.length && regimeHits[regimeIndex]!.start < at) lastRegime = regimeHits[regimeIndex++]!.regime;
    const before = regimeHits.filter((r) => r.end <= at && r.start >= s0 && at - r.end <= 80);
    const after = regimeHits.filter((r) => r.start >= end && r.start < s1 && r.start - end <= 40);
    const own = before[before.length - 1] ?? after[0] ?? null;
    const regime = own?.regime ?? lastRegime;
    if (!own && !regime && !hasPrefix && m[5] === undefined && m[12] === undefined) continue;
    if (notControlled.test(text.slice(s0, at))) continue;
    const { code } = normalise(regime?.id ?? null, m);
    let start = at;
    if (own && own.end <= at && !usedRegimes.has(own)) {
      // the regime written before the number starts the mention ("Wassenaar Arrangement, Section 6.A.2.a.3"), once
      start = own.start;
      usedRegimes.add(own);
    } else if (own) usedRegimes.add(own);
    const mentionEnd = own && own.start >= end && own.start - end <= 40 ? own.end : end;
    out.push({ kind: 'control-entry', name: text.slice(start, mentionEnd).replace(/\s+/g, ' ').replace(/[.,]$/, ''), start, end: mentionEnd, country: regime?.country ?? null, aliases: [], norm: code });
  }
  for (const r of regimeHits) {
    if (usedRegimes.has(r)) continue;
    const [s0, s1] = sentenceOf(r.start);
    const pre = text.slice(Math.max(s0, r.start - 60), r.start);
    const post = text.slice(r.end, Math.min(s1, r.end + 30));
    if (!contextBefore.test(pre) && !contextAfter.test(post)) continue;
    if (notControlled.test(text.slice(s0, r.end))) continue;
    const fam = r.regime.id === 'CCL' || r.regime.id === 'EU' ? 'WA' : r.regime.id;
    if (out.some((f) => f.start >= s0 && f.start < s1 && family(f.norm ?? '') === fam)) continue;
    out.push({ kind: 'control-entry', name: text.slice(r.start, r.end).replace(/\s+/g, ' '), start: r.start, end: r.end, country: r.regime.country, aliases: [], norm: r.regime.label });
  }
  out.push(...nationalControls(text));
  return out.sort((a, b) => a.start - b.start);
}

function family(code: string): string {
  return code.startsWith('MTCR ') ? 'MTCR' : code.startsWith('NSG ') ? 'NSG' : code.startsWith('ML') ? 'WA-ML' : 'WA';
}

const nationalRe = /\b([A-Z][a-z]+)['’,]s\s+((?:[a-z-]+\s+){0,2}export\s+controls?(?:\s+list|\s+regulations)?)/g;

function nationalControls(text: string): Found[] {
  const out: Found[] = [];
  for (const m of execAll(nationalRe, text)) {
    const at = m.index ?? 0;
    out.push({ kind: 'control-entry', name: m[0].replace(/\s+/g, ' '), start: at, end: at + m[0].length, country: toAlpha3(m[1]!), aliases: [], norm: `national:${m[1]}:${m[2]!.replace(/\s+/g, ' ')}` });
  }
  return out;
}
