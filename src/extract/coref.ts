/**
 * Cable-wide resolution of what the paragraph scanners found: one key per party within the cable
 * ("Zhejiang Dali Technology Company Ltd", "Zhejiang Dali Technology" and "the Chinese firm" are one),
 * acronyms and short forms found again in every paragraph, countries settled.
 */
import type { Found } from './found.js';
import { codeAt, keyHash, type Token } from './text.js';
import type { Placed } from './relations.js';
import { getLexicon } from './lexicon.js';
import { legalForms, capStop } from './parties.js';

export interface Unit {
  paragraph: string;
  text: string;
  /** offset of the text in the cable, or a map from local offsets to cable offsets */
  base: number | ((local: number) => number);
  upper: boolean;
  tokens: Token[];
  sentences: Array<[number, number]>;
  found: Found[];
}

export interface CableEntity {
  key: string;
  kind: string;
  name: string;
  country: string | null;
  aliases: string[];
  role?: string;
}

const connectorWords = new Set(['of', 'and', '&', 'de', 've', 'for', 'the', 'del', 'la', 'y', 'e', 'da', 'do', 'dos', 'du', 'des']);

/** Name words without punctuation, legal forms and a leading article, lower case. */
export function nameWords(name: string): string[] {
  const words = name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}&/]+/u)
    .filter(Boolean);
  while (words.length > 1 && (legalForms.has(words[words.length - 1]!) || ['s', 'a', 'p', 'l', 'c', 'sdn', 'pvt'].includes(words[words.length - 1]!))) words.pop();
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words;
}

/** nameWords remembered per name for one cable (the lists are only read, never changed). */
function wordsOnce(): (name: string) => string[] {
  const known = new Map<string, string[]>();
  return (name) => {
    let words = known.get(name);
    if (!words) known.set(name, (words = nameWords(name)));
    return words;
  };
}

function initials(name: string): string | null {
  const ws = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) && !legalForms.has(w.toLowerCase().replace(/\.$/, '')));
  return ws.length >= 2 ? ws.map((w) => w[0]).join('').toUpperCase() : null;
}

interface Working {
  key: string;
  kind: string;
  names: Set<string>;
  words: string[];
  country: string | null;
  role?: string;
  acronyms: Set<string>;
  first: number;
}

/** The cable's words written in lower case somewhere (a single word stands for a name only when never written so). */
export interface LowerWords {
  has(word: string): boolean;
}

/** A single word that can stand for a party's name: long, not a common or country word, never written in lower case in the cable. */
function isDistinctive(word: string, lower: LowerWords): boolean {
  if (word.length < 4 || capStop.has(word) || connectorWords.has(word)) return false;
  if (getLexicon().countries.root.next.has(word)) return false;
  return !lower.has(word);
}

/** Size of the bit filters in 32-bit words (2^16 bits: a few false hits per thousand words). */
const lowerFilterWords = 2048;

/**
 * The filters, kept from cable to cable and cleared for each: allocating three 8 KB typed arrays per
 * cable cost more than filling and reading them (resolveCable runs to its end before the next call).
 */
const lowerWordFilter = new Uint32Array(lowerFilterWords);
const firstWordFilter = new Uint32Array(lowerFilterWords);
const acronymFirstFilter = new Uint32Array(lowerFilterWords);

function cleared(filter: Uint32Array): Uint32Array {
  return filter.fill(0);
}

function setFilterBit(filter: Uint32Array, hash: number): void {
  const bit = hash & 0xffff;
  filter[bit >>> 5]! |= 1 << (bit & 31);
}

function hasFilterBit(filter: Uint32Array, hash: number): boolean {
  const bit = hash & 0xffff;
  return (filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** An ASCII capital letter at `i`. */
function isCapitalAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return c >= 65 && c <= 90;
}

/** Resolve the findings of all units of a cable to keys. */
export function resolveCable(units: Unit[]): { placed: Placed[][]; entities: Map<string, CableEntity> } {
  const lex = getLexicon();
  // the cable's words written in lower case: the hashes of their keys in a bit filter, filled on
  // first need (a hit is confirmed on the tokens; no key string is cut for the words never asked
  // about, and a fixed 8 KB array replaces a Set of a thousand numbers built for every cable)
  let lowerHashes: Uint32Array | null = null;
  const confirmed = new Map<string, boolean>();
  const writtenLower = (word: string, h: number): boolean => {
    for (const u of units) if (!u.upper) for (const t of u.tokens) if (!t.cap && !t.punct && t.hash === h && t.key === word) return true;
    return false;
  };
  const lowerOnly: LowerWords = {
    has(word: string): boolean {
      if (!lowerHashes) {
        lowerHashes = cleared(lowerWordFilter);
        for (const u of units) if (!u.upper) for (const t of u.tokens) if (!t.cap && !t.punct) setFilterBit(lowerHashes, t.hash);
      }
      const h = keyHash(word);
      if (!hasFilterBit(lowerHashes, h)) return false;
      let yes = confirmed.get(word);
      if (yes === undefined) confirmed.set(word, (yes = writtenLower(word, h)));
      return yes;
    },
  };
  const named: Working[] = [];
  let order = 0;
  // 1. named parties, longest first so short forms fold into long ones
  const candidates: Array<{ f: Found; u: number }> = [];
  units.forEach((u, ui) => u.found.forEach((f) => {
    if ((f.kind === 'organization' || f.kind === 'person' || f.kind === 'vessel') && f.role !== 'generic') candidates.push({ f, u: ui });
  }));
  // a name's words are asked for several times below (sort, fold, item models, keys): read once per name
  const wordsOf = wordsOnce();
  const lengths = new Map(candidates.map((c) => [c.f, wordsOf(c.f.name).length]));
  candidates.sort((a, b) => lengths.get(b.f)! - lengths.get(a.f)!);
  const byFound = new Map<Found, Working>();
  for (const { f } of candidates) {
    const words = wordsOf(f.name);
    if (!words.length) continue;
    const acr = f.name.replace(/\./g, '');
    let w = named.find((n) => n.kind === f.kind && (sameName(n.words, words) || prefixOf(words, n.words, lowerOnly) || (/^[A-Z]{2,8}$/.test(acr) && n.acronyms.has(acr))));
    // "the end-user, Reihani": a descriptor names a person already known by that name
    if (!w && f.kind === 'organization' && f.norm === 'descriptor') {
      w = named.find((n) => n.kind === 'person' && (sameName(n.words, words) || (words.length === 1 && n.words[n.words.length - 1] === words[0])));
    }
    if (!w) {
      w = { key: `${f.kind}:${words.join(' ')}`, kind: f.kind, names: new Set(), words, country: null, role: f.role, acronyms: new Set(), first: order++ };
      const ini = initials(f.name);
      if (ini && ini.length >= 3) w.acronyms.add(ini);
      const gov = /^Government of (?:the )?(.+)$/i.exec(f.name);
      if (gov) w.acronyms.add('GO' + gov[1]!.split(/\s+/).map((x) => x[0]!.toUpperCase()).join(''));
      named.push(w);
    }
    w.names.add(f.name);
    if (!w.country && f.country) w.country = f.country;
    if (f.role === 'government') w.role = 'government';
    byFound.set(f, w);
  }
  // explicit acronyms: "Electronics Component Limited (ECL)", "Infrared detectors (IRD)"
  const itemAcronyms = new Map<string, Found>();
  units.forEach((u) => u.found.forEach((f) => {
    const w = byFound.get(f);
    const m = /^\s*\(([A-Z][A-Za-z0-9&]{1,9})\)/.exec(u.text.slice(f.end, f.end + 14));
    if (w && m) w.acronyms.add(m[1]!);
    if (f.kind === 'item' && m) itemAcronyms.set(m[1]!, f);
  }));
  if (itemAcronyms.size) {
    for (const u of units) {
      const extra: Found[] = [];
      for (const t of u.tokens) {
        // every acronym starts with a capital: other tokens are not cut to ask
        if (!isCapitalAt(u.text, t.start)) continue;
        const f = itemAcronyms.get(t.text) ?? (t.text.endsWith('s') ? itemAcronyms.get(t.text.slice(0, -1)) : undefined);
        if (f && !u.found.some((g) => t.start < g.end && g.start < t.end)) extra.push({ ...f, start: t.start, end: t.end, aliases: [] });
      }
      if (extra.length) u.found = [...u.found, ...extra].sort((a, b) => a.start - b.start);
    }
  }
  // 2. find short forms and acronyms again in every unit
  const byFirstWord = new Map<string, Working[]>();
  const byAcronym = new Map<string, Working>();
  for (const w of named) {
    byFirstWord.set(w.words[0]!, [...(byFirstWord.get(w.words[0]!) ?? []), w]);
    const last = w.words[w.words.length - 1]!;
    if (w.kind === 'person' && w.words.length >= 2) byFirstWord.set(last, [...(byFirstWord.get(last) ?? []), w]);
    for (const a of w.acronyms) byAcronym.set(a, w);
  }
  // cheap first tests on the token, so no key or text is cut for the capitalised words that start
  // no known name (most of them): the hash of a first word, the first letter of an acronym
  // (both in bit filters: a Set of numbers cost more than the rest of the loop; a false hit only asks the map)
  const firstWordHashes = cleared(firstWordFilter);
  for (const word of byFirstWord.keys()) setFilterBit(firstWordHashes, keyHash(word));
  const acronymFirsts = cleared(acronymFirstFilter);
  for (const a of byAcronym.keys()) setFilterBit(acronymFirsts, codeAt(a, 0));
  // a cable that names no party (many name only countries) has nothing to find again
  if (named.length > 0) units.forEach((u) => {
    const extra: Found[] = [];
    let fi = 0;
    for (let i = 0; i < u.tokens.length; i++) {
      const t = u.tokens[i]!;
      if (t.punct || (!t.cap && !u.upper)) continue;
      while (fi < u.found.length && u.found[fi]!.end <= t.start) fi++;
      const inside = fi < u.found.length && u.found[fi]!.start <= t.start;
      if (inside || (extra.length && extra[extra.length - 1]!.end > t.start)) continue;
      // without an apostrophe the key has no "'s" to drop, and the token's hash is the key's
      const cands = !t.hasHyphenOrQuote && !hasFilterBit(firstWordHashes, t.hash) ? undefined : byFirstWord.get(t.key.endsWith("'s") ? t.key.slice(0, -2) : t.key);
      const acr = byAcronym.size && hasFilterBit(acronymFirsts, codeAt(u.text, t.start)) ? byAcronym.get(t.text.includes('.') ? t.text.replace(/\./g, '') : t.text) : undefined;
      if (!cands && !acr) continue;
      const hit = matchKnown(u, i, acr ? [acr, ...(cands ?? [])] : (cands ?? []), lowerOnly);
      if (hit) extra.push(hit.found), byFound.set(hit.found, hit.w);
    }
    // found is in text order already: merged and sorted again only when something was added
    if (extra.length) u.found = [...u.found, ...extra].sort((a, b) => a.start - b.start);
  });
  // 3. anaphors and appositives: "a Chinese firm ... the Chinese firm, Zhejiang Dali Technology Company Ltd,"
  units.forEach((u) => u.found.forEach((f, i) => {
    if (f.role !== 'generic') return;
    const next = u.found[i + 1];
    const w = next ? byFound.get(next) : undefined;
    if (w && /^\s*,\s*$/.test(u.text.slice(f.end, next!.start)) && w.kind === 'organization') {
      if (!w.country) w.country = f.country;
    }
    const prev = u.found[i - 1];
    const pw = prev ? byFound.get(prev) : undefined;
    if (pw && /^\s*,\s*(?:an?|the)\s+$/.test(u.text.slice(prev!.end, f.start)) && !pw.country) pw.country = f.country;
  }));
  // "these gyroscopes" are the cable's "TRS-500 gyroscopes" when that is the only model of them it names
  const itemKeyOf = new Map<Found, string>();
  const models = new Map<string, Set<string>>();
  for (const u of units) for (const f of u.found) if (f.kind === 'item' && f.norm && wordsOf(f.name).length > wordsOf(f.norm).length) models.set(f.norm, (models.get(f.norm) ?? new Set()).add(`item:${singular(wordsOf(f.name).join(' '))}`));
  for (const u of units) for (const f of u.found) {
    if (f.kind !== 'item' || !f.norm || wordsOf(f.name).length > wordsOf(f.norm).length) continue;
    const m = models.get(f.norm);
    if (m && m.size === 1) itemKeyOf.set(f, [...m][0]!);
  }
  const entities = new Map<string, CableEntity>();
  const placed: Placed[][] = units.map(() => []);
  const govCountry = (acr: string): string | null => {
    const letters = acr.slice(2);
    for (const u of units) for (const f of u.found) if (f.kind === 'country' && f.country && (lex.countryName.get(f.country) ?? '').toUpperCase().startsWith(letters)) return f.country;
    return null;
  };
  // whether an acronym (a capital first, at most 10 characters) is written as a token of the cable:
  // its occurrences are found with indexOf and confirmed on the token starting there, so no token's
  // text is cut and no pass over all tokens is made to ask (a cable asks about a few acronyms)
  const asToken = new Map<string, boolean>();
  const appearsAsToken = (acr: string): boolean => {
    if (acr.length > 10 || !isCapitalAt(acr, 0)) return false;
    let yes = asToken.get(acr);
    if (yes === undefined) {
      yes = units.some((u) => writtenAsToken(u, acr));
      asToken.set(acr, yes);
    }
    return yes;
  };
  for (const w of named) {
    const name = [...w.names].sort((a, b) => b.length - a.length)[0]!;
    let country = w.country;
    if (!country && w.role === 'government' && /^GO[A-Z]+$/.test(name)) country = govCountry(name);
    entities.set(w.key, { key: w.key, kind: w.kind, name, country, aliases: [...w.names].filter((n) => n !== name).concat([...w.acronyms].filter((a) => [...w.names].includes(a) === false && appearsAsToken(a))), role: w.role });
  }
  units.forEach((u, ui) => {
    for (const f of u.found) {
      let key: string | null = null;
      const w = byFound.get(f);
      if (w) key = w.key;
      else if (f.kind === 'organization' && f.role === 'generic') key = resolveGeneric(f, u, ui, units, byFound, named, entities);
      else if (f.kind === 'country' && f.country) {
        key = `country:${f.country}`;
        if (!entities.has(key)) entities.set(key, { key, kind: 'country', name: lex.countryName.get(f.country) ?? f.name, country: f.country, aliases: [] });
      } else if (f.kind === 'item') {
        key = itemKeyOf.get(f) ?? `item:${singular(wordsOf(f.name).join(' '))}`;
        if (!entities.has(key)) entities.set(key, { key, kind: 'item', name: f.name, country: null, aliases: [] });
        else addAlias(entities.get(key)!, f.name);
      } else if (f.kind === 'control-entry') {
        key = `control-entry:${f.norm ?? f.name}`;
        if (!entities.has(key)) entities.set(key, { key, kind: 'control-entry', name: f.name, country: f.country, aliases: f.norm && f.norm !== f.name ? [f.norm] : [] });
        else addAlias(entities.get(key)!, f.name);
      }
      if (!key) continue;
      placed[ui]!.push({ key, kind: f.kind, name: f.name, start: f.start, end: f.end, country: f.country, role: f.role, norm: f.norm, wide: f.aliases[0] });
    }
  });
  return { placed, entities };
}

/** Whether `word` is one of the unit's tokens, character for character. */
function writtenAsToken(u: Unit, word: string): boolean {
  for (let at = u.text.indexOf(word); at >= 0; at = u.text.indexOf(word, at + 1)) {
    if (tokenEndAt(u.tokens, at) === at + word.length) return true;
  }
  return false;
}

/** The end of the token that starts at `start` (-1 when none does), by binary search: tokens are in text order. */
function tokenEndAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = tokens[mid]!;
    if (t.start < start) lo = mid + 1;
    else if (t.start > start) hi = mid - 1;
    else return t.end;
  }
  return -1;
}

/** The singular of an item phrase's last word: detectors → detector, batteries → battery, gases → gas. */
export function singular(phrase: string): string {
  return phrase.replace(/(\w+)$/, (w) => {
    if (w.length < 4 || /ss$|us$|is$/.test(w)) return w;
    if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
    if (/(?:s|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
    return w.endsWith('s') ? w.slice(0, -1) : w;
  });
}

function addAlias(e: CableEntity, name: string): void {
  if (name === e.name) return;
  if (e.name === e.name.toUpperCase() && name !== name.toUpperCase()) [e.name, name] = [name, e.name];
  if (!e.aliases.includes(name)) e.aliases.push(name);
}

function sameName(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** `short` is a leading part of `long` that names it ("Zhejiang Dali" of "Zhejiang Dali Technology Company Ltd"). */
function prefixOf(short: string[], long: string[], lowerOnly: LowerWords): boolean {
  if (short.length >= long.length || !short.length) return false;
  if (!short.every((w, i) => w === long[i])) return false;
  return short.length >= 2 || isDistinctive(short[0]!, lowerOnly);
}

function matchKnown(u: Unit, i: number, named: Working[], lowerOnly: LowerWords): { found: Found; w: Working } | null {
  const t = u.tokens[i]!;
  const bare = t.text.replace(/\./g, '');
  for (const w of named) {
    if (/^[A-Z][A-Za-z0-9&]{1,9}$/.test(bare) && w.acronyms.has(bare) && bare === bare.toUpperCase()) {
      return { found: { kind: w.kind as Found['kind'], name: t.text, start: t.start, end: t.end, country: null, aliases: [] }, w };
    }
  }
  let best: { found: Found; w: Working; n: number } | null = null;
  for (const w of named) {
    let n = 0;
    while (n < w.words.length && i + n < u.tokens.length) {
      const tk = u.tokens[i + n]!;
      if (tk.punct && tk.text !== '&') break;
      if (tk.lower.replace(/[’']s$/, '').replace(/\.$/, '') !== w.words[n]) break;
      n++;
    }
    if (n === 0) continue;
    const ok = n === w.words.length || n >= 2 || (w.kind === 'person' ? w.words.length >= 2 && n === 1 && false : isDistinctive(w.words[0]!, lowerOnly));
    const personSurname = w.kind === 'person' && w.words.length >= 2 && u.tokens[i]!.lower === w.words[w.words.length - 1];
    if (ok && (!best || n > best.n)) best = { found: { kind: w.kind as Found['kind'], name: u.text.slice(t.start, u.tokens[i + n - 1]!.end).replace(/\s+/g, ' '), start: t.start, end: u.tokens[i + n - 1]!.end, country: null, aliases: [] }, w, n };
    if (!ok && personSurname && !best) best = { found: { kind: 'person', name: t.text, start: t.start, end: t.end, country: null, aliases: [] }, w, n: 1 };
  }
  if (!best) {
    for (const w of named) {
      if (w.kind === 'person' && w.words.length >= 2 && t.lower.replace(/[’']s$/, '') === w.words[w.words.length - 1] && t.cap) {
        return { found: { kind: 'person', name: t.text, start: t.start, end: t.end, country: null, aliases: [] }, w };
      }
    }
  }
  return best ? { found: best.found, w: best.w } : null;
}

function resolveGeneric(f: Found, u: Unit, ui: number, units: Unit[], byFound: Map<Found, Working>, named: Working[], entities: Map<string, CableEntity>): string | null {
  if (f.anaphor && f.country) {
    const sameUnit = u.found.filter((g) => byFound.get(g)?.country === f.country && byFound.get(g)?.kind === 'organization');
    const target = sameUnit.find((g) => g.start > f.start) ?? sameUnit[sameUnit.length - 1];
    let w = target ? byFound.get(target) : undefined;
    if (!w) {
      const cands = named.filter((n) => n.kind === 'organization' && n.country === f.country && n.role !== 'government');
      if (cands.length === 1) w = cands[0];
      else if (cands.length > 1) {
        for (let j = ui - 1; j >= 0 && !w; j--) {
          const g = [...units[j]!.found].reverse().find((x) => cands.includes(byFound.get(x)!));
          if (g) w = byFound.get(g);
        }
        w ??= cands[0];
      }
    }
    if (w) return w.key;
    if (f.norm === 'definite') return null;
  }
  const words = nameWords(f.name);
  const key = `organization:${words.join(' ')}`;
  if (!entities.has(key)) entities.set(key, { key, kind: 'organization', name: f.name, country: f.country, aliases: [], role: 'generic' });
  return key;
}
