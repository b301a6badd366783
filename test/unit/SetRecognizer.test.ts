import * as assert from 'node:assert/strict';
import { times } from './helpers';

describe('SetRecognizer', () => {
  it('"every week", "each Monday", "daily"', () => {
    assert.deepEqual(times('They report every week and meet each Monday; the daily tally'), [
      'every week=SET:P1W',
      'each Monday=SET:XXXX-WXX-1',
      'daily=SET:P1D',
    ]);
  });
  it('a weekday in the plural: "on Sundays", "Thursdays at 9am"; not in lower case', () => {
    assert.deepEqual(times('The market closes on Sundays; mondays are slow.'), ['Sundays=SET:XXXX-WXX-7']);
    // so do weekends after "on" or "at"; "for two weekends" is a length, bare "weekends" none
    assert.deepEqual(times('Shops close on weekends and at weekends; weekends are busy; it took two weekends.'), [
      'weekends=SET:XXXX-WXX-WE',
      'weekends=SET:XXXX-WXX-WE',
      'two weekends=DURATION:P4D',
    ]);
  });
  it('"every summer", "each season"', () => {
    assert.deepEqual(times('He visits every summer and the rules change each season.'), [
      'every summer=SET:XXXX-SU',
      'each season=SET:P3M',
    ]);
    assert.deepEqual(times('The season opened; each of them came.'), []);
  });
  it('a month named with its capital, and its day: "each July", "every May 1"; not "every march"', () => {
    assert.deepEqual(times('Orangemen march each July; workers rally every May 1; we march every march.'), [
      'each July=SET:XXXX-07',
      'every May 1=SET:XXXX-05-01',
    ]);
  });
  it('"annually", "yearly"', () => {
    assert.deepEqual(times('The fee is paid annually; a yearly review'), ['annually=SET:P1Y', 'yearly=SET:P1Y']);
  });

  it('"semi-annually", "bi-weekly": a prefix, solid or hyphenated, halves or doubles the period', () => {
    assert.deepEqual(
      times('Interest is paid semi-annually or semiannually, staff bi-weekly or fortnightly; it meets biennially.'),
      [
        'semi-annually=SET:P0.5Y',
        'semiannually=SET:P0.5Y',
        'bi-weekly=SET:P2W',
        'fortnightly=SET:P2W',
        'biennially=SET:P2Y',
      ],
    );
    // no frequency adverb after the prefix, no time
    assert.deepEqual(times('A semi-automatic rifle and a bi-annual report reached the semi-final.'), []);
  });
  it('parts of the day, intervals, and how often in a period', () => {
    assert.deepEqual(
      times('Flights leave every morning, pills every other day, checks every two weeks and every weekend.'),
      [
        'every morning=SET:XXXX-XX-XXTMO',
        'every other day=SET:P2D',
        'every two weeks=SET:P2W',
        'every weekend=SET:XXXX-WXX-WE',
      ],
    );
    assert.deepEqual(times('The board meets once a week and twice a year, every fortnight.'), [
      'once a week=SET:P1W',
      'twice a year=SET:P1Y',
      'every fortnight=SET:P2W',
    ]);
    assert.deepEqual(times('They clash every few months.'), ['every few months=SET:PXM']);
    // as a compound before a noun, hyphens between its words (not "a-decade", a length)
    assert.deepEqual(times('a twice-a-decade congress, a once-a-year event, a once-in-a-lifetime chance'), [
      'twice-a-decade=SET:P10Y',
      'once-a-year=SET:P1Y',
    ]);
  });
  it('not "every one", "each time", "once again", "every two of them"', () => {
    assert.deepEqual(times('every one of them, each time, once again, every two of them'), []);
  });
});
