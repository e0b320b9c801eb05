/**
 * Turn input bytes into a PreparedCable: parse, effective labels per portion, extraction, metadata.
 * Pure apart from hashing; the same bytes always give the same result (ingest determinism relies on it).
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { parseCable, decodeCableBytes } from '../cable/index.js';
import type { Cable } from '../cable/types.js';
import { extractCable } from '../extract/index.js';
import { emptyExtraction, type CableExtraction } from '../extract/types.js';
import { levels } from '../markings/types.js';
import { effectiveLabels, labelColumns } from './access.js';
import type { PreparedCable, PreparedExtraction, PreparedPortion } from './types.js';

const levelNames = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] as const;

/** sha256 of bytes, hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return oneShotHash ? oneShotHash('sha256', bytes, 'hex') : crypto.createHash('sha256').update(bytes).digest('hex');
}

/** crypto.hash (Node 20.12 and later): no Hash object per input, a third less time for a cable's few kilobytes. */
const oneShotHash = typeof crypto.hash === 'function' ? crypto.hash : null;

/** The id a cable is stored under: its reference id, else the file name (without .txt), else its hash. */
export function storageId(cable: Cable, source: string, sha256: string): string {
  if (cable.id) return cable.id;
  const stem = path.basename(source).replace(/\.(rev\d+\.)?txt$/i, '');
  return /^[A-Za-z0-9._-]{3,64}$/.test(stem) ? stem : `sha256:${sha256.slice(0, 16)}`;
}

/** The portions to store and index: the subject (seq 0) then paragraphs; a cable without paragraphs stores its whole text as one portion. */
export function preparePortions(cable: Cable, text: string): PreparedPortion[] {
  const labels = effectiveLabels(cable);
  const portions: PreparedPortion[] = [];
  if (cable.subject && labels.subject) {
    portions.push({ seq: 0, number: 'subject', text: cable.subject.text, label: labelColumns(labels.subject) });
  }
  if (cable.paragraphs.length === 0) {
    // Nothing numbered was found: the whole text is one portion with the banner's label (default-deny when unknown).
    const whole = effectiveLabels({ ...cable, subject: null, paragraphs: [{ number: '', marking: null, text, start: 0, end: text.length }] });
    portions.push({ seq: 1, number: '', text, label: labelColumns(whole.paragraphs[0]!) });
    return portions;
  }
  cable.paragraphs.forEach((p, i) => {
    portions.push({ seq: i + 1, number: p.number, text: p.text, label: labelColumns(labels.paragraphs[i]!) });
  });
  return portions;
}

function safeExtract(cable: Cable): CableExtraction {
  try {
    return extractCable(cable);
  } catch (e) {
    cable.diagnostics.push({ severity: 'error', code: 'extract-failed', message: `extraction failed: ${(e as Error).message}`, line: 1, column: 1 });
    return emptyExtraction();
  }
}

/** The cable's date (YYYY-MM-DD): created, else the DTG. */
function cableDate(cable: Cable): string | null {
  const d = cable.created ?? cable.header?.dtg ?? null;
  const m = d ? /^(\d{4})-(\d{2})-(\d{2})/.exec(d) : null;
  return m ? m[0] : null;
}

/** Parse and prepare one input for the store (`sha256`: the bytes' hash when the caller has it already). Never throws on content. */
export function prepareCable(raw: Uint8Array, source: string, sha256?: string): PreparedCable {
  const text = decodeCableBytes(raw);
  const cable = parseCable(text, { source });
  cable.raw = text; // labels read the caption from the text
  const portions = preparePortions(cable, text);
  delete cable.raw;
  return assemble(cable, raw, source, portions, safeExtract(cable), sha256);
}

/** The stored values of a parsed cable, its portions and what extraction found in it. */
export function assemble(cable: Cable, raw: Uint8Array, source: string, portions: PreparedPortion[], extraction: CableExtraction, sha256 = sha256Hex(raw)): PreparedCable {
  const date = cableDate(cable);
  const bannerLevel = cable.classification?.level ?? null;
  const lvl = bannerLevel ? levels.indexOf(bannerLevel) : null;
  return {
    id: storageId(cable, source, sha256),
    source,
    raw,
    sha256,
    created: cable.created,
    released: cable.released,
    date,
    year: date ? Number(date.slice(0, 4)) : null,
    origin: cable.origin,
    banner: cable.banner,
    classification: lvl === null ? classificationFromBanner(cable.banner) : levelNames[lvl]!,
    lvl: lvl === null ? levelFromBanner(cable.banner) : lvl,
    subject: cable.subject?.text ?? null,
    sender: cable.header?.from ?? null,
    addressees: [...(cable.header?.to ?? []), ...(cable.header?.info ?? [])].map((a) => a.name.toUpperCase()),
    tags: [...new Set(cable.tags)],
    diagnostics: cable.diagnostics.map((d) => d.code),
    parsed: JSON.stringify(withoutPortionTexts(cable)),
    portions,
    refs: cable.refs.map((r) => ({ id: r.id, text: r.text, kind: r.kind })),
    extractions: extractionRows(extraction),
  };
}

/** The cable without its subject and paragraph texts: those live once, as portions. */
function withoutPortionTexts(c: Cable): Cable {
  return {
    ...c,
    subject: c.subject ? { ...c.subject, text: '' } : null,
    paragraphs: c.paragraphs.map((p) => ({ ...p, text: '' })),
  };
}

/** Mentions, relations and actions as rows, numbered per kind in the order found. */
function extractionRows(x: CableExtraction): PreparedExtraction[] {
  const lists = [['mention', x.mentions], ['relation', x.relations], ['action', x.actions]] as const;
  return lists.flatMap(([kind, list]) => list.map((m, seq): PreparedExtraction => ({ kind, seq, paragraph: m.span.paragraph, payload: JSON.stringify(m) })));
}

function levelFromBanner(banner: string | null): number | null {
  if (!banner) return null;
  const b = banner.toUpperCase();
  const i = levelNames.findIndex((n) => b.startsWith(n));
  return i < 0 ? null : i;
}

function classificationFromBanner(banner: string | null): string | null {
  const i = levelFromBanner(banner);
  return i === null ? null : levelNames[i]!;
}
