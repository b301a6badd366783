// Dates led by numbers: "2022-03-30", "6/10/98", "1998", "the 1988 second quarter", and spans back or
// on from the article date: "two weeks ago", "a year earlier", "three days later".
import { ORDINALS, UNITS, YEAR_READINGS, isYear } from '../../timeWords';
import { addDays, addMonths, daysInMonth, formatDate, formatMonth, formatWeek, pad, quarterOf } from '../../timex';
import { lowerAt, unitAloneAfter } from '../../timeSupport';
import { readNumber } from '../../numberWords';
import { hoursFigureAt } from '../TimeOfDayRecognizer';
import { amountUnitAt, PRICE_MOVES } from '../../quantityUnits';
import { crossesSentenceEnd } from '../../sentences';
import { TokenKind, type Token } from '../../tokenize';
import { QuickSet } from '../../quickSet';
import type { DateScan, Hit } from './scan';
import { anchorOf, lastQuarterNamed, YEAR_AGO } from './relative';

/** words before a four-digit year that make it one even before "of", "to" or a unit ("in 1998 to …", "notes due 1994 of Holiday Inns") */
const YEAR_CUES = new Set([
  'in',
  'due',
  'since',
  'by',
  'of',
  'from',
  'until',
  'till',
  'during',
  'before',
  'after',
  'fiscal',
  'year',
  'early',
  'late',
  'mid',
  'summer',
  'spring',
  'fall',
  'autumn',
  'winter',
  'through',
  'to',
  'between',
  'and',
  'for',
  'around',
  'about',
  'circa',
  'throughout',
  'the',
]);
/** nouns that a four-digit number counts ("1999 people") rather than dates ("1992 protests") */
const PEOPLE = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'staff',
  'personnel',
  'troops',
  'cattle',
  'soldiers',
  'workers',
  'employees',
  'jobs',
  'students',
  'residents',
  'refugees',
  'members',
  'officers',
  'votes',
  'voters',
  'cars',
  'vehicles',
  'homes',
  'houses',
  'shares',
  'copies',
  'units',
  'cases',
  'deaths',
  'patients',
  'tons',
  'tonnes',
  'dollars',
  'barrels',
  'acres',
  'feet',
  'miles',
  'meters',
  'metres',
  'points',
  'seats',
  'prisoners',
  'civilians',
  'families',
  'delegates',
  'participants',
  'users',
  'customers',
  'visitors',
  'pilgrims',
  'demonstrators',
  'protesters',
  'rebels',
  'fighters',
  'militants',
  'troopers',
  'marines',
  'sailors',
  'passengers',
  'flights',
  'planes',
  'ships',
  'tanks',
  'weapons',
  'missiles',
  'rockets',
  'signatures',
  'applications',
  'complaints',
  'arrests',
  'items',
  'pages',
  'words',
]);
const COUNT_QUALIFIERS = new Set([
  'about',
  'some',
  'nearly',
  'almost',
  'around',
  'over',
  'than',
  'least',
  'approximately',
  'roughly',
  'estimated',
]);
const TIME_COMPARATIVES = new Set(['later', 'earlier', 'sooner']);
/** names given a number: a union's local, a flight, a road, a room */
const NUMBERED_NAMES = new Set(['local', 'flight', 'route', 'highway', 'interstate', 'room', 'suite', 'gate', 'pier']);
/** the scales that may stand between digits and a unit: "1.5 million years ago" */
const SCALES_AFTER_DIGITS = new QuickSet(['hundred', 'thousand', 'million', 'billion']);
/** words before "N years ago" that belong to the date: "nearly four years ago" */
const AGO_QUALIFIERS = new Set(['nearly', 'almost', 'about', 'some', 'just', 'roughly', 'around', 'over']);
/** what "than" or "least" makes a qualifier of two words: "more than forty years ago", "at least a year ago" */
const TWO_WORD_QUALIFIERS = new Map([
  ['than', new Set(['more', 'less'])],
  ['least', new Set(['at'])],
]);
/** Where the expression whose figure stands at token i starts: at its qualifier, of one word or two, if any. */
function qualifierStart(tokens: readonly Token[], i: number): number {
  if (AGO_QUALIFIERS.has(lowerAt(tokens, i - 1))) return i - 1;
  return TWO_WORD_QUALIFIERS.get(lowerAt(tokens, i - 1))?.has(lowerAt(tokens, i - 2)) ? i - 2 : i;
}
/** what counts a length on from a time told before, as "later" does: "two years afterward" */
const AFTERWARD = new Set(['afterward', 'afterwards']);

/** A date that starts with digits at token i. */
export function numeric(s: DateScan, i: number): Hit | null {
  const { ctx, tokens, dct, make } = s;
  const t = tokens[i]!;
  const written = numericDate(tokens, i);
  if (written) return make(i, i + 4, written);
  const span = ago(s, i);
  if (span) return span;
  // "the 2012-13 season", "fiscal 2013-14", "the 1986/87 crop": the second year of a range, written with its last two digits
  const year = tokens[i - 2],
    hyphen = tokens[i - 1];
  if (
    t.text.length === 2 &&
    year !== undefined &&
    isYear(year.text) &&
    (hyphen!.text === '-' || hyphen!.text === '/') &&
    hyphen!.start === year.end &&
    hyphen!.end === t.start &&
    (+year.text + 1) % 100 === +t.text
  )
    return make(i, i, String(+year.text + 1));
  if (!isYear(t.text) && !olderYear(tokens, i)) return null;
  // "the 1988 second quarter", "the 1988 quarter"
  const ord = ORDINALS.getAt(tokens, i + 1);
  const q = ord ? i + 2 : i + 1;
  if (
    (lowerAt(tokens, q) === 'quarter' || (!ord && ctx.quarterly && lowerAt(tokens, q) === 'period')) &&
    (!ord || ord <= 4)
  )
    return make(
      lowerAt(tokens, i - 1) === 'the' ? i - 1 : i,
      q,
      `${t.text}-Q${ord ?? (dct ? quarterOf(addMonths(dct, -3)) : 'X')}`,
    );
  if (!looksLikeYear(tokens, i)) return null;
  // "fiscal 1989", "fiscal year 2013": the whole name of a fiscal year, as TimeBank writes it
  const yearWord = lowerAt(tokens, i - 1) === 'year' ? i - 1 : i;
  const named = lowerAt(tokens, yearWord - 1) === 'fiscal' ? yearWord - 1 : i;
  return make(named, i, t.text);
}

/** "two weeks ago", "a year earlier", "three days later" */
export function ago(s: DateScan, i: number): Hit | null {
  const { ctx, tokens, dct, make } = s;
  const w = tokens[i]!.lower;
  // digits go on with a unit or a scale ("20 years ago", "1.5 million years ago"), not "43 diplomats"
  if (tokens[i]!.kind === TokenKind.Number && !UNITS.hasAt(tokens, i + 1) && !SCALES_AFTER_DIGITS.hasAt(tokens, i + 1))
    return null;
  const vague = w === 'several' || w === 'few' || w === 'many' || (w === 'a' && lowerAt(tokens, i + 1) === 'few');
  // ("half a century ago": half of a decade or a century is whole years)
  const half = w === 'half' && (lowerAt(tokens, i + 1) === 'a' || lowerAt(tokens, i + 1) === 'an');
  const n = vague
    ? { value: NaN, last: w === 'a' ? i + 1 : i }
    : half
      ? { value: 0.5, last: i + 1 }
      : (readNumber(tokens, i) ??
        // ("the year before.": one, told from the time named, as "a year before" is)
        (w === 'a' || w === 'an' || (w === 'the' && standsAlone(tokens, i + 2)) ? { value: 1, last: i } : null));
  if (!n) return null;
  const unit = UNITS.getAt(tokens, n.last + 1);
  if (half && unit?.letter !== 'DE' && unit?.letter !== 'CE') return null;
  // (centuries, and halves, only back from the article's date: "a century later" counts from a time the story may not give)
  if ((half || unit?.letter === 'CE') && lowerAt(tokens, n.last + 2) !== 'ago') return null;
  // "a week or so ago", "a day or two later": the approximation stands inside the expression (dated by its first figure)
  const dirAt = lowerAt(tokens, n.last + 2) === 'or' ? approximationEnd(tokens, n.last + 3) + 1 : n.last + 2;
  // ("closed in 1990; two years afterward": later, told from a day the paragraph named, else a length)
  const afterward = AFTERWARD.has(lowerAt(tokens, dirAt));
  if (afterward && s.before.length === 0) return null;
  // ("two years from now": ahead of the article's date as "ago" is behind it)
  const fromNow = lowerAt(tokens, dirAt) === 'from' && lowerAt(tokens, dirAt + 1) === 'now';
  const dirWord = afterward ? 'later' : lowerAt(tokens, dirAt);
  if (
    !unit ||
    unit.time ||
    !(fromNow || dirWord === 'ago' || dirWord === 'earlier' || dirWord === 'later' || standsAlone(tokens, dirAt))
  )
    return null;
  // "versus 292,000 week ago", "359,000 Week ago": a figure and the time it was told for, the unit alone
  // standing for one of it ("a week ago"), no "292,000 weeks ago"
  const unitAlone = unitAloneAfter(tokens, n.value, n.last + 1);
  const units = unitAlone ? 1 : n.value;
  // "two weeks earlier", "three days later", "a year earlier": a point in time told from another, as
  // TimeML marks it (TimeBank wrote some of days as lengths; TempEval-3's annotators write dates)
  const sign = dirWord === 'later' || dirWord === 'after' || fromNow ? 1 : -1;
  const last = fromNow ? dirAt + 1 : dirAt;
  const first = unitAlone ? n.last + 1 : qualifierStart(tokens, i);
  if (vague) return sign < 0 ? make(first, last, 'PAST_REF') : null; // "a few days later" stays a duration
  // "earlier" and "later" count from the time the sentence has named ("in the first quarter of 2013,
  // up from a year earlier"); "ago" always from the article's date
  // days and weeks are told from the day the paragraph last named ("On Feb. 4 he resigned. Two days later, …"),
  // and so is anything "later" (a story tells what came after a time it named: "founded in 1998. Three years
  // later, …"; "a year earlier" in another sentence compares with the article's year, as TimeBank marks it)
  const anchor =
    dirWord === 'ago' || fromNow
      ? null
      : (sentenceAnchor(s, first) ??
        (unit.letter === 'D' || unit.letter === 'W' || sign > 0 ? anchorOf(s.before, null, ctx.carried) : null));
  const fromAnchor = anchor && shifted(anchor, unit.letter, sign * units);
  if (fromAnchor) return make(first, last, fromAnchor);
  // in quarterly reports "a year ago" is the year-ago quarter: of the quarter the paragraph named last
  // ("for the fiscal first quarter ended Sept. 30 … a year ago"), else of the last one reported
  if (dct && unit.letter === 'Y' && units === 1 && ctx.quarterly && sign < 0) {
    const named = lastQuarterNamed(s.before);
    if (named) return make(first, last, `${named.y - 1}-Q${named.q}`);
    const q = addMonths(dct, -15);
    return make(first, last, `${q.y}-Q${quarterOf(q)}`);
  }
  if (!dct) return make(first, last, unit.letter === 'Y' ? 'XXXX' : unit.letter === 'M' ? 'XXXX-XX' : 'XXXX-XX-XX');
  const k = sign * units;
  switch (unit.letter) {
    case 'D':
      return make(first, last, formatDate(addDays(dct, k)));
    case 'W':
      return make(first, last, formatWeek(addDays(dct, 7 * k)));
    case 'M': {
      const m = addMonths(dct, k);
      return make(first, last, formatMonth(m.y, m.m));
    }
    case 'Y':
      return make(first, last, String(dct.y + k));
    case 'DE':
      return make(first, last, String(dct.y + 10 * k));
    case 'CE':
      return make(first, last, String(dct.y + 100 * k));
    default:
      return null;
  }
}

/**
 * Whether "before" or "after" at k stands as an adverb, with no time or event after it ("15 mln dlrs a
 * year before.", "rose a day after, and …"): it then tells a point in time like "earlier" and "later"
 * ("a week before the vote" is a length before an event, as TimeML marks it).
 */
export function standsAlone(tokens: readonly Token[], k: number): boolean {
  const w = lowerAt(tokens, k);
  if (w !== 'before' && w !== 'after') return false;
  const next = tokens[k + 1];
  return next === undefined || CLOSERS.has(next.text) || COORDINATORS.has(next.lower);
}
const CLOSERS = new Set(['.', ',', ';', ':', ')', '"', "'", '”', '’', '!', '?']);
const COORDINATORS = new Set(['and', 'but', 'or']);

/** The last token of "so" or of a figure in words at k ("or so", "or two"), or k - 2 (no approximation). */
function approximationEnd(tokens: readonly Token[], k: number): number {
  if (lowerAt(tokens, k) === 'so') return k;
  const n = tokens[k]?.kind === TokenKind.Word ? readNumber(tokens, k) : null;
  return n ? n.last : k - 2;
}

/** The value of the last date named before token i in its sentence, if any. */
function sentenceAnchor(s: DateScan, i: number): string | null {
  const c = s.before.at(-1);
  // (a time told back from another is the same comparison's: "from a loss a year ago, and sales from a year earlier")
  if (!c || !/^\d{4}(?!\d)/.test(c.time.value) || YEAR_AGO.test(c.text)) return null;
  return crossesSentenceEnd(s.ctx.text.slice(c.end, s.tokens[i]!.start)) ? null : c.time.value;
}

/**
 * A date value moved by k units of the letter, in its own granularity ("1989-Q3" a year back: "1988-Q3"),
 * or null when the unit is finer than the date, or years from a day.
 */
function shifted(value: string, letter: string | undefined, k: number): string | null {
  const y = +value.slice(0, 4),
    rest = value.slice(4);
  const day = /^-(\d{2})-(\d{2})$/.exec(rest);
  const month = day ?? /^-(\d{2})$/.exec(rest);
  switch (letter) {
    case 'Y':
    case 'DE':
      // a period, not a day: the day named is as often the day the news was told ("said Friday")
      return !day && /^(?:-[A-Z0-9]+)?$/.test(rest) ? `${y + (letter === 'DE' ? 10 * k : k)}${rest}` : null;
    case 'D':
    case 'W': {
      if (!day) return null;
      const moved = addDays({ y, m: +day[1]!, d: +day[2]! }, letter === 'D' ? k : 7 * k);
      return letter === 'D' ? formatDate(moved) : formatWeek(moved);
    }
    case 'M': {
      if (!month) return null;
      const m = addMonths({ y, m: +month[1]!, d: 1 }, k);
      return formatMonth(m.y, m.m);
    }
    default:
      return null;
  }
}

/**
 * "the index closed at 2082", "ended at 1950", "rose to 2100 from 2050": after a verb of a price's or an
 * index's move and "at", "to" or "from", a four-digit figure is the level reached, no year.
 */
function levelOfMove(tokens: readonly Token[], i: number): boolean {
  const prep = lowerAt(tokens, i - 1);
  // ("fell to 1987 levels": a year's level)
  if ((prep !== 'at' && prep !== 'to' && prep !== 'from') || lowerAt(tokens, i + 1).startsWith('level')) return false;
  // back over the other end of the move: "rose to 2100 from"
  let k = i - 2;
  if (tokens[k]?.kind === TokenKind.Number && (lowerAt(tokens, k - 1) === 'to' || lowerAt(tokens, k - 1) === 'from'))
    k -= 2;
  return PRICE_MOVES.hasAt(tokens, k) || LEVEL_VERBS.has(lowerAt(tokens, k));
}
/** besides the verbs of a move, those of where a level stood at a time */
const LEVEL_VERBS = new Set(['closed', 'ended', 'finished', 'opened', 'stood', 'traded', 'settled', 'slid']);

/**
 * A year before 1800 after a preposition of time that ends its phrase: "stepped down in 1415 in a deal", "ruled
 * since 1603" (not "in 1500 places", "in 1200 tonnes").
 */
function olderYear(tokens: readonly Token[], i: number): boolean {
  if (!/^1[0-7]\d\d$/.test(tokens[i]!.text) || !OLDER_YEAR_LEADS.has(lowerAt(tokens, i - 1))) return false;
  const next = tokens[i + 1];
  return !next || next.kind === TokenKind.Punct || OLDER_YEAR_FOLLOWERS.has(next.lower);
}
const OLDER_YEAR_LEADS = new Set(['in', 'since', 'until', 'till', 'circa']);
const OLDER_YEAR_FOLLOWERS = new Set(['in', 'and', 'to', 'when', 'by', 'after', 'as', 'at', 'with', 'under', 'during']);

/** Whether a four-digit number is a year here: not "1999 people", "about 2000", "$1998", the end of "2/30/2020". */
function looksLikeYear(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1],
    next = tokens[i + 1];
  if (next && PEOPLE.has(next.lower)) return false;
  // "more than 2000 people" counts; "no later than 2025", "earlier than 2010", "over 1986 levels" are years
  if (
    prev &&
    COUNT_QUALIFIERS.has(prev.lower) &&
    !(prev.lower === 'than' && TIME_COMPARATIVES.has(lowerAt(tokens, i - 2))) &&
    !(next && YEAR_READINGS.has(next.lower))
  )
    return false;
  if (prev && (prev.text === '$' || prev.text === '€' || prev.text === '£')) return false;
  // "United Steelworkers Local 1938", "Flight 1549", "Route 1966": the number of a named thing
  if (prev && /^[A-Z]/.test(prev.text) && NUMBERED_NAMES.has(prev.lower)) return false;
  if (levelOfMove(tokens, i)) return false;
  // the end of "2/30/2020" or "12-2020" (not "mid-1998"); but "2011-2012" is a range of two years, each one a date
  const yearBefore =
    tokens[i - 2] !== undefined && isYear(tokens[i - 2]!.text) && +tokens[i - 2]!.text < +tokens[i]!.text;
  if (
    prev &&
    (prev.text === '/' || prev.text === '-') &&
    prev.end === tokens[i]!.start &&
    tokens[i - 2]?.kind === TokenKind.Number &&
    !(prev.text === '-' && yearBefore)
  )
    return false;
  // ("the 2011-2012 year": the end of a range of years, whatever follows)
  if (prev?.text === '-' && yearBefore) return true;
  // "from 1800 to 2100 hrs": the start of a range of wire clocks, no year
  if (next && (next.lower === 'to' || next.lower === 'and' || next.text === '-') && hoursFigureAt(tokens, i + 2))
    return false;
  // "2000 volts", "1500 tonnes": an amount, unless a cue makes it a year ("in 1998 dollars")
  if (next && (next.lower === 'of' || next.lower === 'to' || UNITS.has(next.lower) || amountUnitAt(tokens, i + 1)))
    return !!prev && YEAR_CUES.has(prev.lower);
  return true;
}

/**
 * Dates written in numbers, five glued tokens: ISO "2022-03-30" (or "2013-2-7"), and "6/10/2018" or
 * "6/10/98" month first as in American news, day first when the first number cannot be a month.
 */
function numericDate(tokens: readonly Token[], i: number): string | null {
  const sep = tokens[i + 1]?.text;
  if (sep !== '-' && sep !== '/') return null; // most numbers: nothing to allocate
  const parts = [0, 2, 4].map((k) => tokens[i + k]);
  const seps = [tokens[i + 1]?.text, tokens[i + 3]?.text];
  if (
    parts.some((p) => !p || p.kind !== TokenKind.Number || !/^\d+$/.test(p.text)) ||
    seps[0] !== seps[1] ||
    (seps[0] !== '-' && seps[0] !== '/')
  )
    return null;
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
