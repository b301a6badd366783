import * as assert from 'node:assert/strict';
import { annotate, compareArticles, countInterval } from '../../src/core';

const article = (name: string, text: string) => ({ name, doc: annotate(text, { articleDate: '2022-03-30' }) });

describe('compareArticles: facts across articles', () => {
  it('counts as intervals: "as many as 43" holds 40, "more than 300" starts at 301, a range is its ends', () => {
    assert.deepEqual(countInterval({ value: 43, qualifier: 'at-most', noun: null }), [0, 43]);
    assert.deepEqual(countInterval({ value: 300, qualifier: 'more-than', noun: null }), [301, Infinity]);
    assert.deepEqual(countInterval({ value: 10, max: 20, qualifier: 'range', noun: null }), [10, 20]);
    assert.deepEqual(countInterval({ value: 2000, qualifier: 'approx', noun: null }), [1800, 2200]);
  });

  it('groups the same event told by two articles, and finds where their counts and due dates disagree', () => {
    const a = article('a.txt', 'Belgium expelled 21 Russian diplomats and gave them two weeks to leave.');
    const b = article('b.txt', 'Belgium expelled 20 Russian diplomats and gave them a week to leave.');
    const { groups, disagreements } = compareArticles([a, b]);
    assert.deepEqual(
      groups.map((g) => [g.label, g.facts.map((f) => f.article)]),
      [['Belgium expel diplomats (Russia)', ['a.txt', 'b.txt']]],
    );
    // 2022-03-30 + two weeks = 2022-04-13; + a week = 2022-04-06
    assert.deepEqual(
      disagreements.map((d) => [d.what, d.detail]),
      [
        ['count', '21 in a.txt, 20 in b.txt'],
        ['due', 'due 2022-04-13 in a.txt, 2022-04-06 in b.txt'],
      ],
    );
  });

  it('no disagreement where the intervals meet, within one article, or between different events', () => {
    const a = article('a.txt', 'Belgium expelled as many as 43 Russian diplomats.');
    const b = article('b.txt', 'Belgium expelled 40 Russian diplomats. France expelled 35 Russian diplomats.');
    const c = article(
      'c.txt',
      'Germany expelled 12 Russian diplomats. Germany expelled 4 Russian diplomats. Police arrested 12 people.',
    );
    const d = article('d.txt', 'Police arrested 30 people.');
    // (nor between facts with no country on either side: "Police arrested 12 people" and "30 people" need not be one event)
    const { groups, disagreements } = compareArticles([a, b, c, d]);
    assert.deepEqual(
      groups.map((g) => g.label),
      ['Belgium expel diplomats (Russia)'],
    );
    assert.deepEqual(disagreements, []);
  });

  it('groups with disagreements come first', () => {
    const { groups } = compareArticles([
      article('a.txt', 'Austria expelled 4 Russian diplomats. Spain expelled 25 Russian diplomats.'),
      article('b.txt', 'Austria expelled 4 Russian diplomats. Spain expelled 27 Russian diplomats.'),
    ]);
    assert.deepEqual(
      groups.map((g) => g.label),
      ['Spain expel diplomats (Russia)', 'Austria expel diplomats (Russia)'],
    );
  });
});
