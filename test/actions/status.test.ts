import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCable } from '../../src/cable/index.js';
import { localOperator } from '../../src/access/index.js';
import { extractActions } from '../../src/extract/actions.js';
import { actionsFromCables } from '../../src/actions/fromCables.js';
import { draftReply } from '../../src/actions/replyDraft.js';
import { citationPattern, replyCandidate } from '../../src/actions/replies.js';
import { trackAction } from '../../src/actions/status.js';
import { groupTaskings } from '../../src/actions/taskings.js';
import { seed, stateCable } from './fixtures.js';

const reader = localOperator;

function reply(from: string, date: string) {
  const s = seed();
  return parseCable(draftReply(s, extractActions(s), { from, date }).text);
}

test('the seed is one action for AMEMBASSY PARIS due 2009-09-25: open, then overdue, then answered by a drafted reply', () => {
  const open = actionsFromCables([seed()], { reader, asOf: '2009-09-20' });
  assert.equal(open.length, 1);
  assert.deepEqual(
    { cable: open[0]!.cable, addressees: open[0]!.addressees, received: open[0]!.received, due: open[0]!.due, status: open[0]!.status, replies: open[0]!.replies },
    { cable: '09STATE96222', addressees: ['AMEMBASSY PARIS'], received: '2009-09-16', due: '2009-09-25', status: 'open', replies: [] },
  );
  assert.equal(open[0]!.deadlineText, 'within seven business days following receipt of this cable');
  assert.deepEqual(open[0]!.requests.map((r) => r.paragraph), ['3', '5']);

  const overdue = actionsFromCables([seed()], { reader, asOf: '2009-10-01' });
  assert.equal(overdue[0]!.status, 'overdue');

  const paris = reply('AMEMBASSY PARIS', '2009-09-22T10:00:00Z');
  const answered = actionsFromCables([seed(), paris], { reader, asOf: '2009-10-01' });
  assert.equal(answered.length, 1, 'the reply itself asks nothing');
  assert.equal(answered[0]!.status, 'answered');
  assert.deepEqual(answered[0]!.replies, [paris.id]);
  assert.equal(answered[0]!.answeredBeforeDue, true);
});

test('a reply counts from an action addressee, after the request; a snapshot ignores later ones', () => {
  const late = reply('Paris', '2009-09-30T10:00:00Z');
  const before = actionsFromCables([seed(), late], { reader, asOf: '2009-09-28', snapshot: true });
  assert.equal(before[0]!.status, 'overdue', 'a snapshot of 2009-09-28: not yet sent');
  const known = actionsFromCables([seed(), late], { reader, asOf: '2009-09-28' });
  assert.equal(known[0]!.status, 'answered', 'without --snapshot every reply in the archive counts');
  assert.equal(known[0]!.answeredBeforeDue, false);
  const after = actionsFromCables([seed(), late], { reader, asOf: '2009-10-02' });
  assert.equal(after[0]!.status, 'answered');
  assert.equal(after[0]!.answeredBeforeDue, false);
  assert.equal(after[0]!.replyDetails[0]!.beforeDue, false);

  const beijing = reply('AMEMBASSY BEIJING', '2009-09-22T10:00:00Z');
  assert.equal(beijing.header?.from, 'AMEMBASSY BEIJING');
  assert.equal(actionsFromCables([seed(), beijing], { reader, asOf: '2009-10-01' })[0]!.status, 'overdue', 'Beijing is INFO: its cable does not answer');
});

test('a cable that names the request in its text answers it; one that cites another cable does not', () => {
  const s = seed();
  const tasking = groupTaskings(s.id!, extractActions(s))[0]!;
  const base = { id: '09PARIS1300', from: 'AMEMBASSY PARIS', date: '2009-09-24', refs: [] as string[] };
  assert.equal(trackAction(tasking, [{ ...base, text: 'Per State 096222, Emboff delivered the points.' }], { asOf: '2009-10-01' }).status, 'answered');
  assert.equal(trackAction(tasking, [{ ...base, text: 'Per STATE 962220, Emboff delivered.' }], { asOf: '2009-10-01' }).status, 'overdue');
  assert.equal(trackAction(tasking, [{ ...base, text: '', refs: ['09STATE96223'] }], { asOf: '2009-10-01' }).status, 'overdue');
  assert.equal(citationPattern('09STATE96222')!.test('REF: 09 STATE 96222'), true);
  assert.equal(citationPattern('09THEHAGUE588')!.test('THE HAGUE 588'), true);
});

test('several posts: answered once each has replied; pending lists the others', () => {
  const request = stateCable({
    serial: '58722',
    dtg: '2008-06-02T13:38:00Z',
    to: ['AMEMBASSY BOGOTA', 'AMEMBASSY BRASILIA'],
    paragraphs: [{ marking: 'U', text: 'Embassies are requested to complete this Blue Lantern check within 45 days.' }],
  });
  const fromBogota = parseCable(draftReply(request, extractActions(request), { from: 'Bogota', date: '2008-06-20T12:00:00Z' }).text);
  const one = actionsFromCables([request, fromBogota], { reader, asOf: '2008-07-01' })[0]!;
  assert.equal(one.due, '2008-07-17');
  assert.equal(one.status, 'open');
  assert.deepEqual(one.pending, ['AMEMBASSY BRASILIA']);
  const fromBrasilia = parseCable(draftReply(request, extractActions(request), { from: 'Brasilia', date: '2008-07-21T12:00:00Z' }).text);
  const both = actionsFromCables([request, fromBogota, fromBrasilia], { reader, asOf: '2008-08-01' })[0]!;
  assert.equal(both.status, 'answered');
  assert.equal(both.answeredBeforeDue, false, 'Brasilia replied after 2008-07-17');
  assert.deepEqual(both.replies, [fromBogota.id, fromBrasilia.id]);
});

test('need-to-know: an action is visible only through readable paragraphs', () => {
  const request = stateCable({
    serial: '30000',
    dtg: '2009-06-01T12:00:00Z',
    banner: 'SECRET//NOFORN',
    level: 'S',
    to: ['AMEMBASSY PARIS'],
    paragraphs: [
      { marking: 'S/NF', text: 'Post is requested to approach the MFA within three business days.' },
      { marking: 'U', text: 'Please report by June 10.' },
    ],
  });
  const french = { name: 'S/FRA', clearance: 'S' as const, citizenship: 'FRA', accesses: [] };
  const all = actionsFromCables([request], { reader, asOf: '2009-06-02' });
  assert.equal(all[0]!.due, '2009-06-04');
  const theirs = actionsFromCables([request], { reader: french, asOf: '2009-06-02' });
  assert.equal(theirs.length, 1);
  assert.equal(theirs[0]!.due, '2009-06-10', 'the S/NF paragraph and its deadline are withheld');
  assert.doesNotMatch(JSON.stringify(theirs), /MFA|three business days/);
  const confidential = { name: 'C/USA', clearance: 'C' as const, citizenship: 'USA', accesses: [] };
  assert.deepEqual(actionsFromCables([request], { reader: confidential, asOf: '2009-06-02' })[0]!.paragraphs, ['2']);
  const noneReadable = stateCable({ serial: '30001', dtg: '2009-06-01T12:00:00Z', banner: 'SECRET', level: 'S', to: ['AMEMBASSY PARIS'], paragraphs: [{ marking: 'S', text: 'Post is requested to act.' }] });
  assert.deepEqual(actionsFromCables([noneReadable], { reader: confidential, asOf: '2009-06-02' }), []);
});

test('as of a date before receipt there is nothing yet; --post filters; soonest due first', () => {
  assert.deepEqual(actionsFromCables([seed()], { reader, asOf: '2009-09-15' }), []);
  assert.equal(actionsFromCables([seed()], { reader, asOf: '2009-09-20', post: 'Beijing' }).length, 0);
  assert.equal(actionsFromCables([seed()], { reader, asOf: '2009-09-20', post: 'paris' }).length, 1);
  const other = stateCable({ serial: '96300', dtg: '2009-09-17T12:00:00Z', to: ['AMEMBASSY ROME'], paragraphs: [{ text: 'Post is requested to report by September 21.' }] });
  assert.deepEqual(actionsFromCables([seed(), other], { reader, asOf: '2009-09-20' }).map((a) => a.due), ['2009-09-21', '2009-09-25']);
  assert.equal(actionsFromCables([seed()], { reader, asOf: '2009-09-20', each: true }).length, 2);
  assert.equal(replyCandidate(parseCable('no id here')), null);
});
