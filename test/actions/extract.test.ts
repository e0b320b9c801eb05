import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractActions } from '../../src/extract/actions.js';
import { parseCable } from '../../src/cable/index.js';
import { addresseeName } from '../../src/actions/addressees.js';
import { seed, stateCable } from './fixtures.js';

test('the seed: the approach (para 3) and the report (para 5) for AMEMBASSY PARIS, not Beijing; para 1 is an intro', () => {
  const actions = extractActions(seed());
  assert.deepEqual(
    actions.map((a) => [a.span.paragraph, a.addressees, a.deadlineText?.replace(/\s+/g, ' ') ?? null, a.received, a.due]),
    [
      ['3', ['AMEMBASSY PARIS'], 'as soon as possible', '2009-09-16', null],
      ['5', ['AMEMBASSY PARIS'], 'within seven business days following receipt of this cable', '2009-09-16', '2009-09-25'],
    ],
  );
  assert.match(actions[0]!.request, /^Post is requested to approach appropriate host government officials/);
  assert.match(actions[0]!.request, /-- Ask the French government to investigate/, 'the bullets say what is asked');
  assert.equal(actions[1]!.request, 'Post is requested to please report the results of its efforts within seven business days following receipt of this cable.');
  const cable = seed();
  const p5 = cable.paragraphs.find((p) => p.number === '5')!;
  assert.ok(actions[1]!.span.start >= p5.start && actions[1]!.span.end <= p5.end, 'the span lies in paragraph 5');
  assert.equal(cable.raw!.slice(actions[1]!.span.start, actions[1]!.span.end), 'Post is requested to please report the results of its \nefforts within seven business days following receipt of this \ncable.');
  assert.match(cable.raw!.slice(actions[0]!.span.start, actions[0]!.span.end), /^Post is requested to approach[\s\S]*Section 6\.A\.2\.a\.3\.$/);
});

test('named posts: a post named in the text, posts in London and Tel Aviv, an INFO post named explicitly', () => {
  const cable = stateCable({
    serial: '12345',
    dtg: '2009-03-02T18:00:00Z',
    to: ['AMEMBASSY LONDON', 'AMEMBASSY TEL AVIV', 'AMEMBASSY NEW DELHI'],
    info: ['AMEMBASSY MOSCOW'],
    paragraphs: [
      { marking: 'U', text: 'This is an action request. See paragraph 2.' },
      { text: 'Department requests that posts in London and Tel Aviv inform host government officials of our plans. Department requests Embassy New Delhi coordinate with them.' },
      { text: 'Embassy Moscow is requested to brief the MFA by March 6.' },
      { marking: 'U', text: 'Response requested by COB Tuesday, March 10.' },
    ],
  });
  assert.deepEqual(
    extractActions(cable).map((a) => [a.span.paragraph, a.addressees, a.due]),
    [
      ['2', ['AMEMBASSY LONDON', 'AMEMBASSY TEL AVIV'], null],
      ['2', ['AMEMBASSY NEW DELHI'], null],
      ['3', ['AMEMBASSY MOSCOW'], '2009-03-06'],
      ['4', ['AMEMBASSY LONDON', 'AMEMBASSY TEL AVIV', 'AMEMBASSY NEW DELHI'], '2009-03-10'],
    ],
  );
});

test('an intro naming the action post narrows "Post" to it; Washington is asked in a post\'s cable', () => {
  const cable = stateCable({
    serial: '14070',
    dtg: '2009-02-14T16:05:00Z',
    to: ['AMEMBASSY MOSCOW', 'AMEMBASSY CARACAS'],
    paragraphs: [
      { marking: 'U', text: 'This is an action request. Embassy Moscow, please see paragraph 2.' },
      { text: 'Post is requested to approach appropriate host government officials. Response requested by COB Friday, February 20.' },
    ],
  });
  assert.deepEqual(extractActions(cable).map((a) => [a.addressees, a.deadlineText, a.due]), [[['AMEMBASSY MOSCOW'], 'by COB Friday, February 20', '2009-02-20']]);
  const fromPost = parseCable(
    ['O 111108Z APR 08', 'FM AMEMBASSY BEIJING', 'TO SECSTATE WASHDC IMMEDIATE 6424', '', 'C O N F I D E N T I A L BEIJING 001373', '', 'SUBJECT: TEST', '', '1. (C) Post requests that the Department provide guidance before the April 15 meeting.', '', 'RANDT', ''].join('\n'),
  );
  assert.deepEqual(extractActions(fromPost).map((a) => [a.addressees, a.due]), [[['SECSTATE WASHDC'], '2008-04-15']]);
});

test('an intro pointing to one paragraph makes its asking sentence the request; ranges and talking points are not taken', () => {
  const fromPost = parseCable(
    ['P 021200Z MAR 09', 'FM AMEMBASSY REYKJAVIK', 'TO SECSTATE WASHDC PRIORITY 1234', '', 'C O N F I D E N T I A L REYKJAVIK 000037', '', 'SUBJECT: TEST', '',
      '1. (U) This is an action request, please see paragraph 3.', '', '2. (C) The minister met the Ambassador on March 1.', '',
      '3. (C) Post believes a response is needed. Post recommends that Washington issue a statement deploring the decision.', '', 'WATSON', ''].join('\n'),
  );
  assert.deepEqual(extractActions(fromPost).map((a) => [a.span.paragraph, a.addressees, a.request]), [['3', ['SECSTATE WASHDC'], 'Post recommends that Washington issue a statement deploring the decision.']]);
  const ranged = parseCable(fromPost.raw!.replace('please see paragraph 3', 'please see paragraphs 2-3'));
  assert.deepEqual(extractActions(ranged), []);
});

test('not taskings: permissions, thanks, slugging, pointers, negated requests, talking points addressed to the host government', () => {
  const cable = stateCable({
    serial: '22222',
    dtg: '2009-05-04T12:00:00Z',
    to: ['AMEMBASSY ANKARA'],
    paragraphs: [
      { text: 'Post may wish to share these points with host government officials. Please slug responses for ISN. Please see paragraph 3.' },
      { text: 'Post is not/not requested to contact the firm. Department appreciates Post\'s assistance.' },
      { text: 'BEGIN TALKING POINTS -- We ask that you investigate this shipment. -- Please share the results with us. END TALKING POINTS' },
      { text: 'Department expects to ask Embassy Ankara to present a formal demarche later.' },
    ],
  });
  assert.deepEqual(extractActions(cable), []);
});

test('a fragment without a header: addressees from the text, no due date without a DTG', () => {
  const cable = parseCable('1. (C) This is an action request to Embassy Paris. Post is requested to deliver the points in paragraph 2 within five business days.\n\n2. (C) BEGIN POINTS -- point. END POINTS\n');
  const actions = extractActions(cable);
  assert.equal(actions.length, 1);
  assert.deepEqual(actions[0]!.addressees, ['Embassy Paris']);
  assert.equal(actions[0]!.deadlineText, 'within five business days');
  assert.equal(actions[0]!.due, null);
  assert.equal(actions[0]!.received, null);
});

test('addressee names lose a routing prefix, precedence and serial range left on the header line', () => {
  assert.equal(addresseeName({ name: 'ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279' }), 'AMEMBASSY BELMOPAN');
  assert.equal(addresseeName({ name: 'AMEMBASSY ANKARA IMMEDIATE 7721-7722' }), 'AMEMBASSY ANKARA');
  assert.equal(addresseeName({ name: 'USMISSION USUN NEW YORK' }), 'USMISSION USUN NEW YORK');
});

test('a bare request with no header and no named post keeps empty addressees', () => {
  const actions = extractActions(parseCable('Post is requested to deliver the points by Friday.\n'));
  assert.deepEqual(actions.map((a) => [a.addressees, a.deadlineText, a.due]), [[[], 'by Friday', null]]);
});

test("a post's cable without a header asks the Department", () => {
  const cable = parseCable(['05BRASILIA1567', '2005-06-01 12:00', '2011-01-01 00:00', 'CONFIDENTIAL', 'Embassy Brasilia', '', 'C O N F I D E N T I A L BRASILIA 001567', '', 'SUBJECT: TEST', '',
    '1. (C) We would welcome guidance on the procedures the GoB would have to follow.', '', 'DANILOVICH', ''].join('\n'));
  assert.deepEqual(extractActions(cable).map((a) => a.addressees), [['SECSTATE WASHDC']]);
});

test('never throws on arbitrary text', () => {
  for (const t of ['', 'Post is requested to', 'Please report by 13/45.', '1. Please deliver by February 30.', 'within 0 days']) {
    assert.doesNotThrow(() => extractActions(parseCable(t)));
  }
});
