import * as assert from 'node:assert/strict';
import { timexWords } from '../../src/extension/describe';

describe('timexWords: TIMEX3 values in words for hovers', () => {
  it('durations, days, times, weeks, months and years', () => {
    assert.equal(timexWords('DURATION', 'P2W'), '2 weeks');
    assert.equal(timexWords('DURATION', 'PT72H'), '72 hours');
    assert.equal(timexWords('DURATION', 'PT30M'), '30 minutes');
    assert.equal(timexWords('DURATION', 'P1Y'), '1 year');
    assert.equal(timexWords('DATE', '2022-03-29'), 'Tuesday 29 March 2022');
    assert.equal(timexWords('TIME', '2022-04-01T24:00'), 'Friday 1 April 2022, midnight');
    assert.equal(timexWords('DATE', '2022-W13'), 'week 13 of 2022');
    assert.equal(timexWords('DATE', '2022-11'), 'November 2022');
    assert.equal(timexWords('DATE', 'PAST_REF'), 'some time in the past');
    assert.equal(timexWords('TIME', 'XXXX-XX-XXT12:00'), 'not resolved without the article date');
  });
});
