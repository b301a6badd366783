import {
  andAHalfLength,
  NUMBER_START_WORDS,
  ORDINAL_WORDS,
  readNumber,
  GLUED_SCALE,
  scaleOf,
  trailingScale,
  type NumberMatch,
} from '../numberWords';
import { COUNTRY_TRIE } from '../gazetteer';
import { glued, isAllCaps, isCapitalized, isPossessiveAt, TokenKind, type Token } from '../tokenize';
import { lowerAt, SENTENCE_END, startsSentence, unitAloneAfter } from '../timeSupport';
import { MONTHS, UNITS, WEEKDAYS, YEAR_READINGS, isYear } from '../timeWords';
import type { CountCandidate, DocumentContext, Recognizer } from '../types';
import type { Qualifier } from '../schema';
import { QuickMap, QuickSet } from '../quickSet';
import { AMOUNT_UNITS, amountUnitAt, PRICE_MOVES } from '../quantityUnits';
import {
  countedNoun,
  DETERMINERS,
  RELATIVE_PRONOUNS,
  isPlural,
  isPluralNoun,
  NOUN_STOP,
  namesPeople,
  singularNounAt,
  inCapitals,
  JETLINER,
  measureUnitAt,
  type NounRange,
} from '../countedNoun';
import { BE_FORMS, isPastForm, isPresentInS, isVerbLike, MODAL_VERBS, verbForm } from '../verbs';
import { crossesSentenceEnd } from '../sentences';

// Counts: a cardinal number and the noun it counts ("as many as 43 Russian diplomats": 43, at most,
// "diplomats"). Numbers that are something else are left out: years, dates, times and durations
// (the time recognizers ran first), money, percentages, measures, ordinals, ages, scores, phone
// and section numbers.

const QUALIFIERS: ReadonlyArray<[string, Qualifier]> = [
  ['as many as', 'at-most'],
  ['up to', 'at-most'],
  ['no more than', 'at-most'],
  ['a maximum of', 'at-most'],
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['upwards of', 'more-than'],
  ['fewer than', 'less-than'],
  ['less than', 'less-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['some', 'approx'],
  ['roughly', 'approx'],
  ['approximately', 'approx'],
  ['an estimated', 'approx'],
  ['close to', 'approx'],
  ['estimated', 'approx'],
  ['just over', 'more-than'],
  ['a total of', 'exact'],
];
/** the qualifiers that are prepositions of place too */
const PLACE_BOUNDS = new QuickSet(['under', 'over', 'above', 'below']);
/** the qualifiers by their last word, longest first, so that a count checks only those that can end before it */
const QUALIFIERS_BY_LAST_WORD = (() => {
  const byLast = new Map<string, Array<{ words: string[]; q: Qualifier }>>();
  for (const [p, q] of QUALIFIERS) {
    const words = p.split(' ');
    const list = byLast.get(words[words.length - 1]!) ?? [];
    list.push({ words, q });
    list.sort((a, b) => b.words.length - a.words.length);
    byLast.set(words[words.length - 1]!, list);
  }
  return new QuickMap(byLast);
})();
/** what glues two numbers into one code, score, time or date: 2-1, 555-1234, 10:30, 3/30 */
const JOINERS = new Set(['-', ':', '/', '–']);
/** tokens after which a capital only starts a sentence */
const SENTENCE_OPENERS = new Set(['.', '!', '?', '"', '“', ':', ';', '(']);
const isDigit = (t: Token | undefined) => t !== undefined && t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57;

/** a plural in lower case that things are counted in: "diplomats", "people", "police" */
const countsPlural = (w: string) => isLowerPlural(w) || (/^[a-z]+$/.test(w) && isPluralNoun(w));

/** "diplomats", not "Diplomats", "class" or "was" */
function isLowerPlural(w: string): boolean {
  if (!isPlural(w)) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
/** Whether ", A and B," stands at token k (A) after the people whose ages they are: "The two men, 23 and 25, were charged". */
function agesPairAt(tokens: readonly Token[], k: number, countryEnds: CountryEnds): boolean {
  const people = tokens[k - 2];
  const ageAt = (j: number) =>
    tokens[j]?.kind === TokenKind.Number && /^\d{1,3}$/.test(tokens[j]!.text) && +tokens[j]!.text <= 120;
  return (
    tokens[k - 1]?.text === ',' &&
    ageAt(k) &&
    lowerAt(tokens, k + 1) === 'and' &&
    ageAt(k + 2) &&
    (tokens[k + 3]?.text === ',' || tokens[k + 3]?.text === '.') &&
    !!people &&
    !countryEnds.has(people.end) &&
    (PERSON_NOUNS.hasAt(tokens, k - 2) ||
      AGE_GROUPS.hasAt(tokens, k - 2) ||
      KIN_AND_SUSPECTS.hasAt(tokens, k - 2) ||
      isCapitalized(people))
  );
}
/** people the age groups leave out, whose ages a pair after them tells */
const KIN_AND_SUSPECTS = new QuickSet(['brothers', 'sisters', 'sons', 'daughters', 'couple', 'suspects', 'victims']);

/** Whether "and a half", "-and-a-half", "and a quarter" or "and three quarters" stands at token k with no scale after it. */
function fractionAfter(tokens: readonly Token[], k: number): boolean {
  // (glued by hyphens: "one-and-a-half to three per cent")
  if (andAHalfLength(tokens, k) === 6) return scaleOf(lowerAt(tokens, k + 6)) === undefined;
  if (lowerAt(tokens, k) !== 'and') return false;
  const a = lowerAt(tokens, k + 1),
    part = lowerAt(tokens, k + 2);
  const end =
    (a === 'a' && (part === 'half' || part === 'quarter')) || (a === 'three' && part === 'quarters') ? k + 3 : -1;
  return end > 0 && scaleOf(lowerAt(tokens, end)) === undefined;
}

/** words that make "one" a pronoun: "the one who", "this one", "every one" */
const PRONOUN_ONE_BEFORE = new QuickSet(['the', 'this', 'that', 'every', 'each', 'any', 'which', 'another', 'no']);
const PERSON_NOUNS = new QuickSet([
  'wife',
  'husband',
  'son',
  'daughter',
  'mother',
  'father',
  'brother',
  'sister',
  'man',
  'woman',
  'boy',
  'girl',
  'widow',
  'friend',
  'child',
  'baby',
]);
/**
 * Whether token k is the "to" or "on" of a glued "N-to-N" / "N-on-N", the other number `dir` further on,
 * with no plural after the pair ("5-to-10 people" is a range).
 */
function pairedAt(tokens: readonly Token[], k: number, dir: 1 | -1): boolean {
  const w = tokens[k],
    hyphen = tokens[k + dir],
    other = tokens[k + 2 * dir];
  if (!w || (w.lower !== 'to' && w.lower !== 'on') || hyphen?.text !== '-' || !other) return false;
  if (countsPlural(tokens[k + 3]?.text ?? '')) return false;
  const [a, b] = dir > 0 ? [w, hyphen] : [hyphen, w];
  return a.end === b.start && (isDigit(other) || readNumber(tokens, k + 2 * dir) !== null);
}

/**
 * Whether token k (past an adverb: "who just turned 6") names the person whose age a copula tells:
 * "he is 54", "who was 77", "until the child turns 18".
 */
function personBefore(tokens: readonly Token[], k: number): boolean {
  const adverb = lowerAt(tokens, k);
  const at = adverb === 'just' || adverb === 'only' || adverb === 'already' || adverb === 'recently' ? k - 1 : k;
  return PERSONAL.has(lowerAt(tokens, at)) || PERSON_NOUNS.hasAt(tokens, at);
}
/** people told apart by age: "children under 5", "those over 65" */
const AGE_GROUPS = new QuickSet([
  'children',
  'kids',
  'boys',
  'girls',
  'people',
  'adults',
  'teenagers',
  'youths',
  'men',
  'women',
  'those',
  'anyone',
  'everyone',
  'patients',
  'voters',
  'residents',
  'citizens',
  'workers',
  'drivers',
  'players',
]);
/** what follows an age told with a copula: "he is 54 and …", "who turned 6 in November" */
const AFTER_AGE = new Set(['and', 'when', 'in', 'on', 'last', 'this']);
const STREETS = new QuickSet([
  'street',
  'st',
  'st.',
  'avenue',
  'ave',
  'ave.',
  'road',
  'rd',
  'rd.',
  'boulevard',
  'blvd',
  'blvd.',
  'lane',
  'drive',
  'place',
  'square',
]);
/**
 * qualifiers of one word that may stand between "at" and a price ("at above 150"; not the "least" of "at least
 * 200"), or before a price's change ("down nearly four at 61")
 */
const ROUNDING = new Set(['about', 'around', 'above', 'below', 'over', 'under', 'nearly', 'almost', 'roughly', 'just']);
const QUALIFIER_WORDS = new QuickSet(QUALIFIERS.flatMap(([p]) => p.split(' ')));
const CURRENCY_BEFORE = new QuickSet([
  '$',
  '€',
  '£',
  '¥',
  '₹',
  '₽',
  'us$',
  'c$',
  'a$',
  'hk$',
  'rs',
  'rs.',
  'usd',
  'eur',
  'gbp',
]);
/** after the number, what makes it no count besides the amount units: shares of a whole, clock words, ordinal suffixes, ratios */
const NOT_COUNT_AFTER = new QuickSet([
  '%',
  'per',
  // seasons told over: how long, not how many ("for the past three summers")
  'summers',
  'winters',
  'springs',
  'autumns',
  'kg',
  'kph',
  'km/h',
  'a.m.',
  'p.m.',
  'am',
  'pm',
  "o'clock",
  'gmt',
  'utc',
  'st',
  'nd',
  'rd',
  'th',
  'mln',
  'bln',
  'billion-dollar',
  // fractions, which say what share ("two-thirds", "one-fifth of a share"), and ratios ("three times as many")
  'half',
  'halves',
  'third',
  'thirds',
  'quarters',
  'fourth',
  'fourths',
  'fifth',
  'fifths',
  'sixth',
  'sixths',
  'seventh',
  'sevenths',
  'eighth',
  'eighths',
  'ninth',
  'ninths',
  'tenth',
  'tenths',
  'twelfth',
  'twelfths',
  'hundredth',
  'hundredths',
  'thousandth',
  'thousandths',
  'fold',
  'times',
  // a rating or a rank: "a four-star general", "five-star resorts" (a flag's "50 stars" are things)
  'star',
  // the wire's time units, which the duration recognizer does not read: "Nine mths", "12 mths", "3 min"
  'min',
  'mins',
  'hrs',
  'secs',
  'mths',
  'mth',
  'qtr',
  'qtrs',
  'yr',
  'yrs',
  'wks',
  'wk',
  // how often, not how many: "six-monthly meetings", "two daily flights" are rates
  'hourly',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'annual',
  'annually',
]);
/**
 * "about 4,500 hourly and salaried workers", "300 hourly employees": how the people counted are paid, no rate
 * (as "two daily flights" is)
 */
function paidByTheHour(tokens: readonly Token[], n: NumberMatch): boolean {
  if (lowerAt(tokens, n.last + 1) !== 'hourly') return false;
  const head = countedNoun(tokens, n.last, false);
  return head !== null && PAID_STAFF.hasAt(tokens, head.last);
}
const PAID_STAFF = new QuickSet(['workers', 'employees', 'employes', 'staff', 'earners', 'jobs', 'positions']);
/** Whether token k is a word that says the figure before it is no count: a unit of an amount ("dlrs", "pct", "tonnes") or another. */
const notCountUnitAt = (tokens: readonly Token[], k: number) =>
  NOT_COUNT_AFTER.hasAt(tokens, k) || amountUnitAt(tokens, k) !== null;
const SCORED = new QuickSet(['scored', 'scores', 'scoring', 'score']);
const NOT_COUNT_BEFORE = new QuickSet([
  'minus',
  'no.',
  'no',
  'nos',
  'fig',
  'vol',
  'art',
  'sec',
  'number',
  'section',
  'article',
  'chapter',
  'page',
  'room',
  'flight',
  'route',
  'highway',
  'interstate',
  'exit',
  'pier',
  'runway',
  'channel',
  'precinct',
  'ward',
  'proposition',
  'category',
  'resolution',
  'rule',
  'title',
  'grade',
  'level',
  'phase',
  // "bills in band one", "tranche two", "stage three", "Block 65", "District 9"
  'band',
  'tranche',
  'stage',
  'tier',
  'zone',
  'block',
  'blocks',
  'division',
  'district',
  'version',
  'paragraph',
  'clause',
  'item',
  'appendix',
  'table',
  'figure',
  'line',
  'platform',
  'gate',
  'terminal',
  'suite',
  'apartment',
  // an address's abbreviations and places told by their number: "Apt. 4", "Floor 3", "Berth 12", "Lane 4"
  'apt',
  'apt.',
  'ste.',
  'rm.',
  'floor',
  'berth',
  'bay',
  'lane',
  'unit',
  // a union's local told by its number: "UFCW local 222 voted" (a name's capital is read elsewhere)
  'local',
  // a year written with a comma: "by the year 2,000"
  'year',
  'aged',
  'age',
  'ages',
  'v',
  'vs',
  'vs.',
  'score',
  'model',
  'type',
  'size',
  // the base of a rate: "7.5 per 1,000 births"
  'per',
]);

const POSSESSIVE_BEFORE_OWN = new QuickSet(['their', 'our', 'his', 'her', 'its', 'my', 'your']);
/** "13-under", "two-over-par": a hyphen glued to the figure and then a word of golf's par */
const againstPar = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === '-' && glued(tokens[k - 1], tokens[k]) && PAR_WORDS.hasAt(tokens, k + 1);
const PAR_WORDS = new QuickSet(['under', 'over', 'par']);

/**
 * "one oh three", "two oh seven": a number word next to the "oh" of a zero said as a digit; "climb and
 * maintain one five thousand": digit words side by side, said one by one (not "one five-year plan")
 */
const spokenDigitsAt = (tokens: readonly Token[], n: NumberMatch) =>
  (lowerAt(tokens, n.first - 1) === 'oh' && UNITS_SAID.hasAt(tokens, n.first - 2)) ||
  (lowerAt(tokens, n.last + 1) === 'oh' && UNITS_SAID.hasAt(tokens, n.last + 2)) ||
  (UNITS_SAID.hasAt(tokens, n.first) &&
    (digitSaidAlone(tokens, n.first - 1) ||
      (n.first === n.last && UNITS_SAID.hasAt(tokens, n.last + 1) && tokens[n.last + 2]?.text !== '-')));
/** a digit word at k that no number word before it makes part of a number ("maintain one", not "twenty one") */
const digitSaidAlone = (tokens: readonly Token[], k: number) =>
  UNITS_SAID.hasAt(tokens, k) && !NUMBER_START_WORDS.hasAt(tokens, k - 1) && tokens[k - 1]?.kind !== TokenKind.Number;
const UNITS_SAID = new QuickSet(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'oh']);

/** "the age of 30", "the ages of 18 and 25": the figure at k is an age */
const ageOfAt = (tokens: readonly Token[], k: number) =>
  lowerAt(tokens, k - 1) === 'of' && /^ages?$/.test(lowerAt(tokens, k - 2));

/** "dozens of", "hundreds of", "thousands of": at least two of the unit (24, 200, 2,000 …). */
const VAGUE_PLURALS = new QuickMap<number>([
  ['dozens', 24],
  ['scores', 40],
  ['hundreds', 200],
  ['thousands', 2000],
  ['millions', 2e6],
  ['billions', 2e9],
]);
const MULTIPLIERS = new QuickMap<number>([
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1e6],
  ['dozen', 12],
]);
/** the vague plurals that count on their own ("scores" and "millions" alone are mostly results and money) */
const BARE_VAGUE_PLURALS = new QuickSet(['dozens', 'hundreds', 'thousands']);

/**
 * "Dozens were hurt and scores more fled": "scores" alone is mostly a verb or results, but "more" and the clause's
 * verb after it make it a count of people, as "hundreds more" is ("he scores more goals" has its object)
 */
const scoresMoreAt = (tokens: readonly Token[], i: number) =>
  lowerAt(tokens, i) === 'scores' &&
  lowerAt(tokens, i + 1) === 'more' &&
  (BE_FORMS.hasAt(tokens, i + 2) || MODAL_VERBS.includes(lowerAt(tokens, i + 2)) || isPastForm(lowerAt(tokens, i + 2)));

function vaguePlural(tokens: readonly Token[], i: number): (NumberMatch & { vague: true; bare: boolean }) | null {
  // "several hundred", "a few thousand": at least two of the multiplier (COUNTS.md)
  const few =
    lowerAt(tokens, i) === 'several'
      ? i + 1
      : lowerAt(tokens, i) === 'a' && lowerAt(tokens, i + 1) === 'few'
        ? i + 2
        : -1;
  const multiplier = few > 0 ? MULTIPLIERS.getAt(tokens, few) : undefined;
  if (multiplier !== undefined) {
    // "several hundred thousand", "a few hundred million": the multipliers multiply (200,000)
    const times = multiplier === 100 ? MULTIPLIERS.getAt(tokens, few + 1) : undefined;
    const scaled = times !== undefined && times >= 1000;
    return {
      value: 2 * multiplier * (scaled ? times : 1),
      first: i,
      last: scaled ? few + 1 : few,
      digits: false,
      vague: true,
      bare: false,
    };
  }
  let value =
    VAGUE_PLURALS.getAt(tokens, i) ??
    (lowerAt(tokens, i) === 'tens' && VAGUE_PLURALS.hasAt(tokens, i + 2) ? 10 : undefined);
  if (value === undefined) return null;
  // "hundreds of thousands" = 200,000, "tens of thousands" = 20,000
  const of = VAGUE_PLURALS.getAt(tokens, i + 2);
  if (lowerAt(tokens, i + 1) === 'of' && of !== undefined && of >= 1000) {
    // the second plural's unit (thousands: 1,000) times at least two of the first (hundreds: 200; tens: 20)
    value = (value === 10 ? 20 : value) * (of / 2);
    return {
      value,
      first: i,
      last: lowerAt(tokens, i + 3) === 'of' ? i + 3 : i + 2,
      digits: false,
      vague: true,
      bare: false,
    };
  }
  if (lowerAt(tokens, i + 1) === 'of') return { value, first: i, last: i + 1, digits: false, vague: true, bare: false }; // "of" too, like "a couple of"
  // "thousands marched", "hundreds were arrested": a count of people the sentence does not name ("dozens more
  // people" names them)
  return BARE_VAGUE_PLURALS.hasAt(tokens, i) || scoresMoreAt(tokens, i)
    ? {
        value,
        first: i,
        last: i,
        digits: false,
        vague: true,
        bare: !(lowerAt(tokens, i + 1) === 'more' && countsPlural(tokens[i + 2]?.text ?? '')),
      }
    : null;
}

/** what joins a number to its partner: the other end of a range ("10 to 20", "10-20"), a list or a pair */
const PAIR_JOINERS = new QuickSet(['to', 'and', 'or', '-', '–']);

/** The upper end of a range starting at n: "10 to 20", "10-20", "between 10 and 20". */
function rangeUpper(tokens: readonly Token[], n: NumberMatch): NumberMatch | null {
  const sep = tokens[n.last + 1];
  // "dozens if not hundreds of interviews": a range whose upper end is stressed, as with "or even"
  const ifNot = sep?.lower === 'if' && lowerAt(tokens, n.last + 2) === 'not';
  if (!sep || (!ifNot && !PAIR_JOINERS.hasAt(tokens, n.last + 1))) return null;
  // "rose 12 to 30 members": the change and the new figure, no range; nor "from nine to 11 members", two
  // figures of a change (COUNTS.md)
  // ("rose by 12,000 to 3.2 mln": the change and the new level)
  // ("the rig count was up 16 to 180": so is a change told with "up" or "down")
  const moved =
    PRICE_MOVES.hasAt(tokens, n.first - 1) ||
    CHANGE_ADVERBS.has(lowerAt(tokens, n.first - 1)) ||
    (lowerAt(tokens, n.first - 1) === 'by' && PRICE_MOVES.hasAt(tokens, n.first - 2));
  if (sep.lower === 'to' && (moved || lowerAt(tokens, n.first - 1) === 'from')) return null;
  // "hundreds or even thousands of people": "even" stresses the upper end
  const at = ifNot || (lowerAt(tokens, n.last + 2) === 'even' && sep.lower === 'or') ? n.last + 3 : n.last + 2;
  // a vague end on either side: "a few dozen or a few hundred protesters", "dozens or hundreds of people"
  const upper = readNumber(tokens, at) ?? vaguePlural(tokens, at);
  return upper && upper.value > n.value && (sep.lower !== 'and' || lowerAt(tokens, n.first - 1) === 'between')
    ? upper
    : null;
}

const CHANGE_ADVERBS = new Set(['up', 'down', 'off']);

/** Whether the subject of the clause a bare figure ends is a measure, a few words back: "the rating stood at 65". */
function measureBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - MEASURE_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Punct) return false;
    if (MEASURES.hasAt(tokens, k)) return true;
  }
  return false;
}
const MEASURE_REACH = 5;
const EXTREMES = new Set(['low', 'high', 'lows', 'highs']);
const MEASURES = new QuickSet([
  'rating',
  'ratings',
  'rate',
  'index',
  'average',
  'yield',
  'temperature',
  'reading',
  // ("half a dozen of them measuring more than 5", "a quake of magnitude 6": what a measuring verb or a magnitude gives)
  'measuring',
  'measured',
  'magnitude',
]);

/**
 * "an annual rate of 1.8 mln units", "at a pace of about 4,000 a day": what a rate is at is a measure
 * (COUNTS.md), not a count of the things it counts.
 */
function rateOfBefore(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= first - RATE_QUALIFIER_REACH && RATE_QUALIFIERS.hasAt(tokens, k)) k--;
  return lowerAt(tokens, k) === 'of' && (lowerAt(tokens, k - 1) === 'rate' || lowerAt(tokens, k - 1) === 'pace');
}
const RATE_QUALIFIERS = new QuickSet(['about', 'some', 'nearly', 'almost', 'roughly', 'around', 'an', 'estimated']);
const RATE_QUALIFIER_REACH = 2;

/** Whether "in age" leads a range whose end starts at token i: "in age from 19 to 62", "in age between 5 and 12". */
function inAgeRange(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - AGE_RANGE_REACH; k--) {
    const t = tokens[k]!;
    if ((t.lower === 'age' || t.lower === 'ages') && lowerAt(tokens, k - 1) === 'in') return true;
    if (t.kind !== TokenKind.Number && !AGE_RANGE_LINKS.has(t.lower)) return false;
  }
  return false;
}
const AGE_RANGE_REACH = 5;
const AGE_RANGE_LINKS = new Set(['from', 'to', 'between', 'and', '-', '–']);

/**
 * "five and 40 mm", "38 to 42 dlrs", "two or three pct", "from 19 to 62 years old", "a five to 10-year
 * period": a number whose partner after "and", "or", "to" or a dash carries the unit of both, of an amount
 * or of time.
 */
function unitAfterPartner(tokens: readonly Token[], n: NumberMatch): boolean {
  const partner = pairPartner(tokens, n);
  if (partner === null) return false;
  // ("a five to 10-year period": the unit glued to the partner; "five to 5-1/2 pct": past the partner's fraction)
  const hyphen = tokens[partner.last + 1]?.text === '-' && glued(tokens[partner.last], tokens[partner.last + 1]);
  const unit = writtenWithFraction(tokens, partner.last)
    ? partner.last + (hyphen ? 5 : 4)
    : hyphen
      ? partner.last + 2
      : partner.last + 1;
  // ("50 to 100 times more potent": a multiplier's, as after one figure)
  if (amountUnitAt(tokens, unit) !== null || UNITS.hasAt(tokens, unit) || notCountUnitAt(tokens, unit)) return true;
  // ("from six to eight satellites a year": a rate of both, as of one figure)
  const noun = countedNoun(tokens, partner.last, partner.value === 1);
  return noun !== null && isRate(tokens, noun.last);
}

/** the figure after "and", "or", "to" or a dash that pairs with n ("five and 40 mm", "30 and 35 billion"), or null */
function pairPartner(tokens: readonly Token[], n: NumberMatch): NumberMatch | null {
  return PAIR_JOINERS.hasAt(tokens, n.last + 1) ? readNumber(tokens, n.last + 2) : null;
}

/** the partner of a bare figure when it carries a scale the figure shares ("30 and 35 billion"), or null */
function scaledPartner(tokens: readonly Token[], n: NumberMatch): NumberMatch | null {
  const partner = pairPartner(tokens, n);
  return partner !== null && partner.last > partner.first ? partner : null;
}

/**
 * "six months instead of three", "cut the term to two years from five", "lasted 12 days, against 20 in 1985":
 * a figure without a noun set against a length of time right before it is a length in the same unit
 * (COUNTS.md: durations), as one set against an amount is that amount.
 */
function comparedWithLength(tokens: readonly Token[], n: NumberMatch): boolean {
  let k = n.first - 1;
  if (lowerAt(tokens, k) === 'the') k--;
  const w = lowerAt(tokens, k),
    before = lowerAt(tokens, k - 1);
  // ("to" sets the other end of a span only after its "from": "from two years to five", not "rose over two
  // years to 300", a level)
  const twoWords =
    (w === 'of' && before === 'instead') ||
    (w === 'than' && before === 'rather') ||
    ((w === 'with' || w === 'to') && before === 'compared');
  if (!twoWords && !LENGTH_COMPARED.has(w)) return false;
  const spanEnd = w === 'to' && !twoWords;
  k -= twoWords ? 2 : 1;
  if (lowerAt(tokens, k) === 'up' || lowerAt(tokens, k) === 'down') k--;
  if (tokens[k]?.text === ',') k--;
  return (
    UNITS.hasAt(tokens, k) && readNumber(tokens, k - 1) !== null && (!spanEnd || lowerAt(tokens, k - 2) === 'from')
  );
}
const LENGTH_COMPARED = new Set(['from', 'to', 'or', 'against', 'versus', 'vs', 'vs.', 'not']);

/**
 * "One, three and six-month deposits", "two-, three- and five-year notes", "six, nine and 12 months": the
 * members of a list whose last carries a unit of time or an amount share it.
 */
function unitOfList(tokens: readonly Token[], n: NumberMatch): boolean {
  // (each member after a joiner: "compared with 11 four years ago" is a figure and a time)
  let joined = false;
  for (let k = n.last + 1, steps = 0; k < tokens.length && steps < LIST_REACH; k++, steps++) {
    const t = tokens[k]!;
    if (LIST_JOINS.hasAt(tokens, k) || (t.text === '-' && glued(tokens[k - 1], t))) {
      joined = true;
      continue;
    }
    const member = joined ? readNumber(tokens, k) : null;
    if (!member) return false;
    joined = false;
    const hyphen = tokens[member.last + 1];
    const unit = hyphen?.text === '-' && glued(tokens[member.last], hyphen) ? member.last + 2 : member.last + 1;
    if (UNITS.hasAt(tokens, unit) || amountUnitAt(tokens, unit) !== null) return true;
    k = member.last;
  }
  return false;
}
const LIST_JOINS = new QuickSet([',', 'and', 'or']);
const LIST_REACH = 8;

/** "152 to 153 to the U.S. dollar", "1.85 per dollar": an exchange rate, a price of one currency in another. */
function exchangeRate(tokens: readonly Token[], last: number): boolean {
  const w = lowerAt(tokens, last + 1);
  if (w !== 'to' && w !== 'per' && w !== 'against') return false;
  const article = lowerAt(tokens, last + 2);
  const unit = article === 'the' || article === 'a' || article === 'one' || article === 'each' ? last + 3 : last + 2;
  return amountUnitAt(tokens, unit) === 'money';
}

/**
 * "Intel's 80486 chip is", "the 486 chip.", "The 747 jet landed": figures between a determiner and a
 * singular that ends its phrase name a model (COUNTS.md: models are no counts). A figure above one
 * counts plurals ("the 300 staff were told", "its 12 aircraft"), and before a singular that modifies
 * a head noun it is part of a compound ("The 54 member contact group").
 */
function namedModel(tokens: readonly Token[], n: NumberMatch): boolean {
  if (!n.digits || n.first !== n.last || n.value <= 1 || tokens[n.first]!.text.includes(',')) return false;
  const a = lowerAt(tokens, n.first - 1);
  // four digits or more name a model after a compound too: "the 16-bit 8088 chip"
  const long = tokens[n.first]!.text.length >= 4;
  if (
    !long &&
    !DETERMINERS.hasAt(tokens, n.first - 1) &&
    a !== 'a' &&
    a !== 'an' &&
    !isPossessiveAt(tokens, n.first - 3)
  )
    return false;
  const noun = tokens[n.first + 1];
  if (!noun || !/^[a-z]{3,}$/.test(noun.text) || isPluralNoun(noun.text) || NOUN_STOP.hasAt(tokens, n.first + 1))
    return false;
  // "the 23 injured", "the 12 dead": people named by their state, no model
  if (isPastForm(noun.text) || PEOPLE_BY_STATE.hasAt(tokens, n.first + 1)) return false;
  // four digits or more without a comma, no year (the dates took those): "its 80486 computer chip", "a 80386
  // machine"; a plural at the head of the phrase is what they count ("another 5000 salaried employees")
  if (long) {
    const head = countedNoun(tokens, n.last, false);
    return head === null || !isPluralNoun(tokens[head.last]!.lower);
  }
  const after = tokens[n.first + 2];
  return (
    !after ||
    (after.kind === TokenKind.Punct && after.text !== '-') ||
    MODEL_FOLLOWERS.hasAt(tokens, n.first + 2) ||
    isPastForm(after.lower)
  );
}
const TURNING = new Set(['turn', 'turns', 'turned', 'turning']);
const PEOPLE_BY_STATE = new QuickSet(['dead', 'missing', 'sick', 'elderly', 'homeless', 'unemployed', 'hurt']);

/**
 * "TWA 800", "TWA eight hundred climb", "TWA's eight hundred": a figure right after a company's or an
 * airline's code in capitals names a flight or a model (COUNTS.md: identifiers), unless it counts a plural
 * ("OPEC's 13 members", "UAW 500 workers"); a country's initials are no code ("U.S. 500 …" is read elsewhere).
 */
function codeNamed(tokens: readonly Token[], n: NumberMatch): boolean {
  const at = isPossessiveAt(tokens, n.first - 3) ? n.first - 3 : n.first - 1;
  const code = tokens[at];
  if (code === undefined || !CODE.test(code.text) || COUNTRY_TRIE.next.has(code.lower)) return false;
  // ("the EC's 17-man Commission": a figure glued to its noun counts, COUNTS.md)
  if (tokens[n.last + 1]?.text === '-' && glued(tokens[n.last], tokens[n.last + 1])) return false;
  // (a headline in capitals has capitals on both sides: "PSV HIT VOLENDAM FOR SIX", "CUP TWO-MAN RESULTS")
  if (CAPITALS_WORD.test(tokens[at - 1]?.text ?? '') || CAPITALS_WORD.test(tokens[n.last + 1]?.text ?? ''))
    return false;
  const noun = countedNoun(tokens, n.last, n.value === 1);
  return noun === null || !isPluralNoun(tokens[noun.last]!.lower);
}
/**
 * "Audi 5000 vehicles", "the Formula One Grand Prix", "Mortgage Fund Two": a figure right after a name in title
 * case (not the sentence's first word, nor a month's or a weekday's) is the name's, a model or a series (COUNTS.md: identifiers);
 * a count stands before a name ("5,000 Audi cars") and writes its thousands with a comma (not a vote's tally:
 * "passed the House 245 to 178", nor a country's figure in a gapped clause: "and Italy 30")
 */
function afterTitleCaseName(tokens: readonly Token[], n: NumberMatch): boolean {
  const name = tokens[n.first - 1];
  if (!name || !TITLE_WORD.test(name.text) || startsSentence(tokens, n.first - 1)) return false;
  // (nor a function word the wire capitalized after an abbreviation's stop: "the U.S. With 22 banks")
  if (MONTHS.hasAt(tokens, n.first - 1) || WEEKDAYS.hasAt(tokens, n.first - 1) || NOUN_STOP.hasAt(tokens, n.first - 1))
    return false;
  const figure = tokens[n.first]!.text;
  return (
    (n.digits ? !figure.includes(',') && n.first === n.last : TITLE_WORD.test(figure)) && !inVoteTally(tokens, n.first)
  );
}
/** a word in title case, whole: "Audi", "Formula", "One" (not "McDonnell", "NATO") */
const TITLE_WORD = /^[A-Z][a-z]+$/;
const CODE = /^[A-Z]{2,5}$/;
const CAPITALS_WORD = /^[A-Z]{2,}/;
/** what may follow a model's noun: a verb, a preposition or an adverb, no further noun */
const MODEL_FOLLOWERS = new QuickSet([
  'early',
  'late',
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'and',
  'or',
  'of',
  'in',
  'on',
  'for',
  'with',
  'that',
  'which',
  'to',
  'from',
  'by',
]);

/** the modals of ability or duty after which "one" is the generic pronoun: "one can see", "one must wonder" */
const GENERIC_MODALS = new Set(['can', 'cannot', 'could', 'must', 'should', 'might', 'may']);
/** The token after the joiner of a share at k ("in", "of", "out of": "one in five", "nine out of 10"), or -1. */
function shareBaseAt(tokens: readonly Token[], k: number): number {
  const w = lowerAt(tokens, k);
  if (w === 'in' || w === 'of') return k + 1;
  return w === 'out' && lowerAt(tokens, k + 1) === 'of' ? k + 2 : -1;
}
/** the bases of a share told "out of" or "of" ("nine out of 10", "6 of 10 Americans") */
const ROUND_BASES = new Set([10, 100, 1000]);
/**
 * Whether the joiner at k and the base after it tell a share: "in" always; "out of" a round base; "of" a
 * round base of a people ("6 of 10 Americans"; "one of 10 children" is a group of ten).
 */
function shareOf(tokens: readonly Token[], k: number, base: NumberMatch): boolean {
  const w = lowerAt(tokens, k);
  if (w === 'in') return true;
  if (!ROUND_BASES.has(base.value)) return false;
  if (w === 'out') return true;
  const people = tokens[base.last + 1];
  return !!people && COUNTRY_TRIE.next.has(people.lower) && namesPeople(people.lower) && isPlural(people.lower);
}
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);
/** Fixed phrases in which "one" counts nothing: "on the one hand", "one by one", "one way or the other", "for one thing", "in one go", "one-off". */
const IDIOMS = [
  ['on', 'the', 'one', 'hand'],
  ['one', 'by', 'one'],
  ['one', 'way', 'or', 'the', 'other'],
  ['one', 'after', 'another'],
  ['one', 'after', 'the', 'other'],
  ['for', 'one', 'thing'],
  ['in', 'one', 'go'],
  // "one-off cash payments": happening once
  ['one', '-', 'off'],
];
function inIdiom(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'one') return false;
  // "one can see", "one must wonder", "One really cannot expect": the generic pronoun before a modal of ability or
  // duty; "launching one himself": a pronoun before its reflexive
  const modal = /ly$/.test(lowerAt(tokens, i + 1)) ? i + 2 : i + 1;
  if (GENERIC_MODALS.has(lowerAt(tokens, modal)) || REFLEXIVES.has(lowerAt(tokens, i + 1))) return true;
  // "One has to wonder", "one had to admire": duty in "have to" (not "One has been released")
  if (/^ha[sd]$/.test(lowerAt(tokens, modal)) && lowerAt(tokens, modal + 1) === 'to') return true;
  // "in one form or another", "in one direction or another"
  if (lowerAt(tokens, i + 2) === 'or' && lowerAt(tokens, i + 3) === 'another') return true;
  return IDIOMS.some((words) =>
    words.some((w, at) => w === 'one' && words.every((x, j) => lowerAt(tokens, i - at + j) === x)),
  );
}

/** Where the clause around token i ends, looking one way: a sentence mark, or a new line (table rows). */
function clauseEdge(tokens: readonly Token[], i: number, dir: 1 | -1, limit: number): number {
  const { clauseStart, clauseEnd } = clauses(tokens);
  return dir === 1 ? Math.min(clauseEnd[i]!, i + limit) : Math.max(clauseStart[i]!, i - limit);
}

/**
 * For one token array (a paragraph), computed once in two passes: where each token's clause starts and
 * ends, and how many amounts ("45 mln dlrs", "55 pct") stand before each token — so that every number's
 * questions about its clause cost the same whatever the clause's length (number-dense tables stay fast).
 */
function clauses(tokens: readonly Token[]): {
  clauseStart: Int32Array;
  clauseEnd: Int32Array;
  amountsBefore: Int32Array;
} {
  if (tokens === clauseCache.tokens) return clauseCache;
  const n = tokens.length;
  // paragraphs of ordinary length share three buffers (the cache keeps one paragraph's answers at a time)
  const buffers = n < REUSED_CLAUSE_BUFFERS ? reusedClauseBuffers : new Int32Array(3 * n + 1);
  const clauseStart = buffers.subarray(0, n),
    clauseEnd = buffers.subarray(n, 2 * n),
    amountsBefore = buffers.subarray(2 * n, 3 * n + 1);
  amountsBefore[0] = 0;
  const ends = (k: number) => {
    const w = tokens[k]!.text;
    return w === '.' || w === ';' || w === '?' || w === '!';
  };
  for (let k = 0; k < n; k++) {
    clauseStart[k] = k === 0 || tokens[k]!.newlineBefore || ends(k - 1) ? k : clauseStart[k - 1]!;
    let after = k + 1;
    const numeric = isDigit(tokens[k]) || NUMBER_START_WORDS.hasAt(tokens, k);
    if (numeric) while (SCALE_AFTER.hasAt(tokens, after)) after++;
    // an index named in the clause makes its bare figures levels: "the Dow rose 12.5 to 2,345"
    // (money written with its sign before it, "$1.2 million", is an amount as "1.2 mln dlrs" is)
    const amount =
      (numeric && (amountUnitAt(tokens, after) || CURRENCY_BEFORE.hasAt(tokens, k - 1))) ||
      MARKET_INDEXES.hasAt(tokens, k);
    amountsBefore[k + 1] = amountsBefore[k]! + (amount ? 1 : 0);
  }
  for (let k = n - 1; k >= 0; k--)
    clauseEnd[k] = k === n - 1 || tokens[k + 1]!.newlineBefore || ends(k + 1) ? k : clauseEnd[k + 1]!;
  clauseCache = { tokens, clauseStart, clauseEnd, amountsBefore };
  return clauseCache;
}
const REUSED_CLAUSE_BUFFERS = 1 << 14;
const reusedClauseBuffers = new Int32Array(3 * REUSED_CLAUSE_BUFFERS + 1);
let clauseCache: {
  tokens: readonly Token[] | null;
  clauseStart: Int32Array;
  clauseEnd: Int32Array;
  amountsBefore: Int32Array;
} = { tokens: null, clauseStart: new Int32Array(0), clauseEnd: new Int32Array(0), amountsBefore: new Int32Array(1) };

/**
 * A number without a noun in a clause whose figures are amounts takes their kind: "fell 195 mln dlrs
 * to 65.06 billion", "450 crowns for the restricted and 455 for the free shares", "from 1.69 mln in
 * 1986" after "1.5 mln tonnes" (COUNTS.md: elliptical figures in a money sentence are money).
 */
function amountInClause(tokens: readonly Token[], n: NumberMatch): boolean {
  // "500,000 of its shares": the noun follows; not in "378 mln of which", whose noun is the one before
  if (lowerAt(tokens, n.last + 1) === 'of' && !RELATIVE_PRONOUNS.hasAt(tokens, n.last + 2)) return false;
  const from = clauseEdge(tokens, n.first, -1, 40),
    to = clauseEdge(tokens, n.last, 1, 12);
  // the number itself is no amount (isCardinal asked that first), so counting it in changes nothing
  const { amountsBefore } = clauses(tokens);
  return amountsBefore[to + 1]! - amountsBefore[from]! > 0;
}
/** how many earlier members of a numbered list are looked back over */
const ENUMERATION_REACH = 6;
/** plural nouns whose members are numbered: "years one and two", "pages 3 and 4"; and what lists ages ("children ages 4, 7 and 11") */
const ENUMERATED = new QuickSet([
  'ages',
  'aged',
  'years',
  'months',
  'weeks',
  'days',
  'quarters',
  'rounds',
  'phases',
  'stages',
  'pages',
  'chapters',
  'sections',
  'games',
  'parts',
  'levels',
  'grades',
  'articles',
  'items',
  'lines',
]);
const LABELS = new QuickSet(
  'group round phase stage step game chapter section article level grade page part category class division heat lane gate platform pier route day week year act scene volume episode item'.split(
    ' ',
  ),
);
/** what makes a unit of time before a number a time, not a label: "the day two gunmen attacked", "every year 40 …" */
const TIME_OPENERS = new QuickSet(['a', 'an', 'every', 'each', 'last', 'next', 'same', 'one']);
/** stock indexes and lists named for their size: "S and P 500", "Poor's 500", "FTSE 100", "Fortune 500" */
const SINGULAR_VERBS = new Set(['is', 'was', 'has', 'does']);
const AGE_COPULAS = new Set(['is', 'was', 'turned', 'turns']);
const PERSONAL = new Set(['he', 'she', 'who', 'i']);
const INDEX_NAMES = new QuickSet([
  'p',
  's&p',
  'poor',
  'ftse',
  'nikkei',
  'nasdaq',
  'fortune',
  'russell',
  'dax',
  'cac',
  'topix',
  'dow',
]);
const RATIOS = new QuickSet(['ratio', 'ratios', 'multiple', 'multiples']);
const MARKET_INDEXES = new QuickSet(['index', 'indexes', 'indices', 'dow', 'nikkei', 'ftse', 'nasdaq', 'dax', 'topix']);
const SCALE_AFTER = new QuickSet([
  'million',
  'billion',
  'trillion',
  'mln',
  'bln',
  'thousand',
  'hundred',
  'bilion',
  'milion',
]);

/**
 * "450 branches, up from 430", "26,108 cars, down from 27,500": the other end of a change whose figure
 * before counts a plural, though money is named elsewhere in the clause
 */
function countChangedFrom(tokens: readonly Token[], n: NumberMatch): boolean {
  if (lowerAt(tokens, n.first - 1) !== 'from') return false;
  for (let k = n.first - 2; k >= 0 && k >= n.first - CHANGE_REACH; k--)
    if (tokens[k]!.kind === TokenKind.Number) return countedPluralAt(tokens, k + 1);
  return false;
}
const CHANGE_REACH = 6;

/** a plural of the figure before it that is no unit: "1,340 stores" (not "45 dlrs", "12 pct", "10 years") */
const countedPluralAt = (tokens: readonly Token[], k: number) =>
  isLowerPlural(tokens[k]?.text ?? '') && !notCountUnitAt(tokens, k) && !UNITS.hasAt(tokens, k);

/**
 * "sold 1.5 mln shares at 12-3/4 dlrs each and 200,000 at 13": a figure at a price, as a count of things at a
 * price stands before it in the sentence, is more of those things (an amount of money has no price)
 */
function soldAtPriceLike(tokens: readonly Token[], n: NumberMatch): boolean {
  if (lowerAt(tokens, n.last + 1) !== 'at' || tokens[n.last + 2]?.kind !== TokenKind.Number) return false;
  for (let k = n.first - 2; k >= 1 && k >= n.first - PRICED_REACH && !SENTENCE_END.has(tokens[k]!.text); k--)
    if (
      tokens[k]!.lower === 'at' &&
      tokens[k + 1]?.kind === TokenKind.Number &&
      countedPluralAt(tokens, k - 1) &&
      (tokens[k - 2]?.kind === TokenKind.Number || scaleOf(lowerAt(tokens, k - 2)) !== undefined)
    )
      return true;
  return false;
}
const PRICED_REACH = 25;

/**
 * Whether "to 1" or "to one" at token k ends a ratio whose first figure starts at `first`: no plural
 * after it ("2 to 1 votes" counts), no "from" before the figure, no vote's tally.
 */
function toOneAt(tokens: readonly Token[], k: number, first: number): boolean {
  return (
    lowerAt(tokens, k) === 'to' &&
    // (the "one" of "to one hundred and eighty" is no one)
    readNumber(tokens, k + 1)?.value === 1 &&
    !isLowerPlural(lowerAt(tokens, k + 2)) &&
    lowerAt(tokens, first - 1) !== 'from' &&
    voteTallyAt(tokens, first) === null
  );
}

/** "for every four held", "for each three shares": so many per so many */
const EACH_OF = new QuickSet(['every', 'each']);

/** Whether the paragraph has a "vs" at all (earnings tables): asked once per token array, not per number. */
function hasComparison(tokens: readonly Token[]): boolean {
  if (tokens !== comparisonOf.tokens) {
    let vs = false;
    for (let k = 0; k < tokens.length && !vs; k++) vs = tokens[k]!.lower === 'vs' || tokens[k]!.lower === 'vs.';
    comparisonOf = { tokens, vs };
  }
  return comparisonOf.vs;
}
let comparisonOf: { tokens: readonly Token[] | null; vs: boolean } = { tokens: null, vs: false };

/**
 * An earnings table row ("Net 12.6 mln vs 15.8 mln", "Avg shrs 2,332,397 vs 1,428,000"): its figures
 * are money unless the row counts shares; for those, the label's word is the noun.
 */
function tableRow(tokens: readonly Token[], first: number): { shares: number | null } | null {
  if (!hasComparison(tokens)) return null;
  const from = clauseEdge(tokens, first, -1, 12),
    to = clauseEdge(tokens, first, 1, 12);
  let vs = false;
  for (let k = from; k <= to; k++) if (tokens[k]!.lower === 'vs' || tokens[k]!.lower === 'vs.') vs = true;
  if (!vs) return null;
  for (let k = from; k < first; k++) if (shareLabelAt(tokens, k)) return { shares: k };
  return { shares: null };
}
/**
 * "Jul/Sep 4-3/4 under 5 under", "CHICAGO CORN PROCESSORS SPOT, 4 UNDER MAY": a price spread or a basis quote, a
 * figure "over" or "under" a month's price or another figure, or at the line's end
 */
function spreadQuote(tokens: readonly Token[], n: NumberMatch): boolean {
  const side = lowerAt(tokens, n.last + 1);
  if (side !== 'over' && side !== 'under') return false;
  const k = n.last + 2,
    t = tokens[k];
  // (not a change over a year: "a rise of 3,400 over 1985")
  return (
    t === undefined || t.newlineBefore || (t.kind === TokenKind.Number && !isYear(t.text)) || MONTHS.hasAt(tokens, k)
  );
}
/**
 * "WHEAT MAY7 285 UP 1 1/2", "CRA closed 10 up at 7.80", "total 96,547 off 667": a quote told with its change, a
 * price or a stock of a commodity (not "up from", a count's change, nor a count of things: "added 71 off 85 balls")
 */
const quotedWithChange = (tokens: readonly Token[], n: NumberMatch) =>
  QUOTE_CHANGES.hasAt(tokens, n.last + 1) &&
  (lowerAt(tokens, n.last + 2) === 'at' ||
    (tokens[n.last + 2]?.kind === TokenKind.Number && !countedPluralAt(tokens, n.last + 3)));
const QUOTE_CHANGES = new QuickSet(['up', 'down', 'dn', 'off']);
/** The token that opens the line of token k, when it stands at `lo` or after, else -1 */
function lineStartBefore(tokens: readonly Token[], k: number, lo: number): number {
  for (let j = k; j >= Math.max(0, lo); j--) if (j === 0 || tokens[j]!.newlineBefore) return j;
  return -1;
}
/** Whether token k stands in a paragraph that opens with "Note" ("NOTE:", "Note -"), as an earnings table's note does */
function inNoteParagraph(tokens: readonly Token[], k: number): boolean {
  const start = lineStartBefore(tokens, k, k - NOTE_REACH);
  return start >= 0 && /^note$/i.test(tokens[start]!.text);
}
const NOTE_REACH = 80;
/** Whether the figure at `first` follows the label of an earnings table's money row, the label opening its line. */
function moneyRowAt(tokens: readonly Token[], first: number): boolean {
  const start = lineStartBefore(tokens, first - 1, first - MONEY_ROW_LABEL_REACH);
  if (start < 0 || !/^[A-Z]/.test(tokens[start]!.text)) return false;
  for (let k = start; k < first; k++) if (!MONEY_ROW_LABELS.hasAt(tokens, k)) return false;
  return true;
}
const MONEY_ROW_LABELS = new QuickSet([
  'net',
  'revs',
  'revenues',
  'sales',
  'profit',
  'loss',
  'oper',
  'income',
  'turnover',
]);
const MONEY_ROW_LABEL_REACH = 3;
/** "Avg shrs", "Shares", and "Avg shr" (an average number of shares, where a lone "Shr" row is earnings per share) */
function shareLabelAt(tokens: readonly Token[], k: number): boolean {
  const w = lowerAt(tokens, k);
  return w === 'shrs' || w === 'shares' || (w === 'shr' && /^av/.test(lowerAt(tokens, k - 1)));
}
/** The noun a table row's label names: "Avg shrs 2,332,397 vs 1,428,000", or right before a lone figure ("Avg shrs 4,500,000"). */
function tableLabelNoun(tokens: readonly Token[], first: number): NounRange | null {
  const label = tableRow(tokens, first)?.shares ?? (shareLabelAt(tokens, first - 1) ? first - 1 : null);
  return label === null ? null : { first: label, last: label };
}

/**
 * The last token of a vote's tally whose first figure is at i, or null: "voted 4-3", "approved the bill
 * 52-48", "passed the House 245 to 178", "a 4-3 vote", "by a 52-48 margin" (a score has none of these
 * words around it; "to" before a plural is a range: "approved 10 to 15 projects").
 */
function voteTallyAt(tokens: readonly Token[], i: number): number | null {
  return tallyShapeAt(tokens, i) && (votedAt(tokens, i) || tallyBefore(tokens, i)) ? i + 2 : null;
}

/** "52-48", "220 to 205": two figures of up to three digits, glued by a hyphen or joined by "to" (not "5 to 6 ships") */
function tallyShapeAt(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i],
    join = tokens[i + 1],
    second = tokens[i + 2];
  if (!first || !join || !second || !/^\d{1,3}$/.test(first.text) || !/^\d{1,3}$/.test(second.text)) return false;
  const glued = join.text === '-' && first.end === join.start && join.end === second.start;
  return glued || (join.lower === 'to' && !isLowerPlural(tokens[i + 3]?.text ?? ''));
}

/** Whether the words around the figures at i tell of a vote: "voted 7-2", "7-2 vote", "the vote was 258-176" */
const votedAt = (tokens: readonly Token[], i: number) =>
  votedBefore(tokens, i) || VOTES_AFTER.has(lowerAt(tokens, i + 3)) || voteIsSubject(tokens, i);

/**
 * "passed the Senate 52-48 and the House 220 to 205": a tally joined to one just told of a vote, another
 * chamber's (one step back, so that a run of tallies stays linear)
 */
function tallyBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - TALLY_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Number)
      return lowerAt(tokens, k + 1) === 'and' && tallyShapeAt(tokens, k - 2) && votedAt(tokens, k - 2);
    if (t.kind !== TokenKind.Word) return false;
  }
  return false;
}

/** Whether the figure at i is either figure of a vote's tally. */
const inVoteTally = (tokens: readonly Token[], i: number) =>
  voteTallyAt(tokens, i) !== null || voteTallyAt(tokens, i - 2) !== null;

/** "The vote in the House was 258-176": a vote the subject of the copula right before the tally */
function voteIsSubject(tokens: readonly Token[], i: number): boolean {
  if (!COPULAS.has(lowerAt(tokens, i - 1))) return false;
  for (let k = i - 2; k >= 0 && k >= i - 2 - SUBJECT_REACH && tokens[k]!.kind === TokenKind.Word; k--)
    if (VOTES_AFTER.has(tokens[k]!.lower)) return true;
  return false;
}
const COPULAS = new Set(['was', 'were', 'is', 'are']);
const SUBJECT_REACH = 5;

/**
 * Whether the figure n is one side of a score told with "to": "beat Cleveland five to four", "won the
 * game 102 to 98", "a five to four win" (COUNTS.md: scores are no counts; "won 10 to 15 seats" is a range).
 */
function inScore(tokens: readonly Token[], n: NumberMatch): boolean {
  if (scoreAt(tokens, n.first) || marginOf(tokens, n)) return true;
  // "Taylor unbeaten on 102", "was out for 45": a batsman's runs (not "out for 45 days")
  if (
    BATTED.has(lowerAt(tokens, n.first - 2)) &&
    (lowerAt(tokens, n.first - 1) === 'on' || lowerAt(tokens, n.first - 1) === 'for') &&
    countedNoun(tokens, n.last, n.value === 1) === null
  )
    return true;
  if (lowerAt(tokens, n.first - 1) !== 'to') return false;
  // the figure before "to" starts where reading from it ends right before "to": "one hundred and two to ninety-eight"
  for (let j = n.first - 2; j >= n.first - 6 && j >= 0 && tokens[j]!.kind !== TokenKind.Punct; j--)
    if (readNumber(tokens, j)?.last === n.first - 2 && scoreAt(tokens, j)) return true;
  return false;
}
/** "beat New Zealand by 46 runs", "won by three wickets": a winning margin, a score (not "won by 5,000 votes", a tally) */
function marginOf(tokens: readonly Token[], n: NumberMatch): boolean {
  if (!MARGIN_UNITS.has(lowerAt(tokens, n.last + 1))) return false;
  // "finished two strokes behind", "a length clear", "three points ahead of Milan": how far a rival stands
  if (STANDINGS.has(lowerAt(tokens, n.last + 2))) return true;
  return lowerAt(tokens, n.first - 1) === 'by' && scoreVerbBefore(tokens, n.first - 1);
}
const STANDINGS = new Set(['behind', 'ahead', 'clear', 'adrift', 'back']);
const BATTED = new Set(['unbeaten', 'out']);
const MARGIN_UNITS = new Set(['runs', 'wickets', 'points', 'goals', 'strokes', 'shots', 'lengths', 'seconds']);
/** A verb of winning a few words before token i, past its object ("beat the Jazz", "won the game"). */
function scoreVerbBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - TALLY_REACH && tokens[k]!.kind === TokenKind.Word; k--)
    if (SCORE_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}
function scoreAt(tokens: readonly Token[], i: number): boolean {
  if (voteTallyAt(tokens, i) !== null) return false;
  const a = readNumber(tokens, i);
  if (!a || a.value >= 1000 || lowerAt(tokens, a.last + 1) !== 'to') return false;
  const b = readNumber(tokens, a.last + 2);
  if (!b || b.value >= 1000 || isLowerPlural(tokens[b.last + 1]?.text ?? '')) return false;
  return SCORE_NOUNS.has(lowerAt(tokens, b.last + 1)) || scoreVerbBefore(tokens, i);
}
const SCORE_VERBS = new Set([
  'won',
  'beat',
  'beats',
  'defeated',
  'lost',
  'edged',
  'routed',
  'trailed',
  'led',
  'downed',
  'topped',
  'whipped',
  'crushed',
  'outscored',
]);
const SCORE_NOUNS = new Set(['win', 'victory', 'defeat', 'loss', 'lead', 'triumph', 'rout']);

/**
 * A verb of voting a few words before the tally, past only its object ("approved the measure 7-2"); a
 * team defeated is beaten by a score, a bill defeated by votes ("defeated the bill 52 to 47").
 */
function votedBefore(tokens: readonly Token[], i: number): boolean {
  let motion = false;
  for (let k = i - 1; k >= 0 && k >= i - TALLY_REACH; k--) {
    const t = tokens[k]!;
    if (VOTING.has(t.lower)) return k === i - 1 || t.lower !== 'defeated' || motion;
    if (t.kind !== TokenKind.Word) return false;
    motion ||= MOTIONS.has(t.lower);
  }
  return false;
}
const MOTIONS = new Set([
  'bill',
  'measure',
  'amendment',
  'motion',
  'proposal',
  'resolution',
  'legislation',
  'nomination',
]);
const TALLY_REACH = 4;
const VOTING = new Set([
  'voted',
  'vote',
  'votes',
  'approved',
  'passed',
  'rejected',
  'defeated',
  'ratified',
  'confirmed',
  'adopted',
  'endorsed',
  // a court's votes: "ruled 5-4", "upheld the law 6-3", "struck down the ban 5-4"
  'ruled',
  'upheld',
  'struck',
]);
const VOTES_AFTER = new Set(['vote', 'votes', 'margin', 'majority', 'decision', 'ruling', 'tally']);

/**
 * Whether a figure stands among more figures than words, as the cells of a table do (standings "DETROIT
 * 15 9 4 81 53 34", results, ranked points "2. Germany 1,135 3. Switzerland 972", telephone numbers):
 * without a noun of its own such a figure is a score, a points total or a statistic, not a number of things.
 */
function inFigureTable(tokens: readonly Token[], n: NumberMatch): boolean {
  // figures side by side with nothing between: columns ("Vancouver 5 7") or a telephone number ("+48 22 653 9700")
  if (n.digits && (isDigit(tokens[n.first - 1]) || isDigit(tokens[n.last + 1]) || tokens[n.first - 1]?.text === '+'))
    return true;
  let figures = 0,
    words = 0;
  for (let k = Math.max(0, n.first - TABLE_REACH); k <= n.last + TABLE_REACH && k < tokens.length; k++) {
    if (k >= n.first && k <= n.last) continue;
    const kind = tokens[k]!.kind;
    if (kind === TokenKind.Number) figures++;
    else if (kind === TokenKind.Word) words++;
  }
  return figures >= 4 && figures > words;
}
const TABLE_REACH = 6;

/**
 * Whether a figure without a noun stands between names, as in a list of results or a squad ("Barnet 3
 * Wycombe 3", "Hilde Gerg ( Germany ) 130 3. Svetlana", "15 - Tim Stimpson", "1. Pernilla Wiberg"): a
 * score, points, a place or a shirt number (not a headline's capitals: "QANTAS TO BUY FOUR 747-400'S").
 */
function inResultsList(tokens: readonly Token[], n: NumberMatch): boolean {
  const prev = tokens[n.first - 1],
    next = tokens[n.last + 1],
    afterDash = next?.text === '-' ? tokens[n.last + 2] : undefined;
  const listStart = !prev || tokens[n.first]!.newlineBefore || prev.text === ':';
  // a place in a ranking: "1. Pernilla Wiberg", at a line's start or after "Standings:"
  const afterNext = tokens[n.last + 2];
  if (listStart && next?.text === '.' && afterNext && isCapitalized(afterNext)) return true;
  if (!prev) return false;
  if (afterDash && isCapitalized(afterDash) && SQUAD_BEFORE.has(prev.text)) return true;
  if (prev.text !== ')' && !(isCapitalized(prev) && !isAllCaps(prev))) return false;
  const lineEnd = !next || next.newlineBefore;
  const nextName = !lineEnd && (next.text === '(' || (isCapitalized(next) && !isAllCaps(next)));
  // a capital that opens a sentence or a line says nothing of a name ("Only 3 were hurt"), unless a name follows
  const opening = prev.newlineBefore || SENTENCE_OPENERS.has(tokens[n.first - 2]?.text ?? '.');
  return nextName || (!opening && (lineEnd || next.kind === TokenKind.Number));
}
/** Whether the token at k is the "x" or "×" between two figures of a dimension ("640 x 480") */
const dimensionAt = (tokens: readonly Token[], k: number) =>
  (tokens[k]?.lower === 'x' || tokens[k]?.text === '×') &&
  tokens[k - 1]?.kind === TokenKind.Number &&
  tokens[k + 1]?.kind === TokenKind.Number;

/** Whether a local telephone number starts at token k: three digits, a glued dash, four digits ("652-0642") */
function phoneNumberAt(tokens: readonly Token[], k: number): boolean {
  const [a, dash, b] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  return (
    !!a &&
    !!dash &&
    !!b &&
    /^\d{3}$/.test(a.text) &&
    dash.text === '-' &&
    a.end === dash.start &&
    dash.end === b.start &&
    /^\d{4}$/.test(b.text)
  );
}
/** what ends a person's name with a period: "John Mills Jr., 41," */
const NAME_SUFFIXES = new QuickSet(['jr', 'sr']);
/**
 * "Hartford 4 BOSTON 2 FLORIDA 4 Ny Islanders 2": figures between names, the home team's in capitals, in a row
 * where another name and figure follow or come before (a headline's capitals have no such row: "QANTAS TO BUY
 * FOUR 747-400'S")
 */
function scoreRowAt(tokens: readonly Token[], n: NumberMatch): boolean {
  const name = (k: number) => tokens[k]?.kind === TokenKind.Word && isCapitalized(tokens[k]!);
  const digitsAt = (k: number) => tokens[k]?.kind === TokenKind.Number && /^\d{1,2}$/.test(tokens[k]!.text);
  const rowGoesOn = name(n.last + 1) || !tokens[n.last + 1] || tokens[n.last + 1]!.newlineBefore;
  if (!n.digits || n.first !== n.last || !digitsAt(n.first) || !name(n.first - 1) || !rowGoesOn) return false;
  // the partner's figure a name or two on, or the one before a name or two back
  return [2, 3].some(
    (d) => (digitsAt(n.last + d) && name(n.last + d - 1)) || (digitsAt(n.first - d) && name(n.first - d + 1)),
  );
}
/**
 * "Scorers : Aly Ashour 7 , 56 penalty , Mohamed Ouda 24": the minutes (or tallies) of a match's scorers,
 * from "Scorers :" to the sentence's end.
 */
function inScorersList(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k > 0 && k >= first - SCORERS_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === ':' && SCORERS.has(tokens[k - 1]!.lower)) return true;
    // (the list may start on the line after "Scorers :")
    if (SCORERS_END.has(t.text) || (t.newlineBefore && tokens[k - 1]!.text !== ':')) return false;
  }
  return false;
}
const SCORERS = new Set(['scorers', 'scorer', 'goalscorers']);
const SCORERS_REACH = 40;
const SCORERS_END = new Set(['.', '!', '?', ';']);
const FORUMS = new Set(['group', 'gang', 'club']);
/** what a figure with its noun before it measures: "79 lines long", "12 storeys high" */
const DIMENSIONS = new QuickSet(['long', 'wide', 'high', 'tall', 'deep', 'thick']);
const EMERGENCY_NUMBERS = new Set(['911', '999', '112']);
const DIALLED = new QuickSet([
  'call',
  'calls',
  'caller',
  'callers',
  'operator',
  'operators',
  'dispatcher',
  'dispatchers',
]);
/** words that lead a count at a sentence's start: "Another 40 died", "Only 12 survived" */
const SENTENCE_LEADS = new QuickSet([
  'another',
  'only',
  'all',
  'just',
  'both',
  'exactly',
  'perhaps',
  'still',
  'now',
  'then',
]);
/** the people of a whole counted as one: its figure counts them but names no noun */
const COLLECTIVES = new QuickSet([
  'population',
  'workforce',
  'electorate',
  'headcount',
  'crowd',
  'audience',
  'membership',
  'congregation',
  'readership',
  'toll',
  'turnout',
  'attendance',
  'number', // "organisers put the number at 10,000"
]);
/** groups of people by what they do together, "of" a figure: "a crew of 24", "a staff of 40", "a contingent of 300" */
const GROUPS_OF = new QuickSet([
  'crew',
  'staff',
  'team',
  'squad',
  'contingent',
  'delegation',
  'garrison',
  'force',
  'group',
]);
/**
 * "Revenue rose to 320 million from 290 million", "annual sales of 12 billion", "worth 500 million",
 * "values the company at 1.8 billion": a figure without a noun whose clause speaks of money before it
 * is an amount (COUNTS.md: elliptical money).
 */
const moneyNounBefore = (tokens: readonly Token[], first: number) => inClauseBefore(tokens, first, MONEY_CONTEXT);
/**
 * Whether a word of `set` stands before token i in its clause, a few words back at most: money ("annual sales of
 * 12 billion"), a collective ("the toll was up nearly 40").
 */
function inClauseBefore(tokens: readonly Token[], i: number, set: QuickSet): boolean {
  for (let k = i - 1, from = clauseEdge(tokens, i, -1, CLAUSE_WORD_REACH); k >= from; k--)
    if (set.hasAt(tokens, k)) return true;
  return false;
}
const CLAUSE_WORD_REACH = 8;
/**
 * "a population of 1.2 billion", "the population is 1.2 billion", "put the death toll at 112": people
 * a collective counts (COUNTS.md: a count with no noun), both ends of "the population rose from 2.1 million to 2.4
 * million"; "a city of 1.3 million", "a nation of 1.2 billion", "a crew of 24": the people a place or a group holds.
 */
function peopleCounted(tokens: readonly Token[], n: NumberMatch): boolean {
  const lead = fromToLowerEnd(tokens, n.first);
  for (let k = lead - 1; k >= lead - 3 && tokens[k]?.kind === TokenKind.Word; k--)
    if (COLLECTIVES.hasAt(tokens, k)) return true;
  return (
    lowerAt(tokens, n.first - 1) === 'of' &&
    (PEOPLED_PLACES.hasAt(tokens, n.first - 2) || GROUPS_OF.hasAt(tokens, n.first - 2))
  );
}
/** Whether a lower-case word that may go on a noun phrase stands at token k ("sales contests"). */
const continuesNoun = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === TokenKind.Word && /^[a-z]+$/.test(tokens[k]!.text) && !NOUN_STOP.hasAt(tokens, k);
/** verbs whose bare figure right after them is a price: "tickets cost 25" */
const PRICE_VERBS = new QuickSet([
  'cost',
  'costs',
  'costing',
  'fetch',
  'fetched',
  'fetches',
  'fetching',
  // what is lent, borrowed, spent, paid or owed without a noun is money: "the banks lent 5 billion"
  'lent',
  'lend',
  'lends',
  'borrowed',
  'borrow',
  'borrows',
  'spent',
  'spend',
  'spends',
  'paid',
  'pay',
  'pays',
  'owed',
  'owe',
  'owes',
  // what a court or a regulator fines: "was fined 10,000"
  'fined',
  'fines',
]);
/** what an amount is "in": "12 billion in taxes", "500 million in aid" */
const MONEY_IN = new QuickSet([
  'taxes',
  'tax',
  'aid',
  'revenue',
  'revenues',
  'sales',
  'loans',
  'credits',
  'subsidies',
  'fees',
  'fines',
  'damages',
  'bonds',
  'cash',
  'assets',
  'deposits',
  'debt',
  'profits',
  'losses',
  'funding',
  'financing',
  'investment',
  'investments',
  'payments',
  'donations',
  'contributions',
]);
/** what speaks of money before a figure (not MONEY_NOUNS, the heads after one: "a 1.2 mln profit") */
const MONEY_CONTEXT = new QuickSet([
  'revenue',
  'revenues',
  'sales',
  'turnover',
  'profit',
  'profits',
  'earnings',
  'income',
  'loss',
  'losses',
  'worth',
  'value',
  'valued',
  'values',
  'valuing',
  'price',
  'priced',
  'cost',
  'costs',
  'budget',
  'spending',
  'debt',
  'debts',
  'deficit',
  'deficits',
  'surplus',
  'shortfall',
  'assets',
  'capitalization',
  'dividend',
  'dividends',
  'fee',
  'fees',
  'paid',
  'salary',
  'wages',
  // what is only ever money: "the jackpot has grown to 100 million", "spent 40 million on it"
  'jackpot',
  'prize',
  'ransom',
  'reward',
  'bail',
  'fine',
  'fined',
  'damages',
  'compensation',
  'bonus',
  'loan',
  'loans',
  'grant',
  'funding',
  'raised',
  'borrowed',
  'owed',
  'owes',
  'spent',
  'spend',
  'spends',
  'pay',
  'pays',
  'paying',
  'earned',
  'earns',
  // what a state or a firm pays out, owes or keeps in the bank: "Payments in 1988 were cut to 400 mln from 1.20 billion"
  'payment',
  'payments',
  'deficit',
  'surplus',
  'deposits',
  'investment',
  'proceeds',
  'subsidies',
  'expenditure',
  'outlays',
  'premiums',
  'taxes',
]);
const SQUAD_BEFORE = new Set([',', ';', '(', ')', '-', ':']);

/**
 * An elliptical figure takes its noun from the count next to it in the same clause (COUNTS.md: "raised
 * to 300,000 shares from 250,000" → both "shares"), the one before it first.
 */
function shareNoun(text: string, counts: CountCandidate[], k: number): void {
  if (collectiveMembers(text, counts[k]!)) return;
  const near = (j: number) => {
    const other = counts[j];
    if (!other || other.count.noun === null) return false;
    const [a, b] = j < k ? [other, counts[k]!] : [counts[k]!, other];
    const between = text.slice(Math.min(a.end, b.start), b.start);
    // "to 300,000 shares from 250,000", not across a clause ("3 died and two fled, while 21 diplomats left"); a part
    // "including" takes the whole's noun, not the whole the part's ("At least 74, including eight Americans, died")
    return COMPARISON.test(between) && !crossesSentenceEnd(between) && !(j > k && /\bincluding\s*$/i.test(between));
  };
  const from =
    samePrepositionBefore(text, counts, k) ??
    (near(k - 1) ? counts[k - 1]! : (parallelTo(text, counts, k) ?? (near(k + 1) ? counts[k + 1]! : null)));
  if (from) takeNoun(counts[k]!.count, from.count);
}

/**
 * "employs 1,200 people at its two plants and 300 at headquarters": the count of the sentence with the same
 * preposition after its noun as after the figure is the one the figure parallels, before a nearer one inside its
 * phrase ("more" and "fewer" compare, and are left to parallelTo)
 */
function samePrepositionBefore(text: string, counts: CountCandidate[], k: number): CountCandidate | null {
  const figure = counts[k]!;
  const after = PARALLEL_AFTER.exec(text.slice(figure.count.numberEnd, figure.count.numberEnd + 12));
  if (!after || MORE_OR_FEWER.has(after[1]!.toLowerCase())) return null;
  const same = ` ${after[1]} `;
  for (let j = k - 1; j >= 0 && j >= k - PARALLEL_REACH; j--) {
    const before = counts[j]!;
    const gap = text.slice(before.end, figure.start);
    if (gap.includes(';') || crossesSentenceEnd(gap)) return null;
    if (before.count.noun !== null && before.count.nounEnd !== null && text.startsWith(same, before.count.nounEnd))
      return before;
  }
  return null;
}

/** "a crew of 12", "a force of 5,000": a collective's members, whom no noun names (COUNTS.md), nor one shared */
const collectiveMembers = (text: string, c: CountCandidate) =>
  COLLECTIVE_OF.test(text.slice(Math.max(0, c.count.numberStart - COLLECTIVE_OF_REACH), c.count.numberStart));
const COLLECTIVE_OF = /\b(?:crew|staff|team|force|delegation|contingent|crowd|population|workforce|garrison)\s+of\s+$/i;
const COLLECTIVE_OF_REACH = 24;

/**
 * The count before the elliptical figure k in the same sentence that it goes on from, if any: "options to
 * buy four more" after "four MD-11 jets", the same preposition after the other's figure (after its noun:
 * samePrepositionBefore, "304 seats in the 512-seat Lower House and 143 in the Upper House"); after a comma, one
 * part of the whole: "12 trials involving the drug, 10 in the U.S."), or a verb after both,
 * each the subject of its clause ("35 people were killed and 120 injured", "Twelve people died and 40
 * were hurt").
 */
function parallelTo(text: string, counts: CountCandidate[], k: number): CountCandidate | null {
  const figure = counts[k]!;
  const after = PARALLEL_AFTER.exec(text.slice(figure.count.numberEnd, figure.count.numberEnd + 12));
  const subject =
    !after &&
    COORDINATED.test(text.slice(Math.max(0, figure.start - COORDINATED_REACH), figure.start)) &&
    verbAfter(text, figure.count.numberEnd);
  // "killed 12 people and wounded 40", "hired 300 workers and fired 120": the objects of two joined verbs
  const object = subject ? null : joinedVerbBefore(text, figure.start, true);
  if (!after && !subject && !object) return null;
  const comparedThan =
    !!after &&
    MORE_OR_FEWER.has(after[1]!.toLowerCase()) &&
    / than\b/i.test(text.slice(figure.count.numberEnd, figure.count.numberEnd + 14));
  // "12 other trials involving the drug, 10 in the U.S. and two in West Germany": the parts after a comma
  const listed = /,\s*$/.test(text.slice(Math.max(0, figure.start - 3), figure.start));
  for (let j = k - 1; j >= 0 && j >= k - PARALLEL_REACH; j--) {
    const before = counts[j]!;
    const gap = text.slice(before.end, figure.start);
    if (gap.includes(';') || crossesSentenceEnd(gap)) return null;
    if (before.count.noun === null || before.count.nounEnd === null) continue;
    if (subject) return verbAfter(text, before.count.nounEnd) ? before : null;
    // (the present of a headline or a summary when both are in it: "a quake kills 160 people and injures 5,700";
    // not "owns 12 shops and sold 3,000")
    const first = object ? joinedVerbBefore(text, before.start, false) : null;
    if (first && (first === 's') === (object === 's')) return before;
    // ("killed 200 people, including 12 Americans, and wounded 5,000": past the part to the whole)
    if (!after) continue;
    // ("310 seats, 10 more than it needs": "more than" only in apposition to the count right before, itself
    // no preposition's object: "7 points from four games, three more than Germany" are points)
    if (comparedThan)
      return /^\s*,\s*$/.test(text.slice(before.count.nounEnd, figure.start)) &&
        !AFTER_PREPOSITION.test(text.slice(Math.max(0, before.start - 12), before.start))
        ? before
        : null;
    // ("has 120 branches in 14 states and plans to open 20 more": not the count of a phrase of place, which names
    // where the others are)
    if (
      MORE_OR_FEWER.has(after![1]!.toLowerCase()) &&
      PLACE_LEADS.test(text.slice(Math.max(0, before.start - 8), before.start))
    )
      continue;
    // (the same preposition after the other's noun is samePrepositionBefore's, asked first; after its figure, here)
    if (
      MORE_OR_FEWER.has(after![1]!.toLowerCase()) ||
      listed ||
      JOINED_RIGHT_AFTER.test(text.slice(before.count.nounEnd, figure.start)) ||
      text.startsWith(` ${after![1]} `, before.count.numberEnd)
    )
      return before;
  }
  return null;
}
const PARALLEL_REACH = 3;
/** what joins two clauses or two parallel phrases: a comma, "and", "but", "while" */
const CLAUSE_JOINER = String.raw`(?:,|\band|\bbut|\bwhile)`;
/** "12 branches abroad and 230 at home": the figure joined to the count right after its noun and a word or two */
const JOINED_RIGHT_AFTER = new RegExp(String.raw`^(?:\s+[a-z]+){0,2}\s*${CLAUSE_JOINER}\s+$`);
const PARALLEL_AFTER = /^ (more|fewer|in|at|on|for|from)\b/i;
const MORE_OR_FEWER = new Set(['more', 'fewer']);
/** a preposition of place right before a count: "in 14 states", "across 20 countries" */
const PLACE_LEADS = /\b(?:in|across|throughout)\s+$/i;
const AFTER_PREPOSITION = /\b(?:from|in|of|at|on|for|with|over|by|to|after|before|than)\s+$/i;

/**
 * Whether a past form or a participle in -ing stands right before offset `at` (after "and" or a comma when
 * `joined`): "and wounded 40", "killing nine".
 */
function joinedVerbBefore(text: string, at: number, joined: boolean): 'past' | 'ing' | 's' | null {
  const m = (joined ? JOINED_VERB : VERB_BEFORE).exec(text.slice(Math.max(0, at - 24), at));
  const v = m ? verbForm(m[1]!) : null;
  if (!v || v.nounFirst || m![1] === 'including') return null;
  return v.form === 'ing' || v.form === 's' ? v.form : isPastForm(m![1]!) ? 'past' : null;
}
// (a name may stand between as the later verb's own subject: "and France expelled 35", "while Malta accepted 40")
const JOINED_VERB = new RegExp(String.raw`${CLAUSE_JOINER}\s+(?:[A-Z][\w.'-]*\s+){0,3}([a-z]+)\s+$`);
// (past a particle: "Italy took in 600 migrants")
const VERB_BEFORE = /\b([a-z]+)(?:\s+(?:in|out|up|down|off|back|away|over))?\s+$/;

/**
 * Whether the word after offset at begins a clause's verb: an auxiliary or a past form ("were", "died",
 * "injured"), past an apposition between commas ("12 people, mostly shoppers, were killed").
 */
function verbAfter(text: string, at: number): boolean {
  const aside = APPOSITION.exec(text.slice(at, at + APPOSITION_REACH));
  const from = at + (aside ? aside[0].length : 0);
  const word = /^ ([a-z]+)\b/.exec(text.slice(from, from + 24))?.[1];
  return word !== undefined && (CLAUSE_AUXILIARIES.has(word) || isPastForm(word));
}
/** what joins the figure's clause to the one before ("… were killed and 120 injured"; not "said two were hurt") */
// (past "a further", "another", "an additional": "12 soldiers were wounded and a further 30 were missing")
const COORDINATED = new RegExp(String.raw`${CLAUSE_JOINER}\s+(?:a\s+further\s+|another\s+|an\s+additional\s+)?$`, 'i');
const COORDINATED_REACH = 24;
const CLAUSE_AUXILIARIES = new Set(['was', 'were', 'are', 'is', 'have', 'has', 'had']);
const APPOSITION = /^,[^,.;:()"]+,/;
const APPOSITION_REACH = 48;

/**
 * The plural that a sentence opening "Of the …," "Of 100 …," or "Among the …," names as the whole a bare figure after
 * its comma is part of ("Of the eight victims, three were stabbed", "Of the remaining two trials, one
 * ended"; the head before an "of": "Of the nine brothers and sisters of his generation, five came").
 */
function partitiveOpener(tokens: readonly Token[], first: number): number | null {
  let comma = -1,
    k = first - 1;
  for (; k >= 0 && k >= first - OPENER_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === ',') comma = k;
    else if (SENTENCE_OPENERS.has(t.text)) break;
    if (t.newlineBefore) {
      k--;
      break;
    }
  }
  const open = k + 1;
  const lead = lowerAt(tokens, open);
  // (a figure may stand for the determiner: "Of 100 economists polled, 62 predict a recession")
  if (
    comma < 0 ||
    (lead !== 'of' && lead !== 'among') ||
    !(DETERMINERS.hasAt(tokens, open + 1) || readNumber(tokens, open + 1))
  )
    return null;
  let head: number | null = null;
  for (let j = open + 2; j < comma && tokens[j]!.lower !== 'of'; j++)
    // ("Of the 59 embassy staff, 20 were ordered out": a plural without an -s)
    if (tokens[j]!.kind === TokenKind.Word && countsPlural(tokens[j]!.text)) head = j;
  return head;
}
const OPENER_REACH = 30;

/**
 * The plural that "the number of …" names earlier in the sentence, whose figure a bare number then is
 * ("The number of plastic surgeries has jumped 30 percent to an estimated 150,000"), or null.
 */
function numberOfBefore(tokens: readonly Token[], first: number): number | null {
  for (let k = first - 1; k > 0 && k >= first - NUMBER_OF_REACH; k--) {
    if (SENTENCE_OPENERS.has(tokens[k]!.text) && tokens[k]!.text !== '(') return null;
    if (
      tokens[k]!.lower !== 'number' ||
      lowerAt(tokens, k + 1) !== 'of' ||
      !/^(?:the|total)$/.test(lowerAt(tokens, k - 1))
    )
      continue;
    return countedAfterNumberOf(tokens, k + 2, first);
  }
  return null;
}

/** The plural a few words on from `from`, up to `before`: "the number of [plastic surgeries]", "… of [Iraqi refugees]"; or the
 * adjective that names people: "the number of unemployed", "the number of dead" */
function countedAfterNumberOf(tokens: readonly Token[], from: number, before: number): number | null {
  for (let j = from; j <= from + 3 && j < before; j++) {
    if (isLowerPlural(tokens[j]!.text) || countsPlural(tokens[j]!.lower)) return j;
    // ("the number of dead pigs": the adjective names them only when no plural follows it)
    if (PEOPLE_ADJECTIVES.hasAt(tokens, j) && !(j + 1 < before && countsPlural(tokens[j + 1]!.lower))) return j;
  }
  return null;
}

/**
 * "Its outstanding shares fell to 109 mln from 129 mln", "Car sales rose to 40,131": the plural that is the subject
 * of the change a figure ends (COUNTS.md: an elliptical figure takes its noun from the sentence)
 */
function subjectOfChange(tokens: readonly Token[], first: number): number | null {
  const verb = CHANGE_LINKS.has(lowerAt(tokens, first - 1)) ? first - 2 : first - 1;
  const head = verb - 1;
  if (!PRICE_MOVES.hasAt(tokens, verb) || !isLowerPlural(tokens[head]?.text ?? '')) return null;
  // (the plural of a phrase after a preposition or a figure is no subject: "sales in the first two months
  // declining to 103,368", "Employment in manufacturing industries fell 430,000")
  for (let k = head - 1; k >= Math.max(0, head - SUBJECT_MODIFIER_REACH); k--) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Number || readNumber(tokens, k) !== null || SUBJECT_BREAKS.hasAt(tokens, k)) return null;
    if (t.kind !== TokenKind.Word || !/^[a-z-]+$/.test(t.text)) break;
  }
  return head;
}
const CHANGE_LINKS = new Set(['to', 'by']);
const SUBJECT_BREAKS = new QuickSet(['in', 'of', 'at', 'for', 'on', 'from', 'with', 'by']);
const SUBJECT_MODIFIER_REACH = 3;
/** "brings to 57 the number of Russian diplomats expelled", "raised to 120 the total of people detained": what the figure after "to" counts */
function numberOfAfter(tokens: readonly Token[], n: NumberMatch): number | null {
  const last = n.last;
  if (lowerAt(tokens, n.first - 1) !== 'to' || lowerAt(tokens, last + 1) !== 'the') return null;
  if (!TOTALS.hasAt(tokens, last + 2) || lowerAt(tokens, last + 3) !== 'of') return null;
  return countedAfterNumberOf(tokens, last + 4, tokens.length);
}
const TOTALS = new QuickSet(['number', 'total', 'tally']);
const NUMBER_OF_REACH = 35;
/** adjectives that name people as a noun does after "the number of" */
const PEOPLE_ADJECTIVES = new QuickSet([
  'unemployed',
  'jobless',
  'homeless',
  'dead',
  'injured',
  'wounded',
  'missing',
  'displaced',
]);

/**
 * "more than 500 dead", "left 2,000 homeless": an adjective of people's state right after the figure, ending its
 * phrase, names them as a noun does (not "2,000 homeless families", whose noun is read first); a participle
 * ("injured", "hurt") does so only joined to such a count ("500 dead and over 2,000 injured"), being else the
 * verb of a clause ("at least 82 were killed and more than 1,700 injured").
 */
function stateNamedAfter(tokens: readonly Token[], first: number, tail: number): NounRange | null {
  const k = tail + 1,
    t = tokens[k];
  if (!t || t.newlineBefore || !peopleStateAt(tokens, k)) return null;
  const next = tokens[k + 1];
  if (next && next.kind !== TokenKind.Punct && !NOUN_STOP.hasAt(tokens, k + 1)) return null;
  const joined =
    lowerAt(tokens, first - 1) === 'and' && peopleStateAt(tokens, first - 2) && !isPastForm(lowerAt(tokens, first - 2));
  return !isPastForm(t.lower) || joined ? { first: k, last: k } : null;
}
const peopleStateAt = (tokens: readonly Token[], k: number) =>
  PEOPLE_ADJECTIVES.hasAt(tokens, k) || PEOPLE_BY_STATE.hasAt(tokens, k);

function setNoun(count: CountCandidate, noun: Token): void {
  count.count.noun = noun.text;
  count.count.nounStart = noun.start;
  count.count.nounEnd = noun.end;
}

/**
 * "increased its authorized shares to eight mln from two mln": a figure a number of things changes
 * to (or from) counts the plural right before "to" (the figure after it then shares that noun).
 */
function changedFrom(tokens: readonly Token[], first: number, count: CountCandidate): boolean {
  const prep = tokens[first - 1]?.lower;
  const noun = tokens[first - 2];
  if ((prep !== 'to' && prep !== 'from') || noun?.kind !== TokenKind.Word || !isLowerPlural(noun.text)) return false;
  // ("changes in the past 10 years from 1.80 billion": a length's unit is no thing that changes)
  if (UNITS.hasAt(tokens, first - 2)) return false;
  setNoun(count, noun);
  return true;
}

/**
 * "an 18 member contact group", "a three judge panel": after "a" the number and the singular after it
 * modify the head, like "a 12-nation group" (COUNTS.md: the noun is the word the number counts). After
 * "the" too when the phrase ends in a singular ("The 54 member contact group"; not "the three major
 * networks", where the plural is counted).
 */
function compoundModifier(tokens: readonly Token[], n: NumberMatch, last: number): NounRange | null {
  const article = lowerAt(tokens, n.first - 1);
  const word = tokens[last + 1],
    head = tokens[last + 2];
  const singularEnd = () => {
    for (let k = last + 2; k <= last + 5 && /^[a-z]+$/.test(tokens[k]?.text ?? '') && !NOUN_STOP.hasAt(tokens, k); k++)
      if (countsPlural(tokens[k]!.text)) return false; // ("the 59 embassy staff": a plural without an -s)
    return true;
  };
  if (article !== 'a' && article !== 'an' && (article !== 'the' || !singularEnd())) return null;
  if (n.value <= 1 || last !== n.last) return null;
  if (word?.kind !== TokenKind.Word || head?.kind !== TokenKind.Word || !/^[a-z]+$/.test(word.text)) return null;
  // ("the 5,000 strong workforce": a collective's size, which names no noun)
  if (
    word.text.endsWith('s') ||
    word.text === 'strong' ||
    NOUN_STOP.hasAt(tokens, last + 1) ||
    NOUN_STOP.hasAt(tokens, last + 2)
  )
    return null;
  // the head after it is a word in lower case and no verb form ("a 40 page report"; "a 5 ended" is no compound)
  return /^[a-z]+$/.test(head.text) && !/(?:ed|ing)$/.test(head.text) ? { first: last + 1, last: last + 1 } : null;
}

/**
 * "63,000 common and 25,100 preferred shares", "five producer and five consumer delegates": counts
 * coordinated before one plural count it; the word between may be a modifier, never a verb ("three
 * died and two fled" count nothing in common). So do the earlier members of a list, from the last back
 * ("offices in 12, 14 and 16 cities").
 */
function coordinatedNoun(text: string, counts: CountCandidate[], k: number): void {
  const c = counts[k]!.count,
    next = counts[k + 1]!.count;
  if (c.value <= 1 || next.noun === null || next.nounStart === null || !isPluralNoun(next.noun)) return;
  if (collectiveMembers(text, counts[k]!)) return;
  // a noun of its own counts it, unless it is a singular right after the number: a modifier ("five producer")
  if (c.noun !== null && (isPluralNoun(c.noun) || !/^\s+$/.test(text.slice(c.numberEnd, c.nounStart ?? c.numberEnd))))
    return;
  const between = text.slice(c.nounEnd ?? c.numberEnd, next.numberStart);
  // (a list of commas alone when three figures or more make it: "six, seven, eight states")
  const comma = c.noun === null && /^\s*,\s+$/.test(between);
  if (comma && (inListBeforeNoun(text, counts, k + 1) || bareFigureListedBefore(text, counts, k)))
    return takeNoun(c, next);
  const m = /^\s+(?:([a-z]+)\s+)?(?:and|or)\s+$/.exec(between);
  // a word between: a modifier of a count that has no noun ("63,000 common and …", "nine existing and two
  // unopened stores": a present participle cannot be a verb without its auxiliary), never a verb
  if (!m || (m[1] !== undefined && (c.noun !== null || (isVerbLike(m[1]) && verbForm(m[1])?.form !== 'ing')))) return;
  takeNoun(c, next);
}

/** Whether a figure without a noun stands right before count k with a comma between: "six, [seven], eight states" */
function bareFigureListedBefore(text: string, counts: CountCandidate[], k: number): boolean {
  const before = counts[k - 1]?.count;
  return (
    !!before && before.noun === null && /^\s*,\s+$/.test(text.slice(before.numberEnd, counts[k]!.count.numberStart))
  );
}

/** Whether count j shares its noun with the next, joined as members of one list ("14 and 16 cities", "14, 16 …") */
function inListBeforeNoun(text: string, counts: CountCandidate[], j: number): boolean {
  const c = counts[j]!.count,
    next = counts[j + 1]?.count;
  return (
    next !== undefined &&
    c.nounStart !== null &&
    c.nounStart === next.nounStart &&
    LIST_GAP.test(text.slice(c.numberEnd, next.numberStart))
  );
}
const LIST_GAP = /^\s*(?:,|,?\s+(?:and|or))\s+$/;

function takeNoun(c: CountCandidate['count'], from: CountCandidate['count']): void {
  c.noun = from.noun;
  c.nounStart = from.nounStart;
  c.nounEnd = from.nounEnd;
}

/** what has points that are things: "a 12-point peace plan", "a five-point programme" (not "a 50-point drop") */
const PLANS = new QuickSet(['plan', 'plans', 'programme', 'program', 'agenda', 'proposal', 'charter', 'declaration']);
/** Whether token k, the word a hyphen glues after a number, makes an amount of it ("a 10-mile walk", "a 50-point drop") */
const unitInCompoundAt = (tokens: readonly Token[], k: number) =>
  notCountUnitAt(tokens, k) &&
  !(lowerAt(tokens, k) === 'point' && (PLANS.hasAt(tokens, k + 1) || PLANS.hasAt(tokens, k + 2)));
const LEADS = new QuickSet(['lead', 'leads', 'margin', 'advantage', 'edge', 'gap', 'deficit', 'swing']);

/** "20-25 stores": digits joined by a hyphen are a range when a counted noun follows. */
function isRange(tokens: readonly Token[], upper: number): boolean {
  const t = tokens[upper]!,
    after = tokens[upper + 1];
  return (
    t.kind === TokenKind.Number &&
    after?.kind === TokenKind.Word &&
    countsPlural(after.text) &&
    !AMOUNT_OR_RATE.hasAt(tokens, upper + 1)
  );
}
const AMOUNT_OR_RATE = new QuickSet(['dlrs', 'cts', 'pct', 'points', 'tonnes', 'tons']);

/** Words between a number and a time unit that make it a stretch of time: "the two previous months". */
const SPAN_ADJECTIVES = new QuickSet([
  'previous',
  'past',
  'next',
  'last',
  'coming',
  'consecutive',
  'straight',
  'successive',
  'following',
  'preceding',
  'full',
  'additional',
  'more',
]);

/**
 * "a 200 million deal with …", "the five billion target can …": millions with a singular head are an
 * amount the thing is worth, not things counted; a singular that modifies a noun after it still counts
 * ("a four mln share offering", as COUNTS.md's "a 12-nation group"), and so do livestock by the head
 * ("3.4 mln head of cattle").
 */
const amountsTo = (tokens: readonly Token[], n: NumberMatch, head: number) =>
  trailingScale(tokens, n) >= 1e6 &&
  singularNounAt(tokens, head) &&
  tokens[head]!.lower !== 'head' &&
  !modifiesNext(tokens, head) &&
  !PEOPLE_BY_STATE.hasAt(tokens, head); // "left a million homeless": people
/** Whether the singular at k modifies a word after it ("share offering", "nation group"), which is no stop word, modal or past form. */
const modifiesNext = (tokens: readonly Token[], k: number) => {
  const next = tokens[k + 1];
  return (
    next !== undefined &&
    /^[a-z]{3,}$/.test(next.text) &&
    !NOUN_STOP.hasAt(tokens, k + 1) &&
    !MODAL_VERBS.includes(next.lower) &&
    !BE_FORMS.hasAt(tokens, k + 1) &&
    !next.lower.endsWith('ed') &&
    !isPastForm(next.lower)
  );
};

/** Whether the noun at k owns money: "investors' dollars", "the company's yen". */
function ownsMoney(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k + 1]?.text;
  if (mark !== "'" && mark !== '’') return false;
  return amountUnitAt(tokens, lowerAt(tokens, k + 2) === 's' ? k + 3 : k + 2) === 'money';
}

/** Head nouns that make the figure an amount of money: "a 6.99 billion loss", "a 1.2 mln profit". */
const MONEY_NOUNS = new QuickSet([
  'loss',
  'losses',
  'profit',
  'profits',
  'deficit',
  'deficits',
  'surplus',
  'surpluses',
  'revenue',
  'revenues',
  'turnover',
  'earnings',
  'income',
  'budget',
  'spending',
  'outlays',
  'writedown',
  'writeoff',
  'charge',
  'gain',
  'gains',
  // what an amount changes by or is measured against: "a 14.1 mln increase", "the 235,000 forecast"
  'increase',
  'decrease',
  'rise',
  'drop',
  'decline',
  'jump',
  'reduction',
  'shortfall',
  'requirement',
  'forecast',
  'estimate',
  'injection',
]);

/** heads that only ever measure money, before "of" and a bare figure */
const MONEY_HEADS_OF = new QuickSet([
  'charge',
  'charges',
  'credit',
  'income',
  'profit',
  'profits',
  'earnings',
  'revenue',
  'revenues',
  'deficit',
  'surplus',
  'dividend',
  'writedown',
  'writeoff',
  'provision',
  'provisions',
]);

/** "3,000 calls per hour", "4,000 contracts a day": a rate, which COUNTS.md calls a measure. */
function isRate(tokens: readonly Token[], after: number): boolean {
  const w = lowerAt(tokens, after + 1);
  if (w === 'per' || rateAdverbAt(tokens, after + 1)) return true;
  return (
    (w === 'a' || w === 'an' || w === 'each') &&
    RATE_UNITS.hasAt(tokens, after + 2) &&
    !AGO.has(lowerAt(tokens, after + 3)) &&
    !timeGivenAfter(tokens, after)
  );
}
/** "gave 23 diplomats a week to leave", "allowed the firms a month to comply": the time given to act, no rate */
function timeGivenAfter(tokens: readonly Token[], after: number): boolean {
  if (lowerAt(tokens, after + 3) !== 'to' || verbForm(lowerAt(tokens, after + 4))?.form !== 'base') return false;
  for (let k = after - 1; k >= 0 && k >= after - GIVEN_REACH && tokens[k]!.kind !== TokenKind.Punct; k--)
    if (GIVING.has(tokens[k]!.lower)) return true;
  return false;
}
const GIVING = new Set(['give', 'gives', 'gave', 'given', 'giving', 'allow', 'allows', 'allowed', 'grant', 'granted']);
const GIVEN_REACH = 8;
/** "topped 5,000 a year ago": a time, not a rate */
const AGO = new Set(['ago', 'earlier', 'later', 'before', 'after']);
const RATE_UNITS = new QuickSet(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'quarter']);
const RATE_ADVERBS = new Set(['hourly', 'daily', 'nightly', 'weekly', 'monthly', 'quarterly', 'yearly', 'annually']);
/**
 * "operating four roundtrips weekly", "40,000 cases annually.", "100 flights daily to 16 cities": an adverb of
 * frequency that closes the phrase (not an adjective before a noun: "two previous quarterly surveys", "three
 * French language daily newspapers")
 */
function rateAdverbAt(tokens: readonly Token[], k: number): boolean {
  if (!RATE_ADVERBS.has(lowerAt(tokens, k))) return false;
  const next = tokens[k + 1];
  return (
    !next ||
    next.kind !== TokenKind.Word ||
    !/^[a-z]/.test(next.text) ||
    NOUN_STOP.hasAt(tokens, k + 1) ||
    /ing$/.test(next.lower)
  );
}

/** what joins two figures of one comparison: "300,000 shares from 250,000", "58 from 30 aircraft", "up from", "up 300" */
// (with the article of what it is set against: "against the 60 previously reported", "not the 5,000 expected")
const COMPARED = String.raw`(?:(?:up |down )?from|up|down|against|versus|vs\.?|compared (?:with|to)|instead of|rather than|not|out of)(?:\s+the)?`;
/** what a figure is compared with at the end of a clause, however long: "…, up from 3,011 in January" */
const CHANGED_FROM = String.raw`(?:up from|down from|compared (?:with|to))(?:\s+the)?`;
// (a phrase or two of time or place may stand before the comma: "26,108 cars in the week, down from 27,500",
// "4,300 cars from the U.S. in January, up from 3,100"; so may the rest of the clause, set off by the comma:
// "2,345 vehicles were exported in January, against 1,987", even with asides of its own when the cue is a
// change's: "4,344 lenses were sold in February, after allowances for returns, up from 3,011"; never across a
// sentence's end)
const COMPARISON = new RegExp(
  String.raw`^(?:,?\s+(?:${COMPARED}|to|and|or|including)|\s+(?:in|on|at|during|over|for|from|to)\s[^,;]{1,40},?\s+${COMPARED}|\s+(?:last|this|the previous|a year earlier)\b[^,.;]{0,20},?\s+${COMPARED}|\s[^,;]{1,40},\s+${COMPARED}|\s[^;]{1,160},\s+${CHANGED_FROM})\s+$`,
  'i',
);

/** "or more", "or over", "and up" after a number's last token: at least; "or fewer", "or less": at most; "or so": about. */
function openEnd(tokens: readonly Token[], last: number): { q: Qualifier; last: number } | null {
  const joiner = lowerAt(tokens, last + 1);
  if (joiner !== 'or' && joiner !== 'and') return null;
  const q = OPEN_ENDS.get(lowerAt(tokens, last + 2));
  return q && (q !== 'approx' || joiner === 'or') ? { q, last: last + 2 } : null; // not "five and so on"
}
/**
 * "at most", "at the (very) least", "or more", "or fewer", "or so" after a count's noun, closing its phrase
 * (not "at least 20 of them", "at least once", "or more trucks": the words go on to something else).
 */
function qualifierAfter(tokens: readonly Token[], k: number): Qualifier | null {
  let q: Qualifier | null = null,
    end = k + 2;
  const next = lowerAt(tokens, k + 1);
  if (next === 'or' && POSTPOSED_OPEN_ENDS.has(lowerAt(tokens, k + 2))) q = OPEN_ENDS.get(lowerAt(tokens, k + 2))!;
  else if (next === 'at') {
    while (lowerAt(tokens, end) === 'the' || lowerAt(tokens, end) === 'very') end++;
    q = lowerAt(tokens, end) === 'least' ? 'at-least' : lowerAt(tokens, end) === 'most' ? 'at-most' : null;
  }
  const t = tokens[end + 1];
  if (!q || (t && (t.kind === TokenKind.Number || NUMBER_START_WORDS.hasAt(tokens, end + 1) || ONCE.has(t.lower))))
    return null;
  return t && /^[a-z]+$/.test(t.text) && isPluralNoun(t.text) ? null : q;
}
/** The index of "plus" that makes a figure a lower bound: "100-plus people", "1,000 plus employees"; else null. */
function plusAfter(tokens: readonly Token[], last: number): number | null {
  const hyphen = tokens[last + 1]?.text === '-';
  const at = hyphen ? last + 2 : last + 1;
  if (lowerAt(tokens, at) !== 'plus' || tokens[at]!.start !== tokens[at - 1]!.end + (hyphen ? 0 : 1)) return null;
  const next = tokens[at + 1]?.text ?? '';
  return hyphen || (/^[a-z]+$/.test(next) && countsPlural(next)) ? at : null;
}
const POSTPOSED_OPEN_ENDS = new Set(['more', 'fewer', 'less', 'so']);
const ONCE = new Set(['once', 'twice', 'thrice']);
const OPEN_ENDS = new Map<string, Qualifier>([
  ['more', 'at-least'],
  ['over', 'at-least'],
  ['above', 'at-least'],
  ['up', 'at-least'],
  ['fewer', 'at-most'],
  ['less', 'at-most'],
  ['under', 'at-most'],
  ['so', 'approx'],
]);

/** Whether the counted noun at k is a measure or money: "acres", "European Currency Units" */
const amountHeadAt = (tokens: readonly Token[], k: number) =>
  AMOUNT_UNITS.getAt(tokens, k) === 'measure' ||
  (lowerAt(tokens, k) === 'units' && lowerAt(tokens, k - 1) === 'currency');
/** Whether a figure stands among tokens last+1…head-1: "225,000 one year earlier" is no length of 225,000 */
const figureBetween = (tokens: readonly Token[], last: number, head: number) => {
  for (let k = last + 1; k < head; k++) if (tokens[k]!.kind === TokenKind.Number || readNumber(tokens, k)) return true;
  return false;
};
/** Whether "N of" a singular in lower case with no determiner follows the figure ending at `last`: "3,700 of black ore" */
const partOfMass = (tokens: readonly Token[], last: number, head: number) =>
  lowerAt(tokens, last + 1) === 'of' &&
  !DETERMINERS.hasAt(tokens, last + 2) &&
  /^[a-z]+$/.test(tokens[head]!.text) &&
  !isPluralNoun(tokens[head]!.text);
/** a figure or a word for "unchanged" in the brackets after a quote: "(102)", "(same)", "(unq)" */
const bracketedQuoteAt = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === TokenKind.Number || BRACKETED_QUOTES.has(lowerAt(tokens, k));
const BRACKETED_QUOTES = new Set(['same', 'unq', 'unch', 'nil', 'na']);
/** Whether token k is a day of a month's number: "2", "31" */
const dayNumberAt = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === TokenKind.Number &&
  /^\d{1,2}$/.test(tokens[k]!.text) &&
  +tokens[k]!.text >= 1 &&
  +tokens[k]!.text <= 31;
const DAY_LIST_LINKS = new Set([',', 'and', 'or']);
/** Whether an amount starts at token k: "30 mln dlrs" */
function amountAfter(tokens: readonly Token[], k: number): boolean {
  const figure = tokens[k]?.kind === TokenKind.Number ? readNumber(tokens, k) : null;
  if (figure === null) return false;
  // ("a deficit of 2.2 billion dlrs after one of 2.4 billion": a scaled figure that counts nothing is the amount too)
  const scaledBare =
    figure.last > figure.first &&
    SCALE_AFTER.hasAt(tokens, figure.last) &&
    countedNoun(tokens, figure.last, false) === null;
  return scaledBare || amountUnitAt(tokens, figure.last + 1) !== null;
}
/** what grades the adjective before a pronoun "one": "the most controversial one" */
const DEGREES = new Set(['most', 'least', 'very', 'more', 'less']);

const PEOPLED_PLACES = new QuickSet([
  'city',
  'town',
  'village',
  'nation',
  'country',
  'state',
  'island',
  'province',
  'region',
]);

/** Where the figure that "from … to" pairs with the one starting at `first` starts ("from 2.1 million to [2.4 million]"), else `first`. */
function fromToLowerEnd(tokens: readonly Token[], first: number): number {
  if (lowerAt(tokens, first - 1) !== 'to') return first;
  const j = SCALE_AFTER.hasAt(tokens, first - 2) ? first - 3 : first - 2;
  return tokens[j]?.kind === TokenKind.Number && lowerAt(tokens, j - 1) === 'from' ? j : first;
}

/**
 * Whether the figure starting at `first` is compared with a count of things just before it: "840.8
 * million shares, up from 443.6 million" (COUNTS.md: the elliptical figure is a count of the same noun).
 */
function comparedWithCount(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (lowerAt(tokens, k) === 'with' && lowerAt(tokens, k - 1) === 'compared') k -= 2;
  else if (!COMPARED_FROM.hasAt(tokens, k)) return false;
  else if (lowerAt(tokens, k) === 'from' && (lowerAt(tokens, k - 1) === 'up' || lowerAt(tokens, k - 1) === 'down'))
    k -= 2;
  else k--;
  if (tokens[k]?.text === ',') k--;
  // ("2.4 million passengers last month, up from 2.1 million": past a short phrase of time or place, as shareNoun reads it)
  for (let j = k; j >= 0 && j >= k - COMPARED_PHRASE_REACH && tokens[j]!.kind === TokenKind.Word; j--) {
    const noun = tokens[j]!;
    if (
      /^[a-z]/.test(noun.text) &&
      isPluralNoun(noun.text) &&
      amountUnitAt(tokens, j) === null &&
      (tokens[j - 1]?.kind === TokenKind.Number || SCALE_AFTER.hasAt(tokens, j - 1))
    )
      return true;
  }
  return false;
}
const COMPARED_PHRASE_REACH = 5;

/**
 * Whether a figure before token first in its sentence, with no money between, counts a plural (with its scale
 * when `scaled`): "sold 2.5 mln of its 10 mln shares, leaving it with 7.5 mln" (the last is shares, not money),
 * "carried 1,200 passengers, up 300".
 */
function countBefore(tokens: readonly Token[], first: number, scaled: boolean): boolean {
  for (let k = first - 1; k > 0 && k >= first - SCALED_COUNT_REACH; k--) {
    if (SENTENCE_END.has(tokens[k]!.text) || amountUnitAt(tokens, k) !== null || MONEY_CONTEXT.hasAt(tokens, k))
      return false;
    const figure = SCALE_AFTER.hasAt(tokens, k - 1) || (!scaled && tokens[k - 1]!.kind === TokenKind.Number);
    if (figure && /^[a-z]+$/.test(tokens[k]!.text) && isPluralNoun(tokens[k]!.text)) return true;
  }
  return false;
}
const SCALED_COUNT_REACH = 16;

/**
 * Whether the last figure with a scale and a word for what it is, before token first in the paragraph, is an
 * amount: "mortgage lending rose 544 mln stg compared with 471 mln in April. General consumption went up 399 mln
 * against 355 mln" (all money), "the 1987 grain target of 232 mln tonnes. The 1986 crop was 210 mln." (a measure).
 * Figures without that word are passed over; a figure that counts a plural ("four mln additional shares") or a
 * share word in the figure's own clause ("average shares outstanding were 175.4 mln") keeps it a count.
 */
function amountScaledBefore(tokens: readonly Token[], first: number): boolean {
  // ("a party of 2 million won": a group "of" the figure)
  if (lowerAt(tokens, first - 1) === 'of') return false;
  for (let k = clauseEdge(tokens, first, -1, SCALED_COUNT_REACH); k < first; k++)
    if (shareLabelAt(tokens, k)) return false;
  for (let k = first - 2; k > 0 && k >= first - SCALED_AMOUNT_REACH; k--) {
    if (!SCALE_AFTER.hasAt(tokens, k) || readNumber(tokens, k - 1) === null) continue;
    const unit = amountUnitAt(tokens, k + 1);
    if (unit !== null) return unit !== 'percent';
    if (countedNoun(tokens, k, false) !== null) return false;
  }
  return false;
}
const SCALED_AMOUNT_REACH = 60;
const COMPARED_FROM = new QuickSet(['from', 'against', 'versus', 'vs', 'vs.']);

/**
 * A figure of a price's move ("Shell eased 1 to 416", "British Petroleum fell 5 to 286", "rocketed 9
 * 1/2 to 39"): a movement verb, the change, "to" and the new price, with no noun (COUNTS.md: stock
 * prices are money); both the change and the price. A count that moves names its noun ("rose 12 to 30 members").
 */
function priceMove(tokens: readonly Token[], n: NumberMatch): boolean {
  const next = lowerAt(tokens, n.last + 1) === '/' ? n.last + 4 : n.last + 1; // past a fraction: "9 1/2 to"
  if (changeAtPrice(tokens, n, next)) return true;
  if (PRICE_MOVES.hasAt(tokens, n.first - 1) && lowerAt(tokens, next) === 'to') {
    // the new price may carry its currency: "dropped 11 to #10.86" (the wire's pound sign), "to $45"
    const at = CURRENCY_BEFORE.hasAt(tokens, next + 1) || tokens[next + 1]?.text === '#' ? next + 2 : next + 1;
    const price = isDigit(tokens[at]) ? readNumber(tokens, at) : null;
    return price !== null && countedNoun(tokens, price.last, price.value === 1) === null;
  }
  // the new price: back over the change (and its fraction) to the verb ("slipping five to 165")
  if (!n.digits || lowerAt(tokens, n.first - 1) !== 'to') return false;
  if (!isDigit(tokens[n.first - 2]) && !NUMBER_START_WORDS.hasAt(tokens, n.first - 2)) return false;
  const change = lowerAt(tokens, n.first - 3) === '/' ? n.first - 5 : n.first - 2;
  return PRICE_MOVES.hasAt(tokens, change - 1);
}

/**
 * "had risen to 81 by noon from 79-1/4", "from 43-3/8 to 45": a level whose other end is written with the
 * fraction of a point, as prices are (COUNTS.md: stock and bond prices are money)
 */
function changedWithFraction(tokens: readonly Token[], n: NumberMatch): boolean {
  // the other end after "from" or "to" a few words on ("to 81 by noon from 79-1/4"), or before "to" ("from 79-1/4 to 81")
  for (let k = n.last + 1; k <= n.last + FRACTION_END_REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Punct) break;
    if ((t.lower === 'from' || t.lower === 'to') && isDigit(tokens[k + 1])) return writtenWithFraction(tokens, k + 1);
  }
  return (
    (lowerAt(tokens, n.first - 1) === 'to' || lowerAt(tokens, n.first - 1) === 'from') &&
    endsWithFraction(tokens, n.first - 2)
  );
}
const FRACTION_END_REACH = 5;
/**
 * "indicated at 8-1/2, seven", "quoted at seven, 6-3/4 pct": a bid and an offer, one of them written with the
 * fraction of a point, as rates and prices are; the bare figure beside it is the other (not "4-1/2 pct and 12
 * banks", which names its noun)
 */
function quotedBesideFraction(tokens: readonly Token[], n: NumberMatch): boolean {
  if (n.first !== n.last || countedNoun(tokens, n.last, false) !== null) return false;
  // the comma of the pair, before the figure or after it
  const comma = tokens[n.first - 1]?.text === ',' ? n.first - 1 : tokens[n.last + 1]?.text === ',' ? n.last + 1 : -1;
  if (comma < 0) return false;
  if (comma < n.first ? endsWithFraction(tokens, comma - 1) : writtenWithFraction(tokens, comma + 1)) return true;
  // (a bare pair quoted "at": "quoted one-week at eight, seven against", "funds at seven, six pct", the second bare
  // or in pct; not a count with its own price after it: "calls at 125, 127 at 130")
  const first = readNumber(tokens, comma - 1),
    second = readNumber(tokens, comma + 1);
  return (
    first?.last === comma - 1 &&
    lowerAt(tokens, comma - 2) === 'at' &&
    second !== null &&
    second.first === second.last &&
    lowerAt(tokens, second.last + 1) !== 'at' &&
    (amountUnitAt(tokens, second.last + 1) === 'percent' || countedNoun(tokens, second.last, false) === null)
  );
}
/** "79-1/4", "9 1/2", "3/8": a figure at token k written with a fraction after it */
const writtenWithFraction = (tokens: readonly Token[], k: number) => {
  const next = k + 1;
  const glued = tokens[next]?.text === '-' && tokens[next]!.start === tokens[k]!.end ? next + 1 : next;
  return tokens[glued + 1]?.text === '/' && isDigit(tokens[glued]) && isDigit(tokens[glued + 2]);
};
/** the same, read back from its last token k ("… 79-1/4 to 81") */
const endsWithFraction = (tokens: readonly Token[], k: number) =>
  isDigit(tokens[k]) && tokens[k - 1]?.text === '/' && isDigit(tokens[k - 2]);

/**
 * "AT and T down nearly four at sixty-one and a half", "up 3/8 at 41": a change and the price it left, told
 * "at" (the spoken market report), in figures or words, with no noun after the price
 */
function changeAtPrice(tokens: readonly Token[], n: NumberMatch, next: number): boolean {
  if (lowerAt(tokens, next) !== 'at') return false;
  const before = ROUNDING.has(lowerAt(tokens, n.first - 1)) ? n.first - 2 : n.first - 1;
  if (!UP_OR_DOWN.has(lowerAt(tokens, before)) && !PRICE_MOVES.hasAt(tokens, before)) return false;
  const price = readNumber(tokens, next + 1);
  return price !== null && countedNoun(tokens, price.last, price.value === 1) === null;
}
const UP_OR_DOWN = new Set(['up', 'down']);

/**
 * "won the 800 in 1:52", "finished the 10,000 in 30 minutes": a race named by its distance (COUNTS.md:
 * a measure), told by "the" before it and the time it was run in after it.
 */
function raceDistance(tokens: readonly Token[], n: NumberMatch): boolean {
  if (!n.digits || lowerAt(tokens, n.first - 1) !== 'the' || lowerAt(tokens, n.last + 1) !== 'in') return false;
  const time = n.last + 2;
  return isDigit(tokens[time]) && (tokens[time + 1]?.text === ':' || UNITS.getAt(tokens, time + 1)?.time === true);
}

/** "In total, more than 150 …", "In all, 43 …", "Altogether, 12 …": the clause opens by saying the count is a total. */
function statedAsTotal(tokens: readonly Token[], first: number): boolean {
  const k = tokens[first - 1]?.text === ',' ? first - 2 : first - 1;
  const w = lowerAt(tokens, k);
  // ("a combined 20 Russian diplomats": the sum of the actors' parts)
  if (w === 'combined') return lowerAt(tokens, k - 1) === 'a';
  return w === 'altogether' || ((w === 'total' || w === 'all') && lowerAt(tokens, k - 1) === 'in');
}

/** The word at token k when the hyphen glues it to the number ("F-16", "7-Eleven", "par-4"). */
function gluedWord(tokens: readonly Token[], k: number, hyphen: Token, number: Token): Token | undefined {
  const w = tokens[k];
  const glued =
    w !== undefined &&
    (w.end === hyphen.start ? hyphen.end === number.start : hyphen.end === w.start && number.end === hyphen.start);
  return glued && w.kind === TokenKind.Word ? w : undefined;
}

/** Whether token k is a word with a capital, glued by the hyphen to the number: a name, as in "F-16" or "7-Eleven". */
const gluedCapital = (tokens: readonly Token[], k: number, hyphen: Token, number: Token) =>
  /^[A-Z]/.test(gluedWord(tokens, k, hyphen, number)?.text ?? '');

/** Whether token k is a lower-case word (no number's) glued by the hyphen before the number: "par-4", "top-10". */
function gluedWordBefore(tokens: readonly Token[], k: number, hyphen: Token, number: Token): boolean {
  const w = gluedWord(tokens, k, hyphen, number);
  return !!w && /^[a-z]+$/.test(w.text) && !NUMBER_START_WORDS.has(w.text);
}

/** whether a country found before ends at an offset */
interface CountryEnds {
  has(end: number): boolean;
}

export class CountRecognizer implements Recognizer {
  readonly name = 'counts';
  readonly triggers = { words: [...NUMBER_START_WORDS, ...VAGUE_PLURALS.keys(), 'several', 'tens'], digits: true };

  recognize(ctx: DocumentContext, starts: readonly number[]): CountCandidate[] {
    const { tokens, text } = ctx;
    const times = ctx.found.filter((c) => c.kind === 'time'); // in span order, as the pipeline keeps them
    // asked rarely (a figure between commas after a name): the set is built on the first question only
    let ends: Set<number> | undefined;
    const countryEnds = {
      has: (end: number) =>
        (ends ??= new Set(ctx.found.flatMap((c) => (c.kind === 'country' ? [c.end] : [])))).has(end),
    };

    let ti = 0;
    const out: CountCandidate[] = [];
    const elliptical: number[] = []; // counts without a noun of their own, by index in out
    let done = -1;
    for (const i of starts) {
      if (i <= done) continue;
      const t = tokens[i]!;
      const n = readNumber(tokens, i) ?? vaguePlural(tokens, i);
      if (!n || (n.first === n.last && (t.lower === 'a' || t.lower === 'an'))) continue;
      done = n.last;
      const start = tokens[n.first]!.start,
        end = tokens[n.last]!.end;
      while (ti < times.length && times[ti]!.end <= start) ti++;
      if (ti < times.length && times[ti]!.start < end) continue;
      if (!this.isCardinal(tokens, n, countryEnds)) continue;
      const count = this.build(text, tokens, n);
      if (!count) continue;
      out.push(count);
      if (count.count.noun === null && !('bare' in n && n.bare)) {
        const whole =
          partitiveOpener(tokens, n.first) ??
          numberOfBefore(tokens, n.first) ??
          numberOfAfter(tokens, n) ??
          subjectOfChange(tokens, n.first);
        if (whole) setNoun(count, tokens[whole]!);
        // ("the 5,000 strong workforce": a collective's size names no noun, nor takes one)
        else if (t.lower !== 'one' && lowerAt(tokens, n.last + 1) !== 'strong' && !changedFrom(tokens, n.first, count))
          elliptical.push(out.length - 1);
      }
    }
    for (const k of elliptical) shareNoun(text, out, k);
    for (let k = out.length - 2; k >= 0; k--) coordinatedNoun(text, out, k);
    return out;
  }

  /** `countryEnds`: where the countries found end ("Belgium, 21, …" is a tally, "Peter Holland, 45," an age) */
  private isCardinal(tokens: readonly Token[], n: NumberMatch, countryEnds: CountryEnds): boolean {
    const prev = tokens[n.first - 1],
      next = tokens[n.last + 1];
    const prevLower = prev?.lower ?? '';
    // "FORUM <FOUR>": a ticker the wire puts in angle brackets
    if (prev?.text === '<' && next?.text === '>') return false;
    // "Colombia Excelso 105 (110), Salvador SHG 110 (same)": a quote with the last one in brackets after it, both
    // (not a figure restated in digits: "sixteen (16) units")
    if (
      next?.text === '(' &&
      tokens[n.last + 3]?.text === ')' &&
      bracketedQuoteAt(tokens, n.last + 2) &&
      readNumber(tokens, n.last + 2)?.value !== n.value
    )
      return false;
    if (prev?.text === '(' && next?.text === ')' && tokens[n.first - 2]?.kind === TokenKind.Number) return false;
    // "four points: 1) Regular price reviews …. 2) If …": an item's number in a list (COUNTS.md: identifiers)
    if (
      next?.text === ')' &&
      n.digits &&
      tokens[n.first]!.text.length <= 2 &&
      (!prev || prev.text === ':' || prev.text === '.' || prev.text === ';' || tokens[n.first]!.newlineBefore)
    )
      return false;
    // "Net 653,000", "Net loss 4,192,613": the figure of an earnings table's money row, with no figure to compare
    if (moneyRowAt(tokens, n.first) && !countedPluralAt(tokens, n.last + 1)) return false;
    const row = tableRow(tokens, n.first);
    // "Avg shrs 2,332,397 vs 1,428,000" counts shares, "Net 12.6 mln vs 15.8 mln" is money; a figure
    // with a plural of its own counts it in any row, and so does the figure it is compared with
    // ("1,340 stores vs 1,200")
    if (row)
      return (
        row.shares !== null ||
        countedPluralAt(tokens, n.last + 1) ||
        (COMPARED_FROM.hasAt(tokens, n.first - 1) &&
          countedPluralAt(tokens, n.first - 2) &&
          tokens[n.first - 3]?.kind === TokenKind.Number)
      );
    if (CURRENCY_BEFORE.hasAt(tokens, n.first - 1) || NOT_COUNT_BEFORE.hasAt(tokens, n.first - 1)) return false;
    // a glued million counts only a plural it names ("1.6m Muslims", "1.1m of the 1.6m Muslims"); else it is as
    // often money ("a profit of 45m") or a distance ("won the 100m")
    if (n.first === n.last && GLUED_SCALE.test(tokens[n.first]!.text)) {
      const noun = countedNoun(tokens, n.last, false);
      const head = noun && tokens[noun.last]!;
      if (!head || !/^[a-z]+$/i.test(head.text) || !isPluralNoun(head.lower)) return false;
    }
    if (rateOfBefore(tokens, n.first)) return false;
    // a currency written before its amount, as some wires do: "a ransom of dlrs 1 million", "yen 500", and so
    // capitalized where a sentence or a headline starts ("Dlrs 45 million was paid", "DLRS 45 MLN"; a name
    // elsewhere: "Mark 45")
    if (
      prev &&
      (/^[a-z]/.test(prev.text) || isAllCaps(prev) || startsSentence(tokens, n.first - 1)) &&
      amountUnitAt(tokens, n.first - 1) === 'money'
    )
      return false;
    if (PAIR_JOINERS.hasAt(tokens, n.first - 1) && this.partnerIsNoCount(tokens, n)) return false;
    // "No. 1", "Fig. 3": the abbreviation and its period are two tokens
    if (prev?.text === '.' && tokens[n.first - 2]?.end === prev.start && NOT_COUNT_BEFORE.hasAt(tokens, n.first - 2))
      return false;
    if (prev && prev.text === '#') return false;
    if (inScore(tokens, n)) return false;
    // "until the age of 30": an age; "the under-21 striker", "an under-19 side": an age group
    if (ageOfAt(tokens, n.first)) return false;
    // "flight one oh three": digits said one by one, a number's name
    if (spokenDigitsAt(tokens, n)) return false;
    // golf: "13-under-par 129", "a 5-under 67", "two-over": a score against par and the strokes after it
    if (againstPar(tokens, n.last + 1) || (PAR_WORDS.hasAt(tokens, n.first - 1) && againstPar(tokens, n.first - 2)))
      return false;
    if (prevLower === '-' && prev!.end === tokens[n.first]!.start && lowerAt(tokens, n.first - 2) === 'under')
      return false;
    // "Xss=1", "x = 5": a value assigned in code or a formula, not a count
    if (prev?.text === '=' || next?.text === '=') return false;
    const nextLower = next?.lower ?? '';
    // "zero" counts nothing ("zero-coupon", "was zero") but in a vote's tally ("approved 7-0": COUNTS.md, two counts)
    if (n.value === 0 && voteTallyAt(tokens, n.first - 2) === null) return false;
    // "the top 10 list", "a top-10 finish": a rank; "Poland's top five brewers" counts them
    const top = prevLower === '-' && prev!.end === tokens[n.first]!.start ? n.first - 2 : n.first - 1;
    if (lowerAt(tokens, top) === 'top' && singularNounAt(tokens, n.last + 1)) return false;
    // "45 mln dlrs", "55 pct", "7.15 billion N.Z. dlrs"; not the points a player scored ("scored 27 points")
    // ("a six point lead", "one full point lower": an index's, a price's or a poll's points, COUNTS.md's percent)
    if (
      notCountUnitAt(tokens, n.last + 1) &&
      !(/^points?$/.test(nextLower) && SCORED.hasAt(tokens, n.first - 1)) &&
      !paidByTheHour(tokens, n)
    )
      return false;
    // "a three-goal lead", "a two-stroke advantage": any margin glued to its unit is a score's
    if (next?.text === '-' && LEADS.hasAt(tokens, n.last + 3)) return false;
    // "a one-billion-dlr offering", "a one-centimeter square": an amount in a compound; "twenty-first", an ordinal (its last word one of the first nine)
    if (
      next?.text === '-' &&
      (scaleOf(lowerAt(tokens, n.last + 2)) !== undefined ||
        unitInCompoundAt(tokens, n.last + 2) ||
        (ORDINAL_WORDS.get(lowerAt(tokens, n.last + 2)) ?? 10) <= 9)
    )
      return false;
    const upper = rangeUpper(tokens, n);
    // "1.5 to 2 mln shares": a decimal takes the scale of its range's upper end
    const scaledRange = upper !== null && trailingScale(tokens, upper) > 1;
    if ((this.isDecimal(tokens, n) && !scaledRange) || this.isRatio(tokens, n) || this.isDayOfMonth(tokens, n))
      return false;
    if (unitAfterPartner(tokens, n) || exchangeRate(tokens, upper?.last ?? n.last)) return false;
    // (a tally's figures name no noun and are counts whatever amounts the clause holds: "voted 9-0 … at 0.5 percent")
    const head = countedNoun(tokens, upper?.last ?? n.last, n.value === 1);
    // "accepted 10,572,402 more acres", "11,254,837 erodible acres": a measure past the words before it, and money
    // ("two billion European Currency Units"); "3,700 of black ore": a part of a mass, no count of things
    if (head !== null && (amountHeadAt(tokens, head.last) || partOfMass(tokens, n.last, head.last))) return false;
    // "Multi-family fell 4.1 pct to a 534,000 rate": a rate, a measure (COUNTS.md)
    if (head !== null && lowerAt(tokens, head.last) === 'rate' && (prevLower === 'a' || prevLower === 'an'))
      return false;
    // "two option years", "20 consecutive trading days", "one full fiscal year": how long, a duration
    if (head !== null && UNITS.hasAt(tokens, head.last) && !figureBetween(tokens, n.last, head.last)) return false;
    // "Domestic Use 599 579 543 543 Exports 450 475": the last cell of a row of figures before the next row's label
    if (
      head !== null &&
      isDigit(tokens[n.first - 1]) &&
      isCapitalized(tokens[head.first]!) &&
      !inCapitals(tokens, n.last)
    )
      return false;
    const bare = !('vague' in n) && !inVoteTally(tokens, n.first) && head === null;
    // "Note: Oper excludes tax credits of 180,000", "1985 net includes 788,000 credit": the figures of an earnings
    // table's note are money, but for a plural they count
    if (
      n.digits &&
      n.value >= 1000 &&
      (head === null || !isPluralNoun(tokens[head.last]!.text)) &&
      inNoteParagraph(tokens, n.first)
    )
      return false;
    // (a number word alone in such a clause is often a pronoun: "said two were hurt"; after "from", "to" or
    // "between", or after another figure, it is the other end of a change or a quote: "boost output to 10
    // tonnes from two", "quotes ranging between seven, six")
    if (
      bare &&
      (n.digits ||
        n.last > n.first ||
        prevLower === 'from' ||
        prevLower === 'to' ||
        prevLower === 'between' ||
        (prevLower === ',' && tokens[n.first - 2]?.kind === TokenKind.Number) ||
        (prevLower === ',' && readNumber(tokens, n.first - 2) !== null)) &&
      amountInClause(tokens, n) &&
      !peopleCounted(tokens, n) &&
      !countChangedFrom(tokens, n) &&
      numberOfBefore(tokens, n.first) === null &&
      !soldAtPriceLike(tokens, n)
    )
      return false;
    // ("the Frankfurt ratio compares with about 16 for the U.S.", "the gold/silver ratio narrowed from 74": a ratio's)
    if (bare && (unitOfList(tokens, n) || comparedWithLength(tokens, n) || inClauseBefore(tokens, n.first, RATIOS)))
      return false;
    if (bare && (this.isBareAmount(tokens, n) || inFigureTable(tokens, n) || inResultsList(tokens, n))) return false;
    // (a row of scores, whose capitals may read as a noun: "BOSTON 2 FLORIDA 4")
    if (scoreRowAt(tokens, n)) return false;
    if (bare && (spreadQuote(tokens, n) || quotedWithChange(tokens, n))) return false;
    // (a scorer's minute or tally follows a name, a comma or a bracket: only those figures are looked back from)
    if (
      (prevLower === ',' || prevLower === '(' || (prev !== undefined && isCapitalized(prev))) &&
      inScorersList(tokens, n.first)
    )
      return false;
    // "the 486 is Intel's flagship", "its earlier model, 80386", "the 747 carried 400 passengers": a figure
    // after a determiner taking a singular verb, a jetliner's model number after one, or digits run
    // together past four (no year), names one thing (not "from 16 members to 19 has been", where the verb
    // is another subject's)
    const text = tokens[n.first]!.text;
    if (
      bare &&
      n.digits &&
      n.first === n.last &&
      n.value > 1 &&
      (((SINGULAR_VERBS.has(nextLower) || JETLINER.test(text)) && DETERMINERS.has(prevLower)) || /^\d{5,}$/.test(text))
    )
      return false;
    if ((bare && this.isEnumerated(tokens, n)) || this.isIndexName(tokens, n) || namedModel(tokens, n)) return false;
    if (codeNamed(tokens, n) || (afterTitleCaseName(tokens, n) && !countryEnds.has(tokens[n.first - 1]!.end)))
      return false;
    // "six Boeing 767 jets", "six 767 jets": a jetliner's model after its maker or after the count of them
    if (
      n.digits &&
      JETLINER.test(text) &&
      ((prev !== undefined && isCapitalized(prev)) ||
        tokens[n.first - 1]?.kind === TokenKind.Number ||
        readNumber(tokens, n.first - 1) !== null)
    )
      return false;
    // "the group eight clash", "in round two", "phase three", "Division 1": a singular noun before the number
    // labels one of many (not before a plural it counts: "start the final round six shots off the pace")
    // ("day two of the trial", "in year one"; not "the day two gunmen attacked", a time and then a count)
    if (
      LABELS.hasAt(tokens, n.first - 1) &&
      !isLowerPlural(nextLower) &&
      !(
        UNITS.hasAt(tokens, n.first - 1) &&
        (DETERMINERS.hasAt(tokens, n.first - 2) || TIME_OPENERS.hasAt(tokens, n.first - 2))
      )
    )
      return false;
    if (bare && raceDistance(tokens, n)) return false;
    if (prevLower === 'at' && (nextLower === 'point' || nextLower === 'stage' || nextLower === 'time')) return false; // "at one point"
    if (prevLower === 'magnitude') return false; // "a magnitude 6 earthquake": a measure (COUNTS.md)
    // "911 calls", "a 999 operator": the emergency number dialled (COUNTS.md: identifiers)
    if (n.digits && EMERGENCY_NUMBERS.has(tokens[n.first]!.text) && DIALLED.hasAt(tokens, n.last + 1)) return false;
    if (inIdiom(tokens, n.first)) return false;
    // "40 years old": an age; "40 years" alone is a duration the time recognizers took; "the two previous months"
    // ("versus 292,000 week ago" is a figure and a time, the wire's "a week ago" without its article)
    if (
      (UNITS.hasAt(tokens, n.last + 1) && !unitAloneAfter(tokens, n.value, n.last + 1)) ||
      // (a stretch counts units in the plural: "against 45 last week" is a figure and a time)
      (SPAN_ADJECTIVES.hasAt(tokens, n.last + 1) && UNITS.getAt(tokens, n.last + 2)?.plural)
    )
      return false;
    if (this.isAge(tokens, n, countryEnds) || this.isAddress(tokens, n)) return false;
    if (nextLower === 'square' || nextLower === 'cubic' || measureUnitAt(tokens, n.last + 1)) return false;
    // "dropped to 20 below zero": a temperature
    if ((nextLower === 'below' || nextLower === 'above') && lowerAt(tokens, n.last + 2) === 'zero') return false;
    // dimensions: "640 x 480 x 16 colors", "a 4 x 4 truck"
    if (dimensionAt(tokens, n.last + 1) || dimensionAt(tokens, n.first - 1)) return false;
    // a telephone number's area code in brackets: "( 662 ) 652-0642", "(212) 555-1234"
    if (prev?.text === '(' && next?.text === ')' && phoneNumberAt(tokens, n.last + 2)) return false;
    // scores, phone numbers, clock times, dates written with slashes, decimal codes: 2-1, 555-1234, 10:30,
    // 3/30; a vote's tally counts (COUNTS.md: "approved 7-2" is two counts)
    if (
      next &&
      JOINERS.has(next.text) &&
      tokens[n.last]!.end === next.start &&
      isDigit(tokens[n.last + 2]) &&
      !isRange(tokens, n.last + 2) &&
      voteTallyAt(tokens, n.first) === null
    )
      return false; // also "737-400s"
    if (
      prev &&
      JOINERS.has(prev.text) &&
      prev.end === tokens[n.first]!.start &&
      tokens[n.first - 2]?.kind === TokenKind.Number &&
      voteTallyAt(tokens, n.first - 2) === null
    )
      return false;
    // designations: "F-16", "COVID-19", "B-52", "7-Eleven", "PS/2"
    if (
      n.digits &&
      (prev?.text === '-' || prev?.text === '/') &&
      gluedCapital(tokens, n.first - 2, prev, tokens[n.first]!)
    )
      return false;
    if (n.digits && next?.text === '-' && gluedCapital(tokens, n.last + 2, next, tokens[n.last]!)) return false;
    // and in lower case, which names a class or a rank: "a par-4 hole", "a top-10 finish", "the under-21 team"
    if (n.digits && prev?.text === '-' && gluedWordBefore(tokens, n.first - 2, prev, tokens[n.first]!)) return false;
    if (next?.text === 'series') return false; // "the 400 series": a model
    // "a 401(k) plan", "Section 2(a)": a letter in brackets glued to the number makes it a code
    if (next?.text === '(' && tokens[n.last]!.end === next.start && /^[a-z]$/i.test(tokens[n.last + 2]?.text ?? ''))
      return false;
    // "35-year-old"; "a one-time charge", "a three-time winner"; "486-based machines" (a model)
    if (
      next &&
      next.text === '-' &&
      /^(?:(?:year|month|week|day|hour|minute|time)s?|based)$/.test(lowerAt(tokens, n.last + 2))
    )
      return false;
    if (next && next.text === '-' && unitInCompoundAt(tokens, n.last + 2)) return false; // "a 10-mile walk", "two-thirds", "32-bit"
    if (
      prev &&
      prev.text === '-' &&
      (NOT_COUNT_AFTER.hasAt(tokens, n.first - 2) || AMOUNT_UNITS.hasAt(tokens, n.first - 2))
    )
      return false; // the 2 of "6-foot-2"
    // "a 9-to-5 job", "a one-on-one meeting", "a 2-to-1 margin": hours, a pairing or a ratio, both numbers
    if (
      (next?.text === '-' && pairedAt(tokens, n.last + 2, 1)) ||
      (prev?.text === '-' && pairedAt(tokens, n.first - 2, -1))
    )
      return false;
    if (this.inName(tokens, n) && voteTallyAt(tokens, n.first) === null) return false;
    // "fell three and a half points", "closed at twenty-three and a quarter": a whole with a fraction is how
    // much, not how many ("two and a half million people" counts, its scale after the fraction)
    if (fractionAfter(tokens, n.last + 1) && scaleOf(lowerAt(tokens, n.last)) === undefined) return false;
    if (n.digits && n.first === n.last) {
      const raw = tokens[n.first]!.text;
      // a year the date recognizer left alone, also before what is told for a year ("over 1986 levels", "its 1987
      // cars", "about 1987 prospects")
      if (isYear(raw) && (!isLowerPlural(nextLower) || YEAR_READINGS.has(nextLower))) return false;
      // "the crash of '29": a year's last two digits after an apostrophe glued to them
      if (raw.length === 2 && /^['’]$/.test(prev?.text ?? '') && prev!.end === tokens[n.first]!.start) return false;
      if (next?.text === '/' && isDigit(tokens[n.last + 2]) && !raw.includes('.') && !raw.includes(',')) return false; // a fraction "1/2", "5/8ths"
      if (raw.length > 1 && raw.startsWith('0')) return false; // codes, not quantities
    }
    if (n.first === n.last && tokens[n.first]!.lower === 'one') {
      // "one of" stays, "one." and "One," are pronouns; before a capital, only a name modifying a noun ("one
      // Japanese official") or a person named by a demonym ("One American was killed"; not "one China policy")
      const noun = this.nounText(tokens, n.first);
      if (!/^[a-z]/.test(tokens[n.first + 1]?.text ?? '') && !/^[a-z]/.test(noun) && !namesPeople(noun.toLowerCase()))
        return false;
      // "the one who", "this one and", "every one of", "one another" (but "any one manufacturer" counts)
      const after = lowerAt(tokens, n.first + 1);
      // "declared one of their own": one of a people, no count of a noun
      if (
        after === 'of' &&
        POSSESSIVE_BEFORE_OWN.hasAt(tokens, n.first + 2) &&
        lowerAt(tokens, n.first + 3) === 'own' &&
        tokens[n.first + 4]?.kind !== TokenKind.Word &&
        tokens[n.first + 4]?.kind !== TokenKind.Number
      )
        return false;
      if ((PRONOUN_ONE_BEFORE.has(prevLower) && NOUN_STOP.has(after)) || after === 'another') return false;
      // "this one leaked out", "the one reached a year ago": a demonstrative's or an article's "one" before a verb
      // stands for a noun
      if ((prevLower === 'this' || prevLower === 'that' || prevLower === 'the') && isPastForm(after)) return false;
      // "the third such fund, one of 30 mln dlrs": "one" of an amount is one of a kind, no count
      if (after === 'of' && amountAfter(tokens, n.first + 2)) return false;
      if (prevLower === '-' && lowerAt(tokens, n.first - 2) === 'no') return false; // "no-one was injured": nobody
      // "the administration's goals, one that grew out of …", "an economy that has grown and one that boasts …":
      // an apposition or a second of the kind that stands for the noun before it (people keep their count: "Two
      // men died, one who had been shot")
      if (
        (prevLower === ',' || prevLower === 'and' || prevLower === 'or' || prevLower === '-' || prevLower === '--') &&
        (after === 'that' || after === 'which')
      )
        return false;
      // "has been one of resignation": "one of" a bare singular is no count (COUNTS.md counts "one of the X";
      // "one of the dead", "one of the biggest" leave their plural out)
      if (after === 'of' && tokens[n.first + 2]?.text === noun && /^[a-z]+$/.test(noun) && !isPluralNoun(noun))
        return false;
      // "an identical one that", "the only one", "the most controversial one because": an article and an adjective
      // before "one" make it a pronoun
      const article = lowerAt(tokens, n.first - (DEGREES.has(lowerAt(tokens, n.first - 2)) ? 3 : 2));
      if (
        (article === 'a' || article === 'an' || article === 'the') &&
        prev?.kind === TokenKind.Word &&
        (NOUN_STOP.has(after) || isPastForm(after))
      )
        return false;
      // "a one shot deal": an article right before makes "one" part of a compound's modifier
      if (prevLower === 'a' || prevLower === 'an') return false;
    }
    return true;
  }

  /**
   * The upper end of a pair whose lower end is no count: "ages 18 to 25", "pages 10-12", "UAW Locals
   * 72 and 75" (a name), "a market at 77-1/2 to 78" (a price in fractions), "from 4.5 to 5" (a
   * decimal without a scale: "1.5 to 2 mln shares" counts).
   */
  private partnerIsNoCount(tokens: readonly Token[], n: NumberMatch): boolean {
    const k = n.first - 2,
      sep = tokens[n.first - 1]!;
    if (tokens[k]?.kind !== TokenKind.Number) return false;
    // a dash between spaces is no range: "SARAGOSSA, March 2 - Thousands of farmers"
    if (sep.kind === TokenKind.Punct && (sep.start !== tokens[k]!.end || sep.end !== tokens[n.first]!.start))
      return false;
    if (NOT_COUNT_BEFORE.hasAt(tokens, k - 1) || tokens[k - 1]?.text === '/' || ageOfAt(tokens, k)) return true;
    if (n.digits && n.first === n.last && tokens[k]!.text.includes('.')) return true;
    const lower = readNumber(tokens, k);
    if (lower === null || lower.last !== k) return false;
    // "trading around 30 or 40", "indicated to open at 103 to 115": a price, both ends (not a change and the level
    // it reached, "up 1 to 181", nor more things at their own price, "118 puts at 122 and 195 at 126")
    if (
      countedNoun(tokens, n.last, n.value === 1) === null &&
      lowerAt(tokens, n.last + 1) !== 'at' &&
      !UP_OR_DOWN.has(lowerAt(tokens, k - 1)) &&
      this.isBareAmount(tokens, lower)
    )
      return true;
    return this.inName(tokens, lower) && voteTallyAt(tokens, k) === null;
  }

  /**
   * A figure without a noun that reads as an amount (COUNTS.md: money and prices are no counts): a
   * decimal with its scale ("23.61 billion", "71.25 mln", which counts have only with a noun: "5.6 mln
   * shares"), or a price quoted "at" or "around" ("closed at 74", "traded around 12", "callable at 101").
   */
  private isBareAmount(tokens: readonly Token[], n: NumberMatch): boolean {
    // "the number of cars sold rose to 1.2 million": what the number of things is, counts them
    if (numberOfBefore(tokens, n.first) !== null) return false;
    const prev = lowerAt(tokens, n.first - 1),
      after = lowerAt(tokens, n.last + 1);
    if (peopleCounted(tokens, n)) return false;
    // "moved into the top 20", "the top 10 of the league": a rank, which a noun after it would make a group ("the top 20 banks")
    if (prev === 'top' && lowerAt(tokens, n.first - 2) === 'the') return true;
    // "closed at 74", "traded around 12", "keep the yen at above 150"
    const at = ROUNDING.has(prev) && lowerAt(tokens, n.first - 2) === 'at' ? 'at' : prev;
    if (n.digits && n.first === n.last && (at === 'at' || at === 'around')) return true;
    // "his approval rating rose to 65 from 60", "the rating stood at sixty-five": the level of a measure
    if (measureBefore(tokens, n.first)) return true;
    // "the stock hit a low of 11", "a session high of 1,738": the level a price or an index reached
    if (prev === 'of' && EXTREMES.has(lowerAt(tokens, n.first - 2))) return true;
    if (after === 'outstanding') return false; // "of the 9.6 million outstanding": shares
    if (priceMove(tokens, n) || changedWithFraction(tokens, n) || quotedBesideFraction(tokens, n)) return true;
    // "was down one today at 17-1/4, and down about four since Thursday": a level's change without a noun is a
    // price's or a measure's, unless a count of things stands before it ("carried 1,200 passengers, up 300") or
    // after it ("was up 16 to 180 rigs"), or the clause's collective counts ("the toll was up nearly 40")
    const change = ROUNDING.has(prev) ? n.first - 2 : n.first - 1;
    const newLevel = after === 'to' ? readNumber(tokens, n.last + 2) : null;
    if (
      UP_OR_DOWN.has(lowerAt(tokens, change)) &&
      !countBefore(tokens, n.first, false) &&
      !(newLevel && countedPluralAt(tokens, newLevel.last + 1)) &&
      !inClauseBefore(tokens, change, COLLECTIVES)
    )
      return true;
    // "or 42 a share", "12 per share": a price
    if ((after === 'a' || after === 'per') && lowerAt(tokens, n.last + 2) === 'share') return true;
    // "tickets cost 25", "the painting fetched 1.2 million": right after a verb of price
    if (PRICE_VERBS.hasAt(tokens, n.first - 1)) return true;
    // "a non-recurring charge of 1,488,000", "net income of 19,163": a head that only ever measures money, right
    // before "of" ("a loss of 12 jobs" names its noun; "a gain of 30" may be seats)
    if (lowerAt(tokens, n.first - 1) === 'of' && MONEY_HEADS_OF.hasAt(tokens, n.first - 2)) return true;
    // "collected 12 billion in taxes", "500 million in aid": what the amount is in names money
    if (after === 'in' && MONEY_IN.hasAt(tokens, n.last + 2) && !continuesNoun(tokens, n.last + 3)) return true;
    // (with its scale only: "sales topped 5,000" may count cars, "one said" an analyst; "4 million of its
    // shares" has its noun after "of")
    // (unless compared with a count right before it: "raised its stake to 7.5 mln shares from 5.1 mln")
    // (a range's start has its partner's scale: "cut the shortfall to between 30 and 35 billion")
    const scaled = n.last > n.first ? n : scaledPartner(tokens, n);
    if (scaled === null || !SCALE_AFTER.hasAt(tokens, scaled.last) || comparedWithCount(tokens, n.first)) return false;
    return (
      (lowerAt(tokens, scaled.last + 1) !== 'of' &&
        (moneyNounBefore(tokens, n.first) || amountScaledBefore(tokens, n.first))) ||
      (n.digits && tokens[n.first]!.text.includes('.') && !countBefore(tokens, n.first, true))
    );
  }

  /** A number without a noun after a plural noun of an enumeration: it names a member ("in years one and two", "pages 3 and 4", "rounds three, four and five"). */
  private isEnumerated(tokens: readonly Token[], n: NumberMatch): boolean {
    let k = n.first - 1;
    // back over the list's earlier members: "years three, four and [five]" (a few: a run of numbers stays linear)
    for (
      let members = 0;
      members < ENUMERATION_REACH &&
      k > 0 &&
      (tokens[k]!.text === ',' || tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or') &&
      readNumber(tokens, k - 1) !== null;
      members++
    )
      k -= 2;
    return ENUMERATED.hasAt(tokens, k);
  }

  /** An index or a list named for its size: "Standard and Poor's 500", "the FTSE 100", "S and P 500 futures", "Fortune 500 companies". */
  private isIndexName(tokens: readonly Token[], n: NumberMatch): boolean {
    if (!n.digits) return false;
    const name = isPossessiveAt(tokens, n.first - 3) ? n.first - 3 : n.first - 1;
    return INDEX_NAMES.hasAt(tokens, name) && isCapitalized(tokens[name]!);
  }

  /**
   * A decimal without a scale word ("12.6", "48.0", ".125"): prices, rates, tonnages and table figures.
   * Things are counted in whole numbers; "5.6 mln shares" (with its scale) is a count.
   */
  private isDecimal(tokens: readonly Token[], n: NumberMatch): boolean {
    // "six point five on the Richter scale": a decimal said in words, whole things aside ("one point five million")
    if (!n.digits) return !Number.isInteger(n.value);
    if (n.first !== n.last) return false;
    const raw = tokens[n.first]!.text;
    if (GLUED_SCALE.test(raw)) return false;
    // ".312", "5 .737" (a column of win percentages): a point glued to the figure, none to a digit before it
    const point = tokens[n.first - 1];
    const leadingPoint =
      point?.text === '.' &&
      point.end === tokens[n.first]!.start &&
      !(isDigit(tokens[n.first - 2]) && tokens[n.first - 2]!.end === point.start);
    return raw.includes('.') || leadingPoint;
  }

  /** "two-for-one", "a two for one split", "nine to one": a ratio, either of its numbers. */
  private isRatio(tokens: readonly Token[], n: NumberMatch): boolean {
    const step = (k: number, dir: 1 | -1) => (tokens[k]?.text === '-' ? k + dir : k);
    // (past the fraction of a mixed number: "a 2-1/2-for-1 split")
    let after = step(n.last + 1, 1);
    if (isDigit(tokens[after]) && tokens[after + 1]?.text === '/' && isDigit(tokens[after + 2]))
      after = step(after + 3, 1);
    const before = step(n.first - 1, -1);
    const isNumber = (k: number) => isDigit(tokens[k]) || readNumber(tokens, k) !== null;
    if (lowerAt(tokens, after) === 'for' && isNumber(step(after + 1, 1))) return true;
    // "one in five adults", "1 in 10 Americans", "nine out of 10 doctors", "6 of 10 Americans": so many of every
    // so many (a share, not a count), both numbers ("one of 10 children", "10 of 12 victims" count a group)
    const base = shareBaseAt(tokens, n.last + 1);
    if (base >= 0 && !isYear(tokens[base]?.text ?? '')) {
      const whole = readNumber(tokens, base);
      if (whole && whole.value > n.value && shareOf(tokens, n.last + 1, whole)) return true;
    }
    // the base of such a share, the part before its joiner ("one in [five]", "nine out of [10]")
    const joinAt =
      lowerAt(tokens, n.first - 1) === 'of' && lowerAt(tokens, n.first - 2) === 'out' ? n.first - 2 : n.first - 1;
    const part = shareBaseAt(tokens, joinAt) === n.first ? readNumber(tokens, joinAt - 1) : null;
    if (part && part.last === joinAt - 1 && part.value < n.value && shareOf(tokens, joinAt, n)) return true;
    // "a ratio of nine to one", "for every four held"
    if (lowerAt(tokens, n.first - 1) === 'of' && lowerAt(tokens, n.first - 2) === 'ratio') return true;
    // "won by 2 to 1", "outnumbered three to one": so many to one, both ends (not a vote's "6 to 1", nor a change "from 2 to 1")
    if (toOneAt(tokens, n.last + 1, n.first)) return true;
    if (/^(?:1|one)$/.test(tokens[n.first]!.lower) && n.first === n.last) {
      const other = tokens[n.first - 2]?.kind === TokenKind.Number ? n.first - 2 : -1;
      if (other >= 0 && toOneAt(tokens, n.first - 1, other)) return true;
    }
    if (EACH_OF.hasAt(tokens, n.first - 1) && lowerAt(tokens, n.first - 2) === 'for') return true; // "for each 105 shares owned"
    if (lowerAt(tokens, before) === 'for' && isNumber(step(before - 1, -1)) && tokens[before - 1]?.lower !== 'for')
      return true;
    // "one share in Cavendish for every four", "one additional share to each share held": so many per so many
    for (let k = n.last + 1; k <= n.last + 6 && k + 1 < tokens.length; k++) {
      if (tokens[k]!.kind === TokenKind.Punct) return false;
      const w = tokens[k]!.lower,
        next = tokens[k + 1]!.lower;
      if ((w === 'for' || w === 'to') && (next === 'every' || next === 'each')) return true;
    }
    return false;
  }

  /** "April one", "May Five", "March 3" left by the date recognizer: a day of a month. */
  private isDayOfMonth(tokens: readonly Token[], n: NumberMatch): boolean {
    if (n.first !== n.last || !dayNumberAt(tokens, n.first)) return false;
    // back over a list of days after the month: "set for April 2, 7, 8, 21 and 22" (not "On March 3, 12 people")
    let k = n.first - 1;
    while (DAY_LIST_LINKS.has(lowerAt(tokens, k)) && dayNumberAt(tokens, k - 1)) k -= 2;
    const month = tokens[k];
    return (
      !!month &&
      MONTHS.hasAt(tokens, k) &&
      isCapitalized(month) &&
      (k === n.first - 1 || countedNoun(tokens, n.last, false) === null)
    );
  }

  /** "his wife, 38, said": an age set off by commas after a name or a person. */
  private isAge(tokens: readonly Token[], n: NumberMatch, countryEnds: CountryEnds): boolean {
    const prev = tokens[n.first - 1],
      before = tokens[n.first - 2],
      next = tokens[n.last + 1];
    // "he is 54 and …", "who was 77,": a person's age told with a copula
    if (
      n.first === n.last &&
      n.value >= 1 &&
      n.value <= 120 &&
      AGE_COPULAS.has(prev?.lower ?? '') &&
      personBefore(tokens, n.first - 2) &&
      (!next || next.kind === TokenKind.Punct || AFTER_AGE.has(next.lower))
    )
      return true;
    // "Pickens is 58.": a surname's age told with a copula, ending its clause (a grown-up's, the names news gives)
    if (
      n.first === n.last &&
      n.value >= 18 &&
      n.value <= 110 &&
      (prev?.lower === 'is' || prev?.lower === 'was') &&
      before !== undefined &&
      isCapitalized(before) &&
      !isAllCaps(before) &&
      !COUNTRY_TRIE.next.has(before.lower) &&
      (next?.text === '.' || next?.text === ',')
    )
      return true;
    // "a boy under 16", "children under 5", "people over 65": an age limit of people (not "under 16 boys")
    if (
      n.first === n.last &&
      n.value <= 120 &&
      (prev?.lower === 'under' || prev?.lower === 'over') &&
      (PERSON_NOUNS.hasAt(tokens, n.first - 2) || AGE_GROUPS.hasAt(tokens, n.first - 2)) &&
      countedNoun(tokens, n.last, n.value === 1) === null
    )
      return true;
    const age = n.value >= 1 && n.value <= 120 && Number.isInteger(n.value);
    // "The two men, both 23, were charged"
    if (age && n.digits && prev?.lower === 'both' && before?.text === ',' && (next?.text === ',' || next?.text === '.'))
      return true;
    // "who turns 40 next month", "turned 65 in May": the age a person reaches (not "turned 500 people away")
    if (
      age &&
      n.first === n.last &&
      TURNING.has(prev?.lower ?? '') &&
      countedNoun(tokens, n.last, n.value === 1) === null
    )
      return true;
    // "ranged in age from 19 to 62", "range in age between 5 and 12": the ends of a range of ages
    if (age && inAgeRange(tokens, n.first)) return true;
    // "The two men, 23 and 25, were charged": the ages of the people before them
    if (
      age &&
      n.digits &&
      n.first === n.last &&
      (agesPairAt(tokens, n.first, countryEnds) || agesPairAt(tokens, n.first - 2, countryEnds))
    )
      return true;
    // (in words too: "The senator, sixty-two, announced")
    if ((n.digits && n.first !== n.last) || prev?.text !== ',' || !next || (next.text !== ',' && next.text !== '.'))
      return false;
    // ("John Mills Jr., 41,": past a name's suffix and its period)
    if (age && before?.text === '.' && NAME_SUFFIXES.hasAt(tokens, n.first - 3)) return true;
    // ("Belgium, 21, …" is a tally; "six, seven, eight states" a list of figures)
    if (
      !age ||
      !before ||
      before.kind !== TokenKind.Word ||
      countryEnds.has(before.end) ||
      readNumber(tokens, n.first - 2) !== null
    )
      return false;
    // "Smith, 54,", "his wife, 45,", "The suspect, 34,": after a name or a singular noun (a plural is a group: "the victims, 12,")
    return isCapitalized(before) || PERSON_NOUNS.has(before.lower) || singularNounAt(tokens, n.first - 2);
  }

  /** "1600 Pennsylvania Avenue": a street number. */
  private isAddress(tokens: readonly Token[], n: NumberMatch): boolean {
    if (!n.digits) return false;
    for (let k = n.last + 1; k <= n.last + 3; k++) {
      const t = tokens[k];
      if (!t || t.kind !== TokenKind.Word || !isCapitalized(t)) return false;
      if (STREETS.has(t.lower)) return true;
    }
    return false;
  }

  /** "Boeing 747", "Channel 4", "Apollo 13": a number that is part of a name, not a quantity. */
  private inName(tokens: readonly Token[], n: NumberMatch): boolean {
    const prev = tokens[n.first - 1],
      before = tokens[n.first - 2],
      next = tokens[n.last + 1];
    if (!n.digits && this.capitalizedWord(tokens, n)) return true; // "Fund Two", "Group of Five", "Four Seasons"
    if (n.digits && prev?.kind === TokenKind.Word && /^[a-z]+[A-Z]/.test(prev.text)) return true; // "the iPhone 5", "eBay 2"
    // "the Group of 77 developing countries", "the Gang of Four", "GROUP OF FIVE MEETING ENDS": a forum named for its size
    if (prev?.lower === 'of' && before && FORUMS.has(before.lower) && isCapitalized(before)) return true;
    if (!n.digits || !prev || prev.kind !== TokenKind.Word || !isCapitalized(prev)) return false;
    // an acronym's number outside a line in capitals: "TWA 800", "the MD 80"; not "ICI TO HIRE 145 SALESPEOPLE"
    // (a line in capitals has another word in capitals by the number: "The plane was TWA 800." is a name at the
    // sentence's end, "LAY OFF 29,000" a headline's count)
    if (isAllCaps(prev)) {
      const capsBeside = next?.kind === TokenKind.Word || (before?.kind === TokenKind.Word && isAllCaps(before));
      return prev.text.length > 1 && !(capsBeside && inCapitals(tokens, n.last)) && !isLowerPlural(next?.text ?? '');
    }
    // a capital that only starts the sentence ("Another 40 died"), unless it is a name's, whose number no noun
    // follows but a verb: "Apollo 13 was launched", "Flight 370 vanished"
    if (!before || SENTENCE_OPENERS.has(before.text) || prev.newlineBefore) return this.openingName(tokens, n);
    if (COUNTRY_TRIE.next.has(prev.lower) || QUALIFIER_WORDS.has(prev.lower)) return false; // "Russian 43 …", "Some 150"
    // "Channel 4 viewers" stays a name too, "Group 7 nations" does not; a verb in -s is no noun: "Local 1938 says"
    return !next || next.kind !== TokenKind.Word || !isLowerPlural(next.text) || isPresentInS(next.lower);
  }

  /** Whether the capital that opens the sentence before figure n names something numbered: "Apollo 13 was launched". */
  private openingName(tokens: readonly Token[], n: NumberMatch): boolean {
    const name = tokens[n.first - 1]!,
      next = tokens[n.last + 1];
    if (n.first !== n.last || name.text.length < 3 || isAllCaps(name) || COUNTRY_TRIE.next.has(name.lower))
      return false;
    // (a word of the language that may lead a count: "Another", "Only", "Police", "Rebels", "Kills")
    if (
      SENTENCE_LEADS.hasAt(tokens, n.first - 1) ||
      QUALIFIER_WORDS.hasAt(tokens, n.first - 1) ||
      DETERMINERS.hasAt(tokens, n.first - 1) ||
      NOUN_STOP.hasAt(tokens, n.first - 1) ||
      verbForm(name.lower) !== null ||
      isPlural(name.lower)
    )
      return false;
    return (
      !!next &&
      (CLAUSE_AUXILIARIES.has(next.lower) || isPastForm(next.lower)) &&
      countedNoun(tokens, n.last, n.value === 1) === null
    );
  }

  private nounText(tokens: readonly Token[], last: number): string {
    const noun = countedNoun(tokens, last, true);
    return noun ? tokens[noun.last]!.text : '';
  }

  /** A number word with a capital inside a sentence (not its first word, not a line in capitals): part of a name. */
  private capitalizedWord(tokens: readonly Token[], n: NumberMatch): boolean {
    const t = tokens[n.first]!,
      prev = tokens[n.first - 1];
    if (!isCapitalized(t) || isAllCaps(t) || t.newlineBefore || !prev) return false;
    if (SENTENCE_OPENERS.has(prev.text) || prev.text === ',' || prev.text === '-' || prev.text === '—') return false;
    return !COUNTRY_TRIE.next.has(tokens[n.last + 1]?.lower ?? ''); // "… and Two Russians" stays a count
  }

  private build(text: string, tokens: readonly Token[], n: NumberMatch): CountCandidate | null {
    const qual = this.qualifierBefore(tokens, n.first);
    let first = qual ? n.first - qual.words : n.first;
    let qualifier: Qualifier = 'vague' in n ? 'at-least' : (qual?.q ?? 'exact');
    let value = n.value;
    let max: number | undefined;
    let last = n.last;
    const upper = rangeUpper(tokens, n);
    if (upper) {
      // "12 to 12.5 million", "two or three million": the lower end is in the upper end's millions
      const scale = trailingScale(tokens, n) === 1 ? trailingScale(tokens, upper) : 1;
      if (scale > 1 && value * scale <= upper.value) value *= scale;
      max = upper.value;
      qualifier = 'range';
      last = upper.last;
      if (tokens[n.last + 1]!.lower === 'and') first = n.first - 1;
    }
    // "50 or more employees", "one or more options" (COUNTS.md: at least); "10 or fewer": at most; "a dozen or so": about
    const open = upper ? null : openEnd(tokens, last);
    if (open) qualifier = open.q;
    // "20-odd people": about 20
    if (qualifier === 'exact' && tokens[last + 1]?.text === '-' && lowerAt(tokens, last + 2) === 'odd')
      qualifier = 'approx';
    // "100-plus people", "1,000 plus employees": at least (not "at 101 plus accrued interest", "50 plus 20")
    const plus = open ? null : plusAfter(tokens, last);
    if (plus !== null && qualifier === 'exact') qualifier = 'at-least';
    const tail = open?.last ?? plus ?? last;
    // "10 or more pct": the unit after the open end says what the figure is
    if (open && notCountUnitAt(tokens, tail + 1)) return null;
    // a tally's figures name no noun ("a 7-2 vote": COUNTS.md)
    const tally = inVoteTally(tokens, n.first);
    // a bare vague end counts people the sentence does not name ("thousands marched"); a range's upper end tells
    const bare = upper ? 'bare' in upper && upper.bare : 'bare' in n && n.bare;
    // ("Of these 43 reductions, 41 represented holdings of over 25 pct": after a partitive opener, a past form right
    // after the figure is its verb, the noun the opener's)
    // (not a participle before its noun and that noun's verb: "Of the 12 soldiers, three wounded civilians fled")
    const partOfOpener =
      isPastForm(lowerAt(tokens, tail + 1)) &&
      !(countsPlural(lowerAt(tokens, tail + 2)) && isVerbLike(lowerAt(tokens, tail + 3))) &&
      partitiveOpener(tokens, n.first) !== null;
    const found: NounRange | null =
      bare || tally || partOfOpener
        ? null
        : ((plus === null ? compoundModifier(tokens, n, last) : null) ??
          countedNoun(tokens, tail, value === 1 && max === undefined && !open) ??
          stateNamedAfter(tokens, first, tail) ??
          tableLabelNoun(tokens, n.first));
    // a collective names no noun ("its 3,000 workforce": COUNTS.md)
    // (nor does a pronoun, which the span still holds: "50 others")
    const pronoun = found !== null && lowerAt(tokens, found.last) === 'others';
    const noun = found && (COLLECTIVES.hasAt(tokens, found.last) || pronoun) ? null : found;
    // "shot a 67", "had a 3 on the hole": a single figure after "a" that counts nothing is a score (not the
    // compound "a 50-strong mob")
    if (
      noun === null &&
      !tally &&
      !upper &&
      n.digits &&
      value > 1 &&
      /^an?$/.test(lowerAt(tokens, first - 1)) &&
      tokens[last + 1]?.text !== '-'
    )
      return null;
    // "instead of the current 1300", "its mid-range 9370", "HONG KONG EXCHS 1400": four digits and more with no
    // separator and nothing counted are a clock, a model or a code (a count that large is written "1,300", or
    // names what it counts: "about 1700 lawsuits")
    if (noun === null && !tally && n.digits && /^\d{4,}$/.test(tokens[n.last]!.text)) return null;
    // "people 65 and over", "sizes 10 and up": a bound with nothing counted after it is an age or a size
    if (open && noun === null && lowerAt(tokens, last + 1) === 'and') return null;
    // what the noun says the figure is: money ("a 6.99 billion loss") or a rate ("4,000 contracts a day"), or
    // a time ("served 10 of his 15 years": a length of the length after it)
    if (noun && noun.first > last && MONEY_NOUNS.hasAt(tokens, noun.last)) return null;
    // ("three more of its test kits" is read as "three of its test kits")
    const partitive =
      lowerAt(tokens, last + 1) === 'of' ||
      ((lowerAt(tokens, last + 1) === 'more' || lowerAt(tokens, last + 1) === 'out') &&
        lowerAt(tokens, last + 2) === 'of');
    if (noun && noun.first > last + 1 && partitive && UNITS.hasAt(tokens, noun.last)) return null;
    if (noun && noun.first > last && amountsTo(tokens, upper ?? n, noun.last)) return null;
    // "billions of investors' dollars": what the noun owns is money, and so is the figure
    if (noun && ownsMoney(tokens, noun.last)) return null;
    // also without a noun: "jobs at a rate of 358,000 a month"
    if (isRate(tokens, noun && noun.first > last ? noun.last : tail)) return null;
    // a size told in things: "79 lines long", "a building 12 storeys high" (COUNTS.md: measures)
    if (noun && noun.first > last && DIMENSIONS.hasAt(tokens, noun.last + 1)) return null;
    // a table row's label ("Avg shrs 2,332,397") names the noun before the number: the span stays the number's
    // so does "N of the X" (COUNTS.md: the span is the number), which may hold a count of its own ("one of the two groups")
    const spanned = pronoun ? found : noun;
    const end = spanned !== null && spanned.first > last && !partitive ? tokens[spanned.last]!.end : tokens[tail]!.end;
    let total = qual?.q === 'exact' && tokens[first]!.lower === 'a';
    const after = noun && noun.first > last ? noun.last : last;
    // a qualifier after the noun: "200 supporters at most", "50 people or more", "30 people or so"
    if (qualifier === 'exact' && after > last) qualifier = qualifierAfter(tokens, after) ?? qualifier;
    if (lowerAt(tokens, after + 1) === 'in' && lowerAt(tokens, after + 2) === 'all') total = true;
    if (
      lowerAt(tokens, after + 1) === 'altogether' ||
      (lowerAt(tokens, after + 1) === 'in' && lowerAt(tokens, after + 2) === 'total')
    )
      total = true;
    if (statedAsTotal(tokens, first)) total = true;
    const start = tokens[first]!.start;
    const numberStart = tokens[n.first]!.start,
      numberEnd = tokens[last]!.end;
    return {
      kind: 'count',
      start,
      end,
      text: text.slice(start, end),
      count: {
        // one shape for every count (an absent max or total is undefined, which JSON leaves out): object spreads cost more than the rest of building a count
        value,
        max,
        qualifier,
        total: total || undefined,
        numberStart,
        numberEnd,
        noun: noun === null ? null : text.slice(tokens[noun.first]!.start, tokens[noun.last]!.end),
        nounStart: noun === null ? null : tokens[noun.first]!.start,
        nounEnd: noun === null ? null : tokens[noun.last]!.end,
      },
    };
  }

  private qualifierBefore(tokens: readonly Token[], first: number): { q: Qualifier; words: number } | null {
    const endingHere = QUALIFIERS_BY_LAST_WORD.getAt(tokens, first - 1);
    // ("pull the rug out from under 100,000 workers": after "from" it is a place, no bound; nor is it before
    // "one": "under one management structure")
    if (
      !endingHere ||
      (PLACE_BOUNDS.hasAt(tokens, first - 1) &&
        (lowerAt(tokens, first - 2) === 'from' ||
          (lowerAt(tokens, first) === 'one' && !SCALE_AFTER.hasAt(tokens, first + 1))))
    )
      return null;
    // the longest phrase whose words all stand before the number: "no more than" before "more than"
    for (const { words, q } of endingHere) {
      let k = 0;
      while (k < words.length && lowerAt(tokens, first - words.length + k) === words[k]) k++;
      if (k === words.length && first - words.length >= 0) return { q, words: words.length };
    }
    return null;
  }
}
