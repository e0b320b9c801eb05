/**
 * Access for the network built from cable files: a mention or relation is visible when the
 * paragraph it rests on is readable by the reader (SPEC §4, decided by src/access).
 */
import type { Cable } from '../cable/types.js';
import type { Reader } from '../access/reader.js';
import { effectiveLabels, readerGate } from '../access/index.js';
import type { ExtractionRecord } from './types.js';

/** The portions of a cable the reader may read: paragraph numbers, and `subject` when readable. */
export function readablePortions(cable: Cable, reader: Reader): Set<string> {
  const labels = effectiveLabels(cable);
  const may = readerGate(reader);
  const out = new Set<string>();
  if (labels.subject && may(labels.subject)) out.add('subject');
  cable.paragraphs.forEach((p, i) => {
    if (may(labels.paragraphs[i]!)) out.add(p.number);
  });
  return out;
}

/**
 * Keep only what rests on readable portions. A paragraph number that repeats in a cable counts as
 * readable only when every paragraph with that number is (no leak through a duplicate number).
 */
export function limitToReadable(cable: Cable, reader: Reader, record: ExtractionRecord): ExtractionRecord {
  const labels = effectiveLabels(cable);
  const may = readerGate(reader);
  const blocked = new Set<string>();
  cable.paragraphs.forEach((p, i) => {
    if (!may(labels.paragraphs[i]!)) blocked.add(p.number);
  });
  if (cable.subject && !(labels.subject && may(labels.subject))) blocked.add('subject');
  const ok = (paragraph: string) => !blocked.has(paragraph);
  return {
    ...record,
    extraction: {
      mentions: record.extraction.mentions.filter((m) => ok(m.span.paragraph)),
      relations: record.extraction.relations.filter((r) => ok(r.span.paragraph)),
    },
  };
}
