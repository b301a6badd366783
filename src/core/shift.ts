import type { Fact } from './schema';
import type { Candidate } from './types';

/** The same annotation `by` code units later (or earlier), every offset in it moved. */
export function shiftSpan<T extends Candidate>(c: T, by: number): T {
  if (by === 0) return c;
  if (c.kind === 'count') return { ...c, start: c.start + by, end: c.end + by, count: shiftCount(c.count, by) };
  return { ...c, start: c.start + by, end: c.end + by };
}

/** A count's number and noun offsets moved by `by`. */
export function shiftCount(n: CountValue, by: number): CountValue {
  if (by === 0) return n;
  return {
    value: n.value,
    max: n.max,
    qualifier: n.qualifier,
    total: n.total,
    numberStart: n.numberStart + by,
    numberEnd: n.numberEnd + by,
    noun: n.noun,
    nounStart: n.nounStart === null ? null : n.nounStart + by,
    nounEnd: n.nounEnd === null ? null : n.nounEnd + by,
  };
}

type CountValue = Extract<Candidate, { kind: 'count' }>['count'];

/** The index of the last sorted item whose start is at or before `offset` (binary search), or -1. */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0,
    hi = items.length - 1,
    found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A fact's sentence and verb offsets moved by `by` (a paragraph's facts placed in its document). */
export function shiftFact(f: Fact, by: number): Fact {
  if (by === 0) return f;
  return {
    ...f,
    sentenceStart: f.sentenceStart + by,
    sentenceEnd: f.sentenceEnd + by,
    ...(f.verb ? { verb: { ...f.verb, start: f.verb.start + by, end: f.verb.end + by } } : {}),
  };
}
