import { MONTHS, UNITS, WEEKDAYS, durationValue, isYear } from '../timeWords';
import { inTitle, lowerAt, timeCandidate, unitAloneAfter } from '../timeSupport';
import { andAHalfLength, NUMBER_START_WORDS, readNumber } from '../numberWords';
import { glued, hyphenJoins, TokenKind, type Token } from '../tokenize';
import type { DocumentContext, Recognizer, TimeCandidate } from '../types';
import { QuickSet } from '../quickSet';
import { MODAL_VERBS } from '../verbs';
import { amountUnitAt } from '../quantityUnits';
import { wireClockAt } from './TimeOfDayRecognizer';
import { NOUN_STOP } from '../countedNoun';

// Durations as TIMEX3 values: "two weeks" P2W, "72 hours" PT72H, "a year" P1Y, "the past two months"
// P2M, "two-year" P2Y, "years" PXY, "several days" PXD, "a decade" P10Y (TimeBank writes decades in years).

const VAGUE = new QuickSet([
  'several',
  'few',
  'many',
  'some',
  'recent',
  'coming',
  'past',
  'next',
  'last',
  'ensuing',
  'following',
]);
const LEAD_INS = new QuickSet([
  'the',
  'past',
  'last',
  'next',
  'first',
  'coming',
  'latest',
  'another',
  'nearly',
  'almost',
  'about',
  'around',
  'some',
  'roughly',
  'approximately',
  'only',
  'just',
  'full',
  'entire',
  'whole',
  'additional',
  'further',
]);
const TWO_WORD_LEAD_INS = new Set(['more than', 'less than', 'at least', 'fewer than', 'up to']);
const BARE_PLURAL_CUES = new QuickSet([
  'for',
  'in',
  'over',
  'within',
  'after',
  'take',
  'takes',
  'took',
  'lasting',
  'last',
  'spent',
  'than',
  'of',
]);

/** what has an age that is how long it has lasted: "an 8-month-old truce", "the 6-1/2-year-old conflict" (not a person's) */
const LASTING_THINGS = new QuickSet([
  'truce',
  'ceasefire',
  'cease-fire',
  'war',
  'conflict',
  'strike',
  'dispute',
  'ban',
  'embargo',
  'boycott',
  'rebellion',
  'insurgency',
  'uprising',
  'occupation',
  'crisis',
  'standoff',
  'siege',
  'blockade',
  'moratorium',
  'freeze',
  'government',
  'coalition',
  'regime',
  'agreement',
  'accord',
  'pact',
  'treaty',
  'law',
  'policy',
  'campaign',
  'offensive',
  'investigation',
  'program',
  'programme',
  'company',
  'record',
]);

const UNIT_FILLERS = new QuickSet([
  'more',
  'additional',
  'extra',
  'further',
  'other',
  'full',
  'trading',
  'business',
  'working',
  'calendar',
  'straight',
  'consecutive',
  'long',
]);

/** "minutes before the blast", "days after the bombing", "weeks later": a bare plural told as a distance in time */
const RELATIVE_AFTER = new QuickSet(['before', 'after', 'later', 'earlier']);
/** what may stand between a number and its unit: a range, a hyphen, a scale ("2.5 million years") */
const UNIT_LEADS = new QuickSet(['to', 'or', '-', '–', 'and', 'hundred', 'thousand', 'million', 'billion', 'dozen']);

const DURATION_TRIGGERS: ReadonlySet<string> = new Set([
  ...NUMBER_START_WORDS,
  ...VAGUE,
  ...UNITS.keys(),
  'half',
  'a',
  'an',
  'another',
  ...['hour', 'day', 'week', 'month', 'year'].map((u) => `${u}long`),
]);

/**
 * "four flights a week", "$1.76 a year", "2 million barrels a day", "twice a week": "a" unit after an
 * amount or a plural is a rate, not a length ("a year ago" stays a date).
 */
function isRate(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1],
    next = lowerAt(tokens, i + 2);
  if (!prev || next === 'ago' || next === 'earlier' || next === 'later' || next === 'before' || next === 'after')
    return false;
  const w = prev.lower;
  return prev.kind === TokenKind.Number || RATE_BEFORE.has(w);
}
/** amounts and counted things that a rate follows */
const RATE_BEFORE = new QuickSet([
  'once',
  'twice',
  'thrice',
  'times',
  'share',
  'million',
  'billion',
  'thousand',
  'hundred',
  'cents',
  'dollars',
  'flights',
  'seats',
  'hours',
  // ("seven days a week", "nine months a year": a smaller unit's count per larger unit)
  'minutes',
  'days',
  'nights',
  'weeks',
  'months',
  'meals',
  'shifts',
  'trips',
  'visits',
  'barrels',
  'tons',
  'tonnes',
  'gallons',
  'miles',
]);

/**
 * "a quarter century", "a quarter-century", "three quarters of a century", "a quarter of an hour", "a quarter
 * hour": quarters of a hundred years or of an hour, not of one year (the index of the unit, or -1)
 */
function unitAfterQuarter(tokens: readonly Token[], k: number): number {
  const of = lowerAt(tokens, k + 1) === 'of' && (lowerAt(tokens, k + 2) === 'a' || lowerAt(tokens, k + 2) === 'an');
  const at = tokens[k + 1]?.text === '-' ? k + 2 : of ? k + 3 : k + 1;
  const unit = lowerAt(tokens, at);
  return unit === 'century' || unit === 'hour' ? at : -1;
}

/** what a share is taken of: "a quarter of its staff", "of the vote", "of them" */
const SHARE_OF = new QuickSet([
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'all',
  'those',
  'these',
  'them',
  'us',
  'it',
]);

/** Whether the unit at k is glued to a "-long" after it: "week-long", "months-long". */
/** Whether the unit at k is the first of "year-on-year", "month-to-month", "day-to-day" */
const periodOnPeriodAt = (tokens: readonly Token[], k: number) =>
  tokens[k + 1]?.text === '-' &&
  (lowerAt(tokens, k + 2) === 'on' || lowerAt(tokens, k + 2) === 'to') &&
  tokens[k + 3]?.text === '-' &&
  lowerAt(tokens, k + 4) === lowerAt(tokens, k);
const longAfter = (tokens: readonly Token[], k: number) => hyphenJoins(tokens, k) && lowerAt(tokens, k + 2) === 'long';

/** "a second group", "a second betrayal": the ordinal, not one second. */
function isOrdinalSecond(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    tokens[k]!.lower === 'second' &&
    !!next &&
    next.kind === TokenKind.Word &&
    !/^(ago|later|earlier|before|after|longer|or|and)$/.test(next.lower)
  );
}

/** The upper end of a range told after its unit ("or two" in "a year or two"): a figure in words above the first, no count of a noun of its own. */
function upperAfterUnit(tokens: readonly Token[], k: number, lower: number): { value: number; last: number } | null {
  const n = tokens[k]?.kind === TokenKind.Word ? readNumber(tokens, k) : null;
  if (!n || n.value <= lower || n.value > 12) return null;
  const after = tokens[n.last + 1];
  // (a word that names no noun may follow: "wait another week or two to review it", "a day or two of rest")
  return after &&
    after.kind === TokenKind.Word &&
    !/^(ago|earlier|later|before|after|more)$/.test(after.lower) &&
    !NOUN_STOP.hasAt(tokens, n.last + 1)
    ? null
    : { value: n.value, last: n.last };
}

const MODALS = new QuickSet(MODAL_VERBS);
/** the words after which "last" is the verb ("will last two days", "expected to last weeks", "did not last a year") */
const LAST_AS_VERB_AFTER = new Set([...MODAL_VERBS, 'to', 'not', 't', 'did', 'does', 'do']);

const AGE_BOUNDS = new QuickSet(['older', 'younger', 'over', 'above', 'under']);
/** the words of an opening or closing stretch of plural units: "the first hours", "the early years" */
const STRETCH = new QuickSet(['first', 'final', 'early', 'opening', 'initial', 'closing', 'waning', 'dying']);
/** what leads a span of time told as how long something lasted */
const SPAN_LEADS = new Set(['for']);
/** the prepositions that make "a while" or "some time" a length ("for some time"; not "some time next week") */
const LENGTH_CUES = new QuickSet(['for', 'in', 'after', 'within']);

export class DurationRecognizer implements Recognizer {
  readonly name = 'durations';
  readonly triggers = { words: DURATION_TRIGGERS, digits: true };

  recognize({ text, tokens }: DocumentContext, starts: readonly number[]): TimeCandidate[] {
    const out: TimeCandidate[] = [];
    let done = -1;
    for (const i of starts) {
      if (i <= done) continue;
      const hit = this.at(tokens, i);
      // ("on an hour-by-hour basis", "day-by-day": how often, no length)
      if (!hit || (hyphenJoins(tokens, hit.last) && lowerAt(tokens, hit.last + 2) === 'by')) continue;
      // a length glued to its noun ("the 48-hour strike", "a two-year deal") modifies it: TimeBank spans leave the article out
      // (so does one whose unit stays singular after a figure above one: "the 20 minute meeting")
      // ("the next half-hour" is no modifier: the hyphen joins the half to its unit)
      const modifier =
        (tokens[hit.last - 1]?.text === '-' && lowerAt(tokens, hit.last - 2) !== 'half') ||
        (tokens[hit.last - 1]?.kind === TokenKind.Number &&
          UNITS.getAt(tokens, hit.last)?.plural === false &&
          tokens[hit.last - 1]!.text !== '1');
      const first = hit.bare || modifier ? hit.first : this.leadIn(tokens, hit.first);
      const type = hit.value === 'PAST_REF' || hit.value === 'FUTURE_REF' ? 'DATE' : 'DURATION';
      out.push(timeCandidate(text, tokens, first, hit.last, type, hit.value));
      done = hit.last;
    }
    return out;
  }

  private at(
    tokens: readonly Token[],
    i: number,
  ): { first: number; last: number; value: string; bare?: boolean } | null {
    const w = tokens[i]!.lower;
    // "will one day be", "may one day return": a time to come the text does not give
    if (w === 'one' && lowerAt(tokens, i + 1) === 'day' && MODALS.hasAt(tokens, i - 1))
      return { first: i, last: i + 1, value: 'FUTURE_REF', bare: true };
    // "a day-long meeting", "the decades-long battle": a length glued to "long" modifies its noun ("a" is the noun's)
    if (UNITS.has(w) && longAfter(tokens, i)) {
      const unit = UNITS.get(w)!;
      return { first: i, last: i + 2, value: durationValue(unit.plural ? 'X' : 1, w), bare: true };
    }
    if ((w === 'a' || w === 'an') && longAfter(tokens, i + 1)) return null;
    // "a year-on-year rise", "day-to-day business": a comparison of one period with the next, no length
    const unitAt = w === 'a' || w === 'an' ? i + 1 : i;
    if (UNITS.hasAt(tokens, unitAt) && periodOnPeriodAt(tokens, unitAt)) return null;
    // "a weeklong recess", "the yearlong inquiry": the same, written as one word
    if (w.endsWith('long') && UNITS.has(w.slice(0, -4)))
      return { first: i, last: i, value: durationValue(1, w.slice(0, -4)), bare: true };
    // "a matter of days", "a matter of hours": a length the text does not give, in a unit it names
    if (w === 'a' && lowerAt(tokens, i + 1) === 'matter' && lowerAt(tokens, i + 2) === 'of') {
      const u = UNITS.getAt(tokens, i + 3);
      return u?.plural ? { first: i, last: i + 3, value: durationValue('X', lowerAt(tokens, i + 3)) } : null;
    }
    // "half an hour", "a year and a half"
    if (
      w === 'half' &&
      (lowerAt(tokens, i + 1) === 'an' || lowerAt(tokens, i + 1) === 'a') &&
      UNITS.getAt(tokens, i + 2)
    ) {
      const u = lowerAt(tokens, i + 2);
      return { first: i, last: i + 2, value: durationValue(0.5, u) };
    }
    // "a half hour", "the next half-hour": half of a unit said before it (with its article)
    const halfOf = w === 'half' ? (tokens[i + 1]?.text === '-' ? i + 2 : i + 1) : -1;
    const halved = halfOf > 0 ? UNITS.getAt(tokens, halfOf) : undefined;
    if (halved && !halved.plural)
      return {
        first: lowerAt(tokens, i - 1) === 'a' ? i - 1 : i,
        last: halfOf,
        value: durationValue(0.5, lowerAt(tokens, halfOf)),
      };
    // "for a while", "in a while", "for some time": a length the text does not give (TimeML's PXX)
    if (
      (w === 'a' || w === 'some') &&
      lowerAt(tokens, i + 1) === (w === 'a' ? 'while' : 'time') &&
      LENGTH_CUES.hasAt(tokens, i - 1)
    )
      return { first: i, last: i + 1, value: 'PXX', bare: true };
    if (VAGUE.hasAt(tokens, i) || w === 'a') {
      const k = w === 'a' && lowerAt(tokens, i + 1) === 'few' ? i + 2 : i + 1;
      const u = UNITS.getAt(tokens, k);
      // ("in some quarters", "in many quarters": among some people)
      const amongPeople = u?.letter === 'Q' && (w === 'some' || w === 'many') && lowerAt(tokens, i - 1) === 'in';
      if (u && u.plural && (w !== 'a' || k === i + 2) && !['last', 'next', 'past'].includes(w) && !amongPeople) {
        // "the last few months", "the past several quarters": TimeBank's PAST_REF dates; "recent
        // years", "coming weeks": vague lengths more often (PXY, PXW)
        // ("could last several weeks", "expected to last several months": the verb, a length)
        // ("for the past few weeks": how long, a vague length as TimeBank writes it; "over the past several
        // quarters" stays the time behind)
        const looksBack =
          (w === 'few' || w === 'several') &&
          ['last', 'past'].includes(lowerAt(tokens, i - 1)) &&
          !MODALS.hasAt(tokens, i - 2) &&
          lowerAt(tokens, i - 2) !== 'to' &&
          !SPAN_LEADS.has(lowerAt(tokens, i - 3));
        return { first: i, last: k, value: looksBack ? 'PAST_REF' : durationValue('X', lowerAt(tokens, k)) };
      }
    }
    // most numbers count something else ("43 diplomats"): only what can lead to a unit goes on ("by 2359
    // hours" is a clock)
    if (wireClockAt(tokens, i)) return null;
    if (
      tokens[i]!.kind === TokenKind.Number &&
      !UNIT_LEADS.hasAt(tokens, i + 1) &&
      !UNITS.hasAt(tokens, i + 1) &&
      !UNIT_FILLERS.hasAt(tokens, i + 1) &&
      tokens[i + 1]?.kind !== TokenKind.Number
    )
      return null;
    // "another year": one more
    const oneUnit = w === 'a' || w === 'an' || w === 'another';
    const n = readNumber(tokens, i) ?? (oneUnit ? { value: 1, first: i, last: i, digits: false } : null);
    if (n) {
      let k = n.last + 1;
      let value: number = n.value;
      const halfAfterNumber = andAHalfLength(tokens, k); // "two-and-a-half years"
      // "2 1/2 years", "15-1/2 years" (the wire's glued fraction), "two to three weeks" (TimeBank keeps the
      // larger), "20 more years", "eight trading days"
      const fraction = tokens[k]?.text === '-' && glued(tokens[k - 1], tokens[k]) ? k + 1 : k;
      if (
        tokens[fraction]?.kind === TokenKind.Number &&
        tokens[fraction + 1]?.text === '/' &&
        tokens[fraction + 2]?.kind === TokenKind.Number
      ) {
        value += Number(tokens[fraction]!.text) / Number(tokens[fraction + 2]!.text);
        k = fraction + 3;
      } else if (halfAfterNumber > 0) {
        value += 0.5;
        k += halfAfterNumber;
      } else if (lowerAt(tokens, k) === 'to' || lowerAt(tokens, k) === 'or' || tokens[k]?.text === '-') {
        const upper = readNumber(tokens, k + 1);
        // "two or three more days": a filler may stand between the upper end and its unit
        const unitAt = !upper ? -1 : UNIT_FILLERS.hasAt(tokens, upper.last + 1) ? upper.last + 2 : upper.last + 1;
        if (upper && UNITS.hasAt(tokens, unitAt)) {
          value = upper.value;
          k = upper.last + 1;
        }
      }
      if (UNIT_FILLERS.hasAt(tokens, k)) k++;
      // "the first two 1987 months": the year the units fall in stands between the number and them
      if (
        tokens[k]?.kind === TokenKind.Number &&
        isYear(tokens[k]!.text) &&
        tokens[k - 1]?.kind !== TokenKind.Number &&
        UNITS.getAt(tokens, k + 1)?.plural
      )
        k++;
      const hyphen = tokens[k]?.text === '-';
      if (hyphen) k++;
      const unitWord = lowerAt(tokens, k);
      const unit = UNITS.get(unitWord);
      if (!unit || inTitle(tokens, k)) return null;
      // "359,000 Week ago", "800 Year Ago", "versus 292,000 week ago": a table's figure before a column
      // heading, or a figure and the time it was told for, no "800 years"
      if (!hyphen && unitAloneAfter(tokens, value, k)) return null;
      if (hyphen && unitWord === 'quarters') return null; // "three-quarters" is a fraction
      // "a second-tier increase", "a second-hand car": the ordinal, glued to what it ranks
      if (unitWord === 'second' && tokens[k + 1]?.text === '-' && glued(tokens[k], tokens[k + 1])) return null;
      const whole = unit.letter === 'Q' ? unitAfterQuarter(tokens, k) : -1;
      if (whole > 0)
        return {
          first: n.first,
          last: whole,
          value: lowerAt(tokens, whole) === 'century' ? `P${value * 25}Y` : durationValue(value / 4, 'hour'),
        };
      // "a quarter of its staff", "three quarters of the vote": a share of what follows (not "two quarters of
      // growth"); "a quarter percentage point", "a quarter point cut": of a percent
      if (
        unit.letter === 'Q' &&
        ((lowerAt(tokens, k + 1) === 'of' && SHARE_OF.hasAt(tokens, k + 2)) ||
          amountUnitAt(tokens, k + 1) === 'percent')
      )
        return null;
      // "the 1988 second quarter", "1986 year operating net": a year before its part, no length
      if (
        n.digits &&
        isYear(tokens[n.first]!.text) &&
        (unitWord === 'second' || unitWord === 'quarter' || unitWord === 'year')
      )
        return null;
      // "a 35-year-old" is an age, "35 years old" too; not the age of a truce or a war, how long it has lasted
      // ("the IRA's 8-month-old truce": TimeBank's length, up to "old")
      if (lowerAt(tokens, k + 1) === 'old' || (tokens[k + 1]?.text === '-' && lowerAt(tokens, k + 2) === 'old')) {
        const old = lowerAt(tokens, k + 1) === 'old' ? k + 1 : k + 2;
        if (!hyphen || !LASTING_THINGS.hasAt(tokens, old + 1)) return null;
        return { first: n.first, last: old, value: durationValue(value, unitWord) };
      }
      // "patients 65 years and older", "children 12 years or younger", "18 years of age": ages too
      if ((lowerAt(tokens, k + 1) === 'and' || lowerAt(tokens, k + 1) === 'or') && AGE_BOUNDS.hasAt(tokens, k + 2))
        return null;
      if (lowerAt(tokens, k + 1) === 'of' && lowerAt(tokens, k + 2) === 'age') return null;
      if (oneUnit && n.first === n.last && (unit.plural || isRate(tokens, i) || isOrdinalSecond(tokens, k)))
        return null;
      let last = k;
      // "a year and a half" ("two and a half years" was read above)
      const half = andAHalfLength(tokens, k + 1);
      if (half > 0) last = k + half;
      const andAHalf = half > 0;
      // "a year or two", "a day or three": the range's upper end stands after the unit (TimeBank keeps the larger)
      const upper = !andAHalf && lowerAt(tokens, k + 1) === 'or' ? upperAfterUnit(tokens, k + 2, value) : null;
      if (upper) return { first: n.first, last: upper.last, value: durationValue(upper.value, unitWord) };
      return { first: n.first, last, value: durationValue(andAHalf ? value + 0.5 : value, unitWord) };
    }
    // bare plural: "for years", "in months", "took weeks"
    const u = UNITS.get(w);
    // "over the years" too: the cue may stand before "the"
    const cue = lowerAt(tokens, i - 1) === 'the' ? lowerAt(tokens, i - 2) : lowerAt(tokens, i - 1);
    if (!u || !u.plural || u.letter === 'Q') return null;
    // "in years one and two", "in weeks 3 to 5": the plural names members of a count, no length
    // ("for years 1,000 people lived here" stays a length; after the article it names them: "for the years 1986-1988")
    const next = lowerAt(tokens, i + 1);
    // (nor a year's number after any cue: "similar cuts for years 2014 until 2021")
    if (
      (((cue === 'in' || lowerAt(tokens, i - 1) === 'the') && next !== 'a' && next !== 'an') ||
        /^(?:1[89]|20)\d\d$/.test(next)) &&
      readNumber(tokens, i + 1) !== null
    )
      return null;
    // "the first hours of the war", "the early years", "the final days": the opening or closing stretch of something
    // (not of a day: "the early hours of Thursday morning" is a time of that day)
    const ofDay = () =>
      lowerAt(tokens, i + 1) === 'of' && (WEEKDAYS.hasAt(tokens, i + 2) || MONTHS.hasAt(tokens, i + 2));
    if (STRETCH.hasAt(tokens, i - 1) && lowerAt(tokens, i - 2) === 'the' && !ofDay())
      return { first: i - 2, last: i, value: durationValue('X', w), bare: true };
    // "years ago", "just months ago": a time some lengths back (TimeML's PAST_REF)
    if (next === 'ago') return { first: i, last: i + 1, value: 'PAST_REF', bare: true };
    if (BARE_PLURAL_CUES.has(cue)) return { first: i, last: i, value: durationValue('X', w) };
    // ("in the weeks before the shooting": TimeBank leaves the article out)
    if (RELATIVE_AFTER.hasAt(tokens, i + 1)) return { first: i, last: i, value: durationValue('X', w), bare: true };
    return null;
  }

  /** "the past two months", "nearly two years", "more than a week": TimeBank spans include these. */
  private leadIn(tokens: readonly Token[], first: number): number {
    let f = first;
    for (let steps = 0; steps < 3 && f > 0; steps++) {
      const prev = tokens[f - 1]!.lower,
        prev2 = lowerAt(tokens, f - 2);
      if (TWO_WORD_LEAD_INS.has(`${prev2} ${prev}`)) f -= 2;
      else if (prev === 'last' && LAST_AS_VERB_AFTER.has(prev2))
        break; // "is expected to last two days": the verb
      else if (LEAD_INS.has(prev)) f -= 1;
      else break;
    }
    return f;
  }
}
