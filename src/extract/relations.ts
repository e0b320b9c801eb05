/**
 * Relations stated in one sentence: supplies, procures-from, brokers, subsidiary-of, end-user-of,
 * ships, finances, controlled-under, located-in, sanctioned-by. Rules read the words between
 * mentions; each relation cites the sentence it rests on.
 */

import { execAll } from './text.js';

/** A mention as the relation rules see it (local offsets into the paragraph text). */
export interface Placed {
  key: string;
  kind: string;
  name: string;
  start: number;
  end: number;
  country: string | null;
  role?: string;
  norm?: string;
  wide?: string;
}

export interface LocalRelation {
  kind: string;
  from: string;
  to: string;
  item: string | null;
  start: number;
  end: number;
}

const partyKinds = new Set(['organization', 'person', 'country', 'vessel']);
const supplyRe = /\b(?:sell|sells|sold|selling|sale|sales|supply|supplies|supplied|supplying|export|exports|exported|exporting|ship|ships|shipped|shipping|shipment|shipments|provide|provides|provided|providing|transfer|transfers|transferred|transferring|deliver|delivers|delivered|delivering|delivery|deliveries|offer|offers|offered|offering|re-?exported|re-?transferred|retransferred|consigned|booked|supplier|exporter)\b/gi;
const acquireRe = /\b(?:receive|receives|received|receiving|obtain|obtained|obtaining|acquire|acquired|acquiring|acquisition|import|imports|imported|importing|purchase|purchases|purchased|purchasing|buy|buys|bought|buying|procure|procures|procured|procuring|procurement|seek|seeks|seeking|sought|order|ordered)\b/gi;
const negation = /\b(?:not|never|cannot|can't|no longer|refused to|declined to|denied|deny|denies)\s+(?:\w+\s+){0,2}$/i;
const prepBefore = /\b(?:from|to|with|of|by|for|than|against|about|on|via|through|into|in)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$/i;
const coordination = /^\s*(?:,|and|or|as\s+well\s+as|,\s+and|and\s+its\s+(?:subsidiary|affiliate)|and\s+their|,\s+as\s+well\s+as)\s*(?:the\s+)?$/i;
const clauseBoundary = /\b(?:that|which|who|so|because|while|whereas|but|although|if|when|after|before)\b|;|:/gi;
const toBefore = /\bto\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|several\s+|various\s+)?(?:[\w'’,-]+\s+){0,2}$/i;
const fromBefore = /\bfrom\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|both\s+)?(?:[\w'’,-]+\s+){0,2}$/i;
const byBefore = /\bby\s+(?:the\s+|a\s+|an\s+|its\s+)?$/i;
const controlWords = /\b(?:control(?:led|s)?|list(?:ed)?|specified|covered|captured|regulated|annex|item|entry|category)\b|-controlled/i;
const authorityRe = /security council|ofac|foreign assets control|treasury|united states|\bu\.s\.?$|european union|^eu$|^un$|^u\.n\.$/i;
const brokerRe = /\bon behalf of\b|\b(?:dealer|agent|broker|intermediary|representative|middleman|procurement agent)\s+(?:for|of)\b/gi;
const throughIntermediaryRe = /\bthrough\s+(?:an?\s+|the\s+)?(?:\w+\s+)?intermediar(?:y|ies)(?:\s+(?:named|called))?\s*/gi;
const endUserRe = /\bend[- ]?user\s+(?:certificate|certification|statement|document)s?\s+(?:\w+\s+){0,2}?(?:from|by|of|issued by|signed by)\s+|\b(?:intended|ultimate|final|actual)\s+end[- ]?users?\b|\bend[- ]?users?\s*:\s*|\bend[- ]use\s+by\s+/gi;
const financesRe = /\b(?:financ(?:ed|es|ing)|fund(?:ed|s|ing)|bankroll(?:ed|s|ing))\b(\s+by\b)?/gi;
const sanctionedRe = /\b(?:designated|sanctioned|listed|designations?)\b/gi;

/**
 * The cue words of all the rules above in one pattern: one scan of a sentence instead of seven when
 * it has none of them (most sentences). A rule's pattern can match a sentence only where this one
 * does. It costs about what three of the rules cost, so it is asked only where all of them would run.
 */
const anyCue = new RegExp([supplyRe, acquireRe, brokerRe, throughIntermediaryRe, endUserRe, financesRe, sanctionedRe].map((re) => re.source).join('|'), 'i');

const reporterFree = new Set(['finances', 'brokers', 'subsidiary-of', 'procures-from']);
const usName = /^(?:the\s+)?(?:U\.?\s?S\.?G?\b|United States|American|Department|State Department|Treasury|Commerce Department|Embassy|Bureau of|Office of Defense|Defense Security|Immigration and Customs|Customs and Border|Federal|White House|Congress)|Department['’]s|DDTC|Defense Trade Controls|^PM\//;

const authorityName = /Security Council|United Nations|^(?:the\s+)?(?:UN|U\.N\.|IAEA|OPCW|OFAC|Office of Foreign Assets Control|Treasury)\b/;

/** Intergovernmental bodies and sanctioning authorities: they designate, they do not trade. */
function isAuthority(p: Placed): boolean {
  return p.kind === 'organization' && authorityName.test(p.name);
}

/** The cables' own government: the United States as a country, US bodies. */
function isUs(p: Placed): boolean {
  return (p.kind === 'country' && p.country === 'USA') || (p.kind === 'organization' && (p.country === 'USA' || usName.test(p.name)) && p.role !== 'company');
}

function between(text: string, a: { end: number }, b: { start: number }): string {
  return text.slice(a.end, b.start);
}

/** Start of the clause holding `pos`: after the last subordinating word before it, when a party follows that word. */
function clauseStart(text: string, parties: Placed[], s0: number, pos: number): number {
  let start = s0;
  const slice = text.slice(s0, pos);
  for (const m of execAll(clauseBoundary, slice)) {
    const at = s0 + (m.index ?? 0) + m[0].length;
    if (parties.some((p) => p.start >= at && p.end <= pos)) start = at;
  }
  return start;
}

/** The grammatical subject group before `pos`: the leftmost party of the clause not governed by a preposition, with the parties coordinated with it. */
function subjectGroup(text: string, parties: Placed[], s0: number, pos: number): Placed[] {
  // "FEDCO, which may have been acting on behalf of SHIG": a relative clause's subject is the party before it
  const rel = /(?:^|[^\w])(?:,\s*)?(?:which|who)\s+(?:[\w-]+\s+){0,6}?$/i.exec(text.slice(Math.max(s0, pos - 80), pos));
  if (rel) {
    const at = Math.max(s0, pos - 80) + rel.index;
    if (!parties.some((p) => p.start >= at && p.end <= pos)) {
      const prev = parties.filter((p) => p.end <= at && p.start >= s0 && at - p.end <= 30);
      if (prev.length) return [prev[prev.length - 1]!];
    }
  }
  const c0 = clauseStart(text, parties, s0, pos);
  const before = parties.filter((p) => p.end <= pos && p.start >= c0);
  for (let i = 0; i < before.length; i++) {
    const p = before[i]!;
    if (prepBefore.test(text.slice(Math.max(s0, p.start - 30), p.start))) continue;
    const group = [p];
    for (let j = i + 1; j < before.length; j++) {
      if (!coordination.test(between(text, before[j - 1]!, before[j]!))) break;
      group.push(before[j]!);
    }
    return uniqueKeys(group);
  }
  return [];
}

function uniqueKeys(ps: Placed[]): Placed[] {
  const seen = new Set<string>();
  return ps.filter((p) => !seen.has(p.key) && seen.add(p.key));
}

/** The first party after `pos` introduced by `re` (tested on the text before the party). */
function firstAfter(text: string, parties: Placed[], pos: number, s1: number, re: RegExp): Placed | null {
  for (const p of parties) {
    if (p.start < pos || p.start >= s1) continue;
    if (re.test(text.slice(Math.max(pos, p.start - 40), p.start))) return p;
  }
  return null;
}

function itemBetween(items: Placed[], a: number, b: number): string | null {
  const it = items.find((i) => i.start >= a && i.end <= b);
  return it ? (it.wide ?? it.name) : null;
}

/** Relations in one sentence [s0, s1) of a paragraph. */
export function sentenceRelations(text: string, s0: number, s1: number, all: Placed[], inSentence?: Placed[]): LocalRelation[] {
  const ms = inSentence ?? all.filter((m) => m.start >= s0 && m.end <= s1);
  if (!ms.some((m) => partyKinds.has(m.kind) || m.kind === 'control-entry')) return [];
  const located = ms.filter((m) => partyKinds.has(m.kind));
  // "Iran's X", "Malaysia-based X": the country word locates X; X is the actor
  const parties = located.filter((m) => !(m.kind === 'country' && m.norm && located.some((o) => o.kind !== 'country' && o.start >= m.end && o.start - m.end <= 12)));
  const items = ms.filter((m) => m.kind === 'item');
  const controls = ms.filter((m) => m.kind === 'control-entry');
  const out: LocalRelation[] = [];
  const sentence = text.slice(s0, s1);
  // worth a scan where the supply and acquisition rules would run (two parties); else the few rules run as they are
  const cued = parties.length < 2 || anyCue.test(sentence);
  const rel = (kind: string, from: Placed, to: Placed, item: string | null) => {
    if (from.key === to.key) return;
    // the reporting government and intergovernmental bodies are not parties to ownership, brokering or finance
    if (reporterFree.has(kind) && (isUs(from) || isUs(to) || isAuthority(from) || isAuthority(to))) return;
    out.push({ kind, from: from.key, to: to.key, item, start: s0, end: s1 });
  };

  if (parties.length >= 2 && cued) {
    for (const m of execAll(supplyRe, sentence)) {
      const p = s0 + (m.index ?? 0);
      const pEnd = p + m[0].length;
      if (negation.test(text.slice(Math.max(s0, p - 30), p)) || /\b(?:cannot|can't|not|never|no longer)\b/i.test(text.slice(clauseStart(text, parties, s0, p), p))) continue;
      const by = firstAfter(text, parties, pEnd, s1, byBefore);
      const from = firstAfter(text, parties, pEnd, s1, fromBefore);
      let recipient = firstAfter(text, parties, pEnd, s1, toBefore);
      if (!recipient && /^offer/i.test(m[0])) recipient = parties.find((x) => x.start >= pEnd && /^\s*$/.test(text.slice(pEnd, x.start))) ?? null;
      if (!recipient) continue;
      const strong = /^(?:s[eo]l|sale|export|ship|transfer|deliver|re-?export|re-?transfer|retransfer|consign|booked)/i.test(m[0]);
      const hasItem = items.some((x) => x.start >= s0 && x.end <= s1);
      if (!strong && !hasItem) continue;
      if (/^\s*(?:\w+\s+){0,3}?(?:information|details|points|evidence|assurances?|briefings?|data|documentation|answers?|responses?|updates?|comments|views|clarification|demarche|list)\b/i.test(text.slice(pEnd, recipient.start))) continue;
      if (recipient.kind === 'country' && recipient.norm === 'possessive') {
        const owned = parties.find((x) => x.start >= recipient!.end && x.start - recipient!.end <= 4 && x.kind !== 'country');
        if (owned) recipient = owned;
      }
      const passiveBy = by && by.start < recipient.start && /^\s*(?:\w+ly\s+)?by\s+(?:the\s+|an?\s+)?$/i.test(text.slice(pEnd, by.start)) ? by : null;
      let suppliers = passiveBy ? [passiveBy] : from && from.start < recipient.start ? [from] : subjectGroup(text, parties, s0, p);
      if (!suppliers.length) suppliers = antecedents(text, s0, all);
      suppliers = suppliers.filter((x) => x.key !== recipient!.key);
      const item = itemBetween(items, pEnd, recipient.start) ?? (/^offer/i.test(m[0]) ? itemBetween(items, recipient.end, Math.min(s1, recipient.end + 120)) : null) ?? itemBetween(items, s0, p);
      const goodsNamed = item !== null || passiveBy !== null || /^\s+of\s/i.test(text.slice(pEnd, pEnd + 5));
      for (const s of suppliers) {
        // a state as supplier only where goods are named ("transferred QW-1 MANPADS to Iran"), not for words passed on;
        // the cables' own government only for a plain transfer of named goods
        if (s.kind === 'country' && !goodsNamed) continue;
        // the cables' own government and intergovernmental bodies are reporters and authorities here, not traders
        if (isUs(s) || isUs(recipient) || isAuthority(s) || isAuthority(recipient)) continue;
        rel('supplies', s, recipient, item);
      }
    }
    for (const m of execAll(acquireRe, sentence)) {
      const p = s0 + (m.index ?? 0);
      const pEnd = p + m[0].length;
      if (negation.test(text.slice(Math.max(s0, p - 30), p))) continue;
      const seller = firstAfter(text, parties, pEnd, s1, fromBefore);
      if (!seller) continue;
      let buyers = subjectGroup(text, parties, s0, p);
      if (!buyers.length) buyers = antecedents(text, s0, all);
      buyers = buyers.filter((x) => x.key !== seller.key);
      const item = itemBetween(items, pEnd, seller.start) ?? itemBetween(items, s0, p);
      const receive = /^receiv/i.test(m[0]);
      for (const b of buyers) {
        if ((b.kind === 'country' || seller.kind === 'country') && !item) continue;
        if ((isUs(b) || isUs(seller)) && !(receive && item)) continue;
        if (isAuthority(b) || isAuthority(seller)) continue;
        receive ? rel('supplies', seller, b, item) : rel('procures-from', b, seller, item);
      }
    }
  }
  if (parties.length >= 2 || located.length >= 2) {
    if (cued) brokerRelations(text, s0, s1, sentence, parties, items, rel, all);
    subsidiaryRelations(text, parties, rel);
    locatedRelations(text, located, rel);
  }
  if (parties.length && cued) endUserRelations(text, s0, s1, sentence, parties, items, out);
  otherRelations(text, s0, s1, sentence, parties, items, controls, all, rel, cued);
  return out;
}

/** The first item and the items listed with it ("A, B and C"). */
function coordinated(text: string, items: Placed[]): Placed[] {
  if (!items.length) return [];
  const out = [items[0]!];
  for (let i = 1; i < items.length; i++) {
    if (!/^\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:[\w.-]+\s+){0,4}$/i.test(between(text, items[i - 1]!, items[i]!))) break;
    out.push(items[i]!);
  }
  return out;
}

/** "Iranian entities ..., including SHIG and Ya Mahdi Industries": the named members of a generic group, else the group. */
function including(text: string, parties: Placed[], group: Placed, s1: number): Placed[] {
  const m = /\bincluding\s+/i.exec(text.slice(group.end, Math.min(s1, group.end + 200)));
  if (!m) return [group];
  const from = group.end + m.index;
  const named = parties.filter((x) => x.start > from && x.kind === 'organization' && x.role !== 'generic' && !isAuthority(x));
  const out: Placed[] = [];
  for (const x of named) {
    if (out.length && !/^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i.test(between(text, out[out.length - 1]!, x))) break;
    out.push(x);
  }
  return out.length ? out : [group];
}

/** "These firms ...", "This network ...": the named parties of the sentence before. */
function antecedents(text: string, s0: number, all: Placed[]): Placed[] {
  if (!/^\s*(?:--\s*)?(?:these|both|the two|all three|this network|this group|the network|they)\b/i.test(text.slice(s0, s0 + 30))) return [];
  const before = all.filter((m) => m.end <= s0 && (m.kind === 'organization' || m.kind === 'person') && m.role !== 'generic');
  if (!before.length) return [];
  // the sentence of the last party before
  const last = before[before.length - 1]!;
  const stop = text.lastIndexOf('.', last.start);
  return uniqueKeys(before.filter((m) => m.start > stop));
}

type Rel = (kind: string, from: Placed, to: Placed, item: string | null) => void;

function brokerRelations(text: string, s0: number, s1: number, sentence: string, parties: Placed[], items: Placed[], rel: Rel, all: Placed[]): void {
  for (const m of execAll(brokerRe, sentence)) {
    const p = s0 + (m.index ?? 0);
    const principal = parties.find((x) => x.start >= p + m[0].length && x.start - (p + m[0].length) < 40);
    if (!principal || (principal.kind === 'country' && principal.norm === 'possessive') || isAuthority(principal) || isUs(principal)) continue;
    let agents = subjectGroup(text, parties, s0, p).filter((x) => x.kind !== 'country');
    if (!agents.length) agents = antecedents(text, s0, all);
    const item = itemBetween(items, s0, p);
    const principals = principal.role === 'generic' ? including(text, parties, principal, s1) : [principal];
    for (const a of agents) for (const pr of principals) rel('brokers', a, pr, item);
  }
  for (const m of execAll(throughIntermediaryRe, sentence)) {
    const p = s0 + (m.index ?? 0);
    const agent = parties.find((x) => x.start >= p + m[0].length && x.start - (p + m[0].length) < 5);
    const principal = subjectGroup(text, parties, s0, p)[0];
    if (agent && principal) rel('brokers', agent, principal, itemBetween(items, s0, s1));
  }
}

const subsidiaryAfter = /^\)?\s*(?:\([^)]{1,40}\))?\s*,?\s*(?:is\s+|was\s+|as\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}(?:subsidiary|front company|front|cover name|cover|division|element|subordinate|branch|unit)\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;
const ownedBy = /^\s*(?:,\s*)?(?:is|was|which is)?\s*(?:wholly\s+|fully\s+)?(?:owned|controlled)\s+by\s+(?:the\s+)?$/i;

function subsidiaryRelations(text: string, parties: Placed[], rel: Rel): void {
  const orgs = parties.filter((p) => p.kind === 'organization');
  for (let i = 0; i < orgs.length; i++) {
    const y = orgs[i]!;
    const pre = text.slice(Math.max(0, y.start - 40), y.start);
    if (/\b(?:its|their)\s+(?:[\w-]+\s+)?(?:subsidiary|subsidiaries|front company|affiliate)\s+$/i.test(pre)) {
      const parent = [...orgs.slice(0, i)].reverse().find((x) => x.key !== y.key);
      if (parent) rel('subsidiary-of', y, parent, null);
    }
    // the next other party ("X (XACR), a cover name for Y": the acronym is X again)
    const x = orgs.slice(i + 1).find((o) => o.key !== y.key);
    if (!x) continue;
    const gap = between(text, y, x);
    if (subsidiaryAfter.test(gap) || ownedBy.test(gap)) rel('subsidiary-of', y, x, null);
    if (/^\s*(?:subsidiary|front company|front)\s+$/i.test(gap)) rel('subsidiary-of', x, y, null);
  }
}

function endUserRelations(text: string, s0: number, s1: number, sentence: string, parties: Placed[], items: Placed[], out: LocalRelation[]): void {
  for (const m of execAll(endUserRe, sentence)) {
    const p = s0 + (m.index ?? 0) + m[0].length;
    const user = parties.find((x) => x.start >= p && x.start - p < 80 && x.kind !== 'country');
    if (!user) continue;
    // the supplier is filled in at cable level (the seller of the item): `to` is left as a placeholder
    out.push({ kind: 'end-user-of', from: user.key, to: '', item: itemBetween(items, s0, s1), start: s0, end: s1 });
  }
}

function locatedRelations(text: string, parties: Placed[], rel: Rel): void {
  for (let i = 0; i < parties.length; i++) {
    const c = parties[i]!;
    if (c.kind === 'country' && (c.norm === 'possessive' || c.norm === 'based')) {
      const org = parties.slice(i + 1).find((x) => x.kind === 'organization' || x.kind === 'person');
      if (org && org.role !== 'government' && /^(?:['’]s|,s|-based|-registered)?\s*(?:[a-z][\w-]*\s+){0,2}$/.test(between(text, c, org))) rel('located-in', org, c, null);
    }
    if (c.kind === 'organization') {
      const next = parties[i + 1];
      if (c.role !== 'government' && next?.kind === 'country' && /^\s*(?:\(\s*in\s+|,?\s*(?:based|located|headquartered|registered)\s+in\s+(?:[\w ]+,\s*)?)$/i.test(between(text, c, next))) {
        rel('located-in', c, next, null);
      }
    }
  }
}

/** `cued`: the sentence may have a cue word of some rule (see anyCue), else the finance and sanction rules are not tried. */
function otherRelations(text: string, s0: number, s1: number, sentence: string, parties: Placed[], items: Placed[], controls: Placed[], all: Placed[], rel: Rel, cued: boolean): void {
  // controlled-under: items before the entry ("X are controlled under Y"), else after it ("MTCR-controlled graphite")
  if (controls.length && controlWords.test(sentence) && !/\bnot\s+(?:\w+\s+)?controlled\b/i.test(sentence)) {
    for (const c of controls) {
      let its = coordinated(text, items.filter((i) => i.end <= c.start));
      if (!its.length) its = items.filter((i) => i.start >= c.end).slice(0, 1);
      if (!its.length && /^\s*(?:--\s*)?(?:these|they|it|this|such|both|all|some|the items?|the goods|the equipment)\b/i.test(sentence)) {
        const prev = all.filter((m) => m.kind === 'item' && m.end <= s0);
        if (prev.length) its = [prev[prev.length - 1]!];
      }
      for (const it of its) rel('controlled-under', it, c, null);
    }
  }
  // ships: a vessel carrying goods to a destination
  for (const v of parties.filter((p) => p.kind === 'vessel')) {
    if (!/\b(?:travel?l?ed|sailed|carried|carrying|carries|transported|transporting|shipped|bound for|en route|arrived|delivered|loaded)\b/i.test(sentence)) continue;
    const dest = [...parties].reverse().find((p) => p.start > v.end && toBefore.test(text.slice(Math.max(s0, p.start - 30), p.start)));
    if (dest) rel('ships', v, dest, itemBetween(items, v.end, s1));
  }
  if (!cued) return;
  // finances
  for (const m of execAll(financesRe, sentence)) {
    const p = s0 + (m.index ?? 0);
    const after = parties.find((x) => x.start >= p + m[0].length && x.start - (p + m[0].length) < 30);
    const subj = subjectGroup(text, parties, s0, p);
    if (!after || !subj.length) continue;
    for (const s of subj) m[1] ? rel('finances', after, s, null) : rel('finances', s, after, null);
  }
  // sanctioned-by: "X ... designated by/under the UN Security Council", "sanctioned by the U.S."
  for (const m of execAll(sanctionedRe, sentence)) {
    const p = s0 + (m.index ?? 0);
    const authority = parties.find((x) => x.start > p && x.start - p < 120 && authorityRe.test(x.name));
    const before = parties.filter((x) => x.end <= p && x.kind !== 'country' && !authorityRe.test(x.name));
    if (authority && !before.length) {
      for (const a of antecedents(text, s0, all)) rel('sanctioned-by', a, authority, null);
    }
    if (authority && before.length) {
      const last = before[before.length - 1]!;
      const appositive = /^\)?\s*(?:\([^)]{1,30}\))?\s*,\s*(?:an?|the|which is|which was)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(last.end, p));
      const subj = appositive ? [last] : subjectGroup(text, before, s0, p);
      for (const s of subj.length ? subj : before.slice(-1)) rel('sanctioned-by', s, authority, null);
    }
    const authBefore = parties.filter((x) => x.end <= p && authorityRe.test(x.name)).pop();
    if (authBefore && !authority && /designat/i.test(m[0])) {
      for (const t of parties.filter((x) => x.start > p && x.kind === 'person' || (x.start > p && x.kind === 'organization' && x.role !== 'government'))) rel('sanctioned-by', t, authBefore, null);
    }
  }
}
