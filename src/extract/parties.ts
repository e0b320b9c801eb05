/**
 * Parties in one paragraph: organisations (legal forms and organisation heads, descriptors such as
 * "the French firm X" or "its subsidiary Y", list names, "Iran's X"), government bodies, generic
 * parties ("Iranian defense entities"), persons (by role: "Iranian businessman X"), vessels, and
 * countries (names as nouns; demonyms only give other mentions their country).
 */
import type { Found } from './found.js';
import { WordTable, type ScanTables, type Token } from './text.js';
import { longestMatch } from './trie.js';
import { startsCountry, startsItem, startsParty, type Lexicon } from './lexicon.js';

const legalForms = new Set([
  'ltd', 'limited', 'co', 'company', 'corp', 'corporation', 'inc', 'incorporated', 'gmbh', 'ag', 'sa', 's.a', 's/a', 'spa', 's.p.a',
  'bv', 'b.v', 'nv', 'n.v', 'llc', 'l.l.c', 'plc', 'bhd', 'sdn', 'pvt', 'ltda', 'kg', 'oy', 'fze', 'fzco', 'fzc', 'llp', 'pte', 'kft',
  'sarl', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'ooo', 'zao', 'oao', 'srl', 's.r.l', 'sas', 'a.s', 'd.o.o', 'lda', 'cia', 'gie', 'companies',
]);
const companyHeads = new Set([
  'group', 'industries', 'industry', 'organization', 'organisation', 'works', 'services', 'commercial', 'trading', 'electronics',
  'technology', 'technologies', 'engineering', 'systems', 'international', 'enterprises', 'enterprise', 'holding', 'holdings', 'bank',
  'lines', 'shipping', 'airlines', 'aviation', 'factory', 'factories', 'institute', 'laboratories', 'metals', 'chemicals', 'complex',
  'establishment', 'manufacturing', 'machinery', 'motors', 'aerospace', 'logistics', 'transportes', 'logistica', 'association',
  'consortium', 'firearms', 'instruments', 'distributor', 'distributors', 'exports', 'imports', 'solutions', 'industrial', 'trade',
  'resources', 'mining', 'petroleum', 'division', 'center', 'centre',
]);
const governmentHeads = new Set([
  'ministry', 'department', 'office', 'authority', 'council', 'commission', 'army', 'navy', 'force', 'forces', 'corps', 'guard',
  'police', 'customs', 'secretariat', 'secretaria', 'secretarias', 'directorate', 'administration', 'bureau', 'committee', 'government',
  'agency', 'parliament', 'service', 'mfa', 'mod', 'mofa', 'mofcom', 'modafl',
]);
const connectors = new Set(['of', 'and', '&', 'de', 've', 'for', 'del', 'la', 'y', 'e', 'da', 'do', 'dos', 'du', 'des', 'van', 'von', 'al', 'el', 'di', 'der', '-', 'und', 'et']);
/** Capitalised words that begin sentences or label lines rather than names. */
const capStop = new Set([
  'the', 'this', 'these', 'that', 'those', 'we', 'our', 'in', 'on', 'at', 'as', 'according', 'post', 'embassy', 'however', 'although',
  'if', 'when', 'while', 'since', 'after', 'before', 'both', 'also', 'additionally', 'further', 'furthermore', 'moreover', 'a', 'an',
  'it', 'its', 'their', 'they', 'he', 'she', 'his', 'her', 'per', 'ref', 'begin', 'end', 'summary', 'comment', 'action', 'request',
  'background', 'note', 'please', 'usg', 'washington', 'subject', 'septel', 'reftel', 'following', 'inform', 'stress', 'ask',
  'emphasize', 'tell', 'share', 'urge', 'request', 'express', 'highlight', 'explain', 'seek', 'shipper', 'consignee', 'seller', 'buyer',
  'purchaser', 'supplier', 'manufacturer', 'exporter', 'importer', 'dealer', 'agent', 'broker', 'owner', 'mr', 'mrs', 'ms', 'dr',
  'end-user', 'end', 'user', 'license', 'licence', 'you', 'i', 'there', 'such', 'all', 'any',
  'some', 'other', 'each', 'based', 'by', 'from', 'to', 'with', 'for', 'of', 'and', 'or', 'but', 'not', 'no', 'is', 'are', 'was', 'were',
  'has', 'have', 'had', 'be', 'been', 'will', 'would', 'may', 'might', 'can', 'could', 'should', 'shall', 'which', 'who', 'whom',
  'what', 'where', 'how', 'why', 'then', 'than', 'so', 'because', 'under', 'about', 'into', 'over', 'via', 'including', 'includes',
  'date', 'value', 'quantity', 'commodity', 'description', 'item', 'items', 'purpose', 'reason', 'point', 'contact', 'poc', 'talking',
  'points', 'objectives', 'reporting', 'requirement', 'information', 'drafted', 'cleared', 'approved', 'secret', 'confidential',
  'unclassified', 'noforn', 'sipdis', 'sbu', 'non-paper', 'nonpaper', 'talking', 'same', 'none', 'unknown', 'n/a', 'tbd', 'various',
]);
/** Words a name does not run across: documents and laws, titles of people. */
const nameBreak = new Set([
  'resolution', 'resolutions', 'act', 'decree', 'regulation', 'regulations', 'law', 'laws', 'convention', 'treaty', 'director',
  'deputy', 'chief', 'minister', 'ambassador', 'secretary', 'head', 'officer', 'chairman', 'president', 'spokesman', 'spokesperson',
  'official', 'officials', 'vice', 'general', 'advisor', 'adviser', 'counselor', 'envoy', 'assistant', 'undersecretary', 'poc',
  'avenida', 'rua', 'calle', 'street', 'road', 'carrera', 'rodovia', 'avenue', 'boulevard', 'blvd', 'p.o', 'box', 'floor', 'suite',
  'ministerio',
]);
const redaction = /^X{4,}$/;
/** Organisation words of other languages (Spanish, Portuguese, Turkish, German, French, Persian, Russian transliterations). */
const foreignHeads = new Set([
  'kurumu', 'sanayi', 'sanayii', 'ticaret', 'sirketi', 'gesellschaft', 'werke', 'technik', 'societe', 'société', 'societa', 'grupo',
  'empresa', 'compania', 'compañía', 'industrias', 'industria', 'comercial', 'ministerio', 'sociedad', 'fabrika', 'zavod',
  'kombinat', 'sanaye', 'tejarat', 'bazargani', 'secretaria', 'secretariat', 'instituto', 'institut', 'centro', 'centre',
]);
const descriptors = new Set([
  'firm', 'firms', 'company', 'companies', 'manufacturer', 'manufacturers', 'supplier', 'suppliers', 'distributor', 'dealer',
  'intermediary', 'intermediaries', 'entity', 'entities', 'subsidiary', 'subsidiaries', 'exporter', 'importer', 'broker', 'affiliate',
  'partner', 'customer', 'trader', 'producer', 'named', 'called', 'shipper', 'consignee', 'buyer', 'end-user', 'front', 'group',
  'conglomerate', 'corporation', 'bank', 'forwarder', 'agent', 'carrier', 'line', 'developer', 'maker', 'vendor', 'organization',
]);
const genericNouns = new Set([
  'firm', 'firms', 'company', 'companies', 'entity', 'entities', 'end-user', 'end-users', 'end', 'militants', 'buyer', 'buyers',
  'customer', 'customers', 'intermediary', 'intermediaries', 'manufacturer', 'manufacturers', 'supplier', 'suppliers', 'businessman',
  'procurement', 'agents', 'military', 'government', 'officials', 'network', 'networks', 'dealer', 'dealers', 'traders', 'groups',
]);
const partyNouns = new Set(['firm', 'firms', 'company', 'companies', 'entity', 'entities', 'end-user', 'end-users', 'militants', 'buyer', 'buyers', 'customer', 'customers', 'intermediary', 'intermediaries', 'manufacturer', 'manufacturers', 'supplier', 'suppliers', 'dealers', 'traders', 'groups', 'network', 'networks', 'agents']);
const personRoles = new Set([
  'businessman', 'businesswoman', 'national', 'citizen', 'director', 'ceo', 'owner', 'president', 'chairman', 'manager', 'agent',
  'broker', 'representative', 'dealer', 'engineer', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'middleman', 'financier', 'trader',
  'officials', 'official', 'nationals', 'businessmen', 'scientist', 'owners', 'directors', 'associate', 'partner',
]);
const vesselTriggers = new Set(['m/v', 'mv', 'm/t', 'vessel', 'ship', 'tanker', 'freighter', 'steamer']);
const govAcronym = /^GO[A-Z]{1,3}$/;
const labelWord = /\b(?:SELLER|SHIPPER|EXPORTER|IMPORTER|PURCHASER|CONSIGNEES?|END[- ]USERS?|MANUFACTURER|Shipper|Consignee|Seller|Purchaser)\s*$/;
const lowerTriggers = new Set([...descriptors, ...personRoles, ...vesselTriggers, ...partyNouns, 'government']);

/** Word-class bits of the party scanner, beside the dictionary bits of lexicon.ts. */
const partyTrigger = 8; // a lower-case word that introduces a party (descriptor, role, vessel word)
const orgHead = 16; // a legal form or an organisation head word
const stopWord = 32; // a capStop word (looked up for capitalised tokens only: others are no name tokens anyway)

let tables: ScanTables | null = null;

/**
 * The word classes the party and item scanners start from, for scanTokens: the first words of the
 * dictionaries' phrases, the lower-case cue words and the organisation head words.
 */
export function scannerWords(lex: Lexicon): ScanTables {
  if (tables) return tables;
  const m = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  mark(lex.countries.root.next.keys(), startsCountry);
  mark(lex.items.root.next.keys(), startsItem);
  mark(lex.parties.root.next.keys(), startsParty);
  mark(lowerTriggers, partyTrigger);
  for (const set of [legalForms, companyHeads, governmentHeads, foreignHeads]) mark(set, orgHead);
  mark(capStop, stopWord);
  // a token that does not start with a capital (in a text not written in capitals) starts no country
  // or list name and is no organisation head: only its item and cue-word classes are asked for
  const other = [...m].filter(([, bits]) => bits & (startsItem | partyTrigger));
  return (tables = { capitalised: new WordTable(m), other: new WordTable(other) });
}

function key(t: Token | undefined): string {
  return t ? t.key : '';
}

/** A token that can be part of a name (tokens scanned with the scannerWords tables). */
function isNameToken(t: Token | undefined, upper: boolean): boolean {
  if (!t || t.punct || (!upper && !t.cap)) return false;
  if (t.isSmallNumber) return false;
  // capitalised tokens (all tokens of a text in capitals) carry the stop-word class: no key is cut to ask
  if (t.classes & stopWord) return false;
  return upper ? /[A-Z0-9]/.test(t.text[0]!) : true;
}

/** Extend a name to the right over name tokens, connectors between name tokens and legal forms. */
function extendRight(tokens: Token[], i: number, upper: boolean, max = 8, text = '', noAnd = false): number {
  let j = i;
  let n = 0;
  while (j < tokens.length && n < max) {
    const t = tokens[j]!;
    if (j > i && text && shortLineBreak(text, tokens[j - 1]!.end, t.start)) break;
    if (nameBreak.has(key(t)) && j > i) break;
    if (isNameToken(t, upper) || (legalForms.has(key(t)) && j > i) || (j > i && t.isSmallNumber && isNameToken(tokens[j + 1], upper) && !text.slice(t.end, tokens[j + 1]!.start).includes('\n'))) {
      j++;
      n++;
      continue;
    }
    if (j > i && legalForms.has(key(tokens[j - 1])) && !legalForms.has(key(t)) && !(t.text === ',' && legalForms.has(key(tokens[j + 1])))) break;
    if (j > i && (connectors.has(t.lower) || t.text === '&') && !(noAnd && t.lower === 'and') && isNameToken(tokens[j + 1], upper) && !upper && !legalForms.has(key(tokens[j - 1])) && !redaction.test(tokens[j + 1]!.text) && !redaction.test(tokens[j - 1]!.text)) {
      j++;
      continue;
    }
    // "Secretaria de la Defensa Nacional": two connectors in a row
    if (j > i && !upper && connectors.has(t.lower) && connectors.has(tokens[j + 1]?.lower ?? '') && isNameToken(tokens[j + 2], upper) && t.lower !== 'and') {
      j += 2;
      continue;
    }
    if (j > i && t.text === ',' && legalForms.has(key(tokens[j + 1])) && !legalForms.has(key(tokens[j - 1]))) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** A line break between two tokens where the line before is short (a field of a form, an address line). */
function shortLineBreak(text: string, from: number, to: number): boolean {
  const nl = text.indexOf('\n', from);
  if (nl < 0 || nl >= to) return false;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  return nl - lineStart < 45 || /^\s*[A-Z][A-Z -]{2,}:/.test(text.slice(lineStart, nl));
}

/** Extend a name to the left of token i (exclusive) over name tokens and connectors. */
function extendLeft(tokens: Token[], i: number, upper: boolean, max = 7, text = ''): number {
  let j = i;
  let n = 0;
  while (j > 0 && n < max) {
    const t = tokens[j - 1]!;
    if (text && shortLineBreak(text, t.end, tokens[j]!.start)) break;
    if (nameBreak.has(key(t)) || /-(?:based|origin|owned|registered|made|produced|controlled)$/i.test(t.text)) break;
    if (isNameToken(t, upper) || (t.isSmallNumber && isNameToken(tokens[j - 2], upper) && j < i + 1 && n > 0)) {
      j--;
      n++;
      continue;
    }
    if (!upper && (connectors.has(t.lower) || t.text === '&') && isNameToken(tokens[j - 2], upper) && j < i + 1 && !(t.lower === 'and' && legalForms.has(key(tokens[j - 2])))) {
      j--;
      continue;
    }
    if (!upper && connectors.has(t.lower) && connectors.has(tokens[j - 2]?.lower ?? '') && isNameToken(tokens[j - 3], upper) && t.lower !== 'and') {
      j -= 2;
      continue;
    }
    break;
  }
  while (j < i && (connectors.has(tokens[j]!.lower) || tokens[j]!.punct)) j++;
  return j;
}

function spanText(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end).replace(/\s+/g, ' ');
}

export interface PartyScan {
  found: Found[];
  /** demonyms and "-based" country words: token index → alpha-3 */
  adjectives: Map<number, string>;
}

function countryAt(lex: Lexicon, tokens: Token[], i: number, upper: boolean): { alpha3: string; form: 'name' | 'adjective'; end: number } | null {
  const t = tokens[i]!;
  if (!upper && !t.cap) return null;
  const m = longestMatch(lex.countries, tokens, i);
  if (!m) return null;
  const v = m.values[0]!;
  if (v.form === 'adjective' && (t.text === 'US' || t.text === 'UK') && upper) return null;
  return { alpha3: v.alpha3, form: v.form, end: m.end };
}

/** The country a hyphenated or possessive token names: "Malaysia-based", "French-origin", "Iran's". */
function affixedCountry(lex: Lexicon, t: Token): { alpha3: string; kind: 'based' | 'origin' | 'possessive' } | null {
  if (!t.cap || !t.hasHyphenOrQuote) return null;
  const m = /^(.+?)(?:-(based|origin|owned|registered|made|produced|flagged)|['’]s)$/i.exec(t.text);
  if (!m) return null;
  const stem = m[1]!.toLowerCase();
  const c = lex.countries.root.next.get(stem)?.values?.[0];
  if (!c) return null;
  const kind = m[2] === undefined ? 'possessive' : m[2].toLowerCase() === 'based' || m[2].toLowerCase() === 'registered' ? 'based' : 'origin';
  if (kind === 'possessive' && c.form !== 'name') return null;
  return { alpha3: c.alpha3, kind };
}

/** Scan one paragraph's tokens (scanned with the scannerWords table) for parties. */
export function findParties(text: string, tokens: Token[], upper: boolean, lex: Lexicon): PartyScan {
  const found: Found[] = [];
  const adjectives = new Map<number, string>();
  const push = (f: Found) => found.push(f);
  let headSpanEnd = 0;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.punct) {
      // a labelled field of a licence or shipping record: "SELLER: Goodrich Corporation ...", "FOREIGN END-USER: ..."
      if (t.text === ':' && !upper && isNameToken(tokens[i + 1], upper) && labelWord.test(text.slice(Math.max(0, t.start - 40), t.start))) {
        const b = extendRight(tokens, i + 1, upper, 8, text);
        push({ kind: 'organization', name: spanText(text, tokens, i + 1, b), start: tokens[i + 1]!.start, end: tokens[b - 1]!.end, country: null, aliases: [], role: 'company', norm: 'label' });
      }
      continue;
    }
    const cls = t.classes;
    // descriptors, role and vessel words: the cues the rules below start from (all in lowerTriggers)
    const trigger = (cls & partyTrigger) !== 0;
    // most words are lower-case common words: only descriptors and role words matter among them
    if (!t.cap && !upper && !trigger) continue;
    // the key is needed only by the rules for organisation heads and cue words
    const k = cls & (orgHead | partyTrigger) ? key(t) : '';

    // countries and demonyms
    const c = cls & startsCountry ? countryAt(lex, tokens, i, upper) : null;
    if (c) {
      if (c.form === 'adjective') adjectives.set(i, c.alpha3);
      else if (tokens[c.end]?.text === ',' && tokens[c.end + 1]?.text === 's' && !upper) {
        push({ kind: 'country', name: spanText(text, tokens, i, c.end), start: t.start, end: tokens[c.end - 1]!.end, country: c.alpha3, aliases: [], norm: 'possessive' });
      } else push({ kind: 'country', name: spanText(text, tokens, i, c.end), start: t.start, end: tokens[c.end - 1]!.end, country: c.alpha3, aliases: [] });
    }
    const affixed = affixedCountry(lex, t);
    if (affixed) {
      adjectives.set(i, affixed.alpha3);
      if (affixed.kind === 'possessive' || affixed.kind === 'based') {
        const stemEnd = t.start + t.text.search(/(?:-|['’]s$)/i);
        push({ kind: 'country', name: text.slice(t.start, stemEnd), start: t.start, end: stemEnd, country: affixed.alpha3, aliases: [], norm: affixed.kind });
      }
    }

    // list names (dictionary)
    if ((upper || t.cap) && cls & startsParty) {
      const m = longestMatch(lex.parties, tokens, i);
      const generic = m && tokens.slice(i, m.end).every((x) => x.punct || legalForms.has(key(x)) || companyHeads.has(key(x)) || governmentHeads.has(key(x)) || capStop.has(key(x)));
      if (m && !generic && (m.end - i > 1 || /^[A-Z0-9-]{4,}$/.test(t.text))) {
        const v = m.values[0]!;
        push({ kind: v.kind, name: spanText(text, tokens, i, m.end), start: t.start, end: tokens[m.end - 1]!.end, country: v.country, aliases: [], role: 'company', norm: 'list' });
      }
    }

    // organisation heads and legal forms: "Zhejiang Dali Technology Company Ltd", "Colombian Air Force"
    if (cls & orgHead && (t.start >= headSpanEnd || governmentHeads.has(k)) && (legalForms.has(k) || companyHeads.has(k) || governmentHeads.has(k) || foreignHeads.has(k)) && t.cap && !upper && !capStop.has(k)) {
      const a = extendLeft(tokens, i, upper, 7, text);
      const b = extendRight(tokens, i, upper, 8, text);
      const gov = governmentHeads.has(k) || (a < i && tokens.slice(a, b).some((x) => governmentHeads.has(key(x))));
      const opensName = a === i && b > i + 1 && (governmentHeads.has(k) || foreignHeads.has(k) || ['bank', 'institute', 'organization', 'organisation', 'center', 'centre', 'office', 'council'].includes(k));
      if (a < i || opensName || (gov && /^[A-Z]{3,6}$/.test(t.text))) {
        let start = a;
        let country: string | null = null;
        const lead = countryAt(lex, tokens, start, upper);
        if (lead && lead.form === 'adjective') country = lead.alpha3;
        if (lead && lead.form === 'name' && gov) country = lead.alpha3;
        if (start < b) {
          push({ kind: 'organization', name: spanText(text, tokens, start, b), start: tokens[start]!.start, end: tokens[b - 1]!.end, country, aliases: [], role: gov ? 'government' : 'company' });
          headSpanEnd = tokens[b - 1]!.end; // later heads of the same name ("... Industrial Group") add nothing
        }
      }
    }

    // "Government of X", "GOI"
    if (k === 'government' && tokens[i + 1]?.lower === 'of' && (upper || t.cap)) {
      const cc = countryAt(lex, tokens, i + 2, upper);
      if (cc && cc.form === 'name') push({ kind: 'organization', name: spanText(text, tokens, i, cc.end), start: t.start, end: tokens[cc.end - 1]!.end, country: cc.alpha3, aliases: [], role: 'government' });
    }
    // "GOI", "GOAJ": looked at in the paragraph text first, so no short token's text is cut to ask
    if (!upper && t.end - t.start <= 5 && t.end - t.start >= 3 && text.startsWith('GO', t.start) && govAcronym.test(t.text)) push({ kind: 'organization', name: t.text, start: t.start, end: t.end, country: null, aliases: [], role: 'government', norm: 'gov-acronym' });

    // descriptor + name: "the French firm Sofradir", "its subsidiary Ulis", "an intermediary named Iran Business"
    if (trigger && descriptors.has(k) && !t.cap) {
      let n = i + 1;
      if (['named', 'called'].includes(key(tokens[n])) || (key(tokens[n]) === 'known' && key(tokens[n + 1]) === 'as')) n += key(tokens[n]) === 'known' ? 2 : 1;
      if (tokens[n]?.text === ',' ) n++;
      if (key(tokens[n]) === 'the' && !upper) n++;
      if (isNameToken(tokens[n], upper) && !upper && !countryOnly(lex, tokens, n, upper)) {
        // after a plural ("the German firms A and B") "and" separates names
        const b = extendRight(tokens, n, upper, 8, text, /(?:s|ies)$/.test(k) && !/ss$/.test(k));
        push({ kind: 'organization', name: spanText(text, tokens, n, b), start: tokens[n]!.start, end: tokens[b - 1]!.end, country: descriptorCountry(tokens, i, adjectives), aliases: [], role: 'company', norm: 'descriptor' });
      } else if (partyNouns.has(k) && !upper) {
        generic(text, tokens, i, adjectives, push);
      }
    } else if (trigger && partyNouns.has(k) && !t.cap && !upper) {
      generic(text, tokens, i, adjectives, push);
    }

    // possessive: "Iran's Machine Sazi Tabriz", "Canada,s Forsys Metals"
    if (!upper && affixed?.kind === 'possessive' && isNameToken(tokens[i + 1], upper)) {
      const b = extendRight(tokens, i + 1, upper, 8, text);
      push({ kind: 'organization', name: spanText(text, tokens, i + 1, b), start: tokens[i + 1]!.start, end: tokens[b - 1]!.end, country: affixed.alpha3, aliases: [], role: 'company', norm: 'possessive' });
    }

    // persons by role: "Iranian businessman Hamid Reihani", "Mr. Jordan", "two officials, Hugo Carvajal Barrios, Henry ..."
    if (trigger && personRoles.has(t.lower) && (!t.cap || /^(Mr|Mrs|Ms|Dr)\.?$/.test(t.text)) && !upper) {
      let n = i + 1;
      const listed = tokens[n]?.text === ',' && !/^(Mr|Mrs|Ms|Dr)/.test(t.text);
      if (listed) n++;
      const country = descriptorCountry(tokens, i, adjectives);
      for (let round = 0; round < (listed ? 6 : 1); round++) {
        if (!isNameToken(tokens[n], upper) || countryOnly(lex, tokens, n, upper)) break;
        let b = n;
        while (b < tokens.length && b - n < 5 && (isNameToken(tokens[b], upper) || (b > n && ['de', 'del', 'da', 'van', 'von', 'bin', 'al', 'el'].includes(tokens[b]!.lower) && isNameToken(tokens[b + 1], upper))) && !legalForms.has(key(tokens[b])) && !companyHeads.has(key(tokens[b])) && !governmentHeads.has(key(tokens[b]))) b++;
        if (!(b > n && (b - n >= 2 || /^(Mr|Mrs|Ms|Dr)/.test(t.text)))) break;
        push({ kind: 'person', name: spanText(text, tokens, n, b), start: tokens[n]!.start, end: tokens[b - 1]!.end, country, aliases: [] });
        // a list of names after a plural role: ", NAME", ", and NAME"
        if (tokens[b]?.text !== ',' && !(listed && tokens[b]?.lower === 'and')) break;
        n = b + 1;
        if (tokens[n]?.lower === 'and') n++;
      }
    }

    // vessels: "M/V Iran Teyfouri", the vessel "Iran Broojerdi"
    if (trigger && vesselTriggers.has(k)) {
      let n = i + 1;
      if (tokens[n]?.punct && /["“']/.test(tokens[n]!.text)) n++;
      if (isNameToken(tokens[n], upper) || (tokens[n] && /^[A-Z]/.test(tokens[n]!.text) && countryOnly(lex, tokens, n, upper))) {
        let b = n;
        while (b < tokens.length && b - n < 4 && !tokens[b]!.punct && (upper || tokens[b]!.cap)) b++;
        if (b > n && (k !== 'ship' && k !== 'vessel' ? true : /["“]/.test(tokens[i + 1]?.text ?? '') || b - n >= 2)) {
          push({ kind: 'vessel', name: spanText(text, tokens, n, b), start: tokens[n]!.start, end: tokens[b - 1]!.end, country: null, aliases: [], norm: 'trigger' });
        }
      }
    }
  }
  return { found, adjectives };
}

function countryOnly(lex: Lexicon, tokens: Token[], n: number, upper: boolean): boolean {
  const c = countryAt(lex, tokens, n, upper);
  return c !== null && !isNameToken(tokens[c.end], upper);
}

/** A demonym up to four tokens before a descriptor ("the Dutch gas turbine engine manufacturer"). */
function descriptorCountry(tokens: Token[], i: number, adjectives: Map<number, string>): string | null {
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const c = adjectives.get(j);
    if (c) return c;
    if (tokens[j]!.punct) break;
  }
  return null;
}

/** "Iranian defense entities", "an Armenian company", "the Chinese firm" (an anaphor to resolve). */
function generic(text: string, tokens: Token[], i: number, adjectives: Map<number, string>, push: (f: Found) => void): void {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const c = adjectives.get(j);
    const t = tokens[j]!;
    if (c) {
      const det = key(tokens[j - 1]);
      const plural = /s$/.test(tokens[i]!.lower) && !/ss$/.test(tokens[i]!.lower);
      const definite = det === 'the' || det === 'this' || det === 'that';
      push({ kind: 'organization', name: spanText(text, tokens, j, i + 1), start: t.start, end: tokens[i]!.end, country: c, aliases: [], role: 'generic', anaphor: !plural && (definite || det === 'a' || det === 'an'), norm: definite ? 'definite' : 'indefinite' });
      return;
    }
    if (t.punct || capStop.has(key(t)) && key(t) !== 'defense') return;
  }
}

export { legalForms, companyHeads, governmentHeads, capStop, foreignHeads };
