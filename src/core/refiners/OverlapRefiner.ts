import { bySpan, inSpanOrder } from '../spanOrder';
import type { Candidate, Refiner } from '../types';

/**
 * Resolves overlaps within a kind: the longest span wins, then the earlier one. Different kinds may
 * nest (a country inside a count, a count inside a deadline), so they are left alone. One sweep in
 * start order, so the cost stays linear in the number of candidates.
 */
export class OverlapRefiner implements Refiner {
  readonly name = 'overlaps';

  refine(candidates: Candidate[]): Candidate[] {
    if (candidates.length < 2) return candidates;
    const sorted = inSpanOrder(candidates) ? candidates : [...candidates].sort(bySpan);
    const kept: Candidate[] = [];
    // where in kept the last candidate of each kind is, or -1
    const lastOfKind: Record<Candidate['kind'], number> = { country: -1, count: -1, time: -1 };
    for (const c of sorted) {
      const li = lastOfKind[c.kind];
      const last = li < 0 ? undefined : kept[li];
      if (last && c.start < last.end) {
        if (c.end - c.start > last.end - last.start) kept[li] = c;
        continue;
      }
      lastOfKind[c.kind] = kept.length;
      kept.push(c);
    }
    // a longer span that replaced an earlier one may now start after a span of another kind
    return kept.length === sorted.length ? sorted : inSpanOrder(kept) ? kept : kept.sort(bySpan);
  }
}
