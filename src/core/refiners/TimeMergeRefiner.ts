import type { Candidate, DocumentContext, Refiner, TimeCandidate } from '../types';

const GAP = /^\s*(?:,|on|at|of)?\s*$/i;
/** the longest gap GAP can match in news text ("  on  "), checked first so that most pairs need no slice */
const MAX_GAP = 8;
const DAY_VALUE = /^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)$/;
const WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const TIME_PART = /T(\d{2}:\d{2}|MO|AF|EV|NI)$/;

/**
 * Joins a time of day and the day it belongs to into one expression: "midnight Thursday",
 * "9 a.m. Tuesday", "noon on Friday", "Friday at noon" → 2022-03-31T24:00.
 */
export class TimeMergeRefiner implements Refiner {
  readonly name = 'time merge';

  refine(candidates: Candidate[], { text }: DocumentContext): Candidate[] {
    let times2 = 0;
    for (const c of candidates) if (c.kind === 'time' && ++times2 > 1) break;
    if (times2 < 2) return candidates; // nothing to join
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    const times = sorted.filter((c): c is TimeCandidate => c.kind === 'time');
    const merged = new Set<Candidate>();
    const out: Candidate[] = sorted.filter((c) => c.kind !== 'time');
    for (let k = 0; k < times.length; k++) {
      const a = times[k]!, b = times[k + 1];
      if (b && !merged.has(a) && b.start - a.end <= MAX_GAP && GAP.test(text.slice(a.end, b.start))) {
        const clock = a.time.type === 'TIME' ? a : b.time.type === 'TIME' ? b : null;
        const day = clock === a ? b : a;
        const part = clock && TIME_PART.exec(clock.time.value);
        if (clock && part && day.time.type === 'DATE' && DAY_VALUE.test(day.time.value)) {
          out.push({ kind: 'time', start: a.start, end: b.end, text: text.slice(a.start, b.end), time: { type: 'TIME', value: `${day.time.value}T${part[1]}` } });
          merged.add(a).add(b);
          k++;
          continue;
        }
      }
      // "Saturday, April 25": the weekday names the same day as the date after it
      if (b && !merged.has(a) && b.start - a.end <= MAX_GAP && /^\s*,?\s*$/.test(text.slice(a.end, b.start)) && WEEKDAY.test(a.text) && a.time.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(b.time.value)) {
        out.push({ kind: 'time', start: a.start, end: b.end, text: text.slice(a.start, b.end), time: { type: 'DATE', value: b.time.value } });
        merged.add(a).add(b);
        k++;
        continue;
      }
      if (!merged.has(a)) out.push(a);
    }
    return out.sort((x, y) => x.start - y.start);
  }
}
