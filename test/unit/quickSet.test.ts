import * as assert from 'node:assert/strict';
import { QuickSet } from '../../src/core/quickSet';

describe('QuickSet', () => {
  it('answers like a Set, for members, strangers and strangers that share a fingerprint', () => {
    const words = new QuickSet(['week', 'weekend', 'a', '']);
    for (const w of ['week', 'weekend', 'a', '']) assert.equal(words.has(w), true, w);
    // "weak" has the length and first two letters of "week": the table lets it through, the set says no
    for (const w of ['weak', 'weeks', 'b', 'the', 'WEEK']) assert.equal(words.has(w), false, w);
    assert.deepEqual([...words].sort(), ['', 'a', 'week', 'weekend']);
  });
});
