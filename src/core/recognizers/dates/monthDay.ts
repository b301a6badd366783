// Months and days: "March 30, 2022", "30 March", "March", "March one", "April 24 and 25", and the
// year a month without one falls in (nearest the article date, by the tense of its clause).
import { LIMIT_NOUNS, MONTHS, SHIPMENTS, UNITS, isYear } from '../../timeWords';
import { daysBetween, daysInMonth, formatWeek, pad, type YMD } from '../../timex';
import {
  arrangedFor,
  frontedAhead,
  lowerAt,
  modalAhead,
  movesLaterAt,
  pastAround,
  presentAround,
  subjectAhead,
  tenseAround,
  willBefore,
  WRITTEN_YEAR,
} from '../../timeSupport';
import { ORDINAL_WORDS, readNumber } from '../../numberWords';
import { isPluralNoun, singularNounAt } from '../../countedNoun';
import { isCapitalized, isPossessiveAt, TokenKind, type Token } from '../../tokenize';
import { QuickMap, QuickSet } from '../../quickSet';
import { crossesSentenceEnd } from '../../sentences';
import { RELATIVE } from './relative';
import type { DateScan, Hit } from './scan';
import type { TimeCandidate } from '../../types';

/** "nineteen ninety-seven": the century in words */
export const SPELLED_CENTURY = new QuickMap<number>([
  ['nineteen', 19],
  ['eighteen', 18],
]);
/** a day of the month as an ordinal in digits: "25th", "1st" */
export const ORDINAL_DAY = /^\d{1,2}(st|nd|rd|th)$/;
/** the tens that join the first nine ordinals: "twenty-first" */
const ORDINAL_TENS = new QuickMap<number>([
  ['twenty', 20],
  ['thirty', 30],
]);

/** A day of the month as an ordinal in words from token k: "fifth", "twenty-seventh", "twenty second", "thirtieth". */
function ordinalDayAt(tokens: readonly Token[], k: number): { value: number; last: number } | null {
  const word = lowerAt(tokens, k);
  if (word === 'thirtieth') return { value: 30, last: k };
  const tens = ORDINAL_TENS.get(word);
  if (tens === undefined) {
    const value = ORDINAL_WORDS.get(word);
    return value === undefined ? null : { value, last: k };
  }
  // "twenty-first", "twenty first"
  const at = tokens[k + 1]?.text === '-' ? k + 2 : k + 1;
  const unit = ORDINAL_WORDS.get(lowerAt(tokens, at));
  return unit !== undefined && unit <= 9 && tens + unit <= 31 ? { value: tens + unit, last: at } : null;
}

/** The ordinal day in words that ends at token k, with its first token: "the [twenty-first] of March". */
function ordinalDayEndingAt(tokens: readonly Token[], k: number): { value: number; first: number } | null {
  for (const first of [k - 2, k - 1, k]) {
    const d = first >= 0 ? ordinalDayAt(tokens, first) : null;
    if (d && d.last === k) return { value: d.value, first };
  }
  return null;
}

/** "May" and "March" are months only where a date can stand: capitalized, near a number or a date word. */
const DAY_WORDS = new QuickSet([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
]);
export const MONTH_CUES = new Set([
  'in',
  'since',
  'until',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'of',
  'by',
  'from',
  'during',
  'before',
  'after',
  'through',
  'than',
]);

/** what follows a month's figure: "May's 2.7 percent", "May's 1.2 million" */
const READING_AFTER = /^(?:percent|pct|%|million|billion|points?)$/;

/** the periods told up to a month: "the year to March" */
const PERIODS_TO = new Set(['year', 'months', 'quarter', 'weeks', 'period', 'season']);

/** "March 30, 2022", "March 30", "March 2022", "March", "30 March 2022" */
export function month(s: DateScan, i: number): Hit | null {
  const { tokens, dct, make } = s;
  const m = MONTHS.get(tokens[i]!.lower)!;
  // "Sept." keeps its period; "May." ends a sentence
  let last =
    tokens[i + 1]?.text === '.' && tokens[i]!.text.length <= 4 && !['may', 'june', 'july'].includes(tokens[i]!.lower)
      ? i + 1
      : i;
  let day: number | null = null;
  // "April twenty-seventh", "March the third": a day as an ordinal in words
  const ordinal = ordinalDayAt(tokens, lowerAt(tokens, last + 1) === 'the' ? last + 2 : last + 1);
  const dayTok = tokens[last + 1];
  if (
    dayTok &&
    dayTok.kind === TokenKind.Number &&
    /^\d{1,2}$/.test(dayTok.text) &&
    +dayTok.text >= 1 &&
    +dayTok.text <= 31
  ) {
    day = +dayTok.text;
    last += 1;
  } else if (dayTok && ORDINAL_DAY.test(dayTok.lower)) {
    day = parseInt(dayTok.text, 10);
    last += 1;
  } else if (ordinal) {
    day = ordinal.value;
    last = ordinal.last;
  } else if (dayTok && dayTok.kind === TokenKind.Word && !yearAfter(tokens, last)) {
    // the wire writes days in words: "March one", "May Five", "September one 1989" (not "March two years ago", "January nineteen ninety-seven")
    const n = readNumber(tokens, last + 1);
    if (
      n &&
      !n.digits &&
      Number.isInteger(n.value) &&
      n.value >= 1 &&
      n.value <= 31 &&
      !UNITS.hasAt(tokens, n.last + 1)
    ) {
      day = n.value;
      last = n.last;
    }
  }
  const y = namedYearAfter(tokens, last, dct) ?? thatYearAfter(s, last);
  if (y) last = y.last;
  // a day-first date: "30 March 2022", "1 May", "12th August", "the 12th of August"
  let first = i;
  const dayAt = lowerAt(tokens, i - 1) === 'of' && ORDINAL_DAY.test(lowerAt(tokens, i - 2)) ? i - 2 : i - 1;
  const before = tokens[dayAt];
  if (
    day === null &&
    before &&
    /^\d{1,2}(st|nd|rd|th)?$/.test(before.lower) &&
    parseInt(before.text, 10) >= 1 &&
    parseInt(before.text, 10) <= 31
  ) {
    day = parseInt(before.text, 10);
    first = dayAt;
  } else if (day === null && lowerAt(tokens, i - 1) === 'of') {
    // "the fifth of May", "the twenty-first of March"
    const words = ordinalDayEndingAt(tokens, i - 2);
    if (words) {
      day = words.value;
      first = words.first;
    }
  }
  // "the first week of May", "the last week of April": a week of the month, the ISO week that holds most of
  // its seven days (the one with their fourth day: ISO's rule for which month or year a week belongs to)
  const week = day === null ? weekOfMonthBefore(tokens, i) : null;
  if (week) first = week.first;
  // ("on the 12th of August", "on the fifth of May": the tense is read from before the article)
  const lead = first < i && lowerAt(tokens, first - 1) === 'the' ? first - 1 : first;
  const year =
    y?.year ??
    listedYearAfter(s, last, m) ??
    rangeEndYear(s, first, m, day) ??
    frontedYear(s, first) ??
    fiscalYearEnded(tokens, first) ??
    listContinuedYear(s, first, last, m, day) ??
    shipmentYear(s, first, last, m, day) ??
    yearOfSameDay(s, lead, last, m, day) ??
    (dct ? yearByTense(tokens, lead, last, dct, m, day) : null);
  if (day !== null && day > daysInMonth(y ? year : null, m)) return null; // "February 29, 2014", "April 31"
  const ys = year === null ? 'XXXX' : pad(year, 4);
  if (week)
    return make(
      lead,
      last,
      year === null
        ? 'XXXX-WXX'
        : formatWeek({ y: year, m, d: week.n > 0 ? 4 + 7 * (week.n - 1) : daysInMonth(year, m) - 3 }),
    );
  // "in the December quarter": the quarter the month closes (the wire's name for a quarter of the calendar)
  // (after its article: "the January-March quarter" is a range of months)
  if (day === null && !y && lowerAt(tokens, last + 1) === 'quarter' && first === i && lowerAt(tokens, i - 1) === 'the')
    return make(i - 1, last + 1, `${ys}-Q${Math.ceil(m / 3)}`);
  return make(first, last, day === null ? `${ys}-${pad(m)}` : `${ys}-${pad(m)}-${pad(day)}`);
}

/** "first week of" (n 1) … "fourth week of", "last week of" (n 0) right before the month at i */
function weekOfMonthBefore(tokens: readonly Token[], i: number): { first: number; n: number } | null {
  if (lowerAt(tokens, i - 1) !== 'of' || lowerAt(tokens, i - 2) !== 'week') return null;
  const which = lowerAt(tokens, i - 3);
  const n = which === 'last' || which === 'final' ? 0 : (ORDINAL_WORDS.get(which) ?? -1);
  return n >= 0 && n <= 4 ? { first: i - 3, n } : null;
}

/**
 * The year of a range's end whose start was just named, which it cannot precede: "from April 1 to
 * September", "between Nov. 9 and Jan. 5" (the January after). Null when no dated start stands right
 * before the connector.
 */
function rangeEndYear(s: DateScan, first: number, m: number, day: number | null): number | null {
  const { tokens, before } = s;
  const start = before[before.length - 1];
  const link = lowerAt(tokens, first - 1);
  if (!start || !RANGE_LINKS.has(link) || start.end !== tokens[first - 2]?.end) return null;
  // "and" joins a range only after "between" ("held on May 25th and March 3rd" is a list)
  let startAt = first - 2;
  while (startAt > 0 && tokens[startAt - 1]!.start >= start.start) startAt--;
  if (link === 'and' && lowerAt(tokens, startAt - 1) !== 'between') return null;
  // and "until" one only after "from" (not "its debentures due December 1, 1988 until April 23": the offer's end)
  if ((link === 'until' || link === 'till') && lowerAt(tokens, startAt - 1) !== 'from') return null;
  // a month starts the range ("May 1987 to April"), not a weekday ("a revision Friday to December's figures")
  const from = monthDateOf(start);
  if (!from) return null;
  return m > from.m || (m === from.m && (day ?? 31) >= (from.d ?? 1)) ? from.y : from.y + 1;
}

/** The year, month and day (null for a whole month) of a date found that names its month; null for any other. */
function monthDateOf(c: TimeCandidate): { y: number; m: number; d: number | null } | null {
  if (!c.text.split(/[\s.,-]+/).some((w) => MONTHS.has(w.toLowerCase()))) return null;
  const v = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(c.time.value);
  return v ? { y: +v[1]!, m: +v[2]!, d: v[3] ? +v[3] : null } : null;
}
/**
 * The year of a month a trade is booked for ("purchases of 50,000 tonnes for Sept/Dec shipments", "for March
 * delivery"): a period ahead, the coming one (this month included); null when no "for" or no such noun.
 */
function shipmentYear(s: DateScan, first: number, last: number, m: number, day: number | null): number | null {
  const { tokens, dct } = s;
  // (booked "for" it: "January shipments" fell is a month's figure, behind)
  if (lowerAt(tokens, first - 1) !== 'for') return null;
  let k = last + 1;
  // (past the other month of a pair: "Sept/Dec shipments")
  while (tokens[k]?.text === '/' && MONTHS.hasAt(tokens, k + 1)) k += tokens[k + 2]?.text === '.' ? 3 : 2;
  return dct && SHIPMENTS.hasAt(tokens, k) ? inferYear(dct, m, day, true, false, true) : null;
}

/**
 * "of that year", "of the same year" right after token k: the year the paragraph wrote last ("delivery in April
 * 1989, with the others in May and September of that year"), not one a month's tense inferred. Null when none
 * was written a few times back.
 */
function thatYearAfter(s: DateScan, k: number): { year: number; last: number } | null {
  const { tokens, before } = s;
  if (lowerAt(tokens, k + 1) !== 'of') return null;
  const at = lowerAt(tokens, k + 2) === 'that' ? k + 3 : lowerAt(tokens, k + 3) === 'same' ? k + 4 : -1;
  if (at < 0 || lowerAt(tokens, at) !== 'year' || (at === k + 4 && lowerAt(tokens, k + 2) !== 'the')) return null;
  for (let j = before.length - 1; j >= 0 && j >= before.length - WRITTEN_YEAR_REACH; j--) {
    const year = /^\d{4}/.exec(before[j]!.time.value);
    if (year && /\b\d{4}\b|'\d\d\b/.test(before[j]!.text)) return { year: +year[0], last: at };
  }
  return null;
}
const WRITTEN_YEAR_REACH = 8;

/**
 * The year of a month (or a day) listed right after another ("will be issued in October, November, January and
 * July", "fell in November, December and January"): a list runs forward in time from its head, so the month
 * falls in the head's year when it comes later in the calendar and in the next year when it does not; a list
 * told in the past stays at or before the article's date. Null when no dated month stands right before the
 * list's link.
 */
function listContinuedYear(s: DateScan, first: number, last: number, m: number, day: number | null): number | null {
  const { tokens, before, dct } = s;
  const prev = before[before.length - 1];
  if (!prev || !dct || isPossessiveAt(tokens, last)) return null; // "In March, February's figures rose"
  let k = first - 1;
  if (LIST_LINKS.has(lowerAt(tokens, k))) k -= tokens[k - 1]?.text === ',' ? 2 : 1;
  else if (tokens[k]?.text === ',') k--;
  else return null;
  const v = prev.end === tokens[k]?.end ? monthDateOf(prev) : null;
  if (!v) return null;
  const { y: py, m: pm } = v;
  const y = m > pm || (m === pm && (day ?? 0) > (v.d ?? 0)) ? py : py + 1;
  const ahead = py > dct.y || (py === dct.y && pm >= dct.m);
  // (a past list that would run past the article's month reads back from it instead: "in June and March")
  return ahead || y < dct.y || (y === dct.y && m <= dct.m) ? y : null;
}

const RANGE_LINKS = new Set(['to', 'through', 'until', 'till', 'and', '-', '–', '/']);

/**
 * The year written after the last of the months listed after token `last`: "stock splits in January and
 * June 1986", "in March, April or May 1988", "on Jan. 5 and June 7, 1986" share it; a range's start `m`
 * falls in the year before its end's when it is a later month ("November-February 1987"). Null when no month
 * follows ("founded in January and listed in June 1986" names two times), or when the year is told from the
 * article's ("Sept. 12 and January this year" may be last year's September).
 */
function listedYearAfter(s: DateScan, last: number, m: number): number | null {
  const { tokens } = s;
  let k = last,
    after = m;
  for (let listed = 0; listed < MAX_LISTED; listed++) {
    let next = k + 2;
    const link = lowerAt(tokens, k + 1);
    // ("October-December 1986", "from November to February 1987": a range's end is the same year or the next)
    const range = listed === 0 && !LIST_LINKS.has(link) && RANGE_LINKS.has(link);
    if (link === ',' && LIST_LINKS.has(lowerAt(tokens, next))) next++;
    else if (link !== ',' && !LIST_LINKS.has(link) && !range) return null;
    const name = tokens[next];
    if (!name || !MONTHS.has(name.lower) || !/^\p{Lu}/u.test(name.text)) return null;
    if (range) after = MONTHS.get(name.lower)!;
    k = tokens[next + 1]?.text === '.' ? next + 1 : next;
    if (tokens[k + 1]?.kind === TokenKind.Number && /^\d{1,2}$/.test(tokens[k + 1]!.text)) k++;
    const year = yearAfter(tokens, k) ?? thatYearAfter(s, k);
    if (year) return after < m ? year.year - 1 : year.year;
  }
  return null;
}
const LIST_LINKS = new Set(['and', 'or']);

/**
 * "… on February 22, 2011, the judge ordered … The lawyers appealed the February 22 order", "Dec. 21, 2016:
 * Egypt submits … Dec. 22: …": a day told without its year in the paragraph, in the month of a day told
 * with one just before (or the month after it), is of that year.
 */
function yearOfSameDay(s: DateScan, first: number, last: number, m: number, day: number | null): number | null {
  if (day === null) return null;
  // (the last few dates only, so that a paragraph of thousands of dates stays linear)
  for (let k = s.before.length - 1; k >= Math.max(0, s.before.length - SAME_DAY_REACH); k--) {
    const c = s.before[k]!;
    const told = /^(\d{4})-(\d{2})-\d{2}$/.exec(c.time.value);
    if (!told || !WRITTEN_YEAR.test(c.text)) continue;
    const month = +told[2]!,
      year = +told[1]!;
    const y = m === month || m === month + 1 ? year : month === 12 && m === 1 ? year + 1 : null;
    // (not a day the clause looks ahead to: "born on March 3, 1950 … The vote is on March 5")
    return y !== null && tenseAround(s.tokens, first, last) !== 'future' && !presentAround(s.tokens, first) ? y : null;
  }
  return null;
}

const SAME_DAY_REACH = 12;

/**
 * The year that opens the clause of a month without one, which the month falls in: "In 1998, sales rose
 * in March", "and for 2013 it was Sept. 28" (not "was convicted in 1998 and will be released in March": a
 * year inside a clause dates only its own verb).
 */
function frontedYear(s: DateScan, first: number): number | null {
  const c = s.before.at(-1);
  if (!c || !/^\d{4}$/.test(c.text) || c.time.value !== c.text) return null;
  if (!FRONTED_YEAR_LEAD.test(s.ctx.text.slice(Math.max(0, c.start - FRONTED_REACH), c.start))) return null;
  return crossesSentenceEnd(s.ctx.text.slice(c.end, s.tokens[first]!.start)) ? null : +c.text;
}
/**
 * "Fiscal 1985 ended September 30", "fiscal 1987 ends June 30": the day a fiscal year named for a year ends falls in
 * that year (a company's year is named for the calendar year it ends in)
 */
function fiscalYearEnded(tokens: readonly Token[], first: number): number | null {
  if (!FISCAL_ENDS.has(lowerAt(tokens, first - 1)) || lowerAt(tokens, first - 3) !== 'fiscal') return null;
  const year = tokens[first - 2]!.text;
  return isYear(year) ? +year : null;
}
const FISCAL_ENDS = new Set(['ended', 'ends', 'ending', 'end']);
const FRONTED_YEAR_LEAD = /(?:^|[.!?"“,;(]\s*|\b(?:and|but)\s+|\n\s*)(?:in|for|during)\s+$/i;
const FRONTED_REACH = 16;
/** how many months a list may name before the one with the year */
const MAX_LISTED = 6;

/**
 * The year named after token `last`, with or without "of": written ("March 30, 2022", "the third quarter
 * of 1984", "the first half of fiscal 1999") or told from the article's ("March last year", "June this year",
 * "the second half of next year").
 */
export function namedYearAfter(
  tokens: readonly Token[],
  last: number,
  dct: YMD | null,
): { year: number; last: number } | null {
  const of = lowerAt(tokens, last + 1) === 'of' ? last + 1 : last;
  // "the summer of '69": a year clipped by an apostrophe after "of"
  if (of > last && clippedAt(tokens, of + 1) && /^\d\d$/.test(tokens[of + 2]!.text))
    return { year: clippedYear(+tokens[of + 2]!.text, dct?.y ?? 2000), last: of + 2 };
  // ("the first half of fiscal 1999": a company's year, named as the calendar's is)
  const fiscal = of > last && lowerAt(tokens, of + 1) === 'fiscal' ? yearAfter(tokens, of + 1) : null;
  return fiscal ?? yearAfter(tokens, of) ?? relativeYearAfter(tokens, of, dct);
}

/** Whether token k is an apostrophe that clips the digits glued after it ("'69", "'90s", "mid-'80s"), not a word's ("rock'n'roll"). */
export function clippedAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k],
    next = tokens[k + 1];
  return (
    !!t &&
    (t.text === "'" || t.text === '’') &&
    !!next &&
    /^\d/.test(next.text) &&
    next.start === t.end &&
    !(tokens[k - 1] && tokens[k - 1]!.end === t.start && tokens[k - 1]!.text !== '-')
  );
}

/**
 * The year of two digits as news means it: of the article's century up to a decade ahead ("the class of
 * '25" in 2022), else the century before ("'92", "the summer of '69" in 2022).
 */
export function clippedYear(yy: number, year: number): number {
  const ofCentury = Math.floor(year / 100) * 100 + yy;
  if (ofCentury > year + CLIPPED_AHEAD) return ofCentury - 100;
  return ofCentury <= year + CLIPPED_AHEAD - 100 ? ofCentury + 100 : ofCentury;
}
const CLIPPED_AHEAD = 10;

function relativeYearAfter(
  tokens: readonly Token[],
  last: number,
  dct: YMD | null,
): { year: number; last: number } | null {
  // "of the year" is the current one, as "of this year" ("the second half of the year"; not "of the year-ago quarter")
  const current = lowerAt(tokens, last + 1) === 'the' && tokens[last + 3]?.text !== '-';
  const dir = current ? 0 : RELATIVE.getAt(tokens, last + 1);
  if (dir === undefined || lowerAt(tokens, last + 2) !== 'year' || !dct) return null;
  return { year: dct.y + dir, last: last + 2 };
}

/** The year written after token `last`: "March 30, 2022", "January nineteen ninety-seven", "October two thousand and five". */
export function yearAfter(tokens: readonly Token[], last: number): { year: number; last: number } | null {
  const comma = tokens[last + 1]?.text === ',' ? 1 : 0;
  const yt = tokens[last + 1 + comma];
  if (yt && yt.kind === TokenKind.Number && isYear(yt.text)) return { year: +yt.text, last: last + 1 + comma };
  // an older year when nothing counted follows it: "on Jan. 23, 1556, and killed" (not "May 5, 1500 people")
  const after = tokens[last + 2 + comma];
  if (yt && /^1[0-7]\d\d$/.test(yt.text) && !(after?.kind === TokenKind.Word && /^[a-z]/.test(after.text)))
    return { year: +yt.text, last: last + 1 + comma };
  return spokenYear(tokens, last + 1 + comma);
}

/**
 * A year said in words at token i: "nineteen ninety-seven" (a century and its years), "two thousand
 * and five", "two thousand one" (a year of this century has no other spoken form).
 */
export function spokenYear(tokens: readonly Token[], i: number): { year: number; last: number } | null {
  const century = SPELLED_CENTURY.getAt(tokens, i);
  if (century !== undefined) {
    const rest = readNumber(tokens, i + 1);
    return rest && !rest.digits && rest.value >= 10 && rest.value < 100
      ? { year: century * 100 + rest.value, last: rest.last }
      : null;
  }
  if (lowerAt(tokens, i) !== 'two' || lowerAt(tokens, i + 1) !== 'thousand') return null;
  const whole = readNumber(tokens, i);
  return whole && whole.value > 2000 && whole.value < 2100 ? { year: whole.value, last: whole.last } : null;
}

/** The year of a month and day the text gives none for, by the tense of the clause around tokens first…last. */
export function yearByTense(
  tokens: readonly Token[],
  first: number,
  last: number,
  dct: YMD,
  m: number,
  day: number | null,
): number {
  const tense = tenseAround(tokens, first, last);
  // ("the offer expires in February", written in March: a present of scheduling, future cue or not, looks ahead)
  const scheduled = tense !== 'past' && presentAround(tokens, first, false);
  // (so does a modal's base verb, "the elections would be held in October", unless the month is the one just
  // gone, which a reported expectation more likely meant: "he said prices would rise in February", told in March)
  const will =
    willBefore(tokens, first) || (tense === null && (dct.m - m + 12) % 12 !== 1 && modalAhead(tokens, first));
  // (a "will" further off than the tense's reach governs through a joined verb: "will celebrate Mass on
  // Christmas Eve and deliver his blessing on Christmas Day")
  const ahead = tense === 'future' || scheduled || (tense === null && will);
  // "will close on Christmas Eve", "takes effect on Jan. 1", written in March: the coming one, however far
  if (
    ahead &&
    (will ||
      scheduled ||
      arrangedFor(tokens, first) ||
      subjectAhead(tokens, first, last) ||
      frontedAhead(tokens, first, last))
  )
    return inferYear(dct, m, day, true, false, true);
  // "had received an extension until April 30", written in March: a time allowed that was granted in the
  // past may still lie ahead, so the past only weighs, as news looks back, and the nearest wins (a state
  // that went on "until" a month, "served as minister until June", lies behind)
  // (so does the new end of what was moved later: "the offer was extended until April 9", "the vote was put off to
  // May 3", written in March, lie ahead of the act that moved them)
  const pastGrant =
    tense === 'past' &&
    ((LIMIT_LEADS.has(lowerAt(tokens, first - 1)) && ALLOWED_PERIODS.has(lowerAt(tokens, first - 2))) ||
      movedLater(tokens, first));
  // "The exchange set April 1 for the debut", "fixed June 3 for the hearing", written in March: the past is the
  // setting's, and what it set comes after it, so it looks ahead as a schedule does
  const setInPast = tense === 'past' && scheduledBy(tokens, first);
  return inferYear(
    dct,
    m,
    day,
    ahead || setInPast,
    !pastGrant && !setInPast && (tense === 'past' || (tense !== 'future' && pastAround(tokens, first))),
  );
}
/** Whether the time at `first` is what a verb of scheduling set: "set April 1", "scheduled the vote for May 3". */
function scheduledBy(tokens: readonly Token[], first: number): boolean {
  if (SCHEDULING.has(lowerAt(tokens, first - 1))) return true;
  if (lowerAt(tokens, first - 1) !== 'for') return false;
  for (let k = first - 2; k >= Math.max(0, first - 2 - SCHEDULED_OBJECT_REACH); k--)
    if (SCHEDULING.has(lowerAt(tokens, k))) return true;
  return false;
}
const SCHEDULING = new Set(['set', 'fixed', 'scheduled', 'rescheduled', 'slated']);
/** how many words the object of "scheduled … for" may take */
const SCHEDULED_OBJECT_REACH = 4;
const LIMIT_LEADS = new Set(['until', 'till', 'by', 'through']);
/** Whether the time at `first` is the new end a verb of moving later gives: "extended until", "put off to", "pushed back to" */
function movedLater(tokens: readonly Token[], first: number): boolean {
  const lead = lowerAt(tokens, first - 1);
  if (!LIMIT_LEADS.has(lead) && lead !== 'to') return false;
  const particle = lowerAt(tokens, first - 2);
  return particle === 'off' || particle === 'back'
    ? MOVED_WITH_PARTICLE.has(lowerAt(tokens, first - 3))
    : movesLaterAt(tokens, first - 2);
}
const MOVED_WITH_PARTICLE = new Set(['put', 'pushed', 'moved', 'set']);
/** what names a time allowed, which runs until a day */
const ALLOWED_PERIODS = new Set([
  ...LIMIT_NOUNS.keys(),
  'extension',
  'extensions',
  'waiver',
  'waivers',
  'reprieve',
  'moratorium',
  'exemption',
  'grace',
  'respite',
]);

/**
 * A month without a year is the occurrence nearest the article date ("Jan. 2" in November is the
 * coming one, "December" in February the last one), weighted towards the past unless the sentence
 * looks ahead; a clause told in the past never means a month to come.
 */
export function inferYear(
  dct: YMD,
  m: number,
  day: number | null,
  future: boolean,
  past = false,
  onlyAhead = false,
): number {
  let best = dct.y,
    bestDistance = Infinity;
  for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
    const d = daysBetween(dct, { y, m, d: day ?? 15 });
    const thisMonth = y === dct.y && m === dct.m;
    // ("prices fell in March", written in January; "will close on Christmas Eve", written in March)
    if ((past && d > 0 && !thisMonth) || (onlyAhead && d < 0 && !thisMonth)) continue;
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

/** "April 24 and 25": the second day of the month just named. */
export function secondDay(s: DateScan, i: number): Hit | null {
  const { tokens, before, make } = s;
  const previous = before[before.length - 1];
  if (!previous || previous.end !== tokens[i - 2]?.end) return null; // most numbers: no date just before
  // (the date just before ends in its day's number, "from April six to 10": not "raising its bid today to 10
  // over July futures")
  const dayBefore = tokens[i - 2]!;
  if (
    dayBefore.kind !== TokenKind.Number &&
    !ORDINAL_DAY.test(dayBefore.lower) &&
    !ORDINAL_WORDS.hasAt(tokens, i - 2) &&
    readNumber(tokens, i - 2) === null
  )
    return null;
  const day = /^\d{1,2}$/.test(tokens[i]!.text) ? +tokens[i]!.text : 0;
  if (
    day < 1 ||
    day > 31 ||
    !/^(and|or|to|through|-|–)$/.test(lowerAt(tokens, i - 1)) ||
    UNITS.hasAt(tokens, i + 1) ||
    MONTHS.hasAt(tokens, i + 1)
  )
    return null;
  const m = /^(\d{4}|XXXX)-(\d{2})-\d{2}$/.exec(previous.time.value);
  return m ? make(i, i, `${m[1]}-${m[2]}-${pad(day)}`) : null;
}

/** "April and May", "from January to March", "May-August", "May or June": a capitalized month across a link. */
function listedWithMonth(tokens: readonly Token[], link: number, other: number): boolean {
  const t = tokens[link];
  return (
    !!t &&
    (t.lower === 'or' || t.text === ',' || RANGE_LINKS.has(t.lower)) &&
    MONTHS.hasAt(tokens, other) &&
    /^[A-Z]/.test(tokens[other]!.text)
  );
}

/** Whether the slash or hyphen at `link` glues token `other`, a capitalized month, to the month beside it: "April/Oct", "Oct-Dec". */
function gluedToMonth(tokens: readonly Token[], link: number, other: number): boolean {
  const [a, b] = link < other ? [link - 1, other] : [other, link + 1];
  const t = tokens[link];
  return (
    !!t &&
    (t.text === '/' || t.text === '-') &&
    tokens[a]?.end === t.start &&
    t.end === tokens[b]?.start &&
    listedWithMonth(tokens, link, other)
  );
}

/** the verbs a month's name is the subject of, right after it */
const MONTH_SUBJECT_VERBS = new Set(['was', 'is', 'has', 'had', 'saw', 'brought', 'will']);

/** Whether a month word is the month here: capitalized, and for "May" and "March" near a day, a number or a date word. */
export function isMonthName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // "May 25", "May 25th"
  const dayAfter =
    !!next &&
    next.start - t.end === 1 &&
    (next.kind === TokenKind.Number ? next.end - next.start <= 2 : ORDINAL_DAY.test(next.lower));
  // ("on january 16", "as of april 3": a month's full name in lower case before its day, as a wire that writes
  // the whole story in lower case has it; not "may" nor "march", verbs as often)
  if (!/^[A-Z]/.test(t.text))
    return dayAfter && next.kind === TokenKind.Number && t.lower.length > 3 && t.lower !== 'march';
  // ("Oct 1987", "Aug One", "April/Oct deliveries", "the Oct-Dec quarter": an abbreviation without its period
  // before a year or a day the wire writes in words, or glued to another month; a bare "Jan" or "Dec" is as
  // often a name)
  const yearNext = next?.kind === TokenKind.Number && next.start - t.end === 1 && isYear(next.text);
  const dayInWordsNext = !!next && isCapitalized(next) && DAY_WORDS.hasAt(tokens, i + 1);
  if (
    t.lower.length <= 3 &&
    t.lower !== 'may' &&
    next?.text !== '.' &&
    !dayAfter &&
    !yearNext &&
    !dayInWordsNext &&
    !gluedToMonth(tokens, i - 1, i - 2) &&
    !gluedToMonth(tokens, i + 1, i + 2)
  )
    return false;
  if (t.lower !== 'may' && t.lower !== 'march') return true;
  // "March was the coldest month", "March's figures" (not "May", as often a name: "May's cabinet", "May was elected")
  if (t.lower === 'march' && (isPossessiveAt(tokens, i) || MONTH_SUBJECT_VERBS.has(lowerAt(tokens, i + 1))))
    return true;
  // "May's 2.7 percent", "May's 1.2 million": a month's reading (not a person's: "May's 2 sons")
  if (
    isPossessiveAt(tokens, i) &&
    tokens[i + 3]?.kind === TokenKind.Number &&
    READING_AFTER.test(lowerAt(tokens, i + 4))
  )
    return true;
  const prev = tokens[i - 1];
  // "25 May", "25th May"; "April and May", "May-August", "the January-March quarter"
  const dayBefore =
    !!prev && (prev.kind === TokenKind.Number ? prev.end - prev.start <= 2 : ORDINAL_DAY.test(prev.lower));
  const listed = listedWithMonth(tokens, i - 1, i - 2) || listedWithMonth(tokens, i + 1, i + 2);
  // "March one", "May Five": a day in words after a capitalized month inside a sentence (the wire's style)
  const dayInWords =
    (!!prev && !!next && next.kind === TokenKind.Word && DAY_WORDS.hasAt(tokens, i + 1)) ||
    // "March the third", "May twenty-first"
    ordinalDayAt(tokens, lowerAt(tokens, i + 1) === 'the' ? i + 2 : i + 1) !== null;
  return (
    next?.kind === TokenKind.Number ||
    dayAfter ||
    dayBefore ||
    listed ||
    dayInWords ||
    MONTH_CUES.has(prev?.lower ?? '') ||
    // "figures for March", "set for March" (not "support for May", a name as often as a month)
    (prev?.lower === 'for' && t.lower === 'march') ||
    // "in the year to March", "the 12 months to May": a period's end (not the verb, "plans to march")
    (prev?.lower === 'to' && PERIODS_TO.has(lowerAt(tokens, i - 2))) ||
    // "the May elections", "The March accession": the month that names a noun after an article
    (prev?.lower === 'the' && (singularNounAt(tokens, i + 1) || isPluralNoun(next?.text ?? ''))) ||
    // "mid-May", "late-March", the wire's "end-May": the edge word glued by a hyphen
    (prev?.text === '-' &&
      prev.end === t.start &&
      (MONTH_CUES.has(lowerAt(tokens, i - 2)) || lowerAt(tokens, i - 2) === 'end'))
  );
}

/**
 * "is due on the 15th", "met by the 2nd": a day of the month named alone after a preposition of time, in the
 * month the tense points to (the latest such day for a past, the next for what lies ahead, else the nearest)
 */
export function dayOfMonthAlone(s: DateScan, i: number): Hit | null {
  const { tokens, dct, make } = s;
  const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(lowerAt(tokens, i + 1));
  const day = ordinal ? Number(ordinal[1]) : 0;
  if (day < 1 || day > 31 || !DAY_ALONE_LEADS.has(lowerAt(tokens, i - 1))) return null;
  // (a noun after it is what the ordinal ranks: "on the 15th floor", "by the 20th century")
  const next = tokens[i + 2];
  if (next && next.kind === TokenKind.Word && !DAY_ALONE_FOLLOWERS.has(next.lower)) return null;
  if (!dct) return make(i, i + 1, `XXXX-XX-${pad(day)}`);
  const tense = tenseAround(tokens, i, i + 1);
  const ahead = tense === 'future' || (tense === null && presentAround(tokens, i));
  let best: YMD | null = null,
    bestDistance = Infinity;
  for (const shift of [-1, 0, 1]) {
    const m0 = dct.m - 1 + shift;
    const y = dct.y + Math.floor(m0 / 12),
      m = (((m0 % 12) + 12) % 12) + 1;
    if (day > daysInMonth(y, m)) continue;
    const d = daysBetween(dct, { y, m, d: day });
    if ((tense === 'past' && d > 0) || (ahead && d < 0)) continue;
    if (Math.abs(d) < bestDistance) {
      best = { y, m, d: day };
      bestDistance = Math.abs(d);
    }
  }
  return best ? make(i, i + 1, `${pad(best.y, 4)}-${pad(best.m)}-${pad(day)}`) : null;
}
const DAY_ALONE_LEADS = new Set(['on', 'by', 'until', 'till', 'before', 'after', 'since', 'from']);
const DAY_ALONE_FOLLOWERS = new Set(['and', 'or', 'to', 'at', 'when', 'if', 'but', 'with', 'because', 'as']);
