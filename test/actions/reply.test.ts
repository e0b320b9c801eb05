import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCable } from '../../src/cable/index.js';
import { effectiveLabels } from '../../src/access/index.js';
import { checkMarkings, dominates, parseBanner } from '../../src/markings/index.js';
import { extractActions } from '../../src/extract/actions.js';
import { draftReply, refText } from '../../src/actions/replyDraft.js';
import { seed } from './fixtures.js';

function draft(options: Parameters<typeof draftReply>[2]) {
  const s = seed();
  const d = draftReply(s, extractActions(s), options);
  return { ...d, cable: parseCable(d.text) };
}

test('the reply to the seed: FM Paris TO the Department, REF STATE 96222, RE: subject, classification of the request', () => {
  const { id, text, cable } = draft({ from: 'Paris', date: '2009-09-22T12:00:00Z' });
  assert.equal(id, '09PARIS221200');
  assert.equal(cable.id, id);
  assert.equal(cable.banner, 'SECRET//NOFORN');
  assert.equal(cable.origin, 'Embassy Paris');
  assert.equal(cable.header?.from, 'AMEMBASSY PARIS');
  assert.deepEqual(cable.header?.to.map((a) => [a.ri, a.name]), [['RUEHC', 'SECSTATE WASHDC']]);
  assert.deepEqual(cable.header?.info.map((a) => a.name), ['AMEMBASSY BEIJING']);
  assert.equal(cable.header?.dtg, '2009-09-22T12:00:00Z');
  assert.deepEqual(cable.refs.map((r) => [r.text, r.id]), [['STATE 96222', '09STATE96222']]);
  assert.equal(cable.subject?.text, 'RE: FRENCH FIRM SELLING INFRARED DETECTORS TO CHINA');
  assert.equal(cable.subject?.marking?.level, 'S');
  assert.deepEqual(cable.eo?.declassify, '2034-09-04');
  assert.deepEqual(cable.classifiedBy?.reasons, ['1.4(b)', '1.4(d)']);
  assert.deepEqual(cable.paragraphs.map((p) => [p.number, p.marking?.text]), [['1', 'U'], ['2', 'S//NF'], ['3', 'U']]);
  assert.match(cable.paragraphs[1]!.text, /reftel paragraph 3 \(approach\s+appropriate host government officials/);
  assert.deepEqual(cable.diagnostics.filter((d) => d.severity === 'error'), []);
  assert.match(text, /^09PARIS221200\n2009-09-22 12:00\n2009-09-22 12:00\nSECRET\/\/NOFORN\nEmbassy Paris\n\nVZCZC/);
  assert.deepEqual(extractActions(cable), [], 'the draft asks nothing of anyone');
});

test('marking checks: the banner dominates every portion, every portion is marked', () => {
  for (const classification of [undefined, 'CONFIDENTIAL', 'SECRET//REL TO USA, FRA', 'UNCLASSIFIED', 'SECRET//NOFORN//EXDIS']) {
    const { cable } = draft({ from: 'AMEMBASSY PARIS', date: '2009-09-22T12:00:00Z', classification });
    assert.deepEqual(checkMarkings(cable), [], `${classification}: the marking checks pass`);
    assert.deepEqual(cable.diagnostics.map((d) => d.code).filter((c) => c !== 'tags-empty'), [], `${classification}: no diagnostics but the seed's empty TAGS`);
    const banner = parseBanner(cable.banner!)!;
    const labels = effectiveLabels(cable);
    for (const [i, p] of cable.paragraphs.entries()) {
      assert.ok(p.marking, `${classification}: paragraph ${p.number} is marked`);
      assert.ok(dominates(banner, labels.paragraphs[i]!), `${classification}: ${cable.banner} dominates (${p.marking!.text})`);
    }
    if (labels.subject) assert.ok(dominates(banner, labels.subject));
    assert.deepEqual(cable.diagnostics.filter((d) => d.severity === 'error'), [], String(classification));
  }
  const c = draft({ from: 'Paris', date: '2009-09-22T12:00:00Z', classification: 'CONFIDENTIAL' }).cable;
  assert.equal(c.banner, 'CONFIDENTIAL');
  assert.deepEqual(c.paragraphs.map((p) => p.marking?.level), ['U', 'C', 'U']);
});

test('serial, signature and REF text', () => {
  const { id, cable } = draft({ from: 'Paris', date: '2009-09-22T12:00:00Z', serial: 4321, signedBy: 'RIVKIN' });
  assert.equal(id, '09PARIS4321');
  assert.deepEqual(cable.signedBy, ['RIVKIN']);
  assert.equal(refText(seed()), 'STATE 96222');
  assert.equal(refText(seed(), '09'), 'STATE 96222');
  assert.equal(refText(seed(), '26'), '09 STATE 96222');
  const later = draft({ from: 'Paris', date: '2026-11-29T07:30:00Z' }).cable;
  assert.deepEqual(later.refs.map((r) => [r.text, r.id]), [['09 STATE 96222', '09STATE96222']], 'a later year cites with the year');
});
