import * as assert from 'node:assert/strict';
import { datelineDayAfter, findArticleDate } from '../../src/core/articleDate';
import { annotate } from '../../src/core';
import { calendarDate, dateProblem } from '../../src/core/timex';
import { parseUserDate } from '../../src/core/userDate';

describe('findArticleDate', () => {
  it('reads a header line, in ISO form or in words', () => {
    assert.deepEqual(findArticleDate('Date: 2022-03-30\n\nText.'), { date: '2022-03-30', source: 'header' });
    assert.deepEqual(findArticleDate('Date: November 3, 2023\n\nText.'), { date: '2023-11-03', source: 'header' });
    assert.deepEqual(findArticleDate('Published: 3rd Nov. 2023\n\nText.'), { date: '2023-11-03', source: 'header' });
  });
  it('reads YAML front matter whatever the line ends: \\n, \\r\\n or \\r alone', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      assert.deepEqual(
        findArticleDate(`---${nl}title: X${nl}date: 2021-06-01${nl}---${nl}Text.`),
        { date: '2021-06-01', source: 'front-matter' },
        JSON.stringify(nl),
      );
    }
  });
  it('reads a dateline, taking the year from the file name when the dateline has none', () => {
    assert.deepEqual(findArticleDate('BRUSSELS, March 30, 2022 (Reuters) - Belgium said.'), {
      date: '2022-03-30',
      source: 'dateline',
    });
    assert.deepEqual(findArticleDate('MOSCOW, March 30 (Reuters) - Text.', 'story-2021-01-01.txt'), {
      date: '2021-03-30',
      source: 'dateline',
    });
    assert.deepEqual(findArticleDate('MOSCOW, March 30 (Reuters) - Text.'), { date: null, source: 'none' });
  });
  it('ignores dates that are not days of the calendar, wherever they are written', () => {
    assert.deepEqual(findArticleDate('Date: 2022-02-30\n'), { date: null, source: 'none' });
    assert.deepEqual(findArticleDate('Date: February 30, 2022\n'), { date: null, source: 'none' });
    assert.deepEqual(findArticleDate('Text.', 'story-2022-13-01.txt'), { date: null, source: 'none' });
  });
});

describe('calendarDate and dateProblem: the one date rule of the CLI, settings and commands', () => {
  it('accepts calendar days, leap days included', () => {
    assert.deepEqual(calendarDate('2024-02-29'), { y: 2024, m: 2, d: 29 });
    assert.equal(dateProblem('2022-03-30'), null);
  });
  it('refuses impossible days, months and years out of range, and other shapes, saying which', () => {
    for (const bad of ['2023-02-29', '2022-13-01', '9999-99-99', '2022-00-10', '0999-01-01', '9900-01-01']) {
      assert.equal(calendarDate(bad), null, bad);
      assert.match(dateProblem(bad)!, /is not a day of the calendar/);
    }
    assert.match(dateProblem('30/03/2022')!, /is not a date written YYYY-MM-DD/);
  });
});

describe('parseUserDate: a date as a person types it', () => {
  it('ISO, month names either way round, ordinals', () => {
    assert.equal(parseUserDate('2023-11-03', false), '2023-11-03');
    assert.equal(parseUserDate('November 3, 2023', false), '2023-11-03');
    assert.equal(parseUserDate('3rd Nov. 2023', false), '2023-11-03');
  });
  it("digits in the locale's order: day first, or month first as in en-US", () => {
    assert.equal(parseUserDate('3/11/2023', false), '2023-11-03');
    assert.equal(parseUserDate('3/11/2023', true), '2023-03-11');
  });
  it('nothing for what is not a calendar day', () => {
    assert.equal(parseUserDate('February 30, 2023', false), null);
    assert.equal(parseUserDate('13/13/2023', false), null);
    assert.equal(parseUserDate('soon', false), null);
  });
});

describe('datelineDayAfter', () => {
  it("a wire's dateline a day after the article date is the day the story was written, across a month's end", () => {
    assert.equal(datelineDayAfter('BRUSSELS, March 31 - Ministers met.', '2022-03-30'), '2022-03-31');
    assert.equal(datelineDayAfter('HEADLINE\nBRUSSELS, April 1 - Ministers met.', '2022-03-31'), '2022-04-01');
    // the same day, another day, a year written out, no dateline: the article date stands
    assert.equal(datelineDayAfter('BRUSSELS, March 30 - Ministers met.', '2022-03-30'), null);
    assert.equal(datelineDayAfter('BRUSSELS, March 29 - Ministers met.', '2022-03-30'), null);
    assert.equal(datelineDayAfter('BRUSSELS, March 31, 2022 - Ministers met.', '2022-03-30'), null);
    assert.equal(datelineDayAfter('Ministers met on March 31.', '2022-03-30'), null);
  });
  it('"yesterday" and weekdays count from it; the article date stays the document\'s', () => {
    const doc = annotate('BRUSSELS, March 31 - The offer expired yesterday. Talks resume Friday.', {
      articleDate: '2022-03-30',
    });
    assert.equal(doc.articleDate, '2022-03-30');
    assert.deepEqual(
      doc.annotations.flatMap((a) => (a.kind === 'time' ? [`${a.text}=${a.time.value}`] : [])),
      ['March 31=2022-03-31', 'yesterday=2022-03-30', 'Friday=2022-04-01'],
    );
  });
});
