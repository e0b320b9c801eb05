/** Hand-made cables and temporary archives for store tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Cable, Paragraph } from '../../src/cable/types.js';
import type { Marking } from '../../src/markings/types.js';
import { labelColumns } from '../../src/access/index.js';
import { assemble } from '../../src/store/prepare.js';
import type { PreparedCable } from '../../src/store/types.js';
import { emptyExtraction, type CableExtraction } from '../../src/extract/types.js';

export function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-store-'));
  return path.join(dir, 'archive.db');
}

export const mark = (level: Marking['level'], extra: Partial<Marking> = {}): Marking => ({ text: level, level, noforn: false, relTo: [], controls: [], ...extra });

export function cable(id: string, paragraphs: [string, Marking, string][], extra: Partial<Cable> = {}): Cable {
  return {
    id, created: '2009-09-16 15:03', released: '2010-11-28 18:06', origin: 'Secretary of State', banner: 'SECRET//NOFORN', header: null, eo: null,
    tags: ['PARM', 'FR'], subject: { text: `SUBJECT OF ${id}`, marking: mark('S') }, refs: [], classifiedBy: null, summary: null,
    paragraphs: paragraphs.map(([number, marking, text]): Paragraph => ({ number, marking, text, start: 0, end: 0 })),
    signedBy: [], diagnostics: [], classification: mark('S'), ...extra,
  };
}

/** A PreparedCable from a hand-made Cable (labels taken as marked: tests set every marking). */
export function prepared(c: Cable, text: string, extraction: CableExtraction = emptyExtraction()): PreparedCable {
  const portions = [
    ...(c.subject ? [{ seq: 0, number: 'subject', text: c.subject.text, label: labelColumns(c.subject.marking!) }] : []),
    ...c.paragraphs.map((p, i) => ({ seq: i + 1, number: p.number, text: p.text, label: labelColumns(p.marking!) })),
  ];
  return assemble(c, Buffer.from(text, 'utf8'), `${c.id}.txt`, portions, extraction);
}
