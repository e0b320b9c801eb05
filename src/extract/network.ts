/**
 * Proliferation-network extraction for one cable: parties, countries, items, control entries and
 * vessels per paragraph with spans, resolved to cable-wide keys, and the relations between them.
 */
import type { Cable } from '../cable/types.js';
import type { EntityMention, RelationMention, EntityKind } from './types.js';
import type { Found } from './found.js';
import { codeAt, scanTokens, sentences } from './text.js';
import { getLexicon } from './lexicon.js';
import { findParties, scannerWords } from './parties.js';
import { findItems } from './items.js';
import { findControlEntries } from './controls.js';
import { sentenceRelations, type Placed, type LocalRelation } from './relations.js';
import { resolveCable, type Unit } from './coref.js';
import { labelRelations } from './labels.js';

/** Kinds in order of precedence when two findings overlap. */
const precedence: Record<string, number> = { 'control-entry': 0, vessel: 1, organization: 2, person: 3, country: 4, item: 5 };

function rank(f: Found): number {
  const base = precedence[f.kind] ?? 9;
  if (f.kind === 'organization' && f.role === 'generic') return 3.5;
  if (f.kind === 'organization' && f.norm === 'list') return 1.5;
  if (f.kind === 'country' && f.norm) return 1.4; // "Iran's", "Malaysia-based": the country word itself
  return base;
}

/** Keep the best of overlapping findings: higher precedence first, then the longer one. */
function dropOverlaps(found: Found[]): Found[] {
  // each finding's rank computed once, not at every comparison (the sort is stable either way)
  const sorted = found
    .map((f) => ({ f, rank: rank(f) }))
    .sort((a, b) => a.rank - b.rank || b.f.end - b.f.start - (a.f.end - a.f.start) || (a.f.country ? 0 : 1) - (b.f.country ? 0 : 1) || a.f.start - b.f.start)
    .map((x) => x.f);
  const kept: Found[] = [];
  for (const f of sorted) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const inlineMarking = /\((?:U|C|S|TS|SBU|S\/\/?NF|C\/\/?NF|SECRET|CONFIDENTIAL|UNCLASSIFIED|TOP SECRET)(?:\s*\/\/?\s*[A-Z][A-Z ,/]{0,60})?\)/g;

/** Blank out the leading paragraph number and portion markings ("2. (S/NF) ", "(SECRET//REL INDIA, UK)") so they are not read as names. */
function maskMarking(text: string): string {
  const m = /^\s*(?:\d+(?:\.[A-Za-z0-9]+)*\.?\s*)?(?:\([A-Z][A-Z/ ,-]{0,40}\))?/.exec(text);
  const t = m && m[0].length ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text;
  return t.replace(inlineMarking, (x) => ' '.repeat(x.length));
}

const usGovernment = /^(?:the\s+)?(?:U\.?S\.?G?\b|United States|American|Department|State Department|Treasury|Commerce Department|Embassy|Consulate|Mission|Bureau of|Office of|Defense Security|Immigration and Customs|Customs and Border|Federal|White House|Congress)|Department['’]s|Treasury['’]s/;
const intergovernmental = /Security Council|United Nations|^(?:the\s+)?(?:UN|U\.N\.|IAEA|EU|European Union|OPCW|NATO)\b/;
const regimeName = /^(?:the\s+)?(?:Missile Technology Control Regime|Nuclear Suppliers Group|Australia Group|Wassenaar Arrangement|MTCR|NSG|Zangger Committee)$/i;

/**
 * Parties that only matter when they take part in a relation: generic groups ("Iranian entities"),
 * US government bodies and the United States itself (the cables' own government), regimes named as bodies.
 */
function dropBystanders(mentions: EntityMention[], relations: RelationMention[], roles: Map<string, string | undefined>): EntityMention[] {
  const related = new Set<string>();
  for (const r of relations) {
    related.add(r.from), related.add(r.to);
    if (r.item) related.add(r.item);
  }
  // a country named once in passing (a list of states of concern, a political aside) is not part of the network
  const paragraphs = new Map<string, Set<string>>();
  for (const m of mentions) if (m.kind === 'country' || m.kind === 'item') paragraphs.set(m.key, (paragraphs.get(m.key) ?? new Set()).add(m.span.paragraph));
  return mentions.filter((m) => {
    // goods named once in passing are not goods the network follows (items moved, sought or controlled are kept)
    if ((m.kind === 'country' || m.kind === 'item') && !related.has(m.key)) {
      const ps = paragraphs.get(m.key)!;
      if (!ps.has('subject') && ps.size < 2) return false;
    }
    if (related.has(m.key)) return true;
    if (m.kind === 'organization' && regimeName.test(m.name)) return false;
    if (m.kind === 'organization' && intergovernmental.test(m.name)) return false;
    if (m.kind === 'country' && m.country === 'USA') return false;
    if (/^X{4,}$/.test(m.name)) return false;
    if (m.kind === 'organization' && roles.get(m.key) === 'generic') return false;
    if (m.kind === 'organization' && (m.country === 'USA' || usGovernment.test(m.name)) && roles.get(m.key) !== 'company') return false;
    return true;
  });
}

function scanUnit(paragraph: string, rawText: string, base: number | ((local: number) => number)): Unit {
  const text = maskMarking(rawText);
  const lex = getLexicon();
  const { tokens, upper } = scanTokens(text, scannerWords(lex));
  const ranges = sentences(text);
  const sentenceOf = (o: number): [number, number] => ranges.find(([a, b]) => o >= a && o < b) ?? [0, text.length];
  const parties = findParties(text, tokens, upper, lex);
  const items = findItems(text, tokens, upper, lex);
  const controls = findControlEntries(text, sentenceOf);
  return { paragraph, text, base, upper, tokens, sentences: ranges, found: dropOverlaps([...controls, ...parties.found, ...items]) };
}

/**
 * Map offsets in a paragraph's text to offsets in the cable's decoded text. The parser's paragraph
 * text may differ from the input in whitespace (trailing blanks, the number and marking removed):
 * the two are aligned character by character, skipping whitespace on either side.
 */
function offsetMap(cable: Cable, text: string, start: number): (local: number) => number {
  let map: ((local: number) => number) | null = null;
  return (o) => (map ??= buildOffsetMap(cable, text, start))(o);
}

function buildOffsetMap(cable: Cable, text: string, start: number): (local: number) => number {
  const raw = cable.raw;
  if (!raw) return (o) => start + o;
  if (raw.startsWith(text, start)) return (o) => start + o;
  const head = text.slice(0, Math.min(24, text.length)).split(/\s*\n/)[0]!.trimEnd();
  const j0 = head ? raw.indexOf(head, Math.max(0, start - 2)) : -1;
  if (j0 < 0) return (o) => start + o;
  return alignment(text, raw, j0);
}

function isAlignSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0x2028 || c === 0xa0;
}

/**
 * The character alignment of `text` against `raw` from `raw[j]`, computed only as far as the offsets
 * asked for. Characters are matched one by one (equal, a space only in `raw` skipped, a space only in
 * `text` mapped to where `raw` stands, else both advance); a run of equal characters within a line
 * is matched at once. The map is kept as segments where offsets advance together (or stand still).
 */
function alignment(text: string, raw: string, j: number): (local: number) => number {
  const segText: number[] = []; // segment k starts at text offset segText[k] ...
  const segRaw: number[] = []; // ... which maps to raw offset segRaw[k]
  const segMoves: boolean[] = []; // and later offsets follow one for one (else all map to segRaw[k])
  let i = 0;
  const mapTo = (moves: boolean, count: number) => {
    const k = segText.length - 1;
    const continues = k >= 0 && segMoves[k] === moves && segRaw[k]! + (moves ? i - segText[k]! : 0) === j;
    if (!continues) segText.push(i), segRaw.push(j), segMoves.push(moves);
    i += count;
    if (moves) j += count;
  };
  const advance = (at: number) => {
    while (i <= at && i < text.length && j < raw.length) {
      const a = codeAt(text, i);
      const b = codeAt(raw, j);
      if (a === b) {
        let lineEnd = text.indexOf('\n', i + 1);
        if (lineEnd < 0) lineEnd = text.length;
        // the run of equal characters up to the end of the line: the whole line when it is found
        // whole, else up to the first difference (what matching them one by one gives, without
        // testing the rest of the line again at each of them)
        let run = 1;
        if (raw.startsWith(text.slice(i, lineEnd), j)) run = lineEnd - i; // the whole line, compared natively
        else while (i + run < lineEnd && j + run < raw.length && codeAt(text, i + run) === codeAt(raw, j + run)) run++;
        mapTo(true, run);
      } else if (isAlignSpace(b)) j++;
      else if (isAlignSpace(a)) mapTo(false, 1);
      else mapTo(true, 1);
    }
  };
  let k = 0; // the segment of the last offset asked for: offsets come mostly in order
  return (o) => {
    const at = Math.max(0, Math.min(o, text.length));
    advance(at);
    // past the aligned part (the end of the text or of the raw text) every offset maps to where it stopped
    if (at >= i) return j;
    if (k >= segText.length || segText[k]! > at) k = 0;
    while (k + 1 < segText.length && segText[k + 1]! <= at) k++;
    return segRaw[k]! + (segMoves[k] ? at - segText[k]! : 0);
  };
}

/** The units of a cable extraction reads: the subject (as paragraph `subject`) and every paragraph. */
function units(cable: Cable): Unit[] {
  const out: Unit[] = [];
  if (cable.subject?.text) {
    const at = cable.raw ? cable.raw.indexOf(cable.subject.text) : -1;
    out.push(scanUnit('subject', cable.subject.text, at >= 0 ? at : 0));
  }
  for (const p of cable.paragraphs) out.push(scanUnit(p.number, p.text, offsetMap(cable, p.text, p.start)));
  return out;
}

/**
 * Extract the proliferation network of one cable: entity mentions (organisations, persons,
 * countries, items, control entries, vessels) per paragraph with spans, and relations with the
 * sentence they rest on. Pure, never throws on content.
 * @example extractNetwork(parseCable(seedText)).relations.filter((r) => r.kind === 'supplies')
 */
export function extractNetwork(cable: Cable): { mentions: EntityMention[]; relations: RelationMention[] } {
  const us = units(cable);
  const resolved = resolveCable(us);
  const mentions: EntityMention[] = [];
  const relations: RelationMention[] = [];
  const local: Array<{ unit: Unit; rel: LocalRelation }> = [];
  for (const [ui, unit] of us.entries()) {
    const placed = resolved.placed[ui]!;
    const at = typeof unit.base === 'number' ? ((b: number) => (o: number) => b + o)(unit.base) : unit.base;
    for (const m of placed) {
      const e = resolved.entities.get(m.key)!;
      // a description standing for a named party ("the Chinese firm") is not one of its names
      if (m.role === 'generic' && e.role !== 'generic') continue;
      // the name and country as this paragraph states them: nothing leaks from paragraphs a reader may not see
      const name = m.kind === 'country' ? e.name : m.kind === 'control-entry' || m.kind === 'item' ? m.name : m.name;
      mentions.push({ key: m.key, kind: m.kind as EntityKind, name, country: m.kind === 'country' ? e.country : (m.country ?? null), aliases: m.kind === 'control-entry' && m.norm && m.norm !== m.name ? [m.norm] : [], span: { paragraph: unit.paragraph, start: at(m.start), end: m.end > m.start ? at(m.end - 1) + 1 : at(m.end) } });
    }
    if (unit.paragraph !== 'subject' && placed.length) {
      let k = 0;
      for (const [s0, s1] of unit.sentences) {
        while (k < placed.length && placed[k]!.start < s0) k++;
        let e = k;
        while (e < placed.length && placed[e]!.start < s1) e++;
        const inSentence = placed.slice(k, e).filter((m) => m.end <= s1);
        if (inSentence.length) for (const rel of sentenceRelations(unit.text, s0, s1, placed, inSentence)) local.push({ unit, rel });
      }
    }
    for (const rel of labelRelations(unit.text, placed)) local.push({ unit, rel });
  }
  // end users are end users of the supplier of the transfer: in the same paragraph, else in the cable
  const supplierOf = (unit: Unit | null): string | null => {
    const pool = local.filter((l) => unit === null || l.unit === unit);
    return pool.find((l) => l.rel.kind === 'supplies' && l.rel.item)?.rel.from ?? pool.find((l) => l.rel.kind === 'supplies')?.rel.from ?? pool.find((l) => l.rel.kind === 'procures-from')?.rel.to ?? null;
  };
  const seen = new Set<string>();
  for (const { unit, rel } of local) {
    if (rel.kind === 'end-user-of' && !rel.to) {
      const supplier = supplierOf(unit) ?? supplierOf(null);
      if (!supplier || supplier === rel.from) continue;
      rel.to = supplier;
    }
    const id = `${rel.kind}|${rel.from}|${rel.to}|${unit.paragraph}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const at = typeof unit.base === 'number' ? ((b: number) => (o: number) => b + o)(unit.base) : unit.base;
    relations.push({ kind: rel.kind, from: rel.from, to: rel.to, item: rel.item ? itemKey(rel.item, resolved.placed) : null, span: { paragraph: unit.paragraph, start: at(rel.start), end: rel.end > rel.start ? at(rel.end - 1) + 1 : at(rel.end) } });
  }
  applyLocated(relations, mentions);
  const roles = new Map([...resolved.entities].map(([k, e]) => [k, e.role]));
  return { mentions: dropBystanders(mentions, relations, roles), relations };
}

/** The key of the item a relation names (its text as written), or the text itself when no item mention matches. */
function itemKey(text: string, placed: Placed[][]): string {
  for (const ps of placed) for (const p of ps) if (p.kind === 'item' && (p.wide === text || p.name === text)) return p.key;
  return text;
}

/**
 * Countries stated in a paragraph reach the party's other mentions in that same paragraph: a party
 * located in a country, a subsidiary of a party of a country. Paragraph by paragraph, so a reader
 * who may read only some paragraphs learns only what those say.
 */
function applyLocated(relations: RelationMention[], mentions: EntityMention[]): void {
  const countryIn = (key: string, paragraph: string) => mentions.find((m) => m.key === key && m.span.paragraph === paragraph && m.country)?.country ?? null;
  const set = (key: string, paragraph: string, c: string) => {
    for (const m of mentions) if (m.key === key && m.span.paragraph === paragraph && !m.country) m.country = c;
  };
  for (const r of relations) {
    if (r.kind === 'located-in') {
      const c = /^country:(\w{3})$/.exec(r.to)?.[1];
      if (c) set(r.from, r.span.paragraph, c);
    }
  }
  for (const r of relations) {
    if (r.kind !== 'subsidiary-of') continue;
    const c = countryIn(r.to, r.span.paragraph);
    if (c) set(r.from, r.span.paragraph, c);
  }
  // mentions in the same paragraph share what one of them states: the country of the first of them
  // that has one (filling the others in keeps it the first), looked up once instead of per mention;
  // by paragraph, then key (no joined key string to build and hash for every mention)
  const stated = new Map<string, Map<string, string>>();
  for (const m of mentions) {
    if (!m.country) continue;
    let inParagraph = stated.get(m.span.paragraph);
    if (!inParagraph) stated.set(m.span.paragraph, (inParagraph = new Map()));
    if (!inParagraph.has(m.key)) inParagraph.set(m.key, m.country);
  }
  for (const m of mentions) {
    if (m.country || m.kind === 'country') continue;
    const c = stated.get(m.span.paragraph)?.get(m.key);
    if (c) m.country = c;
  }
}
