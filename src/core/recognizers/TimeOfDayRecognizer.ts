import { LIMIT_NOUNS, PARTS_OF_DAY } from '../timeWords';
import { BE_FORMS, isPastForm } from '../verbs';
import { QuickSet } from '../quickSet';
import { ORDINAL_WORDS, readNumber } from '../numberWords';
import { inTitle, lowerAt, pastVerbBefore, tenseAround, timeCandidate } from '../timeSupport';
import { addDays, formatDate, isDayValue, pad, parseDate } from '../timex';
import { digitLedWordAt, isCapitalized, TokenKind, type Token } from '../tokenize';
import type { DocumentContext, Recognizer, TimeCandidate } from '../types';
import { sentenceEndsIn } from '../sentences';

// Times of day: "midnight" (T24, the end of the day), "noon" (T12), "9 a.m.", "10:30 p.m.", "14:00",
// "overnight", "last night", "this morning". The day they belong to is joined by TimeMergeRefiner
// ("midnight Thursday", "9 a.m. Tuesday"); alone they take the article date.

const AM = new Set(['a.m.', 'am', 'a.m']);
const PM = new Set(['p.m.', 'pm', 'p.m']);

const TIME_ZONES = new Set([
  'EST',
  'EDT',
  'CST',
  'CDT',
  'MST',
  'MDT',
  'PST',
  'PDT',
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  // the short forms news uses since the 2000s: "10:30 a.m. ET"
  'ET',
  'CT',
  'MT',
  'PT',
]);

/**
 * The last token of a time zone starting at token k, or -1: "GMT", "local time", "London time", "New
 * York time".
 */
function zoneEnd(tokens: readonly Token[], k: number): number {
  if (TIME_ZONES.has(tokens[k]?.text ?? '')) return k;
  if (lowerAt(tokens, k) === 'local' && lowerAt(tokens, k + 1) === 'time') return k + 1;
  for (let j = k; j < k + 3 && tokens[j] && isCapitalized(tokens[j]!); j++)
    if (lowerAt(tokens, j + 1) === 'time') return j + 1;
  return -1;
}
/** the zones the wire writes in lower case after its four-digit clock: "1500 hrs EST (2100 gmt)" */
const LOWER_CASE_ZONES = new Set(['gmt', 'utc', 'est', 'edt']);
/** "hrs" and "hours" after a four-digit clock: "by 2359 hours", "1500 hrs EST" */
const CLOCK_HOURS = new Set(['hrs', 'hours']);
/** what leads a clock reading ("from 2200 hrs to 0600 hrs"); "for 1500 hours" is a length */
const CLOCK_LEADS = new Set(['at', 'by', 'until', 'till', 'from', 'to', 'before', 'after', 'since', 'between']);

/**
 * A clock as wire services write it, four digits with a zone or "hours" ("0730 GMT", "1000 London
 * time", "1500 hrs EST (2100 gmt)", "by 2359 hours"), at token i: its last token and value, or null. A
 * figure before "hours" is a clock only when a leading zero or a preposition of time says so and nothing
 * is counted in them ("flew for 1500 hours", "after 1500 hours of tests" are lengths).
 */
export function wireClockAt(tokens: readonly Token[], i: number): { last: number; value: string } | null {
  const t = tokens[i]!;
  const clock = clockFigure(t);
  if (!clock) return null;
  const { hour, minute } = clock;
  const hours = CLOCK_HOURS.has(lowerAt(tokens, i + 1)) ? i + 1 : i;
  const zoneAt = hours + 1;
  const zone = LOWER_CASE_ZONES.has(tokens[zoneAt]?.text ?? '') ? zoneAt : zoneEnd(tokens, zoneAt);
  const said =
    zone > 0 ||
    (hours > i &&
      lowerAt(tokens, hours + 1) !== 'of' &&
      (t.text[0] === '0' ||
        CLOCK_LEADS.has(lowerAt(tokens, i - 1)) ||
        // ("1330 hours": a length in hours is seldom an odd figure, unless a cue says so: "flew for 1530 hours")
        (minute !== 0 && !LENGTH_LEADS.has(lowerAt(tokens, i - 1))) ||
        clockListedBefore(tokens, i)));
  return said ? { last: zone > 0 ? zone : hours, value: `T${pad(hour)}:${pad(minute)}` } : null;
}

/** The hour and minute of a wire clock's four digits ("0730", "2359"), or null for any other token. */
function clockFigure(t: Token | undefined): { hour: number; minute: number } | null {
  if (t?.kind !== TokenKind.Number || t.end - t.start !== 4 || !/^\d{4}$/.test(t.text)) return null;
  const hour = +t.text.slice(0, 2),
    minute = +t.text.slice(2);
  return hour > 24 || minute > 59 ? null : { hour, minute };
}

/** Whether token k is four digits with "hours" or "hrs" after them: "1400 hours", "2100 hrs". */
export const hoursFigureAt = (tokens: readonly Token[], k: number) =>
  /^\d{4}$/.test(tokens[k]?.text ?? '') && CLOCK_HOURS.has(lowerAt(tokens, k + 1));

/**
 * "1330 hrs London time … and 1400 hours", "between 1900 and 2300 hours": a figure of hours after "and" or "or"
 * that follows another wire clock of the sentence is one too (a length in thousands of hours is written "1,400
 * hours")
 */
function clockListedBefore(tokens: readonly Token[], i: number): boolean {
  if (lowerAt(tokens, i - 1) !== 'and' && lowerAt(tokens, i - 1) !== 'or') return false;
  // ("between 1900 and 2300 hours": the range's start right before, its hours said once)
  if (clockFigure(tokens[i - 2])) return true;
  for (let k = i - 2; k >= 0 && k >= i - CLOCK_LIST_REACH; k--) {
    if (tokens[k]!.text === '.') return false;
    if (hoursFigureAt(tokens, k)) return true;
  }
  return false;
}
const CLOCK_LIST_REACH = 16;
const LENGTH_LEADS = new Set(['for', 'after', 'of', 'over', 'about', 'some', 'nearly', 'almost', 'took', 'lasted']);

/**
 * The last token of a time whose clock ends at token `last`, with the zone after it, which the terms of
 * offers set off by commas ("12:00 midnight, New York City time, on April 10"); `last` when none.
 */
function withZone(tokens: readonly Token[], last: number): number {
  const zone = zoneEnd(tokens, last + 1);
  if (zone > 0) return zone;
  if (tokens[last + 1]?.text !== ',') return last;
  const aside = zoneEnd(tokens, last + 2);
  return aside > 0 && tokens[aside + 1]?.text === ',' ? aside : last;
}

/** what places a time within a part of the day: "mid-afternoon", "late afternoon", "early evening" */
const WITHIN_PART = new Set(['mid', 'late', 'early']);
/** the sun's times, as TimeML's parts of the day: "at dawn", "by sundown" */
/** the hours said in words before "o'clock" */
const HOURS_SAID = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, k) => [
    w,
    k + 1,
  ]),
);

const SUN_TIMES = new Map([
  ['dawn', 'MO'],
  ['daybreak', 'MO'],
  ['sunrise', 'MO'],
  ['dusk', 'EV'],
  ['sunset', 'EV'],
  ['sundown', 'EV'],
  ['nightfall', 'NI'],
]);
/**
 * Whether what follows a sun word leaves it a time: punctuation, a day's name or a preposition ("at dawn on
 * Friday", "by sundown."); not "the dawn of an era", "a sunset clause".
 */
function sunTimeEnds(next: Token | undefined): boolean {
  if (!next || next.kind !== TokenKind.Word || /^[A-Z]/.test(next.text)) return true;
  return SUN_FOLLOWERS.has(next.lower);
}
const SUN_FOLLOWERS = new Set(['on', 'in', 'at', 'and', 'or', 'to', 'when', 'with', 'yesterday', 'today', 'tomorrow']);
const TIME_TRIGGERS: ReadonlySet<string> = new Set([
  ...SUN_TIMES.keys(),
  'midnight',
  'noon',
  'midday',
  'overnight',
  ...HOURS_SAID.keys(),
  'this',
  'last',
  'the',
  ...WITHIN_PART,
]);

/** The part of the day after "mid", "late" or "early" at k ("mid afternoon", "mid-afternoon"), or -1. */
function partAfterModifier(tokens: readonly Token[], k: number): number {
  if (!WITHIN_PART.has(lowerAt(tokens, k))) return -1;
  const part = tokens[k + 1]?.text === '-' ? k + 2 : k + 1;
  return PARTS_OF_DAY.hasAt(tokens, part) ? part : -1;
}

/** a clock time with its am or pm glued on: "5pm", "11am", "3.30pm" */
const GLUED = /^(\d{1,2})(?:[.:](\d{2}))?(am|pm)$/;

/** Hour and minute on a 12-hour clock with am or pm ending at token last; a time zone after it ("5 p.m. EST") belongs to the time, and lets a date after it ("Nov. 9") join. */
function clock(
  first: number,
  last: number,
  hour: number,
  minute: number,
  suffix: string,
  tokens: readonly Token[],
): { first: number; last: number; value: string } | null {
  if (hour < 1 || hour > 12 || minute > 59) return null;
  const h = PM.has(suffix) ? (hour < 12 ? hour + 12 : hour) : hour === 12 ? 0 : hour;
  return {
    first,
    last: withZone(tokens, last),
    value: `T${pad(h)}:${pad(minute)}`,
  };
}

/**
 * "3 o'clock", "three o'clock in the morning", "ten o'clock at night": the hour at token `first` on a
 * 12-hour clock, in the part of the day said after it (else as said: "5 o'clock" is T05:00).
 */
function oClock(tokens: readonly Token[], first: number, hour: number): ClockHit | null {
  const k = first + 1;
  const apostrophe = tokens[k + 1]?.text;
  if (lowerAt(tokens, k) !== 'o' || (apostrophe !== "'" && apostrophe !== '’') || lowerAt(tokens, k + 2) !== 'clock')
    return null;
  const clockAt = k + 2;
  const part = partAfter(tokens, clockAt);
  if (!part) return { first, last: clockAt, value: `T${pad(hour)}:00` };
  return { first, last: part.last, value: `T${pad(hourOfPart(hour, part.part))}:00` };
}

/** "in the morning", "in the evening", "at night" after token k: the part of the day, and where its words end */
function partAfter(tokens: readonly Token[], k: number): { part: string; last: number } | null {
  if (lowerAt(tokens, k + 1) === 'at' && lowerAt(tokens, k + 2) === 'night') return { part: 'night', last: k + 2 };
  const part = lowerAt(tokens, k + 1) === 'in' && lowerAt(tokens, k + 2) === 'the' ? lowerAt(tokens, k + 3) : '';
  return PARTS_AFTER_HOUR.has(part) ? { part, last: k + 3 } : null;
}
const PARTS_AFTER_HOUR = new Set(['morning', 'afternoon', 'evening', 'night']);
/** an hour of a 12-hour clock in the morning, afternoon, evening or night, on the 24-hour clock */
const hourOfPart = (hour: number, part: string) => (part === 'morning' ? hour % 12 : hour === 12 ? 12 : hour + 12);

/**
 * "ten p.m.", "ten thirty p.m.", "seven oh five in the morning": an hour said in words, its minutes said
 * after it, then "a.m.", "p.m." or the part of the day (without them "ten thirty" may be anything).
 */
function spokenClock(tokens: readonly Token[], first: number, hour: number): ClockHit | null {
  let k = first,
    minute = 0;
  const oh = lowerAt(tokens, k + 1) === 'oh';
  const said = readNumber(tokens, oh ? k + 2 : k + 1);
  if (
    said &&
    !said.digits &&
    said.value < 60 &&
    Number.isInteger(said.value) &&
    (oh ? said.value < 10 : said.value >= 10)
  ) {
    minute = said.value;
    k = said.last;
  }
  const suffix = lowerAt(tokens, k + 1);
  if (AM.has(suffix) || PM.has(suffix)) return clock(first, k + 1, hour, minute, suffix, tokens);
  const part = partAfter(tokens, k);
  if (part) return { first, last: part.last, value: `T${pad(hourOfPart(hour, part.part))}:${pad(minute)}` };
  // "lifted off at four fifteen this morning", "lands at six forty-five tonight": the clock alone, whose day the
  // deictic part after it gives (the time merge joins them), with its minutes or after "at"
  const deictic = (k > first || lowerAt(tokens, first - 1) === 'at') && deicticPartAfter(tokens, k);
  return deictic ? { first, last: k, value: `T${pad(hourOfPart(hour, deictic))}:${pad(minute)}` } : null;
}

/** "this morning", "last night", "tomorrow afternoon", "tonight" after token k: the part of the day, or null */
function deicticPartAfter(tokens: readonly Token[], k: number): string | null {
  if (lowerAt(tokens, k + 1) === 'tonight') return 'night';
  const part = lowerAt(tokens, k + 2);
  return DEICTIC_DAYS.has(lowerAt(tokens, k + 1)) && PARTS_AFTER_HOUR.has(part) ? part : null;
}
const DEICTIC_DAYS = new Set(['this', 'last', 'tomorrow', 'yesterday']);

interface ClockHit {
  first: number;
  last: number;
  value: string;
  dayOffset?: number;
  duration?: boolean;
}

/** how far back in the sentence a day may be told for a time of day ("on November 29, between 8:41 p.m. and 9:11 p.m.") */
const DAY_REACH = 120;
/** what looks ahead of a past day told before: "arrested on Monday and will appear at 10 a.m." */
const AHEAD = /\b(?:will|shall|would|tomorrow)\b|'ll\b/i;

/**
 * The day a time of day falls on when the sentence told one before it ("made changes on November 29 between
 * 8:41 p.m. and 9:11 p.m."): TimeML anchors the time to it, not to the article's date; null when none was
 * told in the sentence (a semicolon's clause is another).
 */
function dayTold(
  text: string,
  date: TimeCandidate | undefined,
  at: number,
  today: string | null,
  toldPast: boolean,
): string | null {
  if (!date || at - date.end > DAY_REACH) return null;
  const gap = text.slice(date.end, at);
  const past = today !== null && date.time.value < today;
  // ("Two bombs exploded on Monday afternoon. The blasts came about 2:50 p.m.": a past narrative goes on in the day
  // its sentence before told, within the paragraph)
  const ends = sentenceEndsIn(gap);
  const goesOn = toldPast && past && ends === 1 && !gap.includes('\n');
  if ((ends > 0 && !goesOn) || gap.includes(';')) return null;
  return past && AHEAD.test(gap) ? null : date.time.value;
}

/**
 * "by 10 a.m. on the third trading day", "until 5 p.m. on the second business day after the meeting": a day
 * counted from an event after the time, not the article's (DEADLINES.md: a recurring or unknown day).
 */
function ordinalDayAfter(tokens: readonly Token[], last: number): boolean {
  if (
    lowerAt(tokens, last + 1) !== 'on' ||
    lowerAt(tokens, last + 2) !== 'the' ||
    !ORDINAL_WORDS.hasAt(tokens, last + 3)
  )
    return false;
  const day = DAY_KINDS.has(lowerAt(tokens, last + 4)) ? last + 5 : last + 4;
  return lowerAt(tokens, day) === 'day';
}
const DAY_KINDS = new Set(['business', 'trading', 'working', 'calendar']);

/**
 * The day told after the limit a time of day is: "ahead of a 1 a.m. strike deadline on Saturday", "the 5 p.m.
 * deadline of Friday"; null when no day follows the limit's noun.
 */
function limitsDay(text: string, date: TimeCandidate | undefined, at: number): string | null {
  return date && LIMIT_THEN_DAY.test(text.slice(at, date.start)) ? date.time.value : null;
}
const LIMIT_THEN_DAY = /^\s+(?:[a-z][a-z-]*\s+){0,2}(?:deadline|ultimatum|cutoff)\s+(?:on|of)\s+$/i;

/**
 * The day of a bare "midnight" told in the past ("the deadline expired at midnight", "talks went on past
 * midnight"): the midnight that has passed by the article's day closed the day before it (not a limit given
 * "until midnight", which may still lie ahead); null otherwise.
 */
function pastMidnightDay(tokens: readonly Token[], hit: ClockHit, day: string | null): string | null {
  if (hit.value !== 'T24:00' || !day || hit.first !== hit.last || LIMIT_LEADS.has(lowerAt(tokens, hit.first - 1)))
    return null;
  // ("after the midnight deadline passed": so is the past of the limit the time names)
  const past =
    tenseAround(tokens, hit.first, hit.last) === 'past' ||
    pastVerbBefore(tokens, hit.first) ||
    (LIMIT_NOUNS.hasAt(tokens, hit.last + 1) && isPastForm(lowerAt(tokens, hit.last + 2)));
  return past ? formatDate(addDays(parseDate(day)!, -1)) : null;
}
const LIMIT_LEADS = new Set(['until', 'till', 'by', 'before']);

/**
 * "Overnight interbank money was indicated at 11 pct", "the overnight rate", "Today, overnight touched a high of
 * 11-3/4 pct": in the money market "overnight" is the term of a loan, before its noun or standing for the rate as
 * the clause's subject, no time of the night ("overnight losses in New York" are TimeBank's TNI)
 */
function overnightMaturityAt(tokens: readonly Token[], i: number): boolean {
  if (MONEY_MARKET.hasAt(tokens, i + 1)) return true;
  const verb = lowerAt(tokens, i + 1);
  return (
    (isPastForm(verb) || BE_FORMS.has(verb)) &&
    (i === 0 || tokens[i - 1]!.text === ',') &&
    lowerAt(tokens, i + 2) !== 'by'
  );
}
const MONEY_MARKET = new QuickSet([
  'interbank',
  'money',
  'rate',
  'rates',
  'funds',
  'loans',
  'deposits',
  'repo',
  'repos',
  'call',
]);

const POINTED_CLOCK = /^(\d{1,2})\.([0-5]\d)$/;

/** Whether token k stands right against the token before it. */
const againstPrevious = (tokens: readonly Token[], k: number) =>
  k > 0 && tokens[k] !== undefined && tokens[k]!.start === tokens[k - 1]!.end;

export class TimeOfDayRecognizer implements Recognizer {
  readonly name = 'times of day';
  readonly triggers = { words: TIME_TRIGGERS, digits: true };

  recognize(
    { text, tokens, articleDate, writtenOn, found }: DocumentContext,
    starts: readonly number[],
  ): TimeCandidate[] {
    const out: TimeCandidate[] = [];
    const day = writtenOn ?? articleDate;
    const dayValue = day ?? 'XXXX-XX-XX';
    const days = found.filter((c): c is TimeCandidate => c.kind === 'time' && isDayValue(c.time.value));
    let done = -1,
      d = 0;
    for (const i of starts) {
      if (i <= done) continue;
      const hit = this.at(tokens, i);
      if (!hit) continue;
      while (d < days.length && days[d]!.end <= tokens[i]!.start) d++;
      const date =
        hit.dayOffset !== undefined
          ? hit.dayOffset && day
            ? formatDate(addDays(parseDate(day)!, hit.dayOffset))
            : dayValue
          : ((ordinalDayAfter(tokens, hit.last) ? 'XXXX-XX-XX' : null) ??
            dayTold(text, days[d - 1], tokens[i]!.start, day, pastVerbBefore(tokens, hit.first)) ??
            limitsDay(text, days[d], tokens[hit.last]!.end) ??
            pastMidnightDay(tokens, hit, day) ??
            dayValue);
      out.push(
        hit.duration
          ? timeCandidate(text, tokens, hit.first, hit.last, 'DURATION', hit.value)
          : timeCandidate(text, tokens, hit.first, hit.last, 'TIME', `${date}${hit.value}`),
      );
      done = hit.last;
    }
    return out;
  }

  private at(tokens: readonly Token[], i: number): ClockHit | null {
    const t = tokens[i]!;
    const w = t.lower;
    if ((w === 'midnight' || w === 'noon') && inTitle(tokens, i)) return null; // "High Noon", "Midnight Express"
    if (w === 'midnight') return { first: i, last: withZone(tokens, i), value: 'T24:00' };
    if (w === 'noon' || w === 'midday') return { first: i, last: withZone(tokens, i), value: 'T12:00' };
    if (w === 'overnight') return overnightMaturityAt(tokens, i) ? null : { first: i, last: i, value: 'TNI' };
    const sun = SUN_TIMES.get(w);
    if (sun && /^[a-z]/.test(t.text) && sunTimeEnds(tokens[i + 1])) return { first: i, last: i, value: `T${sun}` };
    // "in the late afternoon", "by mid afternoon", "early evening"
    const modified = partAfterModifier(tokens, w === 'the' || w === 'this' ? i + 1 : i);
    if (modified > 0) return { first: i, last: modified, value: `T${PARTS_OF_DAY.getAt(tokens, modified)}` };
    if ((w === 'this' || w === 'last' || w === 'the') && PARTS_OF_DAY.hasAt(tokens, i + 1)) {
      if (w === 'last' && lowerAt(tokens, i + 1) !== 'night') return null;
      // "the night of Oct. 23", "the morning of the attack": TimeBank marks the day named, not its part
      if (w === 'the' && lowerAt(tokens, i + 2) === 'of') return null;
      return {
        first: i,
        last: i + 1,
        value: `T${PARTS_OF_DAY.getAt(tokens, i + 1)}`,
        // last night: yesterday's; this morning: today's; "in the morning": the day told before, if any
        ...(w === 'the' ? {} : { dayOffset: w === 'last' ? -1 : 0 }),
      };
    }
    // "5pm", "3.30pm": the tokenizer keeps letters glued to digits in one word
    const glued = digitLedWordAt(tokens, i) ? GLUED.exec(w) : null;
    if (glued) return clock(i, i, +glued[1]!, glued[2] ? +glued[2] : 0, glued[3]!, tokens);
    const wire = wireClockAt(tokens, i);
    if (wire) return { first: i, last: wire.last, value: wire.value };
    // "three o'clock", "eleven o'clock at night": an hour said in words
    const spokenHour = HOURS_SAID.get(w);
    if (spokenHour !== undefined) return oClock(tokens, i, spokenHour) ?? spokenClock(tokens, i, spokenHour);
    // "12.01 am", "3.30 p.m.": a clock written with a point, which only its suffix tells from a decimal
    const pointed = t.kind === TokenKind.Number ? POINTED_CLOCK.exec(t.text) : null;
    if (pointed && (AM.has(lowerAt(tokens, i + 1)) || PM.has(lowerAt(tokens, i + 1))))
      return clock(i, i + 1, +pointed[1]!, +pointed[2]!, lowerAt(tokens, i + 1), tokens);
    if (t.kind !== TokenKind.Number || t.end - t.start > 2) return null; // one or two digits: a number token starts with one and has no separator that short
    // "12 noon", "12 midnight", "12:00 midnight"
    const twelve = t.text === '12' ? (tokens[i + 1]?.text === ':' && tokens[i + 2]?.text === '00' ? i + 2 : i) : -1;
    const noonOrMidnight = lowerAt(tokens, twelve + 1);
    if (twelve >= 0 && (noonOrMidnight === 'noon' || noonOrMidnight === 'midnight'))
      return { first: i, last: withZone(tokens, twelve + 1), value: noonOrMidnight === 'noon' ? 'T12:00' : 'T24:00' };
    const hour = +t.text;
    let minute = 0,
      k = i;
    // "10:30pm"
    const gluedMinutes = tokens[k + 1]?.text === ':' ? /^(\d{2})(am|pm)$/.exec(lowerAt(tokens, k + 2)) : null;
    if (gluedMinutes && tokens[k + 2]!.start === tokens[k + 1]!.end)
      return clock(i, k + 2, hour, +gluedMinutes[1]!, gluedMinutes[2]!, tokens);
    if (
      tokens[k + 1]?.text === ':' &&
      /^\d{2}$/.test(tokens[k + 2]?.text ?? '') &&
      tokens[k + 2]!.start === tokens[k + 1]!.end
    ) {
      minute = +tokens[k + 2]!.text;
      k += 2;
      // "won in 2:14:09", "2:08:47.5": hours, minutes and seconds are how long a race took, not a time of day
      const seconds =
        againstPrevious(tokens, k + 1) && againstPrevious(tokens, k + 2) && tokens[k + 1]!.text === ':'
          ? /^(\d{2})(\.\d+)?$/.exec(tokens[k + 2]!.text)
          : null;
      if (seconds && minute <= 59 && +seconds[1]! <= 59)
        return {
          first: i,
          last: k + 2,
          value: `PT${hour}H${minute}M${+seconds[1]! + (seconds[2] ?? '')}S`,
          duration: true,
        };
    } else if (tokens[k + 1]?.text === '.' && /^\d{2}$/.test(tokens[k + 2]?.text ?? '')) {
      return null;
    }
    const suffix = lowerAt(tokens, k + 1);
    if (AM.has(suffix) || PM.has(suffix)) return clock(i, k + 1, hour, minute, suffix, tokens);
    if (
      k > i &&
      hour <= 24 &&
      minute <= 59 &&
      (suffix === 'gmt' ||
        suffix === 'utc' ||
        suffix === 'hours' ||
        suffix === 'local' ||
        CLOCK_LEADS.has(lowerAt(tokens, i - 1)) ||
        (lowerAt(tokens, i - 1) === 'of' && lowerAt(tokens, i - 2) === 'as')) // "As of 15:00, March 12"
    ) {
      return { first: i, last: k, value: `T${pad(hour)}:${pad(minute)}` };
    }
    // "4 in the morning", "10 at night"
    const part = partAfter(tokens, k);
    if (hour >= 1 && hour <= 12 && minute <= 59 && part)
      return { first: i, last: part.last, value: `T${pad(hourOfPart(hour, part.part))}:${pad(minute)}` };
    if (k === i && hour >= 1 && hour <= 12) return oClock(tokens, i, hour);
    return null;
  }
}
