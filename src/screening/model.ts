/**
 * The one screening model every list importer produces and every matcher reads.
 * A record id is `<list slug>:<the list's own record id>` (SPEC, issue 6).
 */

/** Slugs of the official lists Tearline reads. */
export const listSlugs = ['us-ofac-sdn', 'us-ofac-cons', 'un-sc', 'us-csl', 'us-bis-dpl'] as const;
export type ListSlug = (typeof listSlugs)[number];

export type PartyType = 'person' | 'entity' | 'vessel' | 'aircraft' | 'unknown';

/**
 * One name of a record. `primary` is the listed name; `strong` an a.k.a./f.k.a./n.k.a. or good-quality
 * alias; `weak` a low-quality alias (OFAC "weak a.k.a.", UN quality "Low"); `script` a name in its
 * original (non-Latin) script.
 */
export interface ListName {
  name: string;
  kind: 'primary' | 'strong' | 'weak' | 'script';
  /** the name's comparable words, space-separated (a normalisation cache) */
  words?: string;
  /** the words as ids into the vocabulary a bundle carries (a start-up cache; empty: a duplicate name) */
  tokenIds?: number[];
}

export interface RecordDate {
  /** e.g. `birth`, `listed`, `effective`, `expires` */
  kind: string;
  /** as the list writes it, or ISO `YYYY`, `YYYY-MM-DD` where the list is structured */
  value: string;
}

/** Where a record's information comes from when it is not an official list (e.g. a cable paragraph). */
export interface Citation {
  cable: string;
  paragraph: string;
}

export interface ScreeningRecord {
  /** `<list>:<record id>` */
  id: string;
  list: string;
  type: PartyType;
  /** names[0] is the primary name */
  names: ListName[];
  programs: string[];
  /** ISO 3166 alpha-3 codes of nationality, citizenship, addresses, registration */
  countries: string[];
  addresses: string[];
  identifiers: string[];
  dates: RecordDate[];
  /** the date of the list snapshot the record comes from (YYYY-MM-DD) */
  listDate: string;
  /** evidence for records from non-list sources */
  citations?: Citation[];
}

/** A loaded list: one dated snapshot of one list. */
export interface ListSnapshot {
  slug: string;
  /** YYYY-MM-DD */
  date: string;
  /** where it was read from (folder, bundled file, database) */
  origin: string;
  files: string[];
  records: ScreeningRecord[];
  /** the vocabulary the records' `tokenIds` refer to (bundled snapshots) */
  vocabulary?: WordList;
}

/** A word list shared by bundled snapshots: words and their consonant skeletons. */
export interface WordList {
  words: string[];
  skeletons: string[];
}
