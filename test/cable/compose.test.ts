import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { composeCable, parseCable, parseTree, renderBytes, type CableDraft } from '../../src/cable/index.js';
import { seedPath } from '../helpers/data.js';

/** The seed's fields as a structured description. */
const seedDraft: CableDraft = {
  id: '09STATE96222',
  created: '2009-09-16 15:03',
  released: '2010-11-28 18:06',
  banner: 'SECRET//NOFORN',
  origin: 'Secretary of State',
  header: {
    transmissionId: 'VZCZCXYZ0030', station: 'RUEHC', serial: '6222', julian: '2591534', precedence: 'O P',
    dtg: '2009-09-16T15:15:00Z', from: 'SECSTATE WASHDC',
    to: [{ ri: 'RUEHFR', name: 'AMEMBASSY PARIS', precedence: 'IMMEDIATE', serial: '0000' }],
    info: [{ ri: 'RUEHBJ', name: 'AMEMBASSY BEIJING', precedence: 'PRIORITY', serial: '0000' }],
  },
  level: 'S',
  captionStation: 'STATE',
  captionSerial: '096222',
  controls: ['NOFORN', 'SIPDIS'],
  eo: { order: '12958', declassify: '2034-09-04' },
  tags: ['ETTC', 'MARR', 'MCAP', 'MOPS', 'PARM', 'PINR', 'PREL', 'PTER', 'MASS', 'FR', 'CH', 'IR'],
  subject: { text: 'FRENCH FIRM SELLING INFRARED DETECTORS TO CHINA', marking: 'S' },
  refs: [{ label: 'A', text: 'STATE 12345' }, { label: 'B', text: 'PARIS 678' }],
  classifiedBy: { by: 'EUR/PRA Acting Deputy Director Matthew Hardiman', reasons: '1.4 (b) and (d)' },
  paragraphs: [
    { number: '1', marking: 'U', text: 'This is an action request to Embassy Paris. Please deliver the points in paragraph 4 as soon as possible.' },
    { number: '2', marking: 'S/NF', text: 'We have information the French firm Sofradir and its subsidiary Ulis continue to sell cooled and uncooled infrared detectors to a Chinese firm.' },
    { number: '3', marking: 'SECRET/REL FRANCE', text: 'BEGIN TALKING POINTS\n\n-- Infrared detectors are controlled under Wassenaar Arrangement, Section 6.A.2.a.3.\n\nEND TALKING POINTS' },
    { number: '4', marking: 'U', text: 'Post is requested to please report the results of its efforts within seven business days following receipt of this cable.' },
  ],
  signedBy: ['CLINTON'],
};

test('compose → parse gives the description back', () => {
  const text = composeCable(seedDraft);
  const c = parseCable(text);
  assert.equal(c.id, seedDraft.id);
  assert.equal(c.created, seedDraft.created);
  assert.equal(c.banner, seedDraft.banner);
  assert.equal(c.origin, seedDraft.origin);
  assert.equal(c.header?.dtg, seedDraft.header!.dtg);
  assert.equal(c.header?.precedence, 'O P');
  assert.equal(c.header?.from, 'SECSTATE WASHDC');
  assert.deepEqual(c.header?.to, seedDraft.header!.to);
  assert.deepEqual(c.header?.info, seedDraft.header!.info);
  assert.equal(c.header?.serial, '6222');
  assert.equal(c.classification?.level, 'S');
  assert.equal(c.classification?.noforn, true);
  assert.deepEqual({ order: c.eo?.order, declassify: c.eo?.declassify }, seedDraft.eo);
  assert.deepEqual(c.tags, seedDraft.tags);
  assert.equal(c.subject?.text, seedDraft.subject!.text);
  assert.equal(c.subject?.marking?.text, 'S');
  assert.deepEqual(c.refs.map((r) => [r.label, r.id]), [['A', '09STATE12345'], ['B', '09PARIS678']]);
  assert.deepEqual(c.classifiedBy?.by, ['Matthew Hardiman']);
  assert.deepEqual(c.classifiedBy?.reasons, ['1.4(b)', '1.4(d)']);
  assert.deepEqual(c.paragraphs.map((p) => [p.number, p.marking?.text, p.text.replace(/\s+/g, ' ')]),
    seedDraft.paragraphs.map((p) => [p.number, p.marking, p.text.replace(/\s+/g, ' ')]));
  assert.deepEqual(c.signedBy, ['CLINTON']);
  assert.deepEqual(c.diagnostics.filter((d) => d.severity !== 'info'), []);
});

test('a composed cable renders back byte for byte like any other', () => {
  const bytes = Buffer.from(composeCable(seedDraft), 'utf8');
  assert.ok(renderBytes(parseTree(bytes).root).equals(bytes));
});

test('the composed layout is the archive layout of the seed (same zones in the same order)', () => {
  const zones = (b: Buffer) => parseTree(b).root.children.map((z) => z.type).filter((t) => t !== 'blank' && t !== 'heading' && t !== 'text');
  const composed = zones(Buffer.from(composeCable({ ...seedDraft, refs: [] })));
  const seed = zones(fs.readFileSync(seedPath));
  assert.deepEqual(composed.slice(0, 8), seed.slice(0, 8));
});
