/**
 * The cable model (SPEC §3) and its JSON form (SPEC §5). Field names here are a contract.
 */
import type { Marking } from '../markings/types.js';
export type { Marking } from '../markings/types.js';

export interface Point {
  /** 1-based line */
  line: number;
  /** 1-based column */
  column: number;
  /** 0-based character offset into the decoded text */
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** stable code, e.g. `banner-below-portion`; roll-up checks also carry the ISM rule id */
  code: string;
  message: string;
  line: number;
  column: number;
  ruleId?: string;
}

export interface Addressee {
  /** routing indicator, e.g. RUEHFR; null when the header has none (pre-1991, plain addresses) */
  ri: string | null;
  /** plain-language name as written, e.g. AMEMBASSY PARIS */
  name: string;
  /** precedence word as normalised, e.g. IMMEDIATE; null when absent */
  precedence: string | null;
  /** serial, e.g. 0000; null when absent */
  serial: string | null;
  /** for a collective: the posts named after XMT, excluded from it */
  excluded?: string[];
}

export interface Header {
  transmissionId: string | null;
  station: string | null;
  serial: string | null;
  section: string | null;
  julian: string | null;
  /** the precedence prosigns as written, e.g. `O P` */
  precedence: string | null;
  /** ISO 8601 UTC, e.g. 2009-09-16T15:15:00Z */
  dtg: string | null;
  from: string | null;
  to: Addressee[];
  info: Addressee[];
  securityProsign?: string | null;
}

export interface Reference {
  /** the REF item as written, e.g. `A. STATE 12345` */
  text: string;
  /** the cited cable's reference id, e.g. 09STATE12345; null when the item is not a cable */
  id: string | null;
  /** `cable`, `email`, `telegram-dtg`, `memo`, `letter`, `other`, … */
  kind: string;
  /** the item letter, e.g. `A`; null when unlettered */
  label?: string | null;
}

export interface Paragraph {
  /** e.g. `4`, `4.A` */
  number: string;
  marking: Marking | null;
  text: string;
  /** offsets into the decoded text */
  start: number;
  end: number;
}

export interface Cable {
  source?: string;
  id: string | null;
  created: string | null;
  released: string | null;
  origin: string | null;
  banner: string | null;
  header: Header | null;
  eo: { order: string; declassify: string | null; text?: string } | null;
  tags: string[];
  subject: { text: string; marking: Marking | null } | null;
  refs: Reference[];
  classifiedBy: { by: string[]; office?: string | null; reasons: string[] } | null;
  summary: string | null;
  paragraphs: Paragraph[];
  signedBy: string[];
  diagnostics: Diagnostic[];
  /** the caption classification (level + controls), as parsed from the classification line */
  classification?: Marking | null;
  /** the exact input (decoded text); omitted from `parse --json` */
  raw?: string;
}
