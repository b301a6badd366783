import * as assert from 'node:assert/strict';
import { annotate, flagOf } from '../../src/core';
import { factLine, timexWords } from '../../src/extension/describe';

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
    // parts of a year, decades and centuries as TimeML writes them
    assert.equal(timexWords('DATE', '2013-Q1'), 'the first quarter of 2013');
    assert.equal(timexWords('DATE', '2012-H2'), 'the second half of 2012');
    assert.equal(timexWords('DATE', '2013-SU'), 'summer 2013');
    assert.equal(timexWords('DATE', '199'), 'the 1990s');
    assert.equal(timexWords('DATE', '19'), 'the 20th century');
    assert.equal(timexWords('DATE', '20'), 'the 21st century');
    assert.equal(timexWords('DATE', '10'), 'the 11th century');
    assert.equal(timexWords('TIME', 'XXXX-XX-XXT12:00'), 'not resolved without the article date');
  });
});

describe('factLine: a fact in one line for the panel and the hover', () => {
  it('the actor, the action with the verbs that share its count, the count, whose, the limit', () => {
    const [arrest] = annotate('Spain arrested and charged 11 Moroccan men.').facts;
    assert.equal(factLine(arrest!), `${flagOf('ES')} Spain: arrest and charge 11 men (Morocco)`);
    const [expel] = annotate('Sweden expelled three Russian diplomats and gave them two weeks to leave.', {
      articleDate: '2022-04-05',
    }).facts;
    assert.equal(factLine(expel!, false), 'expel 3 diplomats (Russia) — two weeks, due 2022-04-19');
  });
});
