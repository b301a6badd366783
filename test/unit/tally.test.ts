import * as assert from 'node:assert/strict';
import { annotate, computeTally } from '../../src/core';

const tally = (text: string) => computeTally(annotate(text, { articleDate: '2022-03-30' }).facts);

describe('computeTally', () => {
  it('sums counts per acting country and noun', () => {
    const t = tally(
      'Germany expelled 40 Russian diplomats. Germany expelled 5 Russian diplomats. France expelled 35 Russian diplomats.',
    );
    assert.deepEqual(
      t.countries.map((c) => [c.code, c.counted]),
      [
        ['DE', { diplomat: 45 }],
        ['FR', { diplomat: 35 }],
      ],
    );
  });
  it('puts a stated total beside the sum of its parts, and says whether they agree', () => {
    const t = tally(
      'In all, as many as 50 Russian diplomats were expelled. Germany expelled 40 Russian diplomats. France expelled 5 Russian diplomats.',
    );
    assert.equal(t.totals.length, 1);
    assert.deepEqual(
      [t.totals[0]!.value, t.totals[0]!.qualifier, t.totals[0]!.sameNounSum, t.totals[0]!.agrees],
      [50, 'at-most', 45, true],
    );
    const over = tally('A total of 30 diplomats were expelled. Germany expelled 40 diplomats.');
    assert.equal(over.totals[0]!.agrees, false);
  });
  it('never sums a sub-count into its total ("killed 40 people, including 9 Britons")', () => {
    const doc = annotate('Germany killed 40 people, including 9 Britons.', { articleDate: '2022-03-30' });
    assert.equal(doc.facts[1]!.partOf, doc.facts[0]!.id);
    assert.deepEqual(
      computeTally(doc.facts).countries.map((c) => [c.code, c.counted]),
      [['DE', { people: 40 }]],
    );
  });
});
