// Dates relative to the article's or to one the paragraph named: "last week", "next month", "this
// year's third quarter", "last Friday", "Tuesday", "that year", "the following day", "the day before".
import { isYear, MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, ORDINALS, YEAR_KINDS } from '../../timeWords';
import {
  addDays,
  addMonths,
  ANCHOR_VALUE,
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
} from '../../timex';
import {
  absoluteClauseTense,
  inTitle,
  lowerAt,
  mainClauseTense,
  pastClauseBefore,
  pastVerbBefore,
  presentAround,
  tenseAround,
  willBefore,
} from '../../timeSupport';
import { isPossessiveAt, TokenKind, type Token } from '../../tokenize';
import { QuickMap } from '../../quickSet';
import type { TimeCandidate } from '../../types';
// a cycle with monthDay (which reads RELATIVE): both are only called, never run, at load
import { namedYearAfter } from './monthDay';
import type { DateScan, Hit } from './scan';

export const RELATIVE = new QuickMap<number>([
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['this', 0],
  ['current', 0],
  ['next', 1],
  ['coming', 1],
]);
/** "the following year", "the previous day": how many units on from the date named before */
export const ANAPHORIC_STEP = new QuickMap<number>([
  ['following', 1],
  ['next', 1],
  ['previous', -1],
  ['preceding', -1],
  ['same', 0], // "the same day": the one named before
]);
/** "the day before", "the day after": a day on from the date named before */
export const DAY_STEP = new QuickMap<number>([
  ['before', -1],
  ['after', 1],
]);
/** how many dates back "that year" looks for the one it means */
const ANCHOR_REACH = 8;

/** "this past spring" is the latest one over: this year's once its last month is (TimeBank) */
const SEASON_ENDS: Record<string, number> = { SP: 5, SU: 8, FA: 11 };

/** "last week", "this year", "next month", "last spring", "last Friday", "the past year" */
export function relative(s: DateScan, i: number): Hit | null {
  const { tokens, dct, make } = s;
  const past = tokens[i]!.lower === 'past',
    thisPast = past && lowerAt(tokens, i - 1) === 'this';
  const first = lowerAt(tokens, i - 1) === 'the' || thisPast ? i - 1 : i;
  const unitWord = lowerAt(tokens, i + 1);
  // "went on past Friday's deadline": before a day's possessive, a bare "past" is a preposition ("the
  // deadline is past Friday" is last Friday)
  if (past && first === i && WEEKDAYS.hasAt(tokens, i + 1) && isPossessiveAt(tokens, i + 1)) return null;
  const dir = RELATIVE.getAt(tokens, i)!;
  if (WEEKDAYS.hasAt(tokens, i + 1) && unitWord.length > 3) return weekdayDate(s, i + 1, first, dir);
  const m = MONTHS.getAt(tokens, i + 1);
  // ("this march", "last may" in lower case are a protest and a verb, not months)
  const monthWord = tokens[i + 1];
  const named =
    monthWord !== undefined &&
    (unitWord.length > 3 || unitWord === 'may') &&
    ((unitWord !== 'march' && unitWord !== 'may') || /^[A-Z]/.test(monthWord.text));
  if (m !== undefined && named) {
    // "introduced in Congress last February 19": a day of the month is the latest such day before the article's
    // (the next after it for "next"), not last year's month with a figure left over
    const day = dayOfMonthAt(tokens, i + 2, m);
    if (day !== null) {
      if (!dct) return make(first, i + 2, `XXXX-${pad(m)}-${pad(day)}`);
      const sign = Math.sign(m - dct.m || day - dct.d); // the day against the article's, in the calendar
      const y = dir < 0 && sign >= 0 ? dct.y - 1 : dir > 0 && sign <= 0 ? dct.y + 1 : dct.y;
      return make(first, i + 2, formatDate({ y, m, d: day }));
    }
    // "last February" on March 1 is a year back: the month just ended is "last month" (not "this past February")
    const latest = dct ? dct.m - (tokens[i]!.lower === 'last' ? 1 : 0) : 0;
    const y = dct
      ? dir < 0
        ? m < latest
          ? dct.y
          : dct.y - 1
        : dir > 0
          ? m > dct.m
            ? dct.y
            : dct.y + 1
          : dct.y
      : null;
    return make(first, i + 1, y === null ? `XXXX-${pad(m)}` : formatMonth(y, m));
  }
  const season = SEASONS.getAt(tokens, i + 1);
  // "last summer" is last year's; "last winter" keeps the article's year, as TimeBank writes it
  if (season && dct && thisPast && season !== 'WI')
    return make(first, i + 1, `${dct.m > SEASON_ENDS[season]! ? dct.y : dct.y - 1}-${season}`);
  if (season)
    return make(first, i + 1, dct ? `${dct.y + (dir < 0 && season !== 'WI' ? -1 : 0)}-${season}` : `XXXX-${season}`);
  // "the current fiscal year", "the current fiscal quarter", "this school year"
  const kind = lowerAt(tokens, i + 1);
  const u = kind === 'fiscal' || (YEAR_KINDS.has(kind) && lowerAt(tokens, i + 2) === 'year') ? i + 2 : i + 1;
  const unit = UNITS.getAt(tokens, u);
  // a bare "current" ("current realities", "its current source") modifies a noun and names no time:
  // TempEval-3's annotators leave it out (TimeBank marked it two times in three)
  // "in the past hour", "over the next minute": a length of one unit of the clock, as TimeML writes it
  // (not the idiom "at the last minute", nor one hour of something: "the last hour of trading")
  if (unit && unit.time && !unit.plural && first < i && dir !== 0 && !inTitle(tokens, u))
    return lowerAt(tokens, first - 1) === 'at' || lowerAt(tokens, u + 1) === 'of'
      ? null
      : make(first, u, `PT1${unit.letter}`, 'DURATION');
  if (!unit || unit.plural || unit.time || inTitle(tokens, u)) return null;
  // "the next fortnight", "the last fortnight": two weeks on from now or back, no week of the calendar
  if (lowerAt(tokens, u) === 'fortnight' && dir !== 0) return make(first, u, 'P2W', 'DURATION');
  // "the last day" is the final one of something ("the last day of the session", "the last day to
  // register"): yesterday is "yesterday" in news ("the past day" stays the day behind)
  if (unit.letter === 'D' && tokens[i]!.lower === 'last') return null;
  if (!dct) return make(first, u, unit.letter === 'W' ? 'XXXX-WXX' : unit.letter === 'M' ? 'XXXX-XX' : 'XXXX');
  switch (unit.letter) {
    case 'D':
      return make(first, u, formatDate(addDays(dct, dir)));
    case 'W':
      return make(first, u, formatWeek(addDays(dct, 7 * dir)));
    case 'WE': {
      // "anticipated an announcement this weekend", told on a Monday: early in the week the past tense means the
      // weekend just over, as with "the weekend"
      const tense = dir === 0 && weekday(dct) <= 3 ? tenseAround(tokens, first, u) : 'future';
      const over = tense === 'past' || (tense === null && pastVerbBefore(tokens, first));
      return make(first, u, `${formatWeek(addDays(dct, over ? -7 : 7 * dir))}-WE`);
    }
    case 'M': {
      const m = addMonths(dct, dir);
      return make(first, u, formatMonth(m.y, m.m));
    }
    case 'Q': {
      const q = addMonths(dct, 3 * dir);
      return make(first, u, `${q.y}-Q${quarterOf(q)}`);
    }
    case 'Y':
      return yearsQuarter(s, first, u, dct.y + dir, dct) ?? make(first, u, String(dct.y + dir));
    case 'DE':
      return make(first, u, String(dct.y + 10 * dir).slice(0, 3));
    case 'CE':
      return make(first, u, String(Math.floor((dct.y - 1) / 100) + 1 + dir - 1).padStart(2, '0'));
    default:
      return null;
  }
}

/** The day of month m written as a figure at token k ("February 19"), unless it counts what follows ("last May 12 people died"). */
function dayOfMonthAt(tokens: readonly Token[], k: number, m: number): number | null {
  const t = tokens[k];
  if (!t || t.kind !== TokenKind.Number || !/^\d{1,2}$/.test(t.text) || t.start !== tokens[k - 1]!.end + 1) return null;
  const next = tokens[k + 1];
  if (next && next.kind === TokenKind.Word && /^[a-z]/.test(next.text) && !TIME_AFTER_DAY.has(next.lower)) return null;
  return +t.text >= 1 && +t.text <= daysInMonth(null, m) ? +t.text : null;
}
/** what may follow a day of the month ("last February 19 and 20", "on May 1 at noon") */
const TIME_AFTER_DAY = new Set(['and', 'or', 'to', 'at', 'in', 'when', 'after', 'before', 'from', 'until', 'by']);

/** "this year's third quarter", "last year's quarter": the quarter of that year (the latest one's number when none is given) */
function yearsQuarter(s: DateScan, first: number, yearAt: number, year: number, dct: YMD): Hit | null {
  const { tokens, make } = s;
  if (!isPossessiveAt(tokens, yearAt)) return null;
  let k = yearAt + 3;
  const ord = ORDINALS.getAt(tokens, k);
  if (ord !== undefined) k++;
  if (lowerAt(tokens, k) !== 'quarter' || (ord !== undefined && ord > 4)) return null;
  return make(first, k, `${year}-Q${ord ?? quarterOf(addMonths(dct, -3))}`);
}

/**
 * The day of a weekday just before the one at `first`, joined to it by "and" or "or" ("late Thursday or
 * early Friday", "on Monday and Tuesday"): the second is counted from the first, whatever the tense told
 * of it; or the start of a range the one at `first` ends (`range`: "Tuesday to Thursday").
 */
function coordinatedDay(s: DateScan, first: number): { day: YMD; range: boolean } | null {
  const previous = s.before.at(-1);
  const day = previous && /^(\d{4})-(\d{2})-(\d{2})$/.exec(previous.time.value);
  if (!day || !WEEKDAYS.has(previous.text.split(/\s+/).at(-1)!.replace(/\.$/, '').toLowerCase())) return null;
  const gap = s.ctx.text.slice(previous.end, s.tokens[first]!.start);
  const range = RANGE_GAP.test(gap);
  return range || COORDINATION_GAP.test(gap) ? { day: { y: +day[1]!, m: +day[2]!, d: +day[3]! }, range } : null;
}
const COORDINATED_REACH = 4;
const COORDINATION_GAP = /^,?\s+(?:and|or)\s+(?:(?:late|early|on)\s+)*$/i;
/** what ends a range of days: "Tuesday to Thursday", "Monday-Friday", "opens Tuesday and runs through Thursday" */
const RANGE_GAP = /^\s*(?:-|–|\s(?:to|through|until|till)\s)\s*$|^,?\s+and\s+[a-z]+\s+(?:to|through|until|till)\s+$/i;

/** Whether "week" in lower case ends a phrase at token k: "by Monday week." */
const weekAfter = (tokens: readonly Token[], k: number) => {
  const next = tokens[k + 1];
  return tokens[k]?.text === 'week' && (!next || (next.kind === TokenKind.Punct && next.text !== '-'));
};

/** "Tuesday", "on Friday morning", "last Friday" (dir -1), "next Monday" (dir 1), "Sunday night" */
export function weekdayDate(s: DateScan, i: number, first: number, dir: number): Hit {
  const { tokens, dct, make } = s;
  const day = WEEKDAYS.get(tokens[i]!.lower)!;
  const last = tokens[i + 1]?.text === '.' && tokens[i]!.text.length <= 4 ? i + 1 : i;
  const partner = dir === 0 ? coordinatedDay(s, first) : null;
  let value: string;
  if (!dct) value = 'XXXX-XX-XX';
  else if (partner && !partner.range) {
    // told in order, a few days on ("Thursday or Friday", "Monday and Friday"); else the day before ("made Friday and Thursday")
    const on = (day - weekday(partner.day) + 7) % 7;
    value = formatDate(addDays(partner.day, on <= COORDINATED_REACH ? on : on - 7));
  } else if (dir < 0) value = formatDate(resolveWeekday(addDays(dct, -1), day, 'past'));
  else if (dir > 0) value = formatDate(resolveWeekday(addDays(dct, 1), day, 'future'));
  else {
    // past tense by default; a day six days back that is also tomorrow is the coming one (TimeBank:
    // "Tuesday" in a Monday's news is the next day; "Friday" in a Wednesday's is the one just past)
    const ahead = (day - weekday(dct) + 7) % 7;
    // told in the present of what is scheduled ("opens on Thursday"): ahead, or today when it is that day
    // a past tense ("the market closed Wednesday", "police arrested five men on Thursday" told on a
    // Wednesday) wins over the present and over tomorrow (a dateline a day after the story's date is
    // read by annotate, which then resolves from the dateline's day)
    // (a past verb further back in the clause tells it too: "police arrested five men on Thursday")
    // ("despite Sunday's by-election defeat", "after Friday's fall": a day's event that something follows lies behind)
    // ("Sony completed its offer, with holders tendering shares by the Tuesday deadline": an absolute clause's time
    // has the main clause's tense)
    const tense =
      AFTERMATH.has(lowerAt(tokens, first - 1)) && isPossessiveAt(tokens, last)
        ? 'past'
        : (absoluteClauseTense(tokens, first) ??
          tenseAround(tokens, first, last) ??
          (pastClauseBefore(tokens, first) ? 'past' : null));
    // ("Starting Monday, shops must close early": the start of what is told, unless a past follows: "The
    // strike, starting Monday, paralysed the port")
    // ("Banks remain shut up to and including Wednesday": so is the end of a span told from now, unless a past
    // tells it: "sales through Friday rose", "banks remained shut through Wednesday")
    const aheadUntold =
      presentAround(tokens, first) ||
      ((STARTING.has(lowerAt(tokens, first - 1)) ||
        (spanEndBefore(tokens, first) && !pastVerbBefore(tokens, first - 1))) &&
        mainClauseTense(tokens, last + 1) !== 'past');
    // (a "will" or a present prospect further back than the tense is read: "are expected to come to $0.67 a
    // share in Thursday afternoon's report")
    const future =
      tense === 'future' ||
      (ahead === 1 && tense !== 'past') ||
      (tense === null && ahead !== 0 && (aheadUntold || willBefore(tokens, first)));
    // "gave a target date of this Friday", told on a Tuesday: the day of the article's week, whatever the verb's
    // tense (the next week's when the day is behind and the clause looks ahead)
    const ofThisWeek = first === i - 1 && tokens[first]!.lower === 'this' ? addDays(dct, day - weekday(dct)) : null;
    value = formatDate(
      ofThisWeek
        ? future && day < weekday(dct)
          ? addDays(ofThisWeek, 7)
          : ofThisWeek
        : resolveWeekday(dct, day, future ? 'future' : 'past'),
    );
    // a range's end lies after its start ("runs from Tuesday to Thursday", told on a Wednesday: the coming
    // Thursday after the coming Tuesday), unless told in the past, where the start would be the one to move
    const start = partner?.day;
    if (start && value < formatDate(start) && tense !== 'past')
      value = formatDate(addDays(start, (day - weekday(start) + 7) % 7 || 7));
  }
  // "Monday week" (British): a week after the coming Monday; not "Monday Week", a name, nor "Monday week-long"
  if (dct && dir === 0 && weekAfter(tokens, last + 1))
    return make(first, last + 1, formatDate(addDays(resolveWeekday(addDays(dct, 1), day, 'future'), 7)));
  // "Friday night": TimeBank mostly annotates the day, as a DATE
  return make(first, PARTS_OF_DAY.getAt(tokens, last + 1) ? last + 1 : last, value);
}

/** what follows an event or goes against it, which then lies behind: "despite Sunday's defeat", "after Friday's fall" */
const AFTERMATH = new Set(['despite', 'after', 'following', 'since', 'amid']);

/** kinds of day between an anaphor and "day": "the previous business day" */
const DAY_KINDS = new Set(['business', 'trading', 'working']);

/** what starts something from a day: "starting Monday", "beginning Friday" */
const STARTING = new Set(['starting', 'beginning']);

/** Whether the day at token first ends a span: "through Wednesday", "up to Wednesday", "up to and including Wednesday". */
function spanEndBefore(tokens: readonly Token[], first: number): boolean {
  const prev = lowerAt(tokens, first - 1);
  if (prev === 'through') return true;
  const to = prev === 'including' && lowerAt(tokens, first - 2) === 'and' ? first - 3 : first - 1;
  return lowerAt(tokens, to) === 'to' && lowerAt(tokens, to - 1) === 'up';
}

/**
 * "that year", "the same day", "the following month", "the next day", "the previous week", "the following decade":
 * counted from the last date the paragraph named (TimeBank resolves them so), else from the article's date.
 */
export function anaphoric(s: DateScan, i: number): Hit | null {
  const { tokens, dct, before, make } = s;
  const step = tokens[i]!.lower === 'that' ? 0 : ANAPHORIC_STEP.getAt(tokens, i + 1)!;
  let u = step === 0 && lowerAt(tokens, i + 1) === 'same' ? i + 2 : i + 1;
  if (tokens[i]!.lower === 'the') u = i + 2;
  // "the previous business day", "the next trading day": a day of the calendar, as near as the text tells
  if (DAY_KINDS.has(lowerAt(tokens, u)) && lowerAt(tokens, u + 1) === 'day') u++;
  if (step !== 0 && WEEKDAYS.hasAt(tokens, u)) return weekdayFromAnchor(s, i, u, step);
  // "the same quarter last year", "the same period a year earlier": the quarter named before, a year before it (or
  // in the year named: "the same quarter of 1988")
  if (lowerAt(tokens, i + 1) === 'same' && (lowerAt(tokens, u) === 'quarter' || lowerAt(tokens, u) === 'period')) {
    const q = lastQuarterNamed(before);
    const other = q && yearOfSame(tokens, u, dct, q.y);
    if (other) return make(i, other.last, `${other.year}-Q${q!.q}`);
  }
  const unit = UNITS.getAt(tokens, u);
  const dayPart = PARTS_OF_DAY.hasAt(tokens, u); // "the next morning": that day, as TimeBank writes it
  if ((!unit || unit.plural || unit.time) && !dayPart) return null;
  // "that day" with no date before it is any day ("losses on trades made that day"); "the following year" the article's next
  if (tokens[u + 1]?.text === '-') return null; // "the same year-ago period": a compound the quarters read
  const letter = dayPart ? 'D' : unit!.letter;
  // "that quarter", "the following quarter": from the quarter the paragraph named last
  if (letter === 'Q') {
    const q = lastQuarterNamed(before);
    if (!q) return null;
    const n = q.y * 4 + q.q - 1 + step;
    return make(i, u, `${Math.floor(n / 4)}-Q${(n % 4) + 1}`);
  }
  // ("In the 1970s …; the following decade": a decade named before is an anchor too; a day or a week counts from
  // the day named last, past a year named since: "in the week ended February 26, of the 1986/87 season, … the
  // previous week")
  const named =
    ((letter === 'D' || letter === 'W') && lastDayNamed(before)) ||
    anchorOf(before, step === 0 ? null : dct, s.ctx.carried, letter === 'DE');
  const anchor = letter === 'D' && step === 0 ? toldDayAnchor(s, i, named) : named;
  if (!anchor) return null;
  if (lowerAt(tokens, i + 1) === 'next' && letter !== 'D') return null; // "over the next year" counts from now
  const [y, m, d] = anchor.split('-').map(Number) as [number, number | undefined, number | undefined];
  // "the same month last year", "the same day in 1995": the day or month named before, in another year (a year
  // before its own for "last year": "December sales fell from the same month last year", told in January)
  const other = lowerAt(tokens, i + 1) === 'same' && letter !== 'Y' ? yearOfSame(tokens, u, dct, y) : null;
  const last = other?.last ?? u;
  if (letter === 'Y') return make(i, last, String(y + step));
  if (letter === 'DE') return make(i, last, String((anchor.length === 3 ? y : Math.floor(y / 10)) + step));
  if (letter === 'M' && m !== undefined) {
    const next = addMonths({ y: other?.year ?? y, m, d: 1 }, step);
    return make(i, last, formatMonth(next.y, next.m));
  }
  if (d === undefined || m === undefined) return null;
  if (other) return d <= daysInMonth(other.year, m) ? make(i, last, formatDate({ y: other.year, m, d })) : null;
  if (letter === 'D') return make(i, last, formatDate(addDays({ y, m, d }, step)));
  if (letter === 'W') return make(i, last, formatWeek(addDays({ y, m, d }, 7 * step)));
  return null;
}

/**
 * "down from the previous Friday" after "closed … on Friday", "the following Monday" after "March 3": the
 * weekday before or after the day the paragraph named last (null with no day named for "the following":
 * left to the weekday alone).
 */
function weekdayFromAnchor(s: DateScan, first: number, u: number, step: number): Hit | null {
  const { tokens, before, dct, make } = s;
  const named = lastDayNamed(before);
  let anchor = named ? parseDate(named) : null;
  // (no day named: "the previous Friday" is the one before the Friday just past, which the story tells of)
  if (!anchor && step < 0 && dct) anchor = resolveWeekday(addDays(dct, -1), WEEKDAYS.getAt(tokens, u)!, 'past');
  if (!anchor) return null;
  const last = tokens[u + 1]?.text === '.' && tokens[u]!.text.length <= 4 ? u + 1 : u;
  const day = resolveWeekday(addDays(anchor, step), WEEKDAYS.getAt(tokens, u)!, step < 0 ? 'past' : 'future');
  return make(first, last, formatDate(day));
}

/** The last token of "last year", "a year earlier", "a year ago" after token u (a year back from the time named), else 0. */
function yearBackAfter(tokens: readonly Token[], u: number): number {
  if (lowerAt(tokens, u + 1) === 'last' && lowerAt(tokens, u + 2) === 'year') return u + 2;
  return lowerAt(tokens, u + 1) === 'a' && lowerAt(tokens, u + 2) === 'year' && YEAR_AGO.test(lowerAt(tokens, u + 3))
    ? u + 3
    : 0;
}

/**
 * The other year of "the same month last year", "the same day in 1995", where the time named before fell in
 * `namedYear`: "last year", "a year earlier" count back from that year, not from the article's.
 */
function yearOfSame(
  tokens: readonly Token[],
  u: number,
  dct: YMD | null,
  namedYear: number,
): { year: number; last: number } | null {
  const back = yearBackAfter(tokens, u);
  if (back) return { year: namedYear - 1, last: back };
  if (lowerAt(tokens, u + 1) === 'in' && isYear(tokens[u + 2]?.text ?? ''))
    return { year: +tokens[u + 2]!.text, last: u + 2 };
  return namedYearAfter(tokens, u, dct);
}

/** The year and number of the last quarter the paragraph named ("1989-Q1"), if any among the last few dates. */
export function lastQuarterNamed(before: readonly TimeCandidate[]): { y: number; q: number } | null {
  for (let k = before.length - 1; k >= 0 && k >= before.length - QUARTER_REACH; k--) {
    const c = before[k]!;
    const m = /^(\d{4})-Q([1-4])$/.exec(c.time.value);
    // (a year-ago quarter named before is no quarter of the report: "a year ago … compared with … a year earlier")
    if (m && !YEAR_AGO.test(c.text)) return { y: +m[1]!, q: +m[2]! };
  }
  return null;
}
const QUARTER_REACH = 4;
/** a time told back from another: "a year ago", "a year earlier" */
export const YEAR_AGO = /\b(?:ago|earlier)$/i;
/** "the day before", "the day after", "(later) in the day": a day on from the date named before, or from the article's date. */
export function dayOn(s: DateScan, i: number, last: number, step: number): Hit {
  const { dct, before, make } = s;
  const anchor = toldDayAnchor(s, i, lastDayNamed(before) ?? anchorOf(before, dct, s.ctx.carried));
  const [y, m, d] = (anchor ?? '').split('-').map(Number);
  if (!anchor || d === undefined || m === undefined || y === undefined) return make(i, last, 'XXXX-XX-XX');
  return make(i, last, formatDate(addDays({ y, m, d }, step)));
}

/**
 * The day "in the day" or "that day" is counted from: the date named before, unless a past tells of it and that
 * date lies after the story's ('"… by Monday," he said earlier in the day' is the story's day).
 */
function toldDayAnchor(s: DateScan, i: number, anchor: string | null): string | null {
  if (!anchor || !s.dct) return anchor;
  const today = formatDate(s.dct);
  return anchor > today && pastVerbBefore(s.tokens, i) ? today : anchor;
}

/** The day the paragraph named last, a few times back at most, whatever coarser times were named since. */
function lastDayNamed(before: readonly TimeCandidate[]): string | null {
  for (let k = before.length - 1; k >= 0 && k >= before.length - ANCHOR_REACH; k--)
    if (isDayValue(before[k]!.time.value)) return before[k]!.time.value;
  return null;
}

/**
 * The date an anaphoric expression counts from: the nearest of the last few the paragraph named (so that one that
 * never names a date stays linear), else the one the paragraph before named last (`carried`), else the article's
 * (`dct`; null for none).
 */
export function anchorOf(
  before: readonly TimeCandidate[],
  dct: YMD | null,
  carried: string | null | undefined,
  decades = false,
): string | null {
  for (let k = before.length - 1; k >= 0 && k >= before.length - ANCHOR_REACH; k--) {
    const value = before[k]!.time.value;
    if (ANCHOR_VALUE.test(value) || (decades && /^\d{3}$/.test(value))) return value;
  }
  return carried ?? (dct ? formatDate(dct) : null);
}
