import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addBusinessDays, isBusinessDay } from '../../src/actions/businessDays.js';
import { federalHolidays, isFederalHoliday } from '../../src/actions/federalHolidays.js';
import { addDays, makeDate } from '../../src/actions/isoDate.js';

test('the seed: seven business days following 2009-09-16 is 2009-09-25', () => {
  assert.equal(addBusinessDays('2009-09-16', 7), '2009-09-25');
});

test('09STATE3943: five business days from 2009-01-14 skip MLK Day but not Inauguration Day', () => {
  assert.equal(isFederalHoliday('2009-01-19'), true);
  assert.equal(isFederalHoliday('2009-01-20'), false);
  assert.equal(addBusinessDays('2009-01-14', 5), '2009-01-22');
});

test('observed dates: Saturday holidays move to Friday, Sunday ones to Monday, across the year end', () => {
  assert.equal(isFederalHoliday('2010-12-31'), true, 'New Year 2011 fell on a Saturday');
  assert.equal(isFederalHoliday('2011-01-01'), false);
  assert.equal(isFederalHoliday('2009-07-03'), true, 'Independence Day 2009 fell on a Saturday');
  assert.equal(isFederalHoliday('2005-12-26'), true, 'Christmas 2005 fell on a Sunday');
  assert.equal(isBusinessDay('2010-12-31'), false);
});

test('history: MLK Day from 1986, Juneteenth from 2021, pre-1971 fixed dates, Veterans Day in October 1971-77', () => {
  assert.equal(isFederalHoliday('1985-01-21'), false);
  assert.equal(isFederalHoliday('1986-01-20'), true);
  assert.equal(isFederalHoliday('2019-06-19'), false);
  assert.equal(isFederalHoliday('2021-06-18'), true, 'Juneteenth 2021 (a Saturday) observed on Friday');
  assert.equal(isFederalHoliday('1970-02-23'), true, "Washington's Birthday 1970-02-22 was a Sunday");
  assert.equal(isFederalHoliday('1970-02-16'), false);
  assert.equal(isFederalHoliday('1969-05-30'), true);
  assert.equal(isFederalHoliday('1969-10-13'), false, 'no Columbus Day before 1971');
  assert.equal(isFederalHoliday('1975-10-27'), true);
  assert.equal(isFederalHoliday('1975-11-11'), false);
  assert.equal(isFederalHoliday('1978-11-10'), true, 'Veterans Day 1978-11-11 was a Saturday');
});

test('the holidays of each era, all on weekdays', () => {
  const expected: Record<number, number> = { 1968: 8, 1975: 9, 1990: 10, 2009: 10, 2010: 11, 2021: 12, 2022: 10 };
  assert.equal(isFederalHoliday('2009-09-07'), true, 'Labor Day');
  for (const [year, count] of Object.entries(expected)) {
    const days = [...federalHolidays(Number(year))];
    assert.equal(days.length, count, `${year}: ${days.join(' ')}`);
    for (const d of days) assert.equal(isBusinessDay(d), false);
  }
});

test('property: the n-th business day after a date is a business day with exactly n business days up to it', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 30 }), (offset, n) => {
      const start = addDays('1966-01-01', offset);
      const due = addBusinessDays(start, n);
      let count = 0;
      for (let d = addDays(start, 1); d <= due; d = addDays(d, 1)) if (isBusinessDay(d)) count++;
      assert.equal(count, n);
      if (n > 0) assert.equal(isBusinessDay(due), true);
    }),
    { numRuns: 200 },
  );
});

test('makeDate rejects impossible dates', () => {
  assert.equal(makeDate(2009, 2, 29), null);
  assert.equal(makeDate(2008, 2, 29), '2008-02-29');
});
