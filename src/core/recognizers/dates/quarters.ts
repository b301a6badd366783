// Quarters and halves of years, as earnings news names them: "the third quarter", "third-quarter",
// "the fiscal first quarter", "the second half of 2025", "the quarter", "the latest quarter".
import { ORDINALS } from '../../timeWords';
import { QuickSet } from '../../quickSet';
import { addMonths, quarterOf } from '../../timex';
import { futureAround, lowerAt, presentAround, tenseAround } from '../../timeSupport';
import { isPastForm } from '../../verbs';
import { namedYearAfter } from './monthDay';
import type { DateScan, Hit } from './scan';
import type { Token } from '../../tokenize';

const LAST_PART = new QuickSet(['last', 'latter', 'final']);
/** what a state in force lasts up to */
const HELD_UNTIL = new Set(['through', 'until', 'till']);
/** "the fiscal fourth quarter ends in late September": a part that begins or ends in the present is under way or ahead */
const STARTS_OR_ENDS = new QuickSet(['ends', 'begins', 'starts']);

/** The quarter or half named from token i ("the" at `first` when there is one before it). */
export function quarter(s: DateScan, first: number, i: number): Hit | null {
  const { tokens, dct, make } = s;
  let k = i;
  const fiscal = lowerAt(tokens, k) === 'fiscal';
  if (fiscal) k++;
  // "Q3", "Q3 2012", "fiscal Q1": a quarter written as analysts write it
  const written = /^Q([1-4])$/.exec(tokens[k]?.text ?? '');
  if (written) {
    const y = namedYearAfter(tokens, k, dct);
    const ord = +written[1]!;
    const year = y?.year ?? (dct ? yearOfPart(ord, quarterOf(dct), dct.y, looksAhead(tokens, first)) : 'XXXX');
    return make(first, y?.last ?? k, `${year}-Q${ord}`);
  }
  // "the last half of 1989", "the latter half of the year", "the final quarter of 1985": the second half, the
  // fourth quarter (not "the last quarter", the one just past) (only of a year named: "the last half of the
  // '80s" is a decade's)
  const part = lowerAt(tokens, k + 1);
  const lastPart = LAST_PART.hasAt(tokens, k) && (part === 'half' || part === 'quarter');
  const ord = ORDINALS.getAt(tokens, k) ?? (lastPart ? (part === 'half' ? 2 : 4) : undefined);
  const latest =
    lowerAt(tokens, k) === 'latest' ||
    lowerAt(tokens, k) === 'year-ago' ||
    (lowerAt(tokens, k) === 'year' && tokens[k + 1]?.text === '-');
  if (ord && ord <= 4) {
    k++;
    // "the third-quarter results": glued to its noun, the quarter modifies it and TimeBank leaves the article out
    const glued = tokens[k]?.text === '-';
    if (glued) k++;
    if (glued && lowerAt(tokens, first) === 'the') first++;
    // "the third quarter", "the second half of 2025"
    const half = lowerAt(tokens, k) === 'half' && ord <= 2;
    if (lowerAt(tokens, k) !== 'quarter' && !half) return null;
    const y = namedYearAfter(tokens, k, dct);
    if (lastPart && !y) return null;
    // "Japan started the second half brightly", "scored in the first half": a match's half, no part of a year
    if (!y && inMatchReport(tokens, first, k)) return null;
    const current = dct ? (half ? (dct.m <= 6 ? 1 : 2) : quarterOf(dct)) : 0;
    const ahead = looksAhead(tokens, first) || STARTS_OR_ENDS.hasAt(tokens, k + 1);
    // ("profit in the first half rose", told in March: a part under way that a past tells of is last year's; a
    // company's fiscal year is its own)
    const told = !y && !fiscal && ord === current && !ahead && tenseAround(tokens, first, k) === 'past';
    // ("will report fourth quarter net income", written in February: the results of the part just over, across
    // the year's turn, are last year's whatever the clause looks to)
    const justOver = current === 1 && ord === (half ? 2 : 4) && reportedResults(tokens, first, k);
    const year = y?.year ?? (dct ? yearOfPart(ord, current, dct.y, ahead && !justOver) - (told ? 1 : 0) : undefined);
    return make(first, y?.last ?? k, `${year ?? 'XXXX'}-${half ? 'H' : 'Q'}${ord}`);
  }
  // "the latest period" is the latest quarter in earnings news
  const unitAfterLatest =
    lowerAt(tokens, k + 1) === 'quarter' || (lowerAt(tokens, k) === 'latest' && lowerAt(tokens, k + 1) === 'period');
  if (first < i && (lowerAt(tokens, k) === 'quarter' || (latest && unitAfterLatest))) {
    const last = lowerAt(tokens, k) === 'quarter' ? k : k + 1;
    if (!dct) return make(first, last, 'XXXX-QX');
    // in earnings news "the quarter" is the one just reported; a limit at its end is the one under way
    // ("by the end of the quarter")
    // (and so is the end a present holds through: "the price freeze is in effect through the end of the quarter")
    const endAhead =
      lowerAt(tokens, first - 1) === 'of' &&
      lowerAt(tokens, first - 2) === 'end' &&
      (futureAround(tokens, first) || (HELD_UNTIL.has(lowerAt(tokens, first - 4)) && presentAround(tokens, first - 4)));
    const q = lowerAt(tokens, k) === 'quarter' && endAhead ? dct : addMonths(dct, -3);
    return make(first, last, `${q.y}-Q${quarterOf(q)}`);
  }
  return null;
}

/** Whether words of a match stand near tokens first…last: "in the 37th minute", "scored", "a header". */
function inMatchReport(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - MATCH_REACH); k <= last + MATCH_REACH && k < tokens.length; k++)
    if (MATCH_WORDS.hasAt(tokens, k)) return true;
  return false;
}
const MATCH_REACH = 20;
// (words of sport alone: a company's "goals", a meeting's "minutes" and a tax "penalty" are no match's)
const MATCH_WORDS = new QuickSet([
  'minute',
  'scored',
  'equaliser',
  'equalizer',
  'header',
  'halftime',
  'half-time',
  'kickoff',
  'touchdown',
  'inning',
  'striker',
  'goalkeeper',
]);

/**
 * "the deal would close in the second half", "growth could pick up in the fourth quarter": a modal of what
 * may come, the nearest verb before the part in its clause, looks ahead as "will" does (a part not yet
 * begun that a past tells of is last year's: "sales rose in the fourth quarter")
 */
const looksAhead = (tokens: readonly Token[], first: number) =>
  futureAround(tokens, first) || prospectBefore(tokens, first);
function prospectBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - PROSPECT_REACH; k--) {
    const w = tokens[k]!.lower;
    if (PROSPECT_MODALS.has(w)) return true;
    if (PROSPECT_STOPS.has(w) || isPastForm(w)) return false;
  }
  return false;
}
const PROSPECT_REACH = 8;
const PROSPECT_MODALS = new Set(['would', 'could', 'should', 'may', 'might']);
/** what ends the search: the clause's edge, or a past auxiliary nearer than any modal */
const PROSPECT_STOPS = new Set(['.', ';', ',', '!', '?', 'was', 'were', 'had', 'did']);

/**
 * "will report fourth quarter net income", "would be reporting results for the fourth quarter": the results
 * a company reports once the part is over (not "expects earnings for the fourth quarter", a forecast)
 */
function reportedResults(tokens: readonly Token[], first: number, last: number): boolean {
  // (the verb stands before the part and its noun, "fourth quarter net income", or before the noun "for" it)
  const phrase = RESULTS.hasAt(tokens, last + 1)
    ? first
    : lowerAt(tokens, first - 1) === 'for' && RESULTS.hasAt(tokens, first - 2)
      ? first - 2
      : -1;
  if (phrase < 0) return false;
  for (let k = phrase - 1; k >= 0 && k >= phrase - REPORT_REACH; k--) if (REPORTS.hasAt(tokens, k)) return true;
  return false;
}
const REPORT_REACH = 8;
const REPORTS = new QuickSet([
  'report',
  'reports',
  'reporting',
  'announce',
  'announces',
  'announcing',
  'post',
  'posts',
  'posting',
  'release',
  'releases',
  'releasing',
]);
const RESULTS = new QuickSet([
  'results',
  'earnings',
  'net',
  'profit',
  'profits',
  'loss',
  'losses',
  'income',
  'revenue',
  'revenues',
  'sales',
  'figures',
]);

/**
 * The year of a quarter or half named without one: a part not yet begun is last year's ("the third
 * quarter" reported in May), unless the clause looks ahead; a quarter over for more than a quarter is
 * next year's when it does ("will rise in the first quarter", written in November; the one just ended
 * is still to be reported: "expects to report third-quarter results", written in October).
 */
function yearOfPart(part: number, current: number, year: number, ahead: boolean): number {
  if (part > current) return ahead ? year : year - 1;
  return part < current - 1 && ahead ? year + 1 : year;
}
