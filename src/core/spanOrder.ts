// The order the pipeline keeps candidates in: by start, the longer first. Recognizers emit their
// candidates in this order (they walk the tokens forward), so the pipeline merges each one's list
// into what it has in linear time and the refiners need not sort again.
import type { Candidate } from './types';

export const bySpan = (a: Candidate, b: Candidate) => a.start - b.start || b.end - a.end;

export function inSpanOrder(list: readonly Candidate[]): boolean {
  for (let k = 1; k < list.length; k++) if (bySpan(list[k - 1]!, list[k]!) > 0) return false;
  return true;
}

/** Both lists in span order → one list in span order; ties keep a's item first. */
export function mergeInSpanOrder(a: Candidate[], b: Candidate[]): Candidate[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  if (!inSpanOrder(b)) b = [...b].sort(bySpan); // a recognizer that walks backwards stays correct
  const out: Candidate[] = [];
  let i = 0,
    j = 0;
  while (i < a.length && j < b.length) out.push(bySpan(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
