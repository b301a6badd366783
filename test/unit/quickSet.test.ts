import * as assert from 'node:assert/strict';
import { QuickMap, QuickSet } from '../../src/core/quickSet';
import { tokenize } from '../../src/core/tokenize';

describe('QuickSet', () => {
  it('answers like a Set, for members, strangers and strangers that share a fingerprint', () => {
    const words = new QuickSet(['week', 'weekend', 'a', '']);
    for (const w of ['week', 'weekend', 'a', '']) assert.equal(words.has(w), true, w);
    // "weak" has the length and first two letters of "week": the table lets it through, the set says no
    for (const w of ['weak', 'weeks', 'b', 'the', 'WEEK']) assert.equal(words.has(w), false, w);
    assert.deepEqual([...words].sort(), ['', 'a', 'week', 'weekend']);
  });

  it('answers about tokens by index as about their lower case, and no past either end', () => {
    const units = new QuickMap([
      ['week', 'W'],
      ['weeks', 'W'],
      ['états', 'E'],
    ]);
    const tokens = tokenize('Two WEEKS, a Week, weak ÉTATS');
    assert.deepEqual(
      tokens.map((_, k) => units.getAt(tokens, k) ?? '-'),
      ['-', 'W', '-', '-', 'W', '-', '-', 'E'],
    );
    assert.equal(units.hasAt(tokens, 1), true);
    assert.equal(units.hasAt(tokens, -1), false);
    assert.equal(units.hasAt(tokens, tokens.length), false);
  });
});
