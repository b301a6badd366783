import {
  ORDINALS,
  MONTHS,
  SEASONS,
  UNITS,
  WEEKDAYS,
  PARTS_OF_DAY,
  durationValue,
  isYear,
  YEAR_KINDS,
} from '../timeWords';
import {
  addDays,
  addMonths,
  daysInMonth,
  formatDate,
  formatMonth,
  formatWeek,
  isDayValue,
  pad,
  parseDate,
  quarterOf,
  resolveWeekday,
  weekday,
  type YMD,
} from '../timex';
import {
  futureAround,
  inTitle,
  lowerAt,
  pastClauseBefore,
  presentAround,
  tenseAround,
  pastAround,
  timeCandidate,
  willBefore,
} from '../timeSupport';
import { NUMBER_START_WORDS, readNumber } from '../numberWords';
import { isPluralNoun, NOUN_STOP } from '../countedNoun';
import { isPastForm, isPresentInS, MODAL_VERBS, verbForm } from '../verbs';
import { digitLedWordAt, glued, hyphenJoins, isPossessiveAt, TokenKind, type Token } from '../tokenize';
import { QuickMap, QuickSet } from '../quickSet';
import type { DocumentContext, Recognizer, TimeCandidate } from '../types';
import {
  dayOfMonthAlone,
  isMonthName,
  month,
  namedYearAfter,
  ORDINAL_DAY,
  secondDay,
  SPELLED_CENTURY,
  spokenYear,
  MONTH_CUES,
  yearByTense,
  clippedAt,
  clippedYear,
} from './dates/monthDay';
import { ago, numeric, standsAlone } from './dates/numeric';
import { quarter } from './dates/quarters';
import { ANAPHORIC_STEP, anaphoric, DAY_STEP, dayOn, relative, RELATIVE, weekdayDate } from './dates/relative';
import type { DateScan, Hit, Make } from './dates/scan';

// Dates as TempEval-3 annotates news: resolved against the article date where the text allows
// ("Tuesday" → 2022-03-29, "last month" → 2022-02), left underspecified where it does not
// (XXXX-03-29 without an article date), and PRESENT_REF / PAST_REF / FUTURE_REF for "now",
// "recently" and "the future". This file finds where a date starts and hands it to its sub-grammar
// in dates/: months and days, relative and anaphoric dates, quarters, dates led by numbers.

const DEICTIC = new QuickMap<string>([
  ['now', 'PRESENT_REF'],
  ['currently', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'],
  ['presently', 'PRESENT_REF'],
  ['recently', 'PAST_REF'],
  ['lately', 'PAST_REF'],
]);
// "previously", "formerly", "soon" and a bare "future" are left out: TimeBank annotates them less
// often than not; so is a bare "current" (relative.ts reads it only before a unit: "the current quarter").
const FREQUENCY = new QuickMap<string>([
  ['daily', 'P1D'],
  ['weekly', 'P1W'],
  ['monthly', 'P1M'],
  ['hourly', 'PT1H'],
  ['nightly', 'P1D'],
  ['annually', 'P1Y'],
  ['yearly', 'P1Y'],
  // a prefix that halves or doubles the period, written solid or after a hyphen ("semi-annually", "bi-weekly")
  // ("semiannually" is P0.5Y as Microsoft Recognizers-Text writes it; "bi-" before "annually" and "monthly" is
  // left out: it means twice a year as often as every two years)
  ['semiannually', 'P0.5Y'],
  ['biweekly', 'P2W'],
  ['fortnightly', 'P2W'],
  ['biennially', 'P2Y'],
]);
/**
 * Whether a name follows the frequency word at i and ends the phrase, the word then naming a paper: "the
 * Communist Party daily Granma compared", "the daily El Mundo said" (not a name that modifies a noun after it:
 * "three daily Atlanta flights", "the weekly U.S. soybean crush rate")
 */
function publicationAfter(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  const capital = (j: number) =>
    tokens[j]?.kind === TokenKind.Word &&
    /^\p{Lu}/u.test(tokens[j]!.text) &&
    !WEEKDAYS.hasAt(tokens, j) &&
    !MONTHS.hasAt(tokens, j);
  if (!capital(k)) return false;
  while (k < i + PAPER_NAME_REACH && (capital(k + 1) || tokens[k + 1]?.text === '.' || hyphenJoins(tokens, k))) k++;
  // (the name ends the phrase before a mark, a finite verb or a function word: "said", "that", "yesterday")
  const after = tokens[k + 1];
  if (!after || after.kind !== TokenKind.Word || !/^[a-z]/.test(after.text)) return true;
  const w = after.lower;
  return (
    isPastForm(w) || (isPresentInS(w) && !isPluralNoun(w)) || (NOUN_STOP.hasAt(tokens, k + 1) && !COORDINATORS.has(w))
  );
}
const COORDINATORS = new Set(['and', 'or']);
const PAPER_NAME_REACH = 5;
/** the prefixes that may stand before a hyphen and a frequency adverb */
const FREQUENCY_PREFIXES = new Set(['semi', 'bi']);
const DAY_OFFSETS = new QuickMap<number>([
  ['today', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);
const EDGE = new QuickSet(['early', 'late', 'mid', 'earlier', 'later', 'end', 'beginning', 'start', 'middle']);
/** the edges that are verbs as well, and what a verb's base form follows */
const VERB_EDGES = new Set(['end', 'start']);
/** ISO's number of Saturday (Monday is 1) */
const SATURDAY = 6;
/** a day of a month, of a known year or not: "1989-11-30", "XXXX-11-30" */
const DAY_OF_MONTH = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/;
const BASE_VERB_BEFORE = new Set([...MODAL_VERBS, "'ll", 'did', 'does', 'do']);
/** what a verb "end" or "start" follows, unless a hyphen glues the edge to its date ("to end-1986 levels") */
const VERB_LEADS = new Set(['to', 'which', 'that', 'who']);

/** Easter Sunday of a year, by the Gregorian computus (the "anonymous" algorithm of Meeus). */
function easter(y: number): YMD {
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100,
    d = Math.floor(b / 4),
    e = b % 4,
    f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30,
    i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

const christmas = (y: number): YMD => ({ y, m: 12, d: 25 });
/** the fourth Thursday of November: on or before Nov. 28 */
const thanksgiving = (y: number): YMD => resolveWeekday({ y, m: 11, d: 28 }, 4, 'past');

/**
 * Fixed and movable holidays of news calendars, by their first word: the words after it ("'s" a
 * possessive) and the day in a year. The first phrase that matches wins, so longer ones come first.
 */
const HOLIDAYS = new QuickMap<ReadonlyArray<[readonly string[], (y: number) => YMD]>>([
  [
    'christmas',
    [
      [['eve'], (y) => ({ y, m: 12, d: 24 })],
      [['day'], christmas],
      [[], christmas],
    ],
  ],
  [
    'thanksgiving',
    [
      [['day'], thanksgiving],
      [[], thanksgiving],
    ],
  ],
  ['halloween', [[[], (y) => ({ y, m: 10, d: 31 })]]],
  [
    'easter',
    [
      [['sunday'], easter],
      [['monday'], (y) => addDays(easter(y), 1)],
      [[], easter],
    ],
  ],
  ['good', [[['friday'], (y) => addDays(easter(y), -2)]]],
  ['palm', [[['sunday'], (y) => addDays(easter(y), -7)]]],
  ['ash', [[['wednesday'], (y) => addDays(easter(y), -46)]]],
  // the shopping days after the United States' Thanksgiving
  ['black', [[['friday'], (y) => addDays(thanksgiving(y), 1)]]],
  ['cyber', [[['monday'], (y) => addDays(thanksgiving(y), 4)]]],
  [
    'new',
    [
      [['year', "'s", 'eve'], (y) => ({ y, m: 12, d: 31 })],
      [['year', "'s", 'day'], (y) => ({ y, m: 1, d: 1 })],
    ],
  ],
  ['valentine', [[["'s", 'day'], (y) => ({ y, m: 2, d: 14 })]]],
  ['boxing', [[['day'], (y) => ({ y, m: 12, d: 26 })]]],
  // the United States' first Monday of September and last Monday of May
  ['labor', [[['day'], (y) => resolveWeekday({ y, m: 9, d: 1 }, 1, 'future')]]],
  ['memorial', [[['day'], (y) => resolveWeekday({ y, m: 5, d: 31 }, 1, 'past')]]],
  ['veterans', [[['day'], (y) => ({ y, m: 11, d: 11 })]]],
  // the Tuesday after the first Monday of November, as "Election Day" with capitals means in U.S. news
  ['election', [[['day'], (y) => resolveWeekday({ y, m: 11, d: 2 }, 2, 'future')]]],
]);

/** The holiday that starts at token i, capitalized: its last token and its day in a year. */
export function holidayAt(tokens: readonly Token[], i: number): { last: number; day: (y: number) => YMD } | null {
  const phrases = HOLIDAYS.getAt(tokens, i); // the table first: most words are no holiday's
  if (!phrases || !/^[A-Z]/.test(tokens[i]!.text)) return null;
  for (const [words, day] of phrases) {
    let k = i + 1;
    for (const w of words) {
      if (k < 0) break;
      if (w === "'s") k = isPossessiveAt(tokens, k - 1) ? k + 2 : -1;
      else k = lowerAt(tokens, k) === w ? k + 1 : -1;
    }
    if (k > 0) return { last: k - 1, day };
  }
  return null;
}

/**
 * The year written after a holiday: "Thanksgiving 2000", "Christmas Day, 1999," (after a comma only
 * when another comma or the sentence's end closes it: "by Christmas, 2000 workers" counts workers).
 */
function yearAfterHoliday(tokens: readonly Token[], last: number): { year: number; last: number } | null {
  const comma = tokens[last + 1]?.text === ',';
  const k = comma ? last + 2 : last + 1;
  const t = tokens[k];
  if (!t || t.kind !== TokenKind.Number || !isYear(t.text)) return null;
  if (comma && !/^[,.;]$/.test(tokens[k + 1]?.text ?? '.')) return null;
  return { year: +t.text, last: k };
}

/**
 * "The Sunday Times", "the Sunday Express poll": a weekday after "the" and before a capitalized word that
 * tells no time (a part of the day, a month) names a newspaper or a show, not a day.
 */
function weekdayInName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    lowerAt(tokens, i - 1) === 'the' &&
    next?.kind === TokenKind.Word &&
    /^[A-Z]/.test(next.text) &&
    !next.newlineBefore &&
    !PARTS_OF_DAY.hasAt(tokens, i + 1) &&
    !MONTHS.hasAt(tokens, i + 1)
  );
}

/** "Q1" to "Q4" (with a capital: "q1" is rather a code) */
const WRITTEN_QUARTERS = new Set(['Q1', 'Q2', 'Q3', 'Q4']);
const DATE_TRIGGERS: ReadonlySet<string> = new Set([
  'q1',
  'q2',
  'q3',
  'q4',
  ...DEICTIC.keys(),
  ...DAY_OFFSETS.keys(),
  ...RELATIVE.keys(),
  ...EDGE,
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...ORDINALS.keys(),
  ...FREQUENCY.keys(),
  ...FREQUENCY_PREFIXES,
  ...SPELLED_CENTURY.keys(),
  ...NUMBER_START_WORDS,
  ...HOLIDAYS.keys(),
  'several',
  'few',
  'many',
  // "some time ago", "not long ago"
  'some',
  'not',
  'tonight',
  'the',
  'fiscal',
  'weekend',
  'year',
  'month',
  'that',
  'summer',
  'winter',
  'autumn',
  // a date only "of" a year ("the spring of 2010"): "the fall in prices" is none
  'spring',
  'fall',
  'these',
  'moment',
]);
/** decades in words: "the nineties", "the late eighties" */
const DECADE_WORDS = new QuickMap<number>([
  ['twenties', 2],
  ['thirties', 3],
  ['forties', 4],
  ['fifties', 5],
  ['sixties', 6],
  ['seventies', 7],
  ['eighties', 8],
  ['nineties', 9],
]);
/** a lower-case word that carries a noun phrase on ("money" in "the short term money market") */
const nounAfterAt = (tokens: readonly Token[], k: number) =>
  /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !NOUN_STOP.hasAt(tokens, k) && !verbForm(tokens[k]!.lower);
const TEMPERATURES = new QuickSet(['temperatures', 'temperature', 'highs', 'lows', 'readings']);
const THE_FOLLOWERS = new QuickSet([
  ...DECADE_WORDS.keys(),
  'past',
  'latter',
  'final', // "the final quarter of 1985"
  'future',
  'near',
  'short',
  'full',
  'following',
  'same',
  'preceding',
  'recent',
  'summer',
  'winter',
  'autumn',
  'spring',
  'fall',
  'end',
  'middle',
  'beginning',
  'start',
  ...YEAR_KINDS.keys(),
  'quarter',
  'latest',
  'year',
  'week',
  'weekend',
  'day',
  'month', // "the month after next" only
  ...PARTS_OF_DAY.keys(), // "the night before"
  ...ORDINALS.keys(),
  ...RELATIVE.keys(),
  ...EDGE,
]);
/** the sizes of a past told without a length: "a short time ago", "a little while ago" */
const VAGUE_SIZES = new QuickSet(['short', 'little', 'brief']);
const A_FOLLOWERS = new QuickSet([
  ...UNITS.keys(),
  'few',
  'couple',
  'dozen',
  'hundred',
  'thousand',
  ...VAGUE_SIZES.keys(),
  'while',
]);
const SOME_FOLLOWERS = new QuickSet(['time']);
const NOT_FOLLOWERS = new QuickSet(['long']);
const THAT_FOLLOWERS = new QuickSet([
  'year',
  'month',
  'quarter',
  'week',
  'day',
  'morning',
  'afternoon',
  'evening',
  'night',
  'same',
]);
/** the words that must follow the commonest triggers for a date to start there */
const FOLLOWERS = new Map([
  ['the', THE_FOLLOWERS],
  ['a', A_FOLLOWERS],
  ['an', A_FOLLOWERS],
  ['that', THAT_FOLLOWERS],
  ['some', SOME_FOLLOWERS],
  ['not', NOT_FOLLOWERS],
]);
const followersOf = (w: string) => FOLLOWERS.get(w);
/** the words before a bare season that make it a time ("during winter"; "the summer" needs none) */
const SEASON_CUES = new QuickSet([
  'in',
  'during',
  'over',
  'through',
  'throughout',
  'since',
  'until',
  'by',
  'early',
  'late',
  'mid',
]);

/**
 * "in the spring", "until the fall": a season named with a cue and "the", which "spring" and "fall"
 * need as nouns of other senses ("the fall of the wall", "a fall in prices", "the spring in his step").
 */
function springOrFallAt(tokens: readonly Token[], i: number): boolean {
  // "in late spring", "by early fall", "mid-spring": a part of the season (not "a late fall in prices")
  const hyphen = tokens[i - 1]?.text === '-' && glued(tokens[i - 1], tokens[i]) ? 1 : 0;
  const before = lowerAt(tokens, i - 1 - hyphen);
  const part =
    (before === 'early' || before === 'late' || before === 'mid') &&
    lowerAt(tokens, i - 2 - hyphen) !== 'a' &&
    lowerAt(tokens, i - 2 - hyphen) !== 'an';
  return (
    (part || (before === 'the' && SEASON_CUES.hasAt(tokens, i - 2))) && !NOT_AFTER_SEASON.has(lowerAt(tokens, i + 1))
  );
}
const NOT_AFTER_SEASON = new Set(['of', 'in', 'from', 'to', 'by']);

/**
 * The end of the article's year or month told in the past ("the deal was closed by the end of the
 * year", "up 5 pct since year-end"): that end has not come yet, so it is the last one's (unless the
 * article is written on that end's day: "drained the market at the end of the month", told March 31).
 */
function periodEnded(s: DateScan, first: number, last: number, value: string): string {
  const { dct } = s;
  if (!dct) return value;
  // (a past further off in the date's clause tells it as well: "increased its stake to 5.9 mln shares at year end")
  const tense = tenseAround(s.tokens, first, last);
  if (tense !== 'past' && !(tense === null && pastAround(s.tokens, first))) return value;
  if (lastDayOfMonth(dct) && (value === formatMonth(dct.y, dct.m) || (dct.m === 12 && value === String(dct.y))))
    return value;
  if (value === String(dct.y)) return String(dct.y - 1);
  if (value === formatMonth(dct.y, dct.m)) {
    const m = addMonths(dct, -1);
    return formatMonth(m.y, m.m);
  }
  return value;
}

const lastDayOfMonth = (d: { y: number; m: number; d: number }) => addDays(d, 1).m !== d.m;

/** The value of the day a date right before token i names, set off by a comma ("Oct. 12, the day …"), if any. */
function appositionValue(s: DateScan, i: number): string | null {
  const c = s.before.at(-1);
  return c && s.tokens[i - 1]?.text === ',' && c.end === s.tokens[i - 2]!.end && isDayValue(c.time.value)
    ? c.time.value
    : null;
}

/**
 * A day's date at i, or after "on" there: "(the end of the day) Friday", "(…) on March 3"; a weekday reads
 * its tense from the phrase's first token ("they meet at the end of the day Friday")
 */
function dayNamedAfter(s: DateScan, first: number, i: number, prefixes: number): Hit | null {
  const at = lowerAt(s.tokens, i) === 'on' ? i + 1 : i;
  const hit = dateAt(s, at, prefixes);
  if (!hit || !isDayValue(hit.candidate.time.value)) return null;
  return WEEKDAYS.hasAt(s.tokens, at) ? weekdayDate(s, at, first, 0) : hit;
}

/** the prepositions that lead a limit's time: "by the end of the day" */
const LIMIT_LEADS = new Set(['by', 'until', 'till', 'before']);

/** "the end of late 2021" reads two edge prefixes; nothing in news stacks more */
const MAX_PREFIXES = 2;

export class DateRecognizer implements Recognizer {
  readonly name = 'dates';
  readonly triggers = { words: DATE_TRIGGERS, digits: true };

  recognize(ctx: DocumentContext, starts: readonly number[]): TimeCandidate[] {
    const { text, tokens } = ctx;
    const make: Make = (first, last, value, type = 'DATE') => ({
      candidate: timeCandidate(text, tokens, first, last, type, value),
      last,
    });
    const out: TimeCandidate[] = [];
    const s: DateScan = { ctx, tokens, dct: parseDate(ctx.writtenOn ?? ctx.articleDate), before: out, make };
    let done = -1;
    for (const i of starts) {
      if (i <= done) continue;
      // the commonest triggers lead to a date only before a few words
      const needs = followersOf(tokens[i]!.lower);
      // (or before an ordinal in digits: "on the 15th")
      if (needs && !needs.hasAt(tokens, i + 1) && !digitLedWordAt(tokens, i + 1)) continue;
      const hit = dateAt(s, i);
      if (hit) {
        out.push(hit.candidate);
        done = hit.last;
      }
    }
    return out;
  }
}

/**
 * "a short time ago", "a little while ago", "a while ago", "some time ago", "not long ago": a past told
 * without a length (TimeML's PAST_REF), ending at the index returned, or -1.
 */
function vagueAgoEnd(tokens: readonly Token[], i: number): number {
  const w = tokens[i]!.lower;
  let k = i + 1;
  if (w === 'a' || w === 'an') {
    if (VAGUE_SIZES.hasAt(tokens, k)) k++;
    if (lowerAt(tokens, k) !== 'while' && !(k > i + 1 && lowerAt(tokens, k) === 'time')) return -1;
  } else if (!(w === 'some' && lowerAt(tokens, k) === 'time') && !(w === 'not' && lowerAt(tokens, k) === 'long'))
    return -1;
  return lowerAt(tokens, k + 1) === 'ago' ? k + 1 : -1;
}

/**
 * The date starting at token i, if any. prefixes: how many edge words ("late", "the end of") already
 * lead to i; at most MAX_PREFIXES are read, so a run of them ("late late late …") costs constant
 * look-ahead per start, not the run's length.
 */
function dateAt(s: DateScan, i: number, prefixes = 0): Hit | null {
  const { tokens } = s;
  const t = tokens[i];
  if (!t) return null; // "… in late", "the end of": a date word at the very end of the text
  const w = t.lower;
  if (t.kind === TokenKind.Number) return secondDay(s, i) ?? numeric(s, i) ?? decade(s, i);
  const vague = vagueAgoEnd(tokens, i);
  if (vague > 0) return s.make(i, vague, 'PAST_REF');
  if (NUMBER_START_WORDS.hasAt(tokens, i) || w === 'several' || w === 'few' || w === 'many') {
    const span = ago(s, i);
    if (span) return span;
  }
  const named = namedDate(s, i);
  if (named !== undefined) return named;
  if (w === 'that' || (w === 'the' && ANAPHORIC_STEP.hasAt(tokens, i + 1))) return anaphoric(s, i);
  // "the one Iraq had agreed to the night before", "the morning after": that part of the day before or after
  // the date named, else the article's
  if (w === 'the' && PARTS_OF_DAY.hasAt(tokens, i + 1) && standsAlone(tokens, i + 2)) {
    const day = dayOn(s, i, i + 2, DAY_STEP.getAt(tokens, i + 2)!);
    const value = day.candidate.time.value;
    return value.includes('X') ? day : s.make(i, i + 2, `${value}T${PARTS_OF_DAY.getAt(tokens, i + 1)}`, 'TIME');
  }
  // "from 450 mln dlrs the year before.": a unit before an adverb of time is one unit from the time named
  if (w === 'the' && lowerAt(tokens, i + 1) !== 'day' && standsAlone(tokens, i + 2)) {
    const span = ago(s, i);
    if (span) return span;
  }
  // ("later in the day before returning home" is the day named before)
  if (
    w === 'the' &&
    lowerAt(tokens, i + 1) === 'day' &&
    DAY_STEP.hasAt(tokens, i + 2) &&
    lowerAt(tokens, i - 1) !== 'in'
  ) {
    const step = DAY_STEP.getAt(tokens, i + 2)!;
    if (!tokens[i + 3] || tokens[i + 3]!.kind === TokenKind.Punct) return dayOn(s, i, i + 2, step);
    // "the day before yesterday", "the day after Christmas", "the day before last Tuesday's hearing": one day from the date named
    const day = prefixes < MAX_PREFIXES ? dateAt(s, i + 3, prefixes + 1) : null;
    const from = day && parseDate(day.candidate.time.value);
    if (day && from) return s.make(i, day.last, formatDate(addDays(from, step)));
    // "the day before the plunge": TimeML marks "the day", told from an event; in apposition to a date
    // ("Oct. 12, the day before the crash") it is that date
    return s.make(i, i + 1, appositionValue(s, i) ?? 'XXXX-XX-XX');
  }
  // "comes on the day a deadline set by the minister expires": the day a limit runs out, today when a present tells
  // of it; any day else (TimeML's "the day", told from an event)
  if (
    w === 'the' &&
    lowerAt(tokens, i + 1) === 'day' &&
    LIMIT_RUNS_OUT.test(s.ctx.text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + LIMIT_CLAUSE_CHARS))
  ) {
    const told = lowerAt(tokens, lowerAt(tokens, i - 1) === 'on' ? i - 2 : i - 1);
    const today = s.dct && (isPresentInS(told) || told === 'is' || told === 'are');
    return s.make(i, i + 1, today ? formatDate(s.dct!) : 'XXXX-XX-XX');
  }
  // "later in the day", "earlier in the day": the day named before, else the article's
  if (
    w === 'the' &&
    lowerAt(tokens, i + 1) === 'day' &&
    lowerAt(tokens, i - 1) === 'in' &&
    (lowerAt(tokens, i - 2) === 'later' || lowerAt(tokens, i - 2) === 'earlier')
  )
    return dayOn(s, i, i + 1, 0);
  if (w === 'the' || w === 'in') return afterArticle(s, i, prefixes);
  // "exercisable beginning June 15": a participle that says from when, no edge of the date
  if (w === 'beginning' && lowerAt(tokens, i - 1) !== 'the') return null;
  // ("the offer will end June 5", "could start next week", "were expected to end late tomorrow": the verb, no edge
  // of the date; but "rose to end-1986 levels")
  // ("The meetings, which end today": after a relative pronoun too)
  const verbEdge =
    VERB_EDGES.has(w) &&
    (BASE_VERB_BEFORE.has(lowerAt(tokens, i - 1)) ||
      (VERB_LEADS.has(lowerAt(tokens, i - 1)) && tokens[i + 1]?.text !== '-'));
  if (EDGE.hasAt(tokens, i) && t.kind === TokenKind.Word && !verbEdge) {
    // "early next year", "late November", "mid-1990s", "later this month": the edge joins the date
    const at = tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
    // ("the late '80s", "the mid-'80s": a decade clipped by an apostrophe is read from its digits)
    const inner = prefixes < MAX_PREFIXES ? dateAt(s, clippedAt(tokens, at) ? at + 1 : at, prefixes + 1) : null;
    if (!inner || inner.candidate.time.value === 'PRESENT_REF') return null;
    // ("The incentives end Nov. 30", "talks start Monday": a day has no end or start to stand at, so the word is the verb)
    if (VERB_EDGES.has(w) && at === i + 1 && DAY_OF_MONTH.test(inner.candidate.time.value)) return null;
    // "the late 1970s", "the late 1800s": a decade or a century keeps its article, as TimeML writes it
    const value = inner.candidate.time.value;
    return s.make(DECADE_OR_CENTURY.test(value) && lowerAt(tokens, i - 1) === 'the' ? i - 1 : i, inner.last, value);
  }
  if (RELATIVE.hasAt(tokens, i)) return relative(s, i);
  if (MONTHS.hasAt(tokens, i) && isMonthName(tokens, i)) return month(s, i);
  if (
    WEEKDAYS.hasAt(tokens, i) &&
    /^[A-Z]/.test(t.text) &&
    (w.length > 3 || tokens[i + 1]?.text === '.') &&
    !weekdayInName(tokens, i)
  )
    return weekdayDate(s, i, i, 0);
  if (ORDINALS.hasAt(tokens, i) || w === 'fiscal' || WRITTEN_QUARTERS.has(t.text)) return quarter(s, i, i);
  return decade(s, i);
}

/** the last token of "year-earlier" and the period noun after it ("quarter", "period"), from the noun's index k */
/**
 * "third quarter", "first half" at token k after "year-ago": that part a year before the latest one of its number
 * that has ended by the article's date ("the year-ago third quarter" told in October 1989: 1988-Q3), or null.
 */
function yearAgoPart(tokens: readonly Token[], k: number, dct: YMD): string | null {
  const n = ORDINALS.getAt(tokens, k);
  const unit = lowerAt(tokens, k + 1);
  if (n === undefined || (unit !== 'quarter' && !(unit === 'half' && n <= 2))) return null;
  const [letter, now] = unit === 'quarter' ? ['Q', quarterOf(dct)] : ['H', dct.m <= 6 ? 1 : 2];
  return `${dct.y - (n < now ? 1 : 2)}-${letter}${n}`;
}
/** a clause after "the day" whose limit runs out: "(the day) a deadline set by the minister expires" */
const LIMIT_RUNS_OUT =
  /^\s+(?:(?:when|that)\s+)?(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:deadline|ultimatum)\b[^.;!?]*?\b(?:expires|expire|expired|lapses|lapsed|runs out|ran out|passes|passed)\b/i;
const LIMIT_CLAUSE_CHARS = 160;
const unitAfterYearEarlier = (tokens: readonly Token[], k: number) =>
  lowerAt(tokens, k) === 'quarter' || lowerAt(tokens, k) === 'period' ? k : k - 1;

/**
 * Dates named by a word or a fixed phrase: "daily", "nineteen ninety", "the 20th century", "the year
 * two thousand", "Christmas", "year-end", "recent", "the summer", "the weekend", "the year-earlier
 * quarter", "now", "yesterday", "tonight". undefined: none of these starts at i.
 */
function namedDate(s: DateScan, i: number): Hit | null | undefined {
  const { tokens, dct, make } = s;
  const t = tokens[i]!,
    w = t.lower;
  // (not "Daily Mail", nor a paper named after it: "the Communist Party daily Granma", "the weekly Der Spiegel")
  if (FREQUENCY.hasAt(tokens, i) && t.text === w && !publicationAfter(tokens, i))
    return make(i, i, FREQUENCY.getAt(tokens, i)!, 'SET');
  const prefixed =
    FREQUENCY_PREFIXES.has(w) && hyphenJoins(tokens, i) ? FREQUENCY.get(w + tokens[i + 2]!.text) : undefined;
  if (prefixed) return make(i, i + 2, prefixed, 'SET');
  // "nineteen ninety-four"; "in two thousand and five", which without a cue may count ("two thousand and five workers")
  // ("the two thousand and one season": a year before the singular it modifies)
  const spoken = spokenYear(tokens, i);
  const after = lowerAt(tokens, (spoken?.last ?? i) + 1);
  if (
    spoken &&
    (SPELLED_CENTURY.hasAt(tokens, i) ||
      (MONTH_CUES.has(lowerAt(tokens, i - 1)) && !isPluralNoun(after)) ||
      (lowerAt(tokens, i - 1) === 'the' && /^[a-z]{3,}$/.test(after) && !isPluralNoun(after) && !NOUN_STOP.has(after)))
  )
    return make(i, spoken.last, String(spoken.year));
  if (digitLedWordAt(tokens, i) && ORDINAL_DAY.test(w) && lowerAt(tokens, i + 1) === 'century')
    return make(lowerAt(tokens, i - 1) === 'the' ? i - 1 : i, i + 1, pad(parseInt(w, 10) - 1));
  const the = lowerAt(tokens, i - 1) === 'the' ? i - 1 : i;
  if (w === 'year' && lowerAt(tokens, i + 1) === 'two' && lowerAt(tokens, i + 2) === 'thousand') {
    const year = spokenYear(tokens, i + 1);
    return make(the, year?.last ?? i + 2, String(year?.year ?? 2000));
  }
  const holiday = holidayAt(tokens, i);
  if (holiday) {
    const { last, day } = holiday;
    const written = yearAfterHoliday(tokens, last);
    if (written) return make(i, written.last, formatDate(day(written.year)));
    const year = dct ? yearByTense(tokens, i, last, dct, day(dct.y).m, day(dct.y).d) : null;
    return make(i, last, year === null ? 'XXXX-XX-XX' : formatDate(day(year)));
  }
  // "year-end", "year end", "year's end", "month's end"
  const endAt =
    w !== 'year' && w !== 'month'
      ? -1
      : lowerAt(tokens, i + 1) === 'end'
        ? i + 1
        : tokens[i + 1]?.text === '-'
          ? i + 2
          : isPossessiveAt(tokens, i)
            ? i + 3
            : -1;
  if (endAt > 0 && lowerAt(tokens, endAt) === 'end') {
    if (w === 'month') return make(the, endAt, periodEnded(s, the, endAt, dct ? formatMonth(dct.y, dct.m) : 'XXXX-XX'));
    return make(the, endAt, periodEnded(s, the, endAt, dct ? String(dct.y) : 'XXXX'));
  }
  // "the summer", "into the early summer", "during winter": the last one, or the one under way
  const season = SEASONS.getAt(tokens, i);
  // "the summer of 2011", "the winter of nineteen ninety-four": that year's
  const ofYear = season && lowerAt(tokens, i + 1) === 'of' ? namedYearAfter(tokens, i, dct) : null;
  if (season && ofYear && !inTitle(tokens, i)) return make(the, ofYear.last, `${ofYear.year}-${season}`);
  // "in spring 2010", "and summer 2011": the year right after; "fall" needs a cue that it is a time ("could fall 2000 points")
  if (
    season &&
    isYear(tokens[i + 1]?.text ?? '') &&
    (w !== 'fall' || the < i || SEASON_CUES.hasAt(tokens, i - 1)) &&
    !inTitle(tokens, i)
  )
    return make(the, i + 1, `${tokens[i + 1]!.text}-${season}`);
  if (
    season &&
    !inTitle(tokens, i) &&
    (w === 'summer' || w === 'winter' || w === 'autumn'
      ? lowerAt(tokens, i - 1) === 'the' || SEASON_CUES.hasAt(tokens, i - 1)
      : springOrFallAt(tokens, i))
  ) {
    const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[season]!;
    // the one under way or the last; the next when the clause looks ahead ("talks will resume in the summer",
    // past the verb's objects: "will visit Israel, the West Bank and Jordan in the spring") or tells in the
    // present of what is scheduled ("the season ends in late summer")
    const ahead =
      dct !== null &&
      (dct.m - start + 12) % 12 >= 3 &&
      (futureAround(tokens, the) ||
        willBefore(tokens, the) ||
        (tenseAround(tokens, the, i) === null && presentAround(tokens, the, false)));
    const year = dct ? (dct.m >= start ? dct.y : dct.y - 1) + (ahead ? 1 : 0) : null;
    return make(the, i, year === null ? `XXXX-${season}` : `${year}-${season}`);
  }
  if (w === 'weekend' && lowerAt(tokens, i - 1) === 'the' && dct) {
    // early in the week "the weekend" is the one just past, unless the sentence looks ahead ("must leave by the
    // weekend") or tells in the present of what is scheduled ("the ministers meet at the weekend"); later in
    // the week too when told in the past ("the truce held through the weekend", written on a Thursday), by a past
    // further back in the clause too ("police arrested 42 people over the weekend")
    const tense = tenseAround(tokens, i - 1, i) ?? (pastClauseBefore(tokens, i - 1) ? 'past' : null);
    // (told on a Saturday or a Sunday, the past weekend is the one under way: "matches played over the weekend")
    const back =
      (tense === 'past' && weekday(dct) < SATURDAY) ||
      (weekday(dct) <= 3 && !futureAround(tokens, i - 1) && !(tense === null && presentAround(tokens, i - 1)));
    return make(i - 1, i, `${formatWeek(addDays(dct, back ? -7 : 0))}-WE`);
  }
  if (
    w === 'year' &&
    tokens[i + 1]?.text === '-' &&
    (lowerAt(tokens, i + 2) === 'earlier' || lowerAt(tokens, i + 2) === 'ago') &&
    dct
  ) {
    // "the year-earlier nine months": a length the year before, which TimeML writes as the length
    const length = readNumber(tokens, i + 3);
    const lengthUnit = length ? UNITS.getAt(tokens, length.last + 1) : undefined;
    if (length && lengthUnit?.plural && !lengthUnit.time)
      return make(the, length.last + 1, durationValue(length.value, lowerAt(tokens, length.last + 1)), 'DURATION');
    // "M-2 supply in February … up on the year-earlier figure": outside earnings news, the month told before, a
    // year back
    const month = s.ctx.quarterly ? null : /^(\d{4})-(\d{2})$/.exec(s.before.at(-1)?.time.value ?? '');
    if (month && unitAfterYearEarlier(tokens, i + 3) === i + 2)
      return make(i, i + 2, formatMonth(+month[1]! - 1, +month[2]!));
    // "the year-ago third quarter": that quarter or half a year before the latest one of its number
    const part = yearAgoPart(tokens, i + 3, dct);
    if (part) return make(the, i + 4, part);
    // "the year-earlier quarter": the same quarter a year before the one just reported
    const q = addMonths(dct, -15);
    const unit = unitAfterYearEarlier(tokens, i + 3);
    // "the year-ago period" is one phrase; "the year-earlier results" a modifier, its article left out (TimeBank)
    return make(unit === i + 3 ? the : i, unit, `${q.y}-Q${quarterOf(q)}`);
  }
  if (DEICTIC.hasAt(tokens, i)) {
    if (w === 'now' && lowerAt(tokens, i - 1) === 'right') return make(i - 1, i, 'PRESENT_REF');
    return make(i, i, DEICTIC.getAt(tokens, i)!);
  }
  if (DAY_OFFSETS.hasAt(tokens, i)) {
    const day = dct ? formatDate(addDays(dct, DAY_OFFSETS.getAt(tokens, i)!)) : 'XXXX-XX-XX';
    const part = PARTS_OF_DAY.getAt(tokens, i + 1);
    return part ? make(i, i + 1, `${day}T${part}`, 'TIME') : make(i, i, day);
  }
  if (w === 'tonight') return make(i, i, dct ? formatDate(dct) : 'XXXX-XX-XX'); // TimeBank: a DATE
  if (w === 'these' && lowerAt(tokens, i + 1) === 'days') return make(i, i + 1, 'PRESENT_REF'); // "these days": now
  if (w === 'moment') return presentMoment(s, i);
  return undefined;
}

/**
 * "at the moment", "at this moment", "this crucial moment": now (TimeBank: PRESENT_REF); not a moment that
 * a phrase or a clause after it names ("the moment of the blast", "the moment he arrived"), nor "a moment".
 */
function presentMoment(s: DateScan, i: number): Hit | null {
  const { tokens, make } = s;
  // ("this crucial moment": one adjective between)
  const before = lowerAt(tokens, i - 1);
  const adjective = before !== 'the' && before !== 'this' && /^[a-z]+$/.test(tokens[i - 1]?.text ?? '') ? 1 : 0;
  const first = i - 1 - adjective;
  const determiner = lowerAt(tokens, first);
  const next = lowerAt(tokens, i + 1);
  const present =
    determiner === 'this'
      ? !MOMENT_NAMED_BY.has(next)
      : determiner === 'the' && adjective === 0 && lowerAt(tokens, first - 1) === 'at' && !MOMENT_CLAUSE.has(next);
  return present ? make(first, i, 'PRESENT_REF') : null;
}
/** what names which moment after it: "this moment of crisis", "this moment in history", "this moment when …" */
const MOMENT_NAMED_BY = new Set(['of', 'in', 'when', 'that']);
/** and a clause after "at the moment": "at the moment he arrived", "at the moment the bomb went off" */
const MOMENT_CLAUSE = new Set([...MOMENT_NAMED_BY, 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'the', 'a']);

/** After "the" or "in": "the past", "the future", "the full year", "the end of …", "the third quarter", "the year", "the week". */
function afterArticle(s: DateScan, i: number, prefixes: number): Hit | null {
  const { tokens, dct, make } = s;
  const w = tokens[i]!.lower,
    next = lowerAt(tokens, i + 1),
    nextNext = lowerAt(tokens, i + 2);
  if (
    next === 'past' &&
    !UNITS.has(nextNext) &&
    !RELATIVE.has(nextNext) &&
    !WEEKDAYS.hasAt(tokens, i + 2) &&
    !MONTHS.hasAt(tokens, i + 2) &&
    !readNumber(tokens, i + 2)
  )
    return make(i, i + 1, 'PAST_REF');
  if (next === 'future') return make(i, i + 1, 'FUTURE_REF');
  if (w === 'the' && next === 'full' && nextNext === 'year') return make(i, i + 2, dct ? String(dct.y) : 'XXXX'); // "sales for the full year"
  // ("on the short term money market": a modifier of the noun after it, as "short-term debt" is; "in the
  // near term earnings will suffer" is the adverbial)
  if (
    (next === 'near' && nextNext === 'future') ||
    ((next === 'near' || next === 'short') &&
      nextNext === 'term' &&
      (lowerAt(tokens, i - 1) === 'in' || !nounAfterAt(tokens, i + 3)))
  )
    return make(i, i + 2, 'FUTURE_REF');
  if (w !== 'the') return null;
  const dayAlone = dayOfMonthAlone(s, i);
  if (dayAlone) return dayAlone;
  // "the last day of the month", "the first day of 1999": that day of the month or the year named
  if (
    (next === 'first' || next === 'last' || next === 'final') &&
    nextNext === 'day' &&
    lowerAt(tokens, i + 3) === 'of'
  ) {
    const inner = prefixes < MAX_PREFIXES ? dateAt(s, i + 4, prefixes + 1) : null;
    const day = inner && dayOfPeriod(inner.candidate.time.value, next === 'first');
    if (day) return make(i, inner.last, day);
  }
  if ((next === 'end' || next === 'middle' || next === 'beginning' || next === 'start') && nextNext === 'of') {
    // ("the end of the current fiscal year": "the" and a relative word, which reads from the word; "the end of
    // fiscal 1992", "the end of calendar 1988": the year named, read from its number)
    const inner =
      prefixes < MAX_PREFIXES
        ? (dateAt(s, i + 3, prefixes + 1) ??
          (lowerAt(tokens, i + 3) === 'the' && RELATIVE.hasAt(tokens, i + 4) ? relative(s, i + 4) : null) ??
          (YEAR_KINDS.has(lowerAt(tokens, i + 3)) ? dateAt(s, i + 4, prefixes + 1) : null))
        : null;
    const ended = (last: number, value: string) => (next === 'end' ? periodEnded(s, i, last, value) : value);
    // (a month or a year named reads its own tense: "had asked it to pay by the end of April", told on April 3, is
    // this April's end, not March's)
    // (and so does "this year": only "the end of the year", "of the month" read as the one just ended)
    const named = lowerAt(tokens, i + 3) !== 'the';
    if (inner)
      return make(i, inner.last, named ? inner.candidate.time.value : ended(inner.last, inner.candidate.time.value));
    // "by the end of year", "the end of month": the current one, as with "the"
    const bare = lowerAt(tokens, i + 3);
    if ((bare === 'year' || bare === 'month') && tokens[i + 4]?.kind !== TokenKind.Number)
      return make(
        i,
        i + 3,
        ended(
          i + 3,
          !dct ? (bare === 'year' ? 'XXXX' : 'XXXX-XX') : bare === 'year' ? String(dct.y) : formatMonth(dct.y, dct.m),
        ),
      );
    if (bare === 'the' && lowerAt(tokens, i + 4) === 'day') {
      // "the end of the day Friday", "… on Friday": the day named
      const named = prefixes < MAX_PREFIXES ? dayNamedAfter(s, i, i + 5, prefixes + 1) : null;
      if (named) return make(i, named.last, named.candidate.time.value);
      // "must decide by the end of the day": today, where a limit's preposition leads it ("at the end of the day" is "after all")
      if (LIMIT_LEADS.has(lowerAt(tokens, i - 1))) return make(i, i + 4, dct ? formatDate(dct) : 'XXXX-XX-XX');
    }
  }
  const q = quarter(s, i, i + 1);
  if (q) return q;
  // "the nineties", "the late eighties": a decade in words, of the last century unless it has come in this one
  const decadeAt = EDGE.has(next) ? i + 2 : i + 1;
  const d = DECADE_WORDS.getAt(tokens, decadeAt);
  // (not a temperature: "highs in the forties")
  if (d !== undefined && !TEMPERATURES.hasAt(tokens, i - 2))
    return make(i, decadeAt, `${dct && dct.y >= 2000 + 10 * d ? 20 : 19}${d}`);
  // "the year", "the fiscal year", "the week": the current one (TimeBank); "for the year" is a length
  const u = YEAR_KINDS.has(next) && nextNext === 'year' ? i + 2 : i + 1,
    unit = lowerAt(tokens, u);
  // "the week of March 6": the week that holds the day
  if (unit === 'week' && u === i + 1 && lowerAt(tokens, u + 1) === 'of' && prefixes < MAX_PREFIXES) {
    const day = dateAt(s, u + 2, prefixes + 1);
    const ymd = day && parseDate(day.candidate.time.value);
    if (day && ymd) return make(i, day.last, formatWeek(ymd));
  }
  // "the week after next", "the month after next": two of the unit ahead
  if (u === i + 1 && lowerAt(tokens, u + 1) === 'after' && lowerAt(tokens, u + 2) === 'next' && dct) {
    if (unit === 'week') return make(i, u + 2, formatWeek(addDays(dct, 14)));
    if (unit === 'month') {
      const m = addMonths(dct, 2);
      return make(i, u + 2, formatMonth(m.y, m.m));
    }
    if (unit === 'year') return make(i, u + 2, String(dct.y + 2));
  }
  if ((unit === 'year' || unit === 'week') && tokens[u + 1]?.text !== '-' && !readNumber(tokens, u + 1)) {
    // ("for the fiscal year" names the company's year: a date)
    // ("in the year ended March 31", "the year to March": the twelve months a report covers, as TimeBank writes it)
    const closedBy =
      lowerAt(tokens, u + 1) === 'ended' ||
      lowerAt(tokens, u + 1) === 'ending' ||
      (lowerAt(tokens, u + 1) === 'to' && MONTHS.hasAt(tokens, u + 2));
    if ((lowerAt(tokens, i - 1) === 'for' || closedBy) && unit === 'year' && u === i + 1)
      return make(i, u, 'P1Y', 'DURATION');
    return make(
      i,
      u,
      dct ? (unit === 'year' ? String(dct.y) : formatWeek(dct)) : unit === 'year' ? 'XXXX' : 'XXXX-WXX',
    );
  }
  // "the end of the month", "by the end of the decade", "the middle of the century" (reached from "the
  // end of"; a bare "the month" or "the worst drought of the century" is left alone)
  if (prefixes > 0 && lowerAt(tokens, i - 1) === 'of') {
    if (next === 'month') return make(i, i + 1, dct ? formatMonth(dct.y, dct.m) : 'XXXX-XX');
    if (next === 'decade') return make(i, i + 1, dct ? String(Math.floor(dct.y / 10)) : 'XXX');
    if (next === 'century') return make(i, i + 1, dct ? String(Math.floor(dct.y / 100)) : 'XX');
  }
  return null;
}

const DECADE_OR_CENTURY = /^\d{2,3}$/;

/** The first or last day of a month ("1999-02") or a year ("1999"), or null for any other value. */
function dayOfPeriod(value: string, first: boolean): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const y = +m[1]!;
  if (m[2] === undefined) return first ? `${m[1]}-01-01` : `${m[1]}-12-31`;
  return formatDate({ y, m: +m[2], d: first ? 1 : daysInMonth(y, +m[2]) });
}
/** what stands before a year written "'92": a preposition, an article, a season or "class" */
const YEAR_LEADS = new QuickSet(
  'in of since until till by from to through during before after the class spring summer autumn fall winter'.split(' '),
);

/** "the 1990s" (its first three digits, as TimeML writes a decade), "the '90s" (of the article's century unless still to come). */
function decade(s: DateScan, i: number): Hit | null {
  const { tokens, dct, make } = s;
  const t = tokens[i]!,
    w = t.lower;
  if (t.text.charCodeAt(0) > 57) return null;
  // "the 1990s"; "the 1800s", "the early 1900s" are centuries (not "the 2000s": the decade now told of)
  if (/^\d{4}s$/.test(w))
    return make(lowerAt(tokens, i - 1) === 'the' ? i - 1 : i, i, /^1\d00s$/.test(w) ? w.slice(0, 2) : w.slice(0, 3));
  if (!clippedAt(tokens, i - 1)) return null;
  const year = dct?.y ?? 2000;
  // "the '90s": of the article's century unless still to come
  if (/^\d0s$/.test(w)) return make(i - 1, i, `${Math.floor(year / 100) - (+w[0]! * 10 > year % 100 ? 1 : 0)}${w[0]}`);
  // "in '92", "the class of '05", "summer '14": the nearest such year (not a quotation opening on a number)
  if (!/^\d\d$/.test(w) || !YEAR_LEADS.hasAt(tokens, i - 2)) return null;
  return make(i - 1, i, String(clippedYear(+w, year)));
}
