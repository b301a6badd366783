import { lowerAt, timeCandidate } from '../timeSupport';
import { DEFINITE_LENGTH } from '../timex';
import type { Candidate, DocumentContext, Recognizer, TimeCandidate } from '../types';

// A limit told by pointing back at a time named before it in the paragraph (DEADLINES.md: "An
// anaphoric limit ('until then', 'by that time') is labelled when it points at one"): "the rule
// requires the entry of trades by that time", "… before the March 9 deadline. Until then, …". It takes
// the value of the time it points at: the nearest before it, when that one is a date or a time of a day
// (or a length of a known size, for "within that period").
// The deadline stage keeps it only when it is a limit; elsewhere "then" is narrative, not a time to show.
export class AnaphoricTimeRecognizer implements Recognizer {
  readonly name = 'anaphoric times';
  readonly triggers = { words: ['then', 'that'], digits: false };

  recognize({ text, tokens, found }: DocumentContext, starts: readonly number[]): TimeCandidate[] {
    const out: TimeCandidate[] = [];
    for (const i of starts) {
      // "gives the company 90 days to find a buyer; if none is found within that period": the length pointed at
      if (
        lowerAt(tokens, i + 1) === 'period' &&
        tokens[i]!.lower === 'that' &&
        PERIOD_LIMITS.has(lowerAt(tokens, i - 1))
      ) {
        const length = timeBefore(text, found, tokens[i]!.start);
        if (length?.time.type === 'DURATION' && DEFINITE_LENGTH.test(length.time.value))
          out.push(timeCandidate(text, tokens, i, i + 1, 'DURATION', length.time.value));
        continue;
      }
      if (!LIMITS.has(lowerAt(tokens, i - 1))) continue;
      const last = tokens[i]!.lower === 'then' ? i : POINTED.has(lowerAt(tokens, i + 1)) ? i + 1 : -1;
      if (last < 0) continue;
      const referent = timeBefore(text, found, tokens[i]!.start);
      if (referent && CALENDAR.test(referent.time.value))
        out.push(timeCandidate(text, tokens, i, last, referent.time.type, referent.time.value));
    }
    return out;
  }
}

const LIMITS = new Set(['until', 'till', 'by', 'before']);
/** what a length is the limit of when "that period" points at it: "within that period", "during that period" */
const PERIOD_LIMITS = new Set(['within', 'during', 'over', 'in']);
/** "that time", "that date": a point in time ("that day" and "that period" name stretches, and "that" a clause) */
const POINTED = new Set(['time', 'date', 'hour']);
/** Whether a time expression's text is one this recognizer makes: "then", "that time", "that date", "that hour", "that period". */
export function isAnaphoricTime(text: string): boolean {
  if (text.length > LONGEST_ANAPHOR) return false; // (most times are other words: no lower-casing for them)
  const t = text.toLowerCase();
  return t === 'then' || (t.startsWith('that ') && (POINTED.has(t.slice(5)) || t === 'that period'));
}
const LONGEST_ANAPHOR = 'that period'.length;
/** a day or a time of a day, month or year of the calendar; no duration, set or reference like PAST_REF */
const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/;

/**
 * The last time expression that ends before `offset`: candidates are in span order, so a binary search
 * finds where to start looking back (a paragraph of a thousand "until then" stays linear). One in the
 * possessive only describes a noun ("the entry of previous day's trades by that time"): none to point at.
 */
function timeBefore(text: string, found: readonly Candidate[], offset: number): TimeCandidate | null {
  let lo = 0,
    hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && lo - k <= LOOK_BACK; k--) {
    const c = found[k]!;
    if (c.kind === 'time' && c.end <= offset && !POSSESSIVE.test(text.slice(c.end, c.end + 2))) return c;
  }
  return null;
}
const POSSESSIVE = /^['’]s/;
/** how many candidates back the time pointed at may stand (countries and counts between) */
const LOOK_BACK = 16;
