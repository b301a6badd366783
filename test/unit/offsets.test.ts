import * as assert from 'node:assert/strict';
import { offsetMap } from '../../src/formats/offsets';

describe('UTF-16 ↔ code point offsets', () => {
  it('counts an emoji (a surrogate pair) as one code point', () => {
    const text = 'a🇺🇦b𝄞c'; // flag = two regional indicators, each a surrogate pair; 𝄞 one pair
    const m = offsetMap(text);
    // UTF-16: a=0, 🇺=1-2, 🇦=3-4, b=5, 𝄞=6-7, c=8; code points: a=0, 🇺=1, 🇦=2, b=3, 𝄞=4, c=5
    assert.deepEqual([0, 1, 3, 5, 6, 8, 9].map(m.toCodePoint), [0, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map(m.fromCodePoint), [0, 1, 3, 5, 6, 8, 9]);
    assert.equal([...text].slice(3, 4).join(''), text.slice(m.fromCodePoint(3), m.fromCodePoint(4)));
  });
  it('is the identity on text without astral characters', () => {
    const m = offsetMap('Côte d’Ivoire');
    assert.deepEqual([0, 4, 13].map(m.toCodePoint), [0, 4, 13]);
  });
});
