import { ORDINALS, MONTHS, SEASONS, UNITS, WEEKDAYS, PARTS_OF_DAY, isYear } from '../timeWords';
import {
  addDays, addMonths, daysBetween, daysInMonth, formatDate, formatMonth, formatWeek, parseDate, pad, quarterOf, resolveWeekday, weekday, type YMD,
} from '../timex';
import { futureAround, inTitle, lowerAt, pastAround, timeCandidate } from '../timeSupport';
import { NUMBER_START_WORDS, readNumber } from '../numberWords';
import { isPossessiveAt, TokenKind, type Token } from '../tokenize';
import { QuickMap, QuickSet } from '../quickSet';
import type { DocumentContext, Recognizer, TimeCandidate } from '../types';

// Dates as TempEval-3 annotates news: resolved against the article date where the text allows
// ("Tuesday" → 2022-03-29, "last month" → 2022-02), left underspecified where it does not
// (XXXX-03-29 without an article date), and PRESENT_REF / PAST_REF / FUTURE_REF for "now",
// "recently" and "the future".

const DEICTIC = new QuickMap<string>([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'],
]);
// "previously", "formerly", "soon" and a bare "future" are left out: TimeBank annotates them less
// often than not. A bare "current" is PRESENT_REF (below), not before a unit ("the current quarter").
const FREQUENCY = new QuickMap<string>([['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['hourly', 'PT1H'], ['nightly', 'P1D'], ['annually', 'P1Y'], ['yearly', 'P1Y']]);
const SPELLED_CENTURY = new QuickMap<number>([['nineteen', 19], ['eighteen', 18]]);
const DAY_OFFSETS = new QuickMap<number>([['today', 0], ['yesterday', -1], ['tomorrow', 1]]);
const RELATIVE = new QuickMap<number>([['last', -1], ['past', -1], ['previous', -1], ['this', 0], ['current', 0], ['next', 1], ['coming', 1]]);
const EDGE = new QuickSet(['early', 'late', 'mid', 'earlier', 'later', 'end', 'beginning', 'start', 'middle']);
const YEAR_CUES = new Set(['in', 'since', 'by', 'of', 'from', 'until', 'till', 'during', 'before', 'after', 'fiscal', 'year', 'early', 'late', 'mid', 'summer', 'spring', 'fall', 'autumn', 'winter', 'through', 'to', 'between', 'and', 'for', 'around', 'about', 'circa', 'throughout', 'the']);

// nouns that a four-digit number counts ("1999 people") rather than dates ("1992 protests")
/** Fixed and movable holidays of news calendars, by the year they fall in. */
const HOLIDAYS = new QuickMap<(y: number) => YMD>([
  ['christmas', (y) => ({ y, m: 12, d: 25 })],
  ['thanksgiving', (y) => resolveWeekday({ y, m: 11, d: 28 }, 4, 'past')], // the fourth Thursday: on or before Nov. 28
  ['halloween', (y) => ({ y, m: 10, d: 31 })],
]);

const PEOPLE = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'troops', 'cattle', 'soldiers', 'workers', 'employees', 'jobs', 'students', 'residents', 'refugees', 'members', 'officers', 'votes', 'voters', 'cars', 'vehicles', 'homes', 'houses', 'shares', 'copies', 'units', 'cases', 'deaths', 'patients', 'tons', 'tonnes', 'dollars', 'barrels', 'acres', 'feet', 'miles', 'meters', 'metres', 'points', 'seats', 'prisoners', 'civilians', 'families', 'delegates', 'participants', 'users', 'customers', 'visitors', 'pilgrims', 'demonstrators', 'protesters', 'rebels', 'fighters', 'militants', 'troopers', 'marines', 'sailors', 'passengers', 'flights', 'planes', 'ships', 'tanks', 'weapons', 'missiles', 'rockets', 'signatures', 'applications', 'complaints', 'arrests', 'items', 'pages', 'words']);
const COUNT_QUALIFIERS = new Set(['about', 'some', 'nearly', 'almost', 'around', 'over', 'than', 'least', 'approximately', 'roughly', 'estimated']);

/** a day of the month as an ordinal in digits: "25th", "1st" */
const ORDINAL_DAY = /^\d{1,2}(st|nd|rd|th)$/;

const DATE_TRIGGERS: ReadonlySet<string> = new Set([
  ...DEICTIC.keys(), ...DAY_OFFSETS.keys(), ...RELATIVE.keys(), ...EDGE, ...MONTHS.keys(), ...WEEKDAYS.keys(), ...ORDINALS.keys(), ...FREQUENCY.keys(),
  ...SPELLED_CENTURY.keys(), ...NUMBER_START_WORDS, ...HOLIDAYS.keys(), 'several', 'few', 'many', 'tonight', 'the', 'fiscal', 'weekend', 'year', 'that', 'recent', 'summer', 'winter', 'autumn',
]);
const THE_FOLLOWERS = new QuickSet(['past', 'future', 'near', 'short', 'full', 'following', 'preceding', 'recent', 'summer', 'winter', 'autumn', 'end', 'middle', 'beginning', 'start', 'fiscal', 'quarter', 'latest', 'year', 'week', 'weekend', 'day', ...ORDINALS.keys(), ...RELATIVE.keys(), ...EDGE]);
/** "the day before", "the day after": a day on from the date named before */
const DAY_STEP = new QuickMap<number>([['before', -1], ['after', 1]]);
const A_FOLLOWERS = new QuickSet([...UNITS.keys(), 'few', 'couple', 'dozen', 'hundred', 'thousand']);
/** the words before a bare season that make it a time ("during winter"; "the summer" needs none) */
const SEASON_CUES = new QuickSet(['in', 'during', 'over', 'through', 'throughout', 'since', 'until', 'by', 'early', 'late', 'mid']);
/** how many dates back "that year" looks for the one it means */
const ANCHOR_REACH = 8;
/** "the following year", "the previous day": how many units on from the date named before */
const ANAPHORIC_STEP = new QuickMap<number>([['following', 1], ['next', 1], ['previous', -1], ['preceding', -1]]);
/** the scales that may stand between digits and a unit: "1.5 million years ago" */
const SCALES_AFTER_DIGITS = new QuickSet(['hundred', 'thousand', 'million', 'billion']);
const THAT_FOLLOWERS = new QuickSet(['year', 'month', 'week', 'day', 'morning', 'afternoon', 'evening', 'night', 'same']);
/** the words that must follow the commonest triggers for a date to start there */
const followersOf = (w: string) => (w === 'the' ? THE_FOLLOWERS : w === 'a' || w === 'an' ? A_FOLLOWERS : w === 'that' ? THAT_FOLLOWERS : undefined);

/** "the end of late 2021" reads two edge prefixes; nothing in news stacks more */
const MAX_PREFIXES = 2;

/** builds a hit from token indices; one per recognize call */
type Make = (first: number, last: number, value: string, type?: TimeCandidate['time']['type']) => Hit;

interface Hit {
  candidate: TimeCandidate;
  last: number;
}

export class DateRecognizer implements Recognizer {
  readonly name = 'dates';
  readonly triggers = { words: DATE_TRIGGERS, digits: true };

  recognize(ctx: DocumentContext, starts: readonly number[]): TimeCandidate[] {
    const { text, tokens: all } = ctx;
    const make: Make = (first, last, value, type = 'DATE') => ({ candidate: timeCandidate(text, all, first, last, type, value), last });
    const out: TimeCandidate[] = [];
    const dct = parseDate(ctx.articleDate);
    const { tokens } = ctx;
    let done = -1;
    for (const i of starts) {
      if (i <= done) continue;
      const t = tokens[i]!;
      // the commonest triggers lead to a date only before a few words
      const needs = followersOf(t.lower);
      if (needs && !needs.hasAt(tokens, i + 1)) continue;
      const hit = this.at(ctx, i, dct, out, make);
      if (hit) {
        out.push(hit.candidate);
        done = hit.last;
      }
    }
    return out;
  }

  /**
   * before: the dates found so far in the paragraph, which "that year" and "the following day" refer to.
   * prefixes: how many edge words ("late", "the end of") already lead to i; at most MAX_PREFIXES are
   * read, so a run of them ("late late late …") costs constant look-ahead per start, not the run's length.
   */
  private at(ctx: DocumentContext, i: number, dct: YMD | null, before: readonly TimeCandidate[], make: Make, prefixes = 0): Hit | null {
    const { tokens } = ctx;
    const t = tokens[i];
    if (!t) return null; // "… in late", "the end of": a date word at the very end of the text
    const w = t.lower;

    if (t.kind === TokenKind.Number) return this.secondDay(tokens, i, before, make) ?? this.numeric(ctx, i, dct, make);
    if (NUMBER_START_WORDS.hasAt(tokens, i) || w === 'several' || w === 'few' || w === 'many') {
      const ago = this.ago(ctx, i, dct, make);
      if (ago) return ago;
    }
    if (FREQUENCY.hasAt(tokens, i) && t.text === w) return make(i, i, FREQUENCY.getAt(tokens, i)!, 'SET'); // not "Daily Mail"
    if (SPELLED_CENTURY.hasAt(tokens, i)) {
      const rest = readNumber(tokens, i + 1);
      if (rest && rest.value >= 10 && rest.value < 100 && !rest.digits) return make(i, rest.last, String(SPELLED_CENTURY.getAt(tokens, i)! * 100 + rest.value));
    }
    const digitLed = t.text.charCodeAt(0) <= 57;
    if (digitLed && ORDINAL_DAY.test(w) && lowerAt(tokens, i + 1) === 'century') {
      return make(lowerAt(tokens, i - 1) === 'the' ? i - 1 : i, i + 1, pad(parseInt(w, 10) - 1));
    }
    if (w === 'year' && lowerAt(tokens, i + 1) === 'two' && lowerAt(tokens, i + 2) === 'thousand') {
      const rest = readNumber(tokens, i + 3);
      const first = lowerAt(tokens, i - 1) === 'the' ? i - 1 : i;
      return rest && !rest.digits && rest.value < 100 && lowerAt(tokens, i + 3) !== 'and' ? make(first, rest.last, String(2000 + rest.value)) : make(first, i + 2, '2000');
    }
    // early in the week "the weekend" is the one just past
    const holiday = HOLIDAYS.getAt(tokens, i);
    if (holiday && /^[A-Z]/.test(t.text)) {
      const withDay = lowerAt(tokens, i + 1) === 'day' || lowerAt(tokens, i + 1) === 'eve' ? i + 1 : i;
      const year = dct ? this.inferYear(dct, holiday(dct.y).m, holiday(dct.y).d, futureAround(tokens, i)) : null;
      const date = year === null ? null : holiday(year);
      return make(i, withDay, date ? formatDate(lowerAt(tokens, i + 1) === 'eve' ? addDays(date, -1) : date) : 'XXXX-XX-XX');
    }
    // "year-end", "year end", "year's end"
    const endAt = w !== 'year' ? -1 : lowerAt(tokens, i + 1) === 'end' ? i + 1 : tokens[i + 1]?.text === '-' ? i + 2 : isPossessiveAt(tokens, i) ? i + 3 : -1;
    if (endAt > 0 && lowerAt(tokens, endAt) === 'end') return make(lowerAt(tokens, i - 1) === 'the' ? i - 1 : i, endAt, dct ? String(dct.y) : 'XXXX');
    // "the recent closing", "a recent filing": TimeBank's PAST_REF ("recent years" is a duration)
    if (w === 'recent' && !UNITS.hasAt(tokens, i + 1)) return make(i, i, 'PAST_REF');
    // "the summer", "into the early summer", "during winter": the last one, or the one under way
    const season = SEASONS.getAt(tokens, i);
    if (season && (w === 'summer' || w === 'winter' || w === 'autumn') && !inTitle(tokens, i) && (lowerAt(tokens, i - 1) === 'the' || SEASON_CUES.hasAt(tokens, i - 1))) {
      const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[season]!;
      const year = dct ? (dct.m >= start ? dct.y : dct.y - 1) : null;
      return make(lowerAt(tokens, i - 1) === 'the' ? i - 1 : i, i, year === null ? `XXXX-${season}` : `${year}-${season}`);
    }
    if (w === 'weekend' && lowerAt(tokens, i - 1) === 'the' && dct) {
      // early in the week "the weekend" is the one just past, unless the sentence looks ahead ("must leave by the weekend")
      const back = weekday(dct) <= 3 && !futureAround(tokens, i - 1);
      return make(i - 1, i, `${formatWeek(addDays(dct, back ? -7 : 0))}-WE`);
    }
    if (w === 'year' && tokens[i + 1]?.text === '-' && (lowerAt(tokens, i + 2) === 'earlier' || lowerAt(tokens, i + 2) === 'ago') && dct) {
      // "the year-earlier quarter": the same quarter a year before the one just reported
      const q = addMonths(dct, -15);
      const unit = ['quarter', 'period'].includes(lowerAt(tokens, i + 3)) ? i + 3 : i + 2;
      return make(lowerAt(tokens, i - 1) === 'the' ? i - 1 : i, unit, `${q.y}-Q${quarterOf(q)}`);
    }
    if (DEICTIC.hasAt(tokens, i)) {
      if (w === 'now' && lowerAt(tokens, i - 1) === 'right') return make(i - 1, i, 'PRESENT_REF');
      if (w === 'now' && tokens[i + 1]?.text === ',' && (i === 0 || /^[.!?"“”]$/.test(tokens[i - 1]!.text))) return null; // "Now, he says": a discourse marker
      return make(i, i, DEICTIC.getAt(tokens, i)!);
    }
    if (DAY_OFFSETS.hasAt(tokens, i)) {
      const day = dct ? formatDate(addDays(dct, DAY_OFFSETS.getAt(tokens, i)!)) : 'XXXX-XX-XX';
      const part = PARTS_OF_DAY.getAt(tokens, i + 1);
      if (part) return make(i, i + 1, `${day}T${part}`, 'TIME');
      return make(i, i, day);
    }
    if (w === 'tonight') return make(i, i, dct ? formatDate(dct) : 'XXXX-XX-XX'); // TimeBank: a DATE
    if (w === 'that' || (w === 'the' && ANAPHORIC_STEP.hasAt(tokens, i + 1))) return this.anaphoric(ctx, i, dct, before, make);
    // not before what it is the day before of: TimeBank marks "the day before the plunge" otherwise, if at all
    if (w === 'the' && lowerAt(tokens, i + 1) === 'day' && DAY_STEP.hasAt(tokens, i + 2) && (!tokens[i + 3] || tokens[i + 3]!.kind === TokenKind.Punct)) return this.dayOn(tokens, i, dct, before, make);
    if (w === 'the' || w === 'in') {
      const next = lowerAt(tokens, i + 1);
      const nextNext = lowerAt(tokens, i + 2);
      if (next === 'past' && !UNITS.has(nextNext) && !RELATIVE.has(nextNext) && !readNumber(tokens, i + 2)) return make(i, i + 1, 'PAST_REF');
      if (next === 'future') return make(i, i + 1, 'FUTURE_REF');
      if (w === 'the' && next === 'full' && nextNext === 'year') return make(i, i + 2, dct ? String(dct.y) : 'XXXX'); // "sales for the full year"
      if ((next === 'near' && nextNext === 'future') || ((next === 'near' || next === 'short') && nextNext === 'term')) return make(i, i + 2, 'FUTURE_REF');
      if (w === 'the' && (next === 'end' || next === 'middle' || next === 'beginning' || next === 'start') && lowerAt(tokens, i + 2) === 'of') {
        const inner = prefixes < MAX_PREFIXES ? this.at(ctx, i + 3, dct, before, make, prefixes + 1) : null;
        if (inner) return make(i, inner.last, inner.candidate.time.value);
        // "by the end of year", "the end of month": the current one, as with "the"
        const bare = lowerAt(tokens, i + 3);
        if ((bare === 'year' || bare === 'month') && tokens[i + 4]?.kind !== TokenKind.Number) return make(i, i + 3, !dct ? (bare === 'year' ? 'XXXX' : 'XXXX-XX') : bare === 'year' ? String(dct.y) : formatMonth(dct.y, dct.m));
      }
      if (w === 'the') {
        const q = this.quarter(ctx, i, i + 1, dct, make);
        if (q) return q;
        // "the year", "the week": the current one (TimeBank); "for the year" is a length
        if ((next === 'year' || next === 'week') && tokens[i + 2]?.text !== '-' && !readNumber(tokens, i + 2)) {
          if (lowerAt(tokens, i - 1) === 'for' && next === 'year') return make(i, i + 1, 'P1Y', 'DURATION');
          return make(i, i + 1, dct ? (next === 'year' ? String(dct.y) : formatWeek(dct)) : next === 'year' ? 'XXXX' : 'XXXX-WXX');
        }
        // "the end of the month" (reached from "the end of"; a bare "the month" is left alone)
        if (next === 'month' && lowerAt(tokens, i - 1) === 'of') return make(i, i + 1, dct ? formatMonth(dct.y, dct.m) : 'XXXX-XX');
      }
      return null;
    }
    if (EDGE.hasAt(tokens, i) && t.kind === TokenKind.Word) {
      // "early next year", "late November", "mid-1990s", "later this month": the edge joins the date
      const inner = prefixes < MAX_PREFIXES ? this.at(ctx, tokens[i + 1]?.text === '-' ? i + 2 : i + 1, dct, before, make, prefixes + 1) : null;
      if (inner && inner.candidate.time.value !== 'PRESENT_REF') return make(i, inner.last, inner.candidate.time.value);
      return null;
    }
    if (RELATIVE.hasAt(tokens, i)) return this.relative(ctx, i, dct, make);
    if (MONTHS.hasAt(tokens, i) && isMonthName(tokens, i)) return this.month(ctx, i, dct, make);
    if (WEEKDAYS.hasAt(tokens, i) && /^[A-Z]/.test(t.text) && (w.length > 3 || tokens[i + 1]?.text === '.')) return this.weekday(ctx, i, i, dct, 0, make);
    if (ORDINALS.hasAt(tokens, i) || w === 'fiscal') return this.quarter(ctx, i, i, dct, make);
    if (digitLed && /^\d{4}s$/.test(w)) return make(i, i, w.slice(0, 3)); // a decade: its first three digits (TimeML)
    const apostrophe = tokens[i - 1]?.text;
    if (digitLed && (apostrophe === "'" || apostrophe === '’') && tokens[i - 1]!.end === t.start && /^\d0s$/.test(w)) {
      // "the '90s": the decade of the article's century unless that is still to come
      const decade = +w[0]!, year = dct?.y ?? 2000;
      const century = Math.floor(year / 100) - (decade * 10 > year % 100 ? 1 : 0);
      return make(i - 1, i, `${century}${decade}`);
    }
    return null;
  }

  /**
   * "that year", "the following month", "the next day", "the previous week", "the following decade":
   * counted from the last date the paragraph named (TimeBank resolves them so), else from the article's date.
   */
  private anaphoric(ctx: DocumentContext, i: number, dct: YMD | null, before: readonly TimeCandidate[], make: (f: number, l: number, v: string) => Hit): Hit | null {
    const { tokens } = ctx;
    const step = tokens[i]!.lower === 'that' ? 0 : ANAPHORIC_STEP.getAt(tokens, i + 1)!;
    let u = step === 0 && lowerAt(tokens, i + 1) === 'same' ? i + 2 : i + 1;
    if (tokens[i]!.lower === 'the') u = i + 2;
    const unit = UNITS.getAt(tokens, u);
    const dayPart = PARTS_OF_DAY.hasAt(tokens, u); // "the next morning": that day, as TimeBank writes it
    if ((!unit || unit.plural || unit.time) && !dayPart) return null;
    // "that day" with no date before it is any day ("losses on trades made that day"); "the following year" the article's next
    const anchor = anchorOf(before, step === 0 ? null : dct);
    if (!anchor) return null;
    const letter = dayPart ? 'D' : unit!.letter;
    if (lowerAt(tokens, i + 1) === 'next' && letter !== 'D') return null; // "over the next year" counts from now
    const [y, m, d] = anchor.split('-').map(Number) as [number, number | undefined, number | undefined];
    if (letter === 'Y') return make(i, u, String(y + step));
    if (letter === 'DE') return make(i, u, String(Math.floor(y / 10) + step));
    if (letter === 'M' && m !== undefined) {
      const next = addMonths({ y, m, d: 1 }, step);
      return make(i, u, formatMonth(next.y, next.m));
    }
    if (d === undefined || m === undefined) return null;
    if (letter === 'D') return make(i, u, formatDate(addDays({ y, m, d }, step)));
    if (letter === 'W') return make(i, u, formatWeek(addDays({ y, m, d }, 7 * step)));
    return null;
  }

  /** "the day before", "the day after": a day on from the date named before, or from the article's date. */
  private dayOn(tokens: readonly Token[], i: number, dct: YMD | null, before: readonly TimeCandidate[], make: Make): Hit {
    const anchor = anchorOf(before, dct);
    const [y, m, d] = (anchor ?? '').split('-').map(Number);
    if (!anchor || d === undefined || m === undefined || y === undefined) return make(i, i + 2, 'XXXX-XX-XX');
    return make(i, i + 2, formatDate(addDays({ y, m, d }, DAY_STEP.getAt(tokens, i + 2)!)));
  }

  /** "last week", "this year", "next month", "last spring", "last Friday", "the past year" */
  private relative(ctx: DocumentContext, i: number, dct: YMD | null, make: (f: number, l: number, v: string, ty?: TimeCandidate['time']['type']) => Hit): Hit | null {
    const { tokens } = ctx;
    const dir = RELATIVE.getAt(tokens, i)!;
    const first = lowerAt(tokens, i - 1) === 'the' ? i - 1 : i;
    const unitWord = lowerAt(tokens, i + 1);
    if (WEEKDAYS.hasAt(tokens, i + 1) && unitWord.length > 3) return this.weekday(ctx, i + 1, first, dct, dir, make);
    const m = MONTHS.getAt(tokens, i + 1);
    if (m !== undefined && (unitWord.length > 3 || unitWord === 'may')) {
      const y = dct ? (dir < 0 ? (m < dct.m ? dct.y : dct.y - 1) : dir > 0 ? (m > dct.m ? dct.y : dct.y + 1) : dct.y) : null;
      return make(first, i + 1, y === null ? `XXXX-${pad(m)}` : formatMonth(y, m));
    }
    const season = SEASONS.getAt(tokens, i + 1);
    if (season) return make(first, i + 1, dct ? `${dct.y + (dir < 0 && season !== 'WI' ? -1 : dir > 0 ? 0 : 0)}-${season}` : `XXXX-${season}`);
    const u = lowerAt(tokens, i + 1) === 'fiscal' ? i + 2 : i + 1; // "the current fiscal year"
    const unit = UNITS.getAt(tokens, u);
    // a bare "current" ("current realities"): TimeBank's PRESENT_REF two times in three
    if (!unit && tokens[i]!.lower === 'current') return make(i, i, 'PRESENT_REF');
    if (!unit || unit.plural || unit.time || inTitle(tokens, u)) return null;
    if (!dct) return make(first, u, unit.letter === 'W' ? 'XXXX-WXX' : unit.letter === 'M' ? 'XXXX-XX' : 'XXXX');
    switch (unit.letter) {
      case 'D': return make(first, u, formatDate(addDays(dct, dir)));
      case 'W': return make(first, u, formatWeek(addDays(dct, 7 * dir)));
      case 'WE': return make(first, u, `${formatWeek(addDays(dct, 7 * dir))}-WE`);
      case 'M': {
        const m = addMonths(dct, dir);
        return make(first, u, formatMonth(m.y, m.m));
      }
      case 'Q': {
        const q = addMonths(dct, 3 * dir);
        return make(first, u, `${q.y}-Q${quarterOf(q)}`);
      }
      case 'Y': return this.yearsQuarter(ctx, first, u, dct.y + dir, dct, make) ?? make(first, u, String(dct.y + dir));
      case 'DE': return make(first, u, String(dct.y + 10 * dir).slice(0, 3));
      case 'CE': return make(first, u, String(Math.floor((dct.y - 1) / 100) + 1 + dir - 1).padStart(2, '0'));
      default: return null;
    }
  }

  /** "this year's third quarter", "last year's quarter": the quarter of that year (the latest one's number when none is given) */
  private yearsQuarter(ctx: DocumentContext, first: number, yearAt: number, year: number, dct: YMD, make: (f: number, l: number, v: string) => Hit): Hit | null {
    const { tokens } = ctx;
    if (!isPossessiveAt(tokens, yearAt)) return null;
    let k = yearAt + 3;
    const ord = ORDINALS.getAt(tokens, k);
    if (ord !== undefined) k++;
    if (lowerAt(tokens, k) !== 'quarter' || (ord !== undefined && ord > 4)) return null;
    return make(first, k, `${year}-Q${ord ?? quarterOf(addMonths(dct, -3))}`);
  }

  /** "Tuesday", "on Friday morning", "last Friday", "Sunday night" */
  private weekday(ctx: DocumentContext, i: number, first: number, dct: YMD | null, dir: number, make: (f: number, l: number, v: string, ty?: TimeCandidate['time']['type']) => Hit): Hit {
    const { tokens } = ctx;
    const day = WEEKDAYS.get(tokens[i]!.lower)!;
    const last = tokens[i + 1]?.text === '.' && tokens[i]!.text.length <= 4 ? i + 1 : i;
    let value: string;
    if (!dct) value = 'XXXX-XX-XX';
    else if (dir < 0) value = formatDate(resolveWeekday(addDays(dct, -1), day, 'past'));
    else if (dir > 0) value = formatDate(resolveWeekday(addDays(dct, 1), day, 'future'));
    else {
      // past tense by default; a day six days back that is also tomorrow is the coming one (TimeBank:
      // "Tuesday" in a Monday's news is the next day; "Friday" in a Wednesday's is the one just past)
      const ahead = (day - weekday(dct) + 7) % 7;
      const future = futureAround(tokens, first) || ahead === 1;
      value = formatDate(resolveWeekday(dct, day, future ? 'future' : 'past'));
    }
    const part = PARTS_OF_DAY.getAt(tokens, last + 1);
    // "Friday night": TimeBank mostly annotates the day, as a DATE
    if (part) return make(first, last + 1, value);
    return make(first, last, value);
  }

  /** "March 30, 2022", "March 30", "March 2022", "March", "30 March 2022" */
  private month(ctx: DocumentContext, i: number, dct: YMD | null, make: (f: number, l: number, v: string) => Hit): Hit | null {
    const { tokens } = ctx;
    const m = MONTHS.get(tokens[i]!.lower)!;
    // "Sept." keeps its period; "May." ends a sentence
    let last = tokens[i + 1]?.text === '.' && tokens[i]!.text.length <= 4 && !['may', 'june', 'july'].includes(tokens[i]!.lower) ? i + 1 : i;
    let day: number | null = null;
    const dayTok = tokens[last + 1];
    if (dayTok && dayTok.kind === TokenKind.Number && /^\d{1,2}$/.test(dayTok.text) && +dayTok.text >= 1 && +dayTok.text <= 31) {
      day = +dayTok.text;
      last += 1;
    } else if (dayTok && ORDINAL_DAY.test(dayTok.lower)) {
      day = parseInt(dayTok.text, 10);
      last += 1;
    } else if (dayTok && dayTok.kind === TokenKind.Word && !this.yearAfter(tokens, last)) {
      // the wire writes days in words: "March one", "May Five", "September one 1989" (not "March two years ago", "January nineteen ninety-seven")
      const n = readNumber(tokens, last + 1);
      if (n && !n.digits && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31 && !UNITS.hasAt(tokens, n.last + 1)) {
        day = n.value;
        last = n.last;
      }
    }
    const y = this.yearAfter(tokens, lowerAt(tokens, last + 1) === 'of' ? last + 1 : last) ?? this.relativeYearAfter(tokens, last, dct);
    if (y) last = y.last;
    // a day-first date: "30 March 2022", "1 May", "12th August", "the 12th of August"
    let first = i;
    const dayAt = lowerAt(tokens, i - 1) === 'of' && ORDINAL_DAY.test(lowerAt(tokens, i - 2)) ? i - 2 : i - 1;
    const before = tokens[dayAt];
    if (day === null && before && /^\d{1,2}(st|nd|rd|th)?$/.test(before.lower) && parseInt(before.text, 10) >= 1 && parseInt(before.text, 10) <= 31) {
      day = parseInt(before.text, 10);
      first = dayAt;
    }
    const year = y?.year ?? (dct ? this.inferYear(dct, m, day, futureAround(tokens, first), pastAround(tokens, first)) : null);
    if (day !== null && day > daysInMonth(y ? year : null, m)) return null; // "February 29, 2014", "April 31"
    const ys = year === null ? 'XXXX' : pad(year, 4);
    return make(first, last, day === null ? `${ys}-${pad(m)}` : `${ys}-${pad(m)}-${pad(day)}`);
  }

  /** "January this year", "June last year" */
  private relativeYearAfter(tokens: readonly Token[], last: number, dct: YMD | null): { year: number; last: number } | null {
    const dir = RELATIVE.getAt(tokens, last + 1);
    if (dir === undefined || lowerAt(tokens, last + 2) !== 'year' || !dct) return null;
    return { year: dct.y + dir, last: last + 2 };
  }

  private yearAfter(tokens: readonly Token[], last: number): { year: number; last: number } | null {
    const comma = tokens[last + 1]?.text === ',' ? 1 : 0;
    const yt = tokens[last + 1 + comma];
    if (yt && yt.kind === TokenKind.Number && isYear(yt.text)) return { year: +yt.text, last: last + 1 + comma };
    // "January nineteen ninety-seven"
    const century = SPELLED_CENTURY.get(yt?.lower ?? '');
    const rest = century ? readNumber(tokens, last + 2 + comma) : null;
    if (century && rest && !rest.digits && rest.value >= 10 && rest.value < 100) return { year: century * 100 + rest.value, last: rest.last };
    return null;
  }

  /**
   * A month without a year is the occurrence nearest the article date ("Jan. 2" in November is the
   * coming one, "December" in February the last one), weighted towards the past unless the sentence
   * looks ahead.
   */
  private inferYear(dct: YMD, m: number, day: number | null, future: boolean, past = false): number {
    let best = dct.y, bestDistance = Infinity;
    for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
      const d = daysBetween(dct, { y, m, d: day ?? 15 });
      // a clause told in the past never means a month to come ("prices fell in March", written in January)
      if (past && d > 0 && !(y === dct.y && m === dct.m)) continue;
      // news looks back more than ahead: a coming month must be twice as near to win; when the tense
      // looks ahead ("until Nov. 9" in March) a past one must be twice as near
      const distance = d === 0 ? 0 : d > 0 ? (future ? d : d * 2) : future ? -d * 2 : -d;
      if (distance < bestDistance) {
        best = y;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Years in date context, ISO dates, "N days ago" */
  /** "April 24 and 25": the second day of the month just named. */
  private secondDay(tokens: readonly Token[], i: number, before: readonly TimeCandidate[], make: (f: number, l: number, v: string) => Hit): Hit | null {
    const previous = before[before.length - 1];
    if (!previous || previous.end !== tokens[i - 2]?.end) return null; // most numbers: no date just before
    const day = /^\d{1,2}$/.test(tokens[i]!.text) ? +tokens[i]!.text : 0;
    if (day < 1 || day > 31 || !/^(and|or|to|through|-|–)$/.test(lowerAt(tokens, i - 1)) || UNITS.hasAt(tokens, i + 1) || MONTHS.hasAt(tokens, i + 1)) return null;
    const m = /^(\d{4}|XXXX)-(\d{2})-\d{2}$/.exec(previous.time.value);
    return m ? make(i, i, `${m[1]}-${m[2]}-${pad(day)}`) : null;
  }

  private numeric(ctx: DocumentContext, i: number, dct: YMD | null, make: (f: number, l: number, v: string) => Hit): Hit | null {
    const { tokens } = ctx;
    const t = tokens[i]!;
    const numeric = numericDate(tokens, i);
    if (numeric) return make(i, i + 4, numeric);
    const ago = this.ago(ctx, i, dct, make);
    if (ago) return ago;
    if (!isYear(t.text)) return null;
    // "the 1988 second quarter", "the 1988 quarter"
    const ord = ORDINALS.getAt(tokens, i + 1);
    const q = ord ? i + 2 : i + 1;
    if ((lowerAt(tokens, q) === 'quarter' || (!ord && ctx.quarterly && lowerAt(tokens, q) === 'period')) && (!ord || ord <= 4)) return make(lowerAt(tokens, i - 1) === 'the' ? i - 1 : i, q, `${t.text}-Q${ord ?? (dct ? quarterOf(addMonths(dct, -3)) : 'X')}`);
    if (!this.looksLikeYear(tokens, i)) return null;
    return make(lowerAt(tokens, i - 1) === 'fiscal' ? i - 1 : i, i, t.text);
  }

  /** "two weeks ago", "a year earlier", "three days later" */
  private ago(ctx: DocumentContext, i: number, dct: YMD | null, make: (f: number, l: number, v: string) => Hit): Hit | null {
    const { tokens } = ctx;
    const w = tokens[i]!.lower;
    // digits go on with a unit or a scale ("20 years ago", "1.5 million years ago"), not "43 diplomats"
    if (tokens[i]!.kind === TokenKind.Number && !UNITS.hasAt(tokens, i + 1) && !SCALES_AFTER_DIGITS.hasAt(tokens, i + 1)) return null;
    const vague = w === 'several' || w === 'few' || w === 'many' || (w === 'a' && lowerAt(tokens, i + 1) === 'few');
    const n = vague ? { value: NaN, last: w === 'a' ? i + 1 : i } : readNumber(tokens, i) ?? (w === 'a' || w === 'an' ? { value: 1, last: i } : null);
    if (!n) return null;
    const unit = UNITS.getAt(tokens, n.last + 1);
    const dirWord = lowerAt(tokens, n.last + 2);
    if (!unit || unit.time || !(dirWord === 'ago' || dirWord === 'earlier' || dirWord === 'later')) return null;
    const sign = dirWord === 'later' ? 1 : -1;
    const last = n.last + 2;
    // "nearly four years ago": the qualifier belongs to the date
    if (['nearly', 'almost', 'about', 'some', 'just', 'roughly', 'around'].includes(lowerAt(tokens, i - 1))) i--;
    if (vague) return sign < 0 ? make(i, last, 'PAST_REF') : null; // "a few days later" stays a duration
    // in quarterly reports "a year ago" is the year-ago quarter
    if (dct && unit.letter === 'Y' && n.value === 1 && ctx.quarterly) {
      const q = addMonths(dct, -15);
      return make(i, last, `${q.y}-Q${quarterOf(q)}`);
    }
    if (!dct) return make(i, last, unit.letter === 'Y' ? 'XXXX' : unit.letter === 'M' ? 'XXXX-XX' : 'XXXX-XX-XX');
    const k = sign * n.value;
    switch (unit.letter) {
      case 'D': return make(i, last, formatDate(addDays(dct, k)));
      case 'W': return make(i, last, formatWeek(addDays(dct, 7 * k)));
      case 'M': {
        const m = addMonths(dct, k);
        return make(i, last, formatMonth(m.y, m.m));
      }
      case 'Y': return make(i, last, String(dct.y + k));
      case 'DE': return make(i, last, String(dct.y + 10 * k));
      default: return null;
    }
  }

  private looksLikeYear(tokens: readonly Token[], i: number): boolean {
    const prev = tokens[i - 1], next = tokens[i + 1];
    if (next && PEOPLE.has(next.lower)) return false; // "1999 people"
    if (prev && COUNT_QUALIFIERS.has(prev.lower)) return false; // "about 2000"
    if (prev && (prev.text === '$' || prev.text === '€' || prev.text === '£')) return false;
    // the end of "2/30/2020" or "12-2020" (not "mid-1998"); but "2011-2012" is a range of two years, each one a date
    const yearBefore = tokens[i - 2] !== undefined && isYear(tokens[i - 2]!.text) && +tokens[i - 2]!.text < +tokens[i]!.text;
    if (prev && (prev.text === '/' || prev.text === '-') && prev.end === tokens[i]!.start && tokens[i - 2]?.kind === TokenKind.Number && !(prev.text === '-' && yearBefore)) return false;
    if (next && (next.lower === 'of' || next.lower === 'to' || UNITS.has(next.lower))) return !!prev && YEAR_CUES.has(prev.lower);
    return true;
  }

  /** "the third quarter", "third-quarter", "the fiscal first quarter", "the quarter", "the latest quarter" */
  private quarter(ctx: DocumentContext, first: number, i: number, dct: YMD | null, make: (f: number, l: number, v: string) => Hit): Hit | null {
    const { tokens } = ctx;
    let k = i;
    if (lowerAt(tokens, k) === 'fiscal') k++;
    const ord = ORDINALS.getAt(tokens, k);
    const latest = lowerAt(tokens, k) === 'latest' || lowerAt(tokens, k) === 'year-ago' || (lowerAt(tokens, k) === 'year' && tokens[k + 1]?.text === '-');
    if (ord && ord <= 4) {
      k++;
      if (tokens[k]?.text === '-') k++;
      // "the third quarter", "the second half of 2025"
      const half = lowerAt(tokens, k) === 'half' && ord <= 2;
      if (lowerAt(tokens, k) !== 'quarter' && !half) return null;
      const y = this.yearAfter(tokens, lowerAt(tokens, k + 1) === 'of' ? k + 1 : k);
      const current = dct ? (half ? (dct.m <= 6 ? 1 : 2) : quarterOf(dct)) : 0;
      const year = y?.year ?? (dct ? (ord > current && !futureAround(tokens, first) ? dct.y - 1 : dct.y) : undefined);
      return make(first, y?.last ?? k, `${year ?? 'XXXX'}-${half ? 'H' : 'Q'}${ord}`);
    }
    // "the latest period" is the latest quarter in earnings news
    const unitAfterLatest = lowerAt(tokens, k + 1) === 'quarter' || (lowerAt(tokens, k) === 'latest' && lowerAt(tokens, k + 1) === 'period');
    if (first < i && (lowerAt(tokens, k) === 'quarter' || (latest && unitAfterLatest))) {
      const last = lowerAt(tokens, k) === 'quarter' ? k : k + 1;
      if (!dct) return make(first, last, 'XXXX-QX');
      const prev = addMonths(dct, -3);
      return make(first, last, `${prev.y}-Q${quarterOf(prev)}`);
    }
    return null;
  }
}

/**
 * Dates written in numbers, five glued tokens: ISO "2022-03-30" (or "2013-2-7"), and "6/10/2018" or
 * "6/10/98" month first as in American news, day first when the first number cannot be a month.
 */
/** The date an anaphoric expression counts from: the nearest of the last few the paragraph named (so that one that never names a date stays linear), else the article's. */
function anchorOf(before: readonly TimeCandidate[], dct: YMD | null): string | null {
  for (let k = before.length - 1; k >= 0 && k >= before.length - ANCHOR_REACH; k--) if (/^\d{4}(-\d{2}){0,2}$/.test(before[k]!.time.value)) return before[k]!.time.value;
  return dct ? formatDate(dct) : null;
}

function numericDate(tokens: readonly Token[], i: number): string | null {
  const sep = tokens[i + 1]?.text;
  if (sep !== '-' && sep !== '/') return null; // most numbers: nothing to allocate
  const parts = [0, 2, 4].map((k) => tokens[i + k]);
  const seps = [tokens[i + 1]?.text, tokens[i + 3]?.text];
  if (parts.some((p) => !p || p.kind !== TokenKind.Number || !/^\d+$/.test(p.text)) || seps[0] !== seps[1] || (seps[0] !== '-' && seps[0] !== '/')) return null;
  for (let k = i; k < i + 4; k++) if (tokens[k]!.end !== tokens[k + 1]!.start) return null;
  const [a, b, c] = parts.map((p) => p!.text) as [string, string, string];
  let y: number, m: number, d: number;
  if (seps[0] === '-' && a.length === 4 && b.length <= 2 && c.length <= 2) [y, m, d] = [+a, +b, +c];
  else if (seps[0] === '/' && a.length <= 2 && b.length <= 2 && (c.length === 4 || c.length === 2)) {
    y = c.length === 4 ? +c : +c + (+c < 50 ? 2000 : 1900);
    [m, d] = +a > 12 ? [+b, +a] : [+a, +b];
  } else return null;
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

/** "year's": the word, an apostrophe, an s */

/** "May" and "March" are months only where a date can stand: capitalized, near a number or a date word. */
const DAY_WORDS = new QuickSet(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty']);

function isMonthName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^[A-Z]/.test(t.text)) return false;
  const next = tokens[i + 1];
  // "May 25", "May 25th"
  const dayAfter = !!next && next.start - t.end === 1 && (next.kind === TokenKind.Number ? next.end - next.start <= 2 : ORDINAL_DAY.test(next.lower));
  if (t.lower.length <= 3 && t.lower !== 'may' && next?.text !== '.' && !dayAfter) return false;
  if (t.lower !== 'may' && t.lower !== 'march') return true;
  const prev = tokens[i - 1];
  // "25 May", "25th May"; "April and May"
  const dayBefore = !!prev && (prev.kind === TokenKind.Number ? prev.end - prev.start <= 2 : ORDINAL_DAY.test(prev.lower));
  const listed = !!prev && (prev.lower === 'and' || prev.lower === 'or' || prev.text === ',') && MONTHS.hasAt(tokens, i - 2);
  // "March one", "May Five": a day in words after a capitalized month inside a sentence (the wire's style)
  const dayInWords = !!prev && !!next && next.kind === TokenKind.Word && DAY_WORDS.hasAt(tokens, i + 1);
  return next?.kind === TokenKind.Number || dayAfter || dayBefore || listed || dayInWords || ['in', 'since', 'until', 'last', 'next', 'this', 'early', 'late', 'mid', 'of', 'by', 'from', 'during', 'before', 'after', 'through', 'than'].includes(prev?.lower ?? '');
}
