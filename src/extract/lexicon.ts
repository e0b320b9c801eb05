/**
 * The dictionaries extraction matches against, compiled once into token tries:
 * country names and demonyms (→ ISO alpha-3), item terms, and organisation/vessel names from the
 * official lists (data/network/*, see data/network/SOURCES.md).
 */
import fs from 'node:fs';
import { dataPath } from '../common/paths.js';
import { allCountries } from '../common/countries.js';
import { parseCsvObjects } from '../common/csv.js';
import { tokenize } from './text.js';
import { addPhrase, createTrie, phraseKeys, type TokenTrie } from './trie.js';

export interface CountryEntry {
  alpha3: string;
  /** `name`: the country as a noun; `adjective`: a demonym ("French") */
  form: 'name' | 'adjective';
}

export interface ItemEntry {
  /** the dictionary term (singular) */
  term: string;
  /** a generic head (equipment, engines): an item only with a modifier */
  generic: boolean;
}

export interface ListParty {
  name: string;
  kind: 'organization' | 'vessel';
  country: string | null;
  list: string;
}

export interface Lexicon {
  countries: TokenTrie<CountryEntry>;
  items: TokenTrie<ItemEntry>;
  parties: TokenTrie<ListParty>;
  /** alpha-3 → the country's usual English name */
  countryName: Map<string, string>;
}

/**
 * Word classes of a token key, as bits: the dictionaries with a phrase starting with the key, and
 * the party scanner's own cue words (see tokenClasses in parties.ts). One hashed look-up per token
 * tells the scanners which dictionaries to try, where they used to ask each dictionary in turn.
 */
export const startsCountry = 1;
export const startsItem = 2;
export const startsParty = 4;

let lexicon: Lexicon | null = null;

function add<T>(trie: TokenTrie<T>, phrase: string, value: T): void {
  addPhrase(trie, phraseKeys(tokenize(phrase)), value);
}

function plural(term: string): string[] {
  if (/(s|x|ch|sh)$/.test(term)) return [term + 'es'];
  if (/[^aeiou]y$/.test(term)) return [term.slice(0, -1) + 'ies'];
  return [term + 's'];
}

function loadCountries(lex: Lexicon): void {
  for (const c of allCountries().values()) {
    if (!c.name) continue;
    lex.countryName.set(c.alpha3, c.name);
    if (c.name.length > 2) add(lex.countries, c.name, { alpha3: c.alpha3, form: 'name' });
    if (c.name.includes('&')) add(lex.countries, c.name.replace(/&/g, 'and'), { alpha3: c.alpha3, form: 'name' });
  }
  for (const [a3, n] of [['TUR', 'Turkey'], ['USA', 'United States'], ['GBR', 'United Kingdom'], ['CZE', 'Czech Republic']] as const) lex.countryName.set(a3, n);
  for (const r of parseCsvObjects(fs.readFileSync(dataPath('network', 'extra-country-names.csv'), 'utf8'))) {
    for (const n of (r['names'] ?? '').split('|')) if (n) add(lex.countries, n, { alpha3: r['alpha3']!, form: 'name' });
  }
  for (const r of parseCsvObjects(fs.readFileSync(dataPath('network', 'demonyms.csv'), 'utf8'))) {
    for (const n of (r['adjectives'] ?? '').split('|')) if (n) add(lex.countries, n, { alpha3: r['alpha3']!, form: 'adjective' });
  }
}

function loadItems(lex: Lexicon): void {
  for (const line of fs.readFileSync(dataPath('network', 'item-terms.txt'), 'utf8').split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const generic = t.endsWith(' *');
    const term = generic ? t.slice(0, -2).trim() : t;
    const entry = { term, generic };
    add(lex.items, term, entry);
    for (const p of plural(term)) add(lex.items, p, entry);
  }
}

function loadParties(lex: Lexicon): void {
  const text = fs.readFileSync(dataPath('network', 'list-parties.tsv'), 'utf8');
  for (const line of text.split('\n').slice(1)) {
    const [name, kind, country, list] = line.split('\t');
    if (!name || !list) continue;
    const entry: ListParty = { name, kind: kind === 'vessel' ? 'vessel' : 'organization', country: country || null, list };
    add(lex.parties, name, entry);
    const bare = name.replace(/\s*\([^)]*\)\s*$/, '');
    if (bare !== name && bare.includes(' ')) add(lex.parties, bare, { ...entry, name: bare });
  }
}

/** The compiled dictionaries (built on first use, about 50 ms). */
export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const lex: Lexicon = { countries: createTrie(), items: createTrie(), parties: createTrie(), countryName: new Map() };
  loadCountries(lex);
  loadItems(lex);
  loadParties(lex);
  lexicon = lex;
  return lex;
}
