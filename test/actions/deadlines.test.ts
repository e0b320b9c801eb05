import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueDate, findDeadlines } from '../../src/actions/deadlines.js';

const received = '2009-09-16'; // a Wednesday

function one(text: string): { text: string; due: string | null } {
  const found = findDeadlines(text);
  assert.equal(found.length, 1, `${JSON.stringify(text)} → ${JSON.stringify(found.map((f) => f.text))}`);
  return { text: found[0]!.text, due: dueDate(found[0]!, received) };
}

test('counted days: business, working, calendar; of/following receipt; hours and weeks', () => {
  assert.deepEqual(one('report the results of its\nefforts within seven business days following receipt of this\ncable.'), {
    text: 'within seven business days following receipt of this\ncable',
    due: '2009-09-25',
  });
  assert.deepEqual(one('within five business days of receipt of this cable.'), { text: 'within five business days of receipt of this cable', due: '2009-09-23' });
  assert.deepEqual(one('within ten working days of receipt'), { text: 'within ten working days of receipt', due: '2009-09-30' });
  assert.deepEqual(one('complete this check within 45 days.'), { text: 'within 45 days', due: '2009-10-31' });
  assert.deepEqual(one('within 30 calendar days'), { text: 'within 30 calendar days', due: '2009-10-16' });
  assert.deepEqual(one('reply within 48 hours'), { text: 'within 48 hours', due: '2009-09-18' });
  assert.deepEqual(one('within two weeks'), { text: 'within two weeks', due: '2009-09-30' });
  assert.deepEqual(one('no later than five business days after receipt'), { text: 'no later than five business days after receipt', due: '2009-09-23' });
});

test('dates: by COB, NLT, by <date>, by <weekday>, before <meeting> on <date>', () => {
  assert.deepEqual(one('report by COB Friday, September 18.'), { text: 'by COB Friday, September 18', due: '2009-09-18' });
  assert.deepEqual(one('NLT 22 September'), { text: 'NLT 22 September', due: '2009-09-22' });
  assert.deepEqual(one('Please report by September 15, 2009.'), { text: 'by September 15, 2009', due: '2009-09-15' });
  assert.deepEqual(one('respond by Friday.'), { text: 'by Friday', due: '2009-09-18' });
  assert.deepEqual(one('deliver before the NSG plenary on October 3.'), { text: 'before the NSG plenary on October 3', due: '2009-10-03' });
  assert.deepEqual(one('reply by 9/30'), { text: 'by 9/30', due: '2009-09-30' });
  assert.deepEqual(one('by close of business tomorrow'), { text: 'by close of business tomorrow', due: '2009-09-17' });
  assert.deepEqual(one('by the end of the month'), { text: 'by the end of the month', due: '2009-09-30' });
  assert.deepEqual(one('no later than COB Washington time Tuesday, Sept. 22'), { text: 'no later than COB Washington time Tuesday, Sept. 22', due: '2009-09-22' });
});

test('a date without a year long before receipt is next year', () => {
  assert.equal(one('by January 15').due, '2010-01-15');
  assert.equal(one('by September 10').due, '2009-09-10');
});

test('urgency without a date keeps its words and has no due date', () => {
  for (const t of ['as soon as possible', 'ASAP', 'immediately', 'at the earliest opportunity', 'soonest']) {
    assert.deepEqual(one(`Please deliver ${t}.`), { text: t, due: null });
  }
});

test('a dated form wins over an urgency word inside it; no DTG means no computed date', () => {
  const found = findDeadlines('approach officials as soon as possible and report within five business days');
  assert.deepEqual(found.map((f) => f.kind), ['asap', 'business-days']);
  assert.equal(dueDate(found[1]!, null), null);
  assert.equal(dueDate(findDeadlines('by July 13, 2009')[0]!, null), '2009-07-13');
});

test('counted from another event: the words are kept, no due date', () => {
  assert.deepEqual(one("report within 90 days of the report's release."), { text: "within 90 days of the report's release", due: null });
  assert.deepEqual(one('within 30 days after the elections, Post should'), { text: 'within 30 days after the elections', due: null });
  assert.deepEqual(one('within 30 days of this cable.'), { text: 'within 30 days of this cable', due: '2009-10-16' });
});

test('not deadlines: bare dates and numbers', () => {
  assert.deepEqual(findDeadlines('approved by 2/3 majority'), []);
  assert.deepEqual(findDeadlines('The shipment arrived on September 15 with 45 containers.'), []);
});
