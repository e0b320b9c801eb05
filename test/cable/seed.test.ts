import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseCable, parseTree } from '../../src/cable/index.js';
import { seedPath } from '../helpers/data.js';

const bytes = fs.readFileSync(seedPath);
const cable = parseCable(bytes, { source: seedPath });

test('seed: archive metadata lines', () => {
  assert.equal(cable.id, '09STATE96222');
  assert.equal(cable.created, '2009-09-16 15:03');
  assert.equal(cable.released, '2010-11-28 18:06');
  assert.equal(cable.banner, 'SECRET//NOFORN');
  assert.equal(cable.origin, 'Secretary of State');
});

test('seed: ACP-127 header decoded', () => {
  const h = cable.header!;
  assert.equal(h.transmissionId, 'VZCZCXYZ0030');
  assert.equal(h.station, 'RUEHC');
  assert.equal(h.serial, '6222');
  assert.equal(h.julian, '2591534');
  assert.equal(h.precedence, 'O P');
  assert.equal(h.dtg, '2009-09-16T15:15:00Z');
  assert.equal(h.from, 'SECSTATE WASHDC');
  assert.deepEqual(h.to, [{ ri: 'RUEHFR', name: 'AMEMBASSY PARIS', precedence: 'IMMEDIATE', serial: '0000' }]);
  assert.deepEqual(h.info, [{ ri: 'RUEHBJ', name: 'AMEMBASSY BEIJING', precedence: 'PRIORITY', serial: '0000' }]);
  assert.equal(h.securityProsign, 'ZNY SSSSS ZZH');
});

test('seed: caption, E.O., subject with its own marking, classified by', () => {
  assert.equal(cable.classification?.level, 'S');
  assert.equal(cable.classification?.noforn, true);
  assert.deepEqual({ order: cable.eo?.order, declassify: cable.eo?.declassify }, { order: '12958', declassify: '2034-09-04' });
  assert.equal(cable.subject?.text, 'FRENCH FIRM SELLING INFRARED DETECTORS TO CHINA');
  assert.equal(cable.subject?.marking?.level, 'S');
  assert.deepEqual(cable.classifiedBy?.by, ['Matthew Hardiman']);
  assert.equal(cable.classifiedBy?.office, 'EUR/PRA');
  assert.deepEqual(cable.classifiedBy?.reasons, ['1.4(b)', '1.4(d)']);
  assert.deepEqual(cable.signedBy, ['CLINTON']);
});

test('seed: the emptied TAGS line is a warning with its position', () => {
  assert.deepEqual(cable.tags, []);
  const d = cable.diagnostics.find((x) => x.code === 'tags-empty');
  assert.ok(d, 'tags-empty diagnostic');
  assert.equal(d.severity, 'warning');
  assert.equal(d.line, 23);
});

test('seed: seven numbered paragraphs with their portion markings and offsets', () => {
  assert.deepEqual(cable.paragraphs.map((p) => p.number), ['1', '2', '3', '4', '5', '6', '7']);
  assert.deepEqual(cable.paragraphs.map((p) => p.marking?.level), ['U', 'S', 'S', 'S', 'U', 'U', 'U']);
  assert.deepEqual(cable.paragraphs.map((p) => p.marking?.noforn), [false, true, true, false, false, false, false]);
  const p4 = cable.paragraphs[3]!;
  assert.equal(p4.marking?.text, 'SECRET/REL FRANCE');
  assert.match(p4.text, /^BEGIN TALKING POINTS/);
  assert.match(p4.text, /END TALKING POINTS$/);
  const raw = bytes.toString('utf8');
  for (const p of cable.paragraphs) {
    assert.ok(raw.slice(p.start).startsWith(`${p.number}. (`), `paragraph ${p.number} starts at its number`);
    assert.ok(p.end > p.start && p.end <= raw.length);
  }
  // headings and the signature are not paragraph text
  assert.doesNotMatch(cable.paragraphs[0]!.text, /SUMMARY|-----/);
  assert.doesNotMatch(cable.paragraphs[6]!.text, /CLINTON/);
  assert.equal(cable.paragraphs[6]!.text, "Post's assistance is greatly appreciated.");
});

test('seed: summary is the paragraph under the SUMMARY heading', () => {
  assert.match(cable.summary ?? '', /^We have information the French firm Sofradir/);
  assert.match(cable.summary ?? '', /state sponsor of terrorism\.$/);
});

test('seed: the syntax tree covers every byte and every node has a position', () => {
  const { root } = parseTree(bytes);
  let offset = 0;
  for (const zone of root.children) {
    assert.equal(zone.position.start.offset, offset, `${zone.type} starts where the previous zone ended`);
    for (const line of zone.children) {
      assert.equal(line.position.start.offset, offset);
      offset += line.value.length;
      assert.equal(line.position.end.offset, offset);
    }
    assert.equal(zone.position.end.offset, offset);
  }
  assert.equal(offset, bytes.toString('utf8').length);
  const types = root.children.map((z) => z.type);
  for (const t of ['metadata', 'header', 'caption', 'controls', 'eo', 'tags', 'subject', 'classifiedBy', 'paragraph', 'heading', 'signature']) {
    assert.ok(types.includes(t as never), `zone ${t} present`);
  }
  const subject = root.children.find((z) => z.type === 'subject')!;
  assert.deepEqual([subject.position.start.line, subject.position.start.column], [24, 1]);
  assert.equal(subject.children.length, 2, 'the subject spans two lines');
});
