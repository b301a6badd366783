import * as assert from 'node:assert/strict';
import { inSpanOrder, mergeInSpanOrder } from '../../src/core/spanOrder';
import type { Candidate } from '../../src/core/types';

const span = (start: number, end: number, code: string): Candidate => ({
  kind: 'country',
  start,
  end,
  text: code,
  country: { code, name: code, via: 'name' },
});
const codes = (list: Candidate[]) => list.map((c) => (c.kind === 'country' ? c.country.code : ''));

describe('span order', () => {
  it('merges two ordered lists by start, the longer first, the first list first on ties', () => {
    const a = [span(0, 5, 'A1'), span(10, 12, 'A2'), span(20, 30, 'A3')];
    const b = [span(0, 8, 'B1'), span(10, 12, 'B2'), span(25, 26, 'B3')];
    assert.deepEqual(codes(mergeInSpanOrder(a, b)), ['B1', 'A1', 'A2', 'B2', 'A3', 'B3']);
  });
  it('sorts a list that comes out of order before merging it', () => {
    const merged = mergeInSpanOrder([span(5, 6, 'A')], [span(9, 10, 'B2'), span(1, 2, 'B1')]);
    assert.deepEqual(codes(merged), ['B1', 'A', 'B2']);
    assert.equal(inSpanOrder(merged), true);
  });
});
