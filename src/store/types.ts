/**
 * The store interface: what every backend (SQLite now, PostgreSQL later) implements.
 * Signatures are async so that a network-backed adapter fits; the SQLite adapter answers synchronously
 * inside resolved promises. Every read of cable content takes a Reader: access is decided inside the
 * backend's query (never by filtering after ranking).
 */
import type { Cable } from '../cable/types.js';
import type { Reader } from '../access/reader.js';
import type { SearchQuery } from '../search/query.js';

/** The access label columns of one portion (the storage contract with src/access). */
export interface LabelColumns {
  /** 0 = U, 1 = C, 2 = S, 3 = TS */
  lvl: number;
  /** 1 when NOFORN */
  noforn: number;
  /** `|FRA|GBR|` or '' */
  rel_to: string;
  /** `|NODIS|` or '' */
  controls: string;
}

/** One portion as stored and indexed: the subject (number `subject`) or a paragraph. */
export interface PreparedPortion {
  seq: number;
  number: string;
  text: string;
  label: LabelColumns;
}

/** One extraction row as stored: the payload already serialised (preparation may run in a worker thread). */
export interface PreparedExtraction {
  kind: ExtractionKind;
  /** position within the cable's rows of this kind */
  seq: number;
  /** Paragraph.number or 'subject' */
  paragraph: string;
  /** the mention, relation or action as JSON */
  payload: string;
}

/**
 * A cable ready to be written: everything computed outside the database (parse, labels, extraction),
 * flattened to the values the backends store. Plain strings, numbers and arrays only, so that it crosses
 * from a preparing worker thread to the writer cheaply.
 */
export interface PreparedCable {
  id: string;
  source: string;
  /** the exact input bytes */
  raw: Uint8Array;
  /** sha256 of raw, hex */
  sha256: string;
  created: string | null;
  released: string | null;
  /** YYYY-MM-DD or null */
  date: string | null;
  year: number | null;
  origin: string | null;
  banner: string | null;
  /** UNCLASSIFIED, CONFIDENTIAL, SECRET, TOP SECRET, or null when unknown */
  classification: string | null;
  /** 0..3 or null */
  lvl: number | null;
  subject: string | null;
  /** the header's FM line */
  sender: string | null;
  /** TO and INFO addressees, upper case */
  addressees: string[];
  tags: string[];
  /** one code per diagnostic (the full diagnostics are in `parsed`) */
  diagnostics: string[];
  /** the parsed Cable as JSON, without raw and without portion texts (those are stored once, as portions) */
  parsed: string;
  portions: PreparedPortion[];
  refs: { id: string | null; text: string; kind: string }[];
  extractions: PreparedExtraction[];
}

export type IngestOutcome = 'new' | 'unchanged' | 'revised';

/** A stored cable: the exact bytes of its current revision and its parsed form. */
export interface StoredCable {
  id: string;
  revision: number;
  revisions: number;
  sha256: string;
  raw: Uint8Array;
  source: string;
  cable: Cable;
}

export interface RevisionInfo {
  revision: number;
  sha256: string;
  source: string;
  released: string | null;
  current: boolean;
  /** unified-style line diff from the revision that was current when this one arrived; null for the first */
  diff: string | null;
  diffFrom: number | null;
}

export interface Citations {
  /** ids this cable cites (from its REF lines), whether or not they are in the archive */
  cites: { id: string; text: string; inArchive: boolean }[];
  /** archived cables whose references cite this one */
  citedBy: string[];
}

export interface ArchiveStats {
  cables: number;
  revisions: number;
  paragraphs: number;
  byYear: Record<string, number>;
  byOrigin: Record<string, number>;
  byClassification: Record<string, number>;
  diagnostics: Record<string, number>;
}

export interface SearchOptions {
  limit: number;
  offset: number;
  order: 'relevance' | 'date';
  /** facet values listed per facet (most frequent first) */
  facetLimit?: number;
}

/** One cable of a search's matching set, as both backends rank it: the cable, its best readable portion, the sort keys. */
export interface MatchRow {
  cref: number;
  cid: string;
  pid: number;
  score: number;
  date: string | null;
  classification: string | null;
  origin: string | null;
}

export interface SearchHit {
  id: string;
  subject: string | null;
  snippet: string;
  score: number;
  date: string | null;
  classification: string | null;
  origin: string | null;
  /** the paragraph the snippet comes from */
  paragraph: string | null;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: {
    classification: Record<string, number>;
    origin: Record<string, number>;
    year: Record<string, number>;
    tags: Record<string, number>;
  };
}

export type ExtractionKind = 'mention' | 'relation' | 'action';

export interface ExtractionFilter {
  kinds?: ExtractionKind[];
  cableIds?: string[];
}

/** One extracted row readable by the reader: its paragraph is readable. */
export interface ExtractionRow {
  cable: string;
  paragraph: string;
  kind: ExtractionKind;
  seq: number;
  payload: unknown;
}

export interface AuditEntry {
  reader: string;
  cable: string;
  paragraphs: string[];
  /** what read it: show, search, release, … */
  action: string;
}

export interface AuditVerdict {
  ok: boolean;
  rows: number;
  /** hash of the last row: record it elsewhere to detect truncation of the tail */
  head: string | null;
  problems: { seq: number; problem: string }[];
}

/** The store: a handle plus an object of functions (one per concern). */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly location: string;
  /** hashes (sha256 hex) already stored as some revision: lets ingest skip parsing known inputs */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  /** write a batch atomically; one outcome per item, in order */
  writeBatch(items: PreparedCable[]): Promise<IngestOutcome[]>;
  /** the current revision of a cable, raw bytes and parsed form; null when absent (no access check: callers gate) */
  getCable(id: string): Promise<StoredCable | null>;
  revisions(id: string): Promise<RevisionInfo[]>;
  citations(id: string): Promise<Citations>;
  search(reader: Reader, query: SearchQuery, options: SearchOptions): Promise<SearchResult>;
  extractionsForReader(reader: Reader, filter?: ExtractionFilter): Promise<ExtractionRow[]>;
  stats(): Promise<ArchiveStats>;
  appendAudit(entries: AuditEntry[]): Promise<void>;
  verifyAudit(): Promise<AuditVerdict>;
  /** a digest of the archive's content (not the audit log): equal archives have equal digests */
  contentDigest(): Promise<string>;
  close(): Promise<void>;
}
