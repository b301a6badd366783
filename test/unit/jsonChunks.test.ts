import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonChunks } from '../../src/formats/jsonChunks';

describe('jsonChunks', () => {
  it('joins to exactly JSON.stringify(value, null, 2), at any depth of opening', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        assert.equal([...jsonChunks(value, depth)].join(''), JSON.stringify(value, null, 2));
      }),
      { numRuns: 500 },
    );
  });
  it('leaves out undefined members and writes undefined array items as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1], c: { d: undefined }, e: [], f: {} };
    assert.equal([...jsonChunks(value, 3)].join(''), JSON.stringify(value, null, 2));
  });
  it('hands out each array item of the opened levels as its own pieces', () => {
    const chunks = [...jsonChunks({ items: [{ a: 1 }, { a: 2 }] }, 2)];
    assert.ok(chunks.includes('{\n    "a": 1\n  }'.replace(/\n/g, '\n  ')));
  });
});
