// Word tables shared by the time recognizers and the article-date finder.
import { QuickMap, QuickSet } from './quickSet';

export const MONTHS = new QuickMap<number>([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS = new QuickMap<number>([
  ['monday', 1],
  ['mon', 1],
  ['tuesday', 2],
  ['tue', 2],
  ['tues', 2],
  ['wednesday', 3],
  ['wed', 3],
  ['thursday', 4],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['friday', 5],
  ['fri', 5],
  ['saturday', 6],
  ['sat', 6],
  ['sunday', 7],
  ['sun', 7],
]);

/** Calendar units with their TIMEX3 duration letter; hours and smaller take the "T" designator. */
export const UNITS = new QuickMap<{ letter: string; time: boolean; plural: boolean }>(
  (
    [
      ['second', 'seconds', 'S', true],
      ['minute', 'minutes', 'M', true],
      ['hour', 'hours', 'H', true],
      ['day', 'days', 'D', false],
      ['week', 'weeks', 'W', false],
      ['month', 'months', 'M', false],
      ['year', 'years', 'Y', false],
      ['quarter', 'quarters', 'Q', false],
      ['decade', 'decades', 'DE', false],
      ['century', 'centuries', 'CE', false],
      ['fortnight', 'fortnights', 'W', false],
      ['weekend', 'weekends', 'WE', false],
      // the wire's abbreviations in earnings tables ("Nine mths", "52 wks")
      ['mth', 'mths', 'M', false],
      ['wk', 'wks', 'W', false],
    ] as const
  ).flatMap(
    ([sg, pl, letter, time]) =>
      [
        [sg, { letter, time, plural: false }],
        [pl, { letter, time, plural: true }],
      ] as const,
  ),
);

/** Fractions of a unit go to the next smaller one: [factor, its letter, whether it is a time of day unit], keyed by "T"-prefixed letters for time units */
const SMALLER: Record<string, readonly [number, string, boolean]> = {
  Y: [12, 'M', false],
  M: [30, 'D', false],
  W: [7, 'D', false],
  D: [24, 'H', true],
  TH: [60, 'M', true],
  TM: [60, 'S', true],
};
/** units whose whole part stays beside the fraction, as TimeBank writes them ("2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M); a month or week and a half go wholly to days */
const MIXED = new Set(['Y', 'D', 'TH', 'TM']);

/** The TIMEX3 value of n of a unit ("two weeks" P2W, "2 1/2 years" P2Y6M), X for an unknown amount ("weeks" PXW). */
export function durationValue(n: number | 'X', unitWord: string): string {
  const unit = UNITS.get(unitWord)!;
  const key = `${unit.time ? 'T' : ''}${unit.letter}`;
  const s = SMALLER[key];
  if (typeof n === 'number' && !Number.isInteger(n) && s) {
    const whole = MIXED.has(key) ? Math.floor(n) : 0;
    const rest = `${s[2] && !unit.time ? 'T' : ''}${Math.round((n - whole) * s[0])}${s[1]}`;
    return `P${unit.time ? 'T' : ''}${whole ? `${whole}${unit.letter}` : ''}${rest}`;
  }
  if (unit.letter === 'DE') return n === 'X' ? 'PXDE' : `P${n * 10}Y`;
  if (unit.letter === 'CE') return n === 'X' ? 'PXCE' : `P${n * 100}Y`;
  if (unit.letter === 'WE') return n === 'X' ? 'PXWE' : `P${n * 2}D`;
  if (unitWord.startsWith('fortnight')) return n === 'X' ? 'PXW' : `P${n * 2}W`;
  return `P${unit.time ? 'T' : ''}${n}${unit.letter}`;
}

export const SEASONS = new QuickMap<string>([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

export const ORDINALS = new QuickMap<number>([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
]);

export const PARTS_OF_DAY = new QuickMap<string>([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
]);

/** the nouns of a limit set for someone: "deadline", "ultimatum", "cutoff" */
export const LIMIT_NOUNS = new QuickSet(['deadline', 'ultimatum', 'cutoff']);
/** the movement of goods a trade is booked for: a time before it is when they move ("for March delivery") */
export const SHIPMENTS = new QuickSet([
  'shipment',
  'shipments',
  'delivery',
  'deliveries',
  'loading',
  'loadings',
  'arrival',
]);
/** what names a year of its own kind before "year": "the fiscal year", "this school year", "the crop year" */
export const YEAR_KINDS = new QuickSet([
  'fiscal',
  'financial',
  'school',
  'academic',
  'tax',
  'calendar',
  'crop',
  'marketing',
]);

/** Words that put the sentence in the future, so that "Friday" means the coming Friday. */
export const FUTURE_CUES = new QuickSet([
  'plan',
  'planning',
  'intend',
  'intends',
  'expect',
  'hope',
  'hopes',
  'expires',
  'expire',
  'ultimatum',
  'will',
  "'ll",
  'shall',
  'next',
  'expected',
  'expects',
  'scheduled',
  'plans',
  'planned',
  'due',
  'until',
  'by',
  'coming',
  'upcoming',
  'deadline',
  'must',
  // what is judged likely or aimed at lies ahead: "is likely to pick up in the second half"
  'likely',
  'unlikely',
  'poised',
  'aims',
  'projected',
  'forecast',
]);

/** A number written like a year of news: 1800–2099. */
export const isYear = (text: string) => text.length === 4 && /^(1[89]|20)\d\d$/.test(text); // most numbers fail the length, without a regex run
/** what is told for a year, after its number: "1986 levels", "1987 results", "1987 cars" (the model year) */
export const YEAR_READINGS = new Set([
  'levels',
  'results',
  'sales',
  'rates',
  'volumes',
  'expenses',
  'prospects',
  'figures',
  'earnings',
  'profits',
  'revenues',
  'prices',
  'totals',
  'estimates',
  'forecasts',
  'budgets',
  'accounts',
  'crops',
  'models',
  'cars',
  'trucks',
]);
