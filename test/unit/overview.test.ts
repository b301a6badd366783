import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { annotate, overviewOf } from '../../src/core';

const SEED = readFileSync('seeds/diplomat-expulsions-2022-03-30.txt', 'utf8');
const article = (name: string, text: string, articleDate?: string) => ({
  name,
  uri: `file:///${name}`,
  text,
  doc: annotate(text, articleDate ? { articleDate } : {}),
});

describe('overview: what the timeline and the map show', () => {
  it('the seed: its deadlines by due date, each with its own sentence, overdue against today', () => {
    const o = overviewOf([article('seed.txt', SEED)], '2022-04-05');
    assert.deepEqual(
      o.deadlines.map((d) => [d.text, d.due, d.articleDate, d.overdue]),
      [
        ['72 hours', '2022-04-02', '2022-03-30', true], // the standfirst line
        ['72 hours', '2022-04-02', '2022-03-30', true],
        ['two weeks', '2022-04-13', '2022-03-30', false],
      ],
    );
    // the deadline's sentence, not the one before it that states the fact it belongs to
    assert.equal(o.deadlines[2]!.sentence, 'They have all been given two weeks to leave the country.');
    assert.match(o.deadlines[1]!.sentence, /^Meanwhile, the Czech Republic expelled one diplomat/);
    assert.equal(SEED.slice(o.deadlines[0]!.start, o.deadlines[0]!.end), '72 hours');
  });

  it('countries: mentions counted across articles, acting ones marked, most mentioned first', () => {
    const o = overviewOf(
      [
        article('a.txt', 'Belgium expelled 21 Russian diplomats. Russia protested.', '2022-03-30'),
        article('b.txt', 'Russia said Belgium had acted with the Netherlands.', '2022-03-30'),
      ],
      '2022-04-01',
    );
    assert.deepEqual(
      o.countries.map((c) => [c.code, c.mentions, c.acting]),
      [
        ['RU', 3, false],
        ['BE', 2, true],
        ['NL', 1, false],
      ],
    );
  });

  it('a deadline with no due date (no article date) is counted, not drawn', () => {
    const o = overviewOf([article('undated.txt', 'They were given two weeks to leave.')], '2022-04-01');
    assert.equal(o.deadlines.length, 0);
    assert.equal(o.undated, 1);
    assert.deepEqual(o.articles, [{ name: 'undated.txt', uri: 'file:///undated.txt', date: null }]);
  });
});
