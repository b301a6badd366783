import { calendarDate, daysBetween, formatDate, isDayValue, parseDate, weekday, type YMD } from '../timex';
import { LIMIT_NOUNS, WEEKDAYS } from '../timeWords';
import { WRITTEN_YEAR } from '../timeSupport';
import type { Candidate, DocumentContext, Refiner, TimeCandidate } from '../types';

// "noon on Friday", "9 a.m. Tuesday", "18:30 GMT Sunday" (a zone between the time and its day, or in brackets:
// "midnight (EDT) on June 2"), "midnight, New York City time, on Friday" (a zone set off by commas, which the time's
// span holds)
const ZONE = 'GMT|UTC|[ECMP][SD]T|CET|BST';
const GAP = new RegExp(`^\\s*(?:${ZONE}|\\((?:${ZONE})\\))?\\s*,?\\s*(?:on|at|of)?\\s*$`, 'i');
/** the longest gap GAP can match in news text ("  on  "), checked first so that most pairs need no slice */
const MAX_GAP = 12;
const DAY_VALUE = /^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)$/;
const WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
/** a weekday, or one with its part of the day ("Friday night, Oct. 23": a DATE in TimeBank, as the weekday is) */
const WEEKDAY_WITH_PART = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?$/;
const TIME_PART = /T(\d{2}:\d{2}|MO|AF|EV|NI)$/;

/**
 * Joins a time of day and the day it belongs to into one expression: "midnight Thursday",
 * "9 a.m. Tuesday", "noon on Friday", "Friday at noon" → 2022-03-31T24:00. Candidates come and
 * leave in span order.
 */
export class TimeMergeRefiner implements Refiner {
  readonly name = 'time merge';

  refine(candidates: Candidate[], { text, articleDate, writtenOn }: DocumentContext): Candidate[] {
    const dct = parseDate(writtenOn ?? articleDate);
    let times = 0;
    for (const c of candidates) if (c.kind === 'time' && ++times > 1) break;
    if (times < 2) return candidates; // nothing to join
    const out: Candidate[] = [];
    const joinedLater = new Set<Candidate>();
    for (let k = 0; k < candidates.length; k++) {
      const a = candidates[k]!;
      if (joinedLater.has(a)) continue;
      if (a.kind !== 'time') {
        out.push(a);
        continue;
      }
      let j = nextTime(candidates, k);
      const b = candidates[j] as TimeCandidate | undefined;
      const near = b && b.start - a.end <= MAX_LIMIT_GAP;
      let joined = near && b.start - a.end <= MAX_GAP ? join(a, b, text, dct) : null;
      if (joined) joinedLater.add(b!);
      // "the night of Friday, Oct. 23": the weekday with the date in apposition to it first
      if (joined && WEEKDAY.test(b!.text)) {
        const d = nextTime(candidates, j);
        const c = candidates[d] as TimeCandidate | undefined;
        const day = c && c.start - b!.end <= MAX_GAP ? join(b!, c, text, dct) : null;
        const whole = day?.time.type === 'DATE' ? join(a, day, text, dct) : null;
        if (whole) {
          joinedLater.add(c!);
          joined = whole;
        }
      }
      // "2 hours 3 minutes and 38 seconds": a length goes on in smaller units, as many as follow
      while (joined?.time.type === 'DURATION') {
        const c = candidates[(j = nextTime(candidates, j))] as TimeCandidate | undefined;
        const longer = c && c.start - joined.end <= MAX_GAP ? join(joined, c, text, dct) : null;
        if (!longer) break;
        joinedLater.add(c!);
        joined = longer;
      }
      out.push(
        joined ??
          dayAcrossParenthesis(
            near ? clockOfLimitDay(quarterEnded(relativeInApposition(a, b, text), b, text), b, text) : a,
            candidates,
            k,
            text,
          ),
      );
    }
    return out;
  }
}

/**
 * "Tuesday, Jan 15" without a year: of the years around the one inferred, the one in which that day is
 * that weekday, within a year of the article date (the inferred one if it is, or if none or both are).
 */
function yearOfWeekday(value: string, weekdayText: string, dct: YMD): string {
  const date = parseDate(value),
    day = WEEKDAYS.get(weekdayText.toLowerCase());
  if (!date || day === undefined || weekday(date) === day) return value;
  const fits = [date.y - 1, date.y + 1].filter((y) => {
    const d = { ...date, y };
    return calendarDate(formatDate(d)) !== null && weekday(d) === day && Math.abs(daysBetween(dct, d)) <= 366;
  });
  return fits.length === 1 ? formatDate({ ...date, y: fits[0]! }) : value;
}

/**
 * The index of the next time expression after candidate k's end (not one inside it: "1900" of "1900 GMT on
 * Tuesday" is a year the overlap refiner drops), or the candidates' length.
 */
function nextTime(candidates: readonly Candidate[], k: number): number {
  const end = candidates[k]!.end;
  for (let j = k + 1; j < candidates.length; j++) {
    const c = candidates[j]!;
    if (c.kind === 'time' && c.start >= end) return j;
  }
  return candidates.length;
}

/**
 * "at about 10:35 a.m. (0735 GMT) Friday": a clock before another in brackets, and the one in them, take
 * the day after the closing bracket (each stays an expression of its own, as TimeML marks them).
 */
function dayAcrossParenthesis(
  a: TimeCandidate,
  candidates: readonly Candidate[],
  k: number,
  text: string,
): TimeCandidate {
  const part = a.time.type === 'TIME' && CLOCK_PART.exec(a.time.value);
  if (!part) return a;
  let j = nextTime(candidates, k);
  let b = candidates[j] as TimeCandidate | undefined;
  // past the clock in brackets to the day after them
  // (gaps are measured before they are read: most times stand far apart)
  const gap = (x: TimeCandidate, y: TimeCandidate, re: RegExp) =>
    y.start - x.end <= MAX_BRACKET_GAP && re.test(text.slice(x.end, y.start));
  if (b && b.time.type === 'TIME' && gap(a, b, OPENING)) {
    j = nextTime(candidates, j);
    const day = candidates[j] as TimeCandidate | undefined;
    if (!day || !gap(b, day, CLOSING)) return a;
    b = day;
  } else if (!b || !gap(a, b, CLOSING)) return a;
  if (b.time.type !== 'DATE' || !isDayValue(b.time.value)) return a;
  return { ...a, time: { ...a.time, value: `${b.time.value}T${part[1]}` } };
}
const CLOCK_PART = /T(\d{2}:\d{2})$/;
const YEAR_BACK = /^a year (?:ago|earlier|before)$/i;
/** a quarter, a half or a month of a known year: "1989-Q3", "1989-H1", "1989-07" */
const PART_OF_YEAR = /^(\d{4})(-(?:Q[1-4]|H[12]|\d{2}))$/;
const MAX_BRACKET_GAP = 12;
const OPENING = /^\s*\(\s*$/;
const CLOSING = /^\s*(?:GMT|UTC)?\s*\)\s*(?:,|on)?\s*$/i;

/**
 * "Two months later, on February 22, 2011, …": a time told from another, with the date it names in
 * apposition after it, is that date (to its own precision: a month for "two months later").
 */
function relativeInApposition(a: TimeCandidate, b: TimeCandidate | undefined, text: string): TimeCandidate {
  if (!b || a.time.type !== 'DATE' || !TOLD_FROM_ANOTHER.test(a.text) || !PRECISE.test(a.time.value)) return a;
  if (!isDayValue(b.time.value) || !APPOSITION.test(text.slice(a.end, b.start))) return a;
  return { ...a, time: { ...a.time, value: b.time.value.slice(0, a.time.value.length) } };
}
const TOLD_FROM_ANOTHER = /\b(?:later|earlier)$/i;
const PRECISE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const APPOSITION = /^,\s*(?:on|in)?\s*$/;

/**
 * "a midnight deadline Friday", "a noon ultimatum on Sunday": a time of day told without its day, before
 * a deadline noun and the day; it takes that day (each stays an expression of its own, as TimeML marks them).
 */
function clockOfLimitDay(a: TimeCandidate, b: TimeCandidate, text: string): TimeCandidate {
  const part = a.time.type === 'TIME' && !/\d/.test(a.text) && TIME_PART.exec(a.time.value);
  if (!part || b.time.type !== 'DATE' || !DAY_VALUE.test(b.time.value)) return a;
  const noun = LIMIT_GAP.exec(text.slice(a.end, b.start))?.[1];
  if (!noun || !LIMIT_NOUNS.has(noun.toLowerCase())) return a;
  return { ...a, time: { ...a.time, value: `${b.time.value}T${part[1]}` } };
}
/**
 * "the quarter ended June 30", "the quarter ending March 31": the quarter the day told after it closes, not the
 * one before the story's (a day without its own year has already been placed by the tense around it).
 */
function quarterEnded(a: TimeCandidate, b: TimeCandidate, text: string): TimeCandidate {
  const day = /^(\d{4})-(\d{2})-\d{2}$/.exec(b.time.value);
  if (
    !day ||
    !QUARTER.test(a.time.value) ||
    !/^(?:the )?quarter$/i.test(a.text) ||
    !ENDED.test(text.slice(a.end, b.start))
  )
    return a;
  return { ...a, time: { ...a.time, value: `${day[1]}-Q${Math.ceil(+day[2]! / 3)}` } };
}
const QUARTER = /^\d{4}-Q[1-4]$/;
const ENDED = /^\s+(?:ended|ending)\s+(?:on\s+)?$/i;

/** one word between the time and the day, a limit noun (timeWords' list) if the clock is to take the day */
const LIMIT_GAP = /^\s+([a-z]+)\s+(?:on\s+)?$/i;
const MAX_LIMIT_GAP = 16;

function join(a: TimeCandidate, b: TimeCandidate, text: string, dct: YMD | null): TimeCandidate | null {
  const gap = text.slice(a.end, b.start);
  const length = LENGTH_GAP.test(gap) ? lengthInSmallerUnits(a.time.value, b.time.value) : null;
  if (length && a.time.type === 'DURATION' && b.time.type === 'DURATION')
    return {
      kind: 'time',
      start: a.start,
      end: b.end,
      text: text.slice(a.start, b.end),
      time: { ...a.time, value: length },
    };
  // "the quarter a year ago", "the same month a year earlier": that part of a year, a year back
  const part = /^\s+$/.test(gap) && YEAR_BACK.test(b.text) ? PART_OF_YEAR.exec(a.time.value) : null;
  if (part && a.time.type === 'DATE')
    return {
      kind: 'time',
      start: a.start,
      end: b.end,
      text: text.slice(a.start, b.end),
      time: { type: 'DATE', value: `${+part[1]! - 1}${part[2]}` },
    };
  if (GAP.test(gap)) {
    // (a clock before or after a part of a day: "at midnight last night", "last night at 11 p.m.")
    const clock = [a, b].find((c) => CLOCK_VALUE.test(c.time.value)) ?? [a, b].find((c) => c.time.type === 'TIME');
    const day = clock === a ? b : a;
    const part = clock && TIME_PART.exec(clock.time.value);
    const dayValue =
      day.time.type === 'DATE' ? day.time.value : CLOCK_VALUE.test(clock?.time.value ?? '') ? dayOfPart(day) : null;
    if (part && dayValue && DAY_VALUE.test(dayValue)) {
      return {
        kind: 'time',
        start: a.start,
        end: b.end,
        text: text.slice(a.start, b.end),
        time: { type: 'TIME', value: `${dayValue}T${hourOfDayPart(clock.text, part[1]!, day.text)}` },
      };
    }
  }
  // "Saturday, April 25": the weekday names the same day as the calendar date after it (not a day told
  // from another: "posted its results Friday, a day earlier than planned")
  if (
    /^\s*,?\s*$/.test(gap) &&
    WEEKDAY_WITH_PART.test(a.text) &&
    /\d/.test(b.text) &&
    !WEEKDAY.test(b.text) && // "Wednesday, Thursday or Friday": a list of days
    a.time.type === 'DATE' &&
    isDayValue(b.time.value)
  ) {
    return {
      kind: 'time',
      start: a.start,
      end: b.end,
      text: text.slice(a.start, b.end),
      time: {
        type: 'DATE',
        value: WRITTEN_YEAR.test(b.text) || !dct ? b.time.value : yearOfWeekday(b.time.value, a.text, dct),
      },
    };
  }
  return null;
}

/**
 * "11 o'clock on Friday night": an hour said on the 12-hour clock without "a.m." or "p.m." is in the
 * evening or night the day is said with; otherwise the clock's hour and minute as read.
 */
function hourOfDayPart(clockText: string, hourMinute: string, dayText: string): string {
  const hour = parseInt(hourMinute, 10);
  if (!(hour < 12) || !O_CLOCK.test(clockText) || !LATE_PART.test(dayText)) return hourMinute;
  return `${hour + 12}${hourMinute.slice(2)}`;
}
const O_CLOCK = /o['’]clock$/i;
const CLOCK_VALUE = /T\d{2}:\d{2}$/;
/** the day of a part of a day ("last night": yesterday's), or null for anything else */
const dayOfPart = (c: TimeCandidate) =>
  c.time.type === 'TIME' ? (/^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI)$/.exec(c.time.value)?.[1] ?? null) : null;
const LATE_PART = /\b(?:afternoon|evening|night)$/i;

/** what joins the parts of one length: "2 hours 3 minutes", "three years and six months", "1 year, 2 months" */
const LENGTH_GAP = /^\s*(?:,|and|,\s*and)?\s*$/;
/** a definite TIMEX3 length by its units, largest first (no weeks among others: ISO 8601 writes them alone; a fraction in the seconds only, the last unit: "one minute 17.76 seconds") */
const LENGTH = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const LENGTH_UNITS = ['Y', 'M', 'D', 'H', 'M', 'S'];

/** "P2Y" and "P6M" → "P2Y6M", "PT2H3M" and "PT38S" → "PT2H3M38S": a length whose next part is told in the next smaller unit; null otherwise. */
function lengthInSmallerUnits(a: string, b: string): string | null {
  const x = LENGTH.exec(a),
    y = LENGTH.exec(b);
  if (!x || !y) return null;
  let smallestOfA = 0,
    largestOfB = 0;
  for (let k = LENGTH_UNITS.length; k >= 1 && !smallestOfA; k--) if (x[k] !== undefined) smallestOfA = k;
  for (let k = 1; k <= LENGTH_UNITS.length && !largestOfB; k++) if (y[k] !== undefined) largestOfB = k;
  // the next unit down only ("a year, half an hour" is a list of two)
  if (!smallestOfA || largestOfB !== smallestOfA + 1) return null;
  let date = '',
    time = '';
  for (let k = 1; k <= LENGTH_UNITS.length; k++) {
    const n = x[k] ?? y[k];
    if (n === undefined) continue;
    if (k <= 3) date += `${n}${LENGTH_UNITS[k - 1]}`;
    else time += `${n}${LENGTH_UNITS[k - 1]}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}
