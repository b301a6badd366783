import * as assert from 'node:assert/strict';
import {
  addDuration,
  addMonths,
  daysBetween,
  daysInMonth,
  formatDate,
  formatWeek,
  isoWeek,
  isoWeekMonday,
  quarterOf,
  resolveWeekday,
  weekday,
  weekdayName,
  type YMD,
} from '../../src/core/timex';

// calendar arithmetic on plain days; every expected value below was checked against a printed calendar
const day = (iso: string): YMD => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};

describe('timex: calendar arithmetic', () => {
  it('ISO weeks, also where the week-year is not the calendar year', () => {
    assert.deepEqual(isoWeek(day('2022-03-30')), { year: 2022, week: 13 });
    assert.equal(formatWeek(day('2021-01-03')), '2020-W53'); // a Sunday that closes 2020's 53rd week
    assert.equal(formatWeek(day('2024-12-30')), '2025-W01'); // a Monday that opens 2025's first week
    assert.equal(formatDate(isoWeekMonday(2022, 13)), '2022-03-28');
    assert.equal(formatDate(isoWeekMonday(2020, 53)), '2020-12-28');
    assert.equal(formatDate(isoWeekMonday(2025, 1)), '2024-12-30');
  });
  it('weekdays, Monday first', () => {
    assert.equal(weekday(day('2022-03-30')), 3);
    assert.equal(weekdayName(day('2022-03-27')), 'Sunday');
    assert.equal(formatDate(resolveWeekday(day('2022-03-30'), 5, 'future')), '2022-04-01');
    assert.equal(formatDate(resolveWeekday(day('2022-03-30'), 5, 'past')), '2022-03-25');
    // the anchor's own weekday is the anchor, either way
    assert.equal(formatDate(resolveWeekday(day('2022-03-30'), 3, 'past')), '2022-03-30');
    assert.equal(formatDate(resolveWeekday(day('2022-03-30'), 3, 'future')), '2022-03-30');
  });
  it('months: the day kept where the month has it, else its last day', () => {
    assert.equal(formatDate(addMonths(day('2022-01-31'), 1)), '2022-02-28');
    assert.equal(formatDate(addMonths(day('2024-01-31'), 1)), '2024-02-29');
    assert.equal(formatDate(addMonths(day('2022-11-15'), 3)), '2023-02-15');
    assert.equal(formatDate(addMonths(day('2022-01-15'), -1)), '2021-12-15');
    assert.equal(daysInMonth(2023, 2), 28);
    assert.equal(daysInMonth(null, 2), 29); // a year not known: February 29 may be
    assert.equal(quarterOf(day('2022-03-31')), 1);
    assert.equal(quarterOf(day('2022-04-01')), 2);
  });
  it('durations added to a day: weeks, hours past midnight, years from a leap day; none for vague ones', () => {
    const due = (from: string, value: string, hour = 0) => {
      const r = addDuration(day(from), value, hour);
      return r && `${formatDate(r.date)} ${r.hour}h`;
    };
    assert.equal(due('2022-03-30', 'P2W'), '2022-04-13 0h');
    assert.equal(due('2022-03-30', 'PT72H'), '2022-04-02 0h');
    assert.equal(due('2022-03-30', 'PT36H', 18), '2022-04-01 6h');
    assert.equal(due('2024-02-29', 'P1Y'), '2025-02-28 0h');
    assert.equal(due('2022-11-30', 'P1Q'), '2023-02-28 0h');
    // business days: Monday to Friday (Wednesday 30 March + 3 = Monday 4 April; Saturday 2 April + 5 = Friday 8 April)
    const business = (from: string, value: string) => formatDate(addDuration(day(from), value, 0, true)!.date);
    assert.equal(business('2022-03-30', 'P3D'), '2022-04-04');
    assert.equal(business('2022-04-02', 'P5D'), '2022-04-08');
    assert.equal(business('2022-03-31', 'P20D'), '2022-04-28');
    // a length of whole months, however written (1.5 years = 18 months); a part of a month ends on no calendar day
    assert.equal(due('2022-03-30', 'P1.5Y'), '2023-09-30 0h');
    assert.equal(due('2022-03-30', 'P2.5Q'), null);
    assert.equal(due('2022-03-30', 'P0.5M'), null);
    assert.equal(due('2022-03-30', 'PXY'), null);
    assert.equal(due('2022-03-30', 'PT30S'), null);
    assert.equal(daysBetween(day('2022-03-30'), day('2022-04-13')), 14);
    assert.equal(daysBetween(day('2024-02-28'), day('2024-03-01')), 2);
  });
});
