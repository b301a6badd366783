import {
  addDays,
  addDuration,
  calendarDate,
  daysBetween,
  daysInMonth,
  DEFINITE_LENGTH,
  formatDate,
  isDayValue,
  isoWeekMonday,
  pad,
  parseDate,
} from '../timex';
import { abbreviationStopAt, splitSentences, sentenceAt, type Sentence } from '../sentences';
import { pastAsBaseAfter } from '../subjects';
import { lastStartingAtOrBefore } from '../shift';
import {
  commaBefore,
  contractionEndingAt,
  glued,
  isCapitalized,
  isPossessiveAt,
  titleCaseAt,
  TokenKind,
  type Token,
} from '../tokenize';
import {
  CLAUSE_LINKS,
  lowerAt,
  MISSED,
  movedBy,
  attributiveAfterInfinitive,
  pastFormAt,
  retroactiveTo,
  WILL_OR_WOULD,
  WRITTEN_YEAR,
} from '../timeSupport';
import { readNumber } from '../numberWords';
import { isYear, LIMIT_NOUNS, MONTHS, PARTS_OF_DAY, SHIPMENTS, UNITS, WEEKDAYS, YEAR_KINDS } from '../timeWords';
import { QuickMap, QuickSet } from '../quickSet';
import type { Candidate, DocumentContext, Refiner, TimeCandidate } from '../types';
import type { Deadline } from '../schema';
import { BE_FORMS, isLemma, isPastForm, isPresentInS, isVerbLike, MODAL_VERBS, verbForm } from '../verbs';
import { isAnaphoricTime } from '../recognizers/AnaphoricTimeRecognizer';
import { holidayAt } from '../recognizers/DateRecognizer';
import { OBJECT_DETERMINERS, DETERMINERS, isPluralNoun, NOUN_STOP } from '../countedNoun';
import { amountUnitAt } from '../quantityUnits';

// Deadlines: time expressions that set a limit someone imposed, agreed or fixed (the labelling rules of DEADLINES.md in the eval data):
// "given two weeks to leave", "72 hours to leave the country", "must … within 48 hours",
// "has until noon Friday", "must … by 31 March", "a deadline of 1 May", "the ultimatum expires at
// midnight", "no later than". Plans, forecasts, schedules and event dates are not deadlines.
// It runs as a refiner over the time expressions found before it and adds `deadline` to them.

/** how far before a length a verb of granting may stand, past a recipient named twice: "gave the Yugoslav
 * President, Mr Slobodan Milosevic, an additional 10 days to comply" */
const GRANT_REACH = 10;
const GRANT = new QuickSet([
  'given',
  'give',
  'gave',
  'giving',
  'gives',
  'has',
  'have',
  'had',
  'get',
  'gets',
  'got',
  'allowed',
  'allow',
  'allows',
  'allowing',
  'granted',
  'grant',
  'grants',
  'granting',
  'offered',
  'receive',
  'received',
  'with',
  // "the ruling leaves Iraq two weeks to comply", "leaving just 30 days to appeal" (not "left two weeks to visit")
  'leaves',
  'leaving',
]);
/** "for every day beyond April 30": the words of a penalty counted per day past a limit */
const EACH = new Set(['every', 'each', 'per']);
const PAST_THE_LIMIT = new Set(['beyond', 'past', 'after']);
/** what has a limit "left": "has five weeks left to withdraw" */
const HAVE = new QuickSet(['has', 'have', 'had', 'having']);
const OBLIGATION = new QuickSet([
  'must',
  'required',
  'require',
  'requires',
  'ordered',
  'order',
  'orders',
  'told',
  'asked',
  'demanded',
  'demand',
  'demands',
  'deadline',
  'ultimatum',
  'obliged',
  'obligated',
  'compelled',
  'instructed',
  'directed',
  'mandated',
  'forced',
  'urged',
  'urge',
  'urges',
  // the participles of a clause that sets the obligation: "a rule requiring the entry of trades by that time"
  'requiring',
  'ordering',
  'demanding',
  'obliging',
  'forcing',
  'compelling',
  'urging',
  'instructing',
  'directing',
  'request',
  'requests',
  'requested',
]);
/** "has to", "is to", "called for": checked word by word, without building the pair */
const OBLIGED_TO = new QuickSet(['has', 'have', 'had', 'need', 'needs', 'ought', 'is', 'are', 'were']);
const BE_TO = new Set(['is', 'are', 'were']);
const CALL_FOR = new QuickSet(['called', 'calls', 'call']);
/** "is supposed to", "are meant to": an obligation told as what someone is expected to do */
const EXPECTED_OF = new QuickSet(['supposed', 'meant']);
/**
 * Whether tokens k and k+1 are "has to", "need to", "called for" and the like, not denied ("there should be no need
 * to worry about a recession in the next two years", "banks do not have to put loans on nonaccrual until …",
 * "There is no call for three years"). (`beTo`: whether "is to" counts, a duty before a limit, "is to leave by
 * Friday", but a schedule before a span, "Britain is to take in 20,000 refugees over five years")
 */
const isObligationPair = (tokens: readonly Token[], k: number, beTo = true) => {
  const w = tokens[k]!.lower,
    next = lowerAt(tokens, k + 1);
  return (
    ((next === 'to' && ((OBLIGED_TO.has(w) && (beTo || !BE_TO.has(w))) || EXPECTED_OF.has(w))) ||
      (next === 'for' && (CALL_FOR.has(w) || w === 'asked'))) &&
    !wordIn(tokens, k - 2, k - 1, NEGATION)
  );
};
/** Whether tokens lo..hi hold an obligation word or "have to", "need to", "ought to" (not "is to", a schedule) */
function obligedBefore(tokens: readonly Token[], lo: number, hi: number): boolean {
  if (wordIn(tokens, lo, hi, MUST)) return true;
  for (let k = Math.max(0, lo); k < hi; k++) if (isObligationPair(tokens, k, false)) return true;
  return false;
}
const OBLIGED_REACH = 8;
/**
 * "must register (at least) 30 days before the election": an obligation a length ahead of an event, the obligation
 * read back from token `lo`
 */
const obligedAheadOfEvent = (tokens: readonly Token[], c: TimeCandidate, first: number, last: number, lo: number) =>
  lowerAt(tokens, last + 1) === 'before' &&
  (/^at least\b/i.test(c.text) || DEFINITE_LENGTH.test(c.time.value)) &&
  obligedBefore(tokens, lo, first - 1);
/** "called on the company to reply by Thursday": a call on someone with an infinitive a few words on */
const CALL_ON = new QuickSet(['on', 'upon']);
const CALL_ON_REACH = 6;
const STIPULATES = new QuickSet(['gives', 'gave', 'provides', 'provided', 'stipulates', 'stipulated', 'specifies']);
/**
 * Verbs of wanting, which oblige only someone else: "wants Seoul to open its market within four
 * years" is a demand; "wants to finish by June" the subject's own plan.
 */
const WANTING = new QuickSet(['want', 'wants', 'wanted', 'wanting', 'needs', 'needed']);
/** obligation words that also report speech ("told analysts that …"): an obligation only with "to" after them ("told them to leave") */
const REPORTING = new QuickSet(['told', 'asked']);
/**
 * What an authority hands down to someone else, an obligation when an infinitive follows in the clause,
 * past the authority's name: "Wednesday's ruling by the Immigration and Naturalization Service to
 * repatriate the child by Jan. 14" (not "the ruling, issued by Friday").
 */
const DECREES = new QuickSet(['ruling', 'rulings', 'decree', 'decrees', 'decreed', 'directive', 'injunction']);
/** what "ruling" describes when it is the adjective: "the ruling party", "the ruling Liberal Democrats" */
const RULERS = new QuickSet(['party', 'parties', 'coalition', 'class', 'council', 'junta', 'family', 'elite', 'bloc']);
/** Whether the decree word at k is one ("a court ruling", "the decree"), not "ruling" describing who rules. */
const decreeAt = (tokens: readonly Token[], k: number) =>
  DECREES.hasAt(tokens, k) &&
  !(
    tokens[k]!.lower === 'ruling' &&
    (RULERS.hasAt(tokens, k + 1) ||
      (!!tokens[k + 1] &&
        isCapitalized(tokens[k + 1]!) &&
        !WEEKDAYS.hasAt(tokens, k + 1) &&
        !MONTHS.hasAt(tokens, k + 1)))
  );
const DECREE_TO_REACH = 10;
/** how far after a time expression "deadline" may stand and still name it ("Friday as the deadline") */
const LIMIT_NOUN_AFTER = 3;
const LIMIT_VERBS = new QuickSet([
  'leave',
  'withdraw',
  'comply',
  'respond',
  'reply',
  'file',
  'pay',
  'submit',
  'vacate',
  'depart',
  'return',
  'report',
  'surrender',
  'disarm',
  'evacuate',
  'register',
  'apply',
  'sign',
  'decide',
  'agree',
  'accept',
]);
/**
 * what makes "date" a deadline noun: "the cut-off date", "the expiry date", a bankruptcy court's "bar date" for
 * claims (a deal's "closing date" is when it is done)
 */
const LIMIT_DATES = new QuickSet(['off', 'cutoff', 'expiry', 'expiration', 'termination', 'bar']);
/** what ends something in force: "the June 30 expiration of their contract", "the May 1 termination of the program" */
const ENDINGS_OF = new QuickSet(['expiration', 'expiry', 'termination']);
/**
 * Whether token k is a deadline noun ("deadline", "ultimatum", "the closing date", "a time limit", "the
 * last day to register"; not a loan's "grace period", a term before repayments start).
 */
const limitNounAt = (tokens: readonly Token[], k: number) =>
  LIMIT_NOUNS.hasAt(tokens, k) ||
  (lowerAt(tokens, k) === 'date' && LIMIT_DATES.hasAt(tokens, k - 1)) ||
  (lowerAt(tokens, k) === 'limit' && lowerAt(tokens, k - 1) === 'time') ||
  // ("the final date for acceptances is April 2")
  ((lowerAt(tokens, k) === 'day' || lowerAt(tokens, k) === 'date') &&
    LAST_ONES.has(lowerAt(tokens, k - 1)) &&
    FOR_ACTION.has(lowerAt(tokens, k + 1))) ||
  // "the June 30 expiration of their contract": the end of what is in force
  (ENDINGS_OF.hasAt(tokens, k) && lowerAt(tokens, k + 1) === 'of');
/** what makes "the last day" the last one allowed for an act: "the last day to register", "the last day for filing" */
const FOR_ACTION = new Set(['to', 'for']);
const LAST_ONES = new Set(['last', 'final']);
/** what stays open until a time and then lapses: "the offer is open until Friday" */
const OFFERS = new QuickSet(['offer', 'offers', 'bid', 'bids', 'tender', 'proposal']);
/** securities on sale, which stay open to buyers until a time: "the issue, which remains open until October 28" */
const ON_SALE = new QuickSet(['issue', 'offering', 'offerings', 'sale', 'subscription']);
const EXPIRY = new QuickSet([
  'expires',
  'expire',
  'expired',
  'expiring',
  'expiry',
  'expiration',
  'lapses',
  'lapse',
  'lapsed',
  'terminate',
  'terminates',
  // ("the tax break sunsets at the end of 1999": a law's own expiry)
  'sunsets',
  'sunset',
]);
/**
 * Whether an expiry verb stands among the n tokens before the preposition at k with nothing but adverbs
 * between ("the visa expires in six months", "will lapse automatically in 30 days"); an object after it
 * makes it an act ("I'll terminate NAFTA in two seconds").
 */
function expiryBefore(tokens: readonly Token[], k: number, n: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - n); j--) {
    if (EXPIRY.hasAt(tokens, j)) return true;
    if (!/^[a-z]+ly$/.test(tokens[j]!.text)) return false;
  }
  return false;
}
/** "ends" is an expiry only of what is in force ("the offer ends Friday"; not "the festival ends Friday") */
const ENDS = new QuickSet(['ends', 'end']);
/** "time runs out on Friday", "the exemption ran out at the end of May" (not "sold out", "walked out") */
const RUN_FORMS = new Set(['runs', 'run', 'ran', 'running']);
/**
 * "remains in force until 2025", "stays in force through June", "will stay in place until the end of the
 * year": the phrase, not "the force" of an army nor "in place of" another
 */
function inForcePhrase(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = lo + 1; k <= hi; k++) {
    const w = tokens[k]!.lower;
    if ((w === 'force' || (w === 'place' && lowerAt(tokens, k + 1) !== 'of')) && tokens[k - 1]!.lower === 'in')
      return true;
  }
  return false;
}
/**
 * Whether what closes among tokens lo…hi is open for entries: not a dividend's register, whose closing is its
 * record date ("Dividend payable May 29, books close May 11 to 22")
 */
// (nor a market's daily close: "Trading in options at the CBOE closes at 1515 CST")
// (the books a register closes are a record date, for a dividend or a bonus issue alike: "books close August 3 to
// 10"; not the books of an offer, which take entries: "the books close on May 20 for the share offer")
const entriesClose = (tokens: readonly Token[], lo: number, hi: number, s: Sentence) =>
  openForEntries(tokens, lo, hi) &&
  !(wordIn(tokens, lo, hi, BOOKS) && !wordIn(tokens, s.first, s.last, SUBSCRIBING)) &&
  !wordIn(tokens, lo, hi, TRADING);
const TRADING = new QuickSet(['trading']);
const BOOKS = new QuickSet(['books']);
const SUBSCRIBING = new QuickSet([
  'subscription',
  'subscriptions',
  'applications',
  'orders',
  'offer',
  'offering',
  'flotation',
]);
/** what closes on a day: "its weekly tender closing on March 6" (not "closing the budget deficit") */
const CLOSES = new QuickSet(['closing', 'closes', 'close']);
/** what is open for people to enter until it closes: "applications close on March 31" (not "the plant closes") */
const ENTRIES = new QuickSet([
  'window',
  'enrollment',
  'enrolment',
  'application',
  'applications',
  'nomination',
  'nominations',
  'registration',
  'registrations',
  'entries',
  'subscription',
  'subscriptions',
  // ("Syndication runs until April 8": a loan's syndicate takes banks in until then)
  'syndication',
  'submissions',
  'polls',
  'voting',
  'bidding',
  'tenders',
  'books',
  // ("the filing period closes Feb. 27", "the candidate filing ends Friday")
  'filing',
]);
const ON_AT = new QuickSet(['on', 'at']);
/** what is handed in by a date: "bids are due March 15" */
const HANDED_IN = new QuickSet([
  ...ENTRIES,
  'bids',
  'offers',
  'returns',
  'comments',
  'responses',
  'reports',
  'report',
  'proposals',
  'filings',
  'ballots',
  // ("Final briefs in the case are due Feb. 9")
  'briefs',
  'brief',
  'submissions',
  'nominations',
  'objections',
]);
/** what takes entries until a time */
const ACCEPTING = new QuickSet([
  'accept',
  'accepts',
  'accepting',
  'accepted',
  'take',
  'takes',
  'taking',
  'took',
  'receive',
  'receives',
  'receiving',
  'received',
]);
const ACCEPTED_UNTIL = new QuickSet(['until', 'till', 'through', 'thru']);
/** how far back the verb that takes entries may stand before the time's preposition ("will accept written comments through") */
const ACCEPTING_REACH = 5;
/** Whether what closes is something open for entries: a tender, an offer, applications … */
const openForEntries = (tokens: readonly Token[], lo: number, hi: number) =>
  wordIn(tokens, lo, hi, ENTRIES) || wordIn(tokens, lo, hi, OFFERS) || validityIn(tokens, lo, hi);
/** rights to act that an offer, a warrant or an option gives: in force until a time (VALIDITY), and time allowed (ALLOWED) */
const RIGHTS = ['entitle', 'entitles', 'entitled', 'right', 'rights', 'warrant', 'warrants', 'option', 'options'];
/**
 * What stays in force until a time and then ends (DEADLINES.md, "the end of a validity period"): offers,
 * rights and warrants, prices and rates in effect, loans and credit lines, agreements and their
 * extensions, standstills, bars and limits, incentives.
 */
const VALIDITY = new QuickSet([
  'effect',
  'effective',
  'valid',
  'validity',
  'available',
  'exercisable',
  'exercise',
  'exercised',
  'convertible',
  'conversion',
  ...RIGHTS,
  'offer',
  'offers',
  'offering',
  'tender',
  'bid',
  'bids',
  'agreement',
  'agreements',
  'patent',
  'patents',
  'loan',
  'loans',
  'credit',
  'accord',
  'pact',
  'contract',
  'contracts',
  'license',
  'licence',
  'licenses',
  'quota',
  'terms',
  'standstill',
  // "the grace period ends Friday", "the window closes", "the proration period ends at 5 p.m. Monday"
  'grace',
  'window',
  'proration',
  'subscription',
  'redemption',
  'comment',
  'bar',
  'bars',
  'barred',
  'ban',
  'bans',
  'banned',
  'banning',
  'forbid',
  'forbids',
  'forbade',
  'forbidden',
  'prohibit',
  'prohibits',
  'prohibited',
  'prohibiting',
  'limited',
  'limit',
  'freeze',
  'moratorium',
  'ceasefire',
  'truce',
  'guarantee',
  'guaranteed',
  'rebate',
  'rebates',
  'incentive',
  'incentives',
  // ("the discount program runs through April 15")
  'discount',
  'discounts',
  'promotion',
  'promotions',
  // ("an introductory promotional price of 199 dlrs until September 30")
  'promotional',
  'introductory',
  'protection',
  'waiver',
  'waivers',
  'waive',
  'waived',
  'waives',
  'exemption',
  'amnesty',
  'permit',
  'permits',
  'visa',
  'visas',
  'mandate',
  'ceiling',
  'ceilings',
]);
/** the periods a figure is counted over, which a time after "to" ends: "the financial year to September 4" */
const PERIODS = new QuickSet([
  'year',
  'period',
  'quarter',
  'half',
  'season',
  'week',
  'month',
  'days',
  'weeks',
  'months',
]);
/** what a span from one time to another names the term of: "for the period March 20 to 25", "the years 1987 through 1991" */
const SPAN_NOUNS = new Set(['period', 'years', 'months']);
/**
 * the words that introduce a span something is counted over or dated in, not one that ends a term: "a dividend of
 * 42 cts for January 1 to March 9", "the record volume for January through March", "growth in bank loans in
 * November through January", "bills dated Monday to Friday"
 */
const MEASURED_OVER = new Set(['for', 'in', 'during', 'dated']);
/** the words a span's first time is made of: "January 1, 1985", "early February", "the end of March" */
const SPAN_TIME_WORDS = new QuickSet(['the', 'of', ',', 'early', 'late', 'mid', 'end', 'beginning', 'middle']);
/**
 * The token before the first time of the span whose end's preposition is at p ("for" in "for January 1 to"; the one
 * before the clause when the span opens it)
 */
function spanIntroducer(tokens: readonly Token[], p: number, clauseFrom: number): number {
  const lo = Math.max(clauseFrom, p - SPAN_REACH - 1);
  for (let k = p - 1; k >= lo; k--) if (!timeWordAt(tokens, k) && !SPAN_TIME_WORDS.hasAt(tokens, k)) return k;
  return lo - 1;
}
/** Whether token k is a figure or the name of a month or a weekday: the end of a time before "to" */
const timeWordAt = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === TokenKind.Number || MONTHS.hasAt(tokens, k) || WEEKDAYS.hasAt(tokens, k);
/** what extends something in force to a time: "extended its offer to", "was extended to", "an extension to" */
const EXTENSIONS = new QuickSet(['extend', 'extended', 'extends', 'extending', 'extension']);
/**
 * Whether an extension stands among tokens lo…p-1 that someone made: passive ("was extended to Nov. 16"),
 * with its object before the time ("extended its offer to") or after it, the time's last token `last`
 * ("extended to May 22 a stay of proceedings"), or the noun; not what extends by itself right up to the time
 * ("the drought extended through March") or across a span ("the session would extend from 1700 to 2100").
 */
function extendedBySomeone(tokens: readonly Token[], lo: number, p: number, last: number): boolean {
  // the extension nearest the time tells
  for (let k = p - 1; k >= Math.max(0, lo); k--)
    if (EXTENSIONS.hasAt(tokens, k))
      return (
        (k < p - 1 &&
          !(tokens[k]!.lower === 'extended' && NOUN_OPENERS.hasAt(tokens, k - 1)) &&
          !(lowerAt(tokens, k + 1) === 'from' && !BE_FORMS.hasAt(tokens, k - 1))) ||
        BE_FORMS.hasAt(tokens, k - 1) ||
        tokens[k]!.lower === 'extension' ||
        OBJECT_DETERMINERS.hasAt(tokens, pastFromTime(tokens, last + 1))
      );
  return false;
}
/** words after which "extended" modifies a noun and extends nothing: "borrowings less extended credits averaged … in the week to Wednesday" */
const NOUN_OPENERS = new QuickSet([...OBJECT_DETERMINERS, 'less', 'plus', 'of', 'with', 'for', 'under']);
/** The token after "from" and the time it leads at k ("extended to June 30 from June 4 a … program"), else k. */
function pastFromTime(tokens: readonly Token[], k: number): number {
  if (lowerAt(tokens, k) !== 'from') return k;
  let j = k + 1;
  while (j < tokens.length && (timeWordAt(tokens, j) || tokens[j]!.text === '.' || SPAN_TIME_WORDS.hasAt(tokens, j)))
    j++;
  return j;
}
/** past forms of going on, which tell an interval behind: "continued until", "lasted through", "worked … until" */
// ("the truce held through the weekend": a past "held" tells what lasted, where "the order holds through April 8" tells a term)
const WENT_ON = new QuickSet([
  'continued',
  'lasted',
  'remained',
  'stayed',
  'worked',
  'served',
  'persisted',
  'lived',
  'held',
  'survived',
]);
const INTERVAL_REACH = 6;
const FROM = new QuickSet(['from']);
/** what puts something off to a later time */
const POSTPONING = [
  'postpone',
  'postponed',
  'postpones',
  'delay',
  'delayed',
  'delays',
  'defer',
  'deferred',
  'reschedule',
  'rescheduled',
  // ("The stoppage forced postponement until tomorrow of a scheduled meeting")
  'postponement',
];
/** the verbs of a forecast, which a speaker may also say after the time: "…, Reed estimated" */
const FORECAST_WORDS = [
  'expect',
  'expects',
  'expected',
  'forecast',
  'forecasts',
  'projected',
  'estimates',
  'estimated',
  'predicts',
  'predicted',
];
/** what says a time is not a limit (DEADLINES.md, "Not deadlines"): postponements, plans, expectations and forecasts */
const NOT_A_LIMIT = new QuickSet([
  ...POSTPONING,
  ...FORECAST_WORDS,
  'suspended',
  'intend',
  'intends',
  'intended',
  'plan',
  'plans',
  'planned',
  'aim',
  'aims',
  'aimed',
  'hope',
  'hopes',
  'hoped',
  'target',
  'targets',
  'project',
  'projects',
  'projection',
  'projections',
  'estimate',
  'anticipate',
  'anticipates',
  'anticipated',
  'predict',
  'likely',
  'goal',
  'could',
  'might',
  'aiming',
  'planning',
  'hoping',
  'expecting',
  'intending',
  'targeting',
  'projecting',
  'forecasting',
]);
/** prepositions that place a time inside or after something, never at its end */
const NOT_BOUNDARY = new QuickSet(['on', 'in', 'at', 'since', 'from', 'after', 'during', 'for', 'of']);
/** prepositions that put a time at the end of something */
const BOUNDARY = new QuickSet(['until', 'till', 'through', 'thru', 'to', 'beyond', 'by', 'before']);
const ACTION_STOP = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '“',
  '”',
  '"',
  '(',
  ')',
  'or',
  'but',
  'while',
  'after',
  'before',
  'because',
  'as',
  'which',
  'who',
  'on',
  'and',
]);

const WINDOW = 30;
/** "the past twenty years", "the last four years", "recent months" */
const PAST_INTERVAL = /\b(?:past|last|previous|recent)\b/i;
/** how many days back a date named as a limit is still the one just passed */
const JUST_PASSED = 7;
/**
 * A month's day told in the past that falls a few days after the article is that one, not the one most of a year
 * back: "the offer had been extended to July 1", told on June 29 (the extension is past, its limit ahead).
 */
function justAhead(c: TimeCandidate, m: RegExpExecArray, articleDate: string): TimeCandidate {
  const y = +m[1]! + 1,
    next = parseDate(`${y}${m[2]}${m[3]}`),
    written = parseDate(articleDate);
  if (!next || !written || daysBetween(written, next) > JUST_AHEAD) return c;
  return { ...c, time: { ...c.time, value: `${y}${m[2]}${m[3]}${m[4]}` } };
}
const JUST_AHEAD = 10;
/** how many days back a date is still the limit just passed when the limit was set in the past */
const SET_PASSED = 62;
/** what fixes a date for something: "set a Jan. 14 return date" */
const SETTING = new QuickSet(['set', 'sets', 'setting', 'fixed', 'fixes', 'fixing']);
/** the words cueFor looks for before a date or time */
const CUE_WORDS_BEFORE = new QuickSet([
  'until',
  'till',
  'than',
  'by',
  'before',
  'through',
  'thru',
  'beyond',
  'to',
  'and',
  'is',
  'was',
  'of',
  'for',
  ...SETTING,
  'due',
  'closing',
  'closes',
  'close',
  'must',
  'out',
  // "for every day past (or after) the limit"
  'past',
  'after',
  ...LIMIT_NOUNS,
  ...EXPIRY,
  ...ENDS,
]);
/** the obligations that make "in 48 hours" a limit */
const MUST = new QuickSet([
  'must',
  'required',
  'ordered',
  'obliged',
  'forced',
  'instructed',
  'directed',
  // ("By forcing Microsoft to comply with conduct remedies in 90 days, Jackson …": a participle obliges as well)
  'requiring',
  'ordering',
  'obliging',
  'forcing',
  'compelling',
]);
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', ':', '"', '“', '”']);
/** a length handed to someone ("given 72 hours") */
const GIVEN = new QuickSet(['given', 'gave', 'granted', 'allowed']);
/** words that place a month in the past or present of the article: "last January", "this March" */
const RELATIVE_WORDS = new QuickSet(['last', 'past', 'previous', 'this', 'earlier']);
/** the words of a sentence told in the past, where a limit may have run out ("had until", "was due by") */
const PAST_TENSE = new QuickSet([
  ...MISSED,
  // ("gave Iraq until Jan. 15", told in February: the grant is past, and so may be its limit)
  'gave',
  'had',
  'was',
  'were',
  'did',
  'expired',
  'passed',
  'lapsed',
  'ended',
  'elapsed',
  'continued',
  'went',
  'came',
  'ran',
]);
/** the present and the modals that place a limit's own clause in the present ("… was sentenced and must surrender by Jan. 15") */
const PRESENT_TENSE = new QuickSet(['must', 'has', 'have', 'will', 'shall', "'ll", 'is', 'are', 'can', 'may']);

/**
 * Whether the nearest tense before token hi (back to lo) is a past ("had until January 15"), not a
 * present; a present in a clause after "that" which ends before the time is what was ruled or said
 * ("had ruled that Elian must be returned to his father, and set Friday as the deadline"; but "ruled
 * that he must leave by Friday").
 */
function toldInPast(tokens: readonly Token[], lo: number, hi: number, anyPast = false): boolean {
  let clauseEnded = false;
  for (let k = hi; k >= lo; k--) {
    // ("threatened to kill him if their demands were not met by Friday": a past of a condition looks ahead,
    // a passive's "were" as much as its participle: "strikes would begin if forces were not withdrawn by Saturday")
    // ("must be registered and exports completed by September 30": a participle under a modal of what lies ahead)
    const past =
      PAST_TENSE.hasAt(tokens, k) ||
      (anyPast && simplePastAt(tokens, k) && !wordIn(tokens, Math.max(lo, k - MODAL_REACH), k - 1, FUTURE_MODALS));
    if (past && !wordIn(tokens, k - CONDITION_CLAUSE_REACH, k - 1, CONDITIONS)) return true;
    // ("The league set a deadline of Jan. 7": a limit-setting past written as its base, after its subject and before
    // its object, as "gave" is; not a participle, "originally set for Friday")
    if (
      IMPOSING.has(tokens[k]!.lower) &&
      OBJECT_DETERMINERS.hasAt(tokens, k + 1) &&
      pastAsBaseAfter(tokens, tokens[k]!.lower, k - 1, lo)
    )
      return true;
    const reported = clauseEnded && wordIn(tokens, Math.max(lo, k - 3), k - 1, THAT);
    if (PRESENT_TENSE.hasAt(tokens, k) && !reported) return false;
    clauseEnded ||= tokens[k]!.text === ',' || tokens[k]!.lower === 'and';
  }
  return false;
}
const THAT = new QuickSet(['that']);
const FUTURE_MODALS = new QuickSet(['must', 'will', 'shall']);
const MODAL_REACH = 8;
/** what makes a past look ahead: a condition, or the modal of the clause it depends on */
const HYPOTHETICAL = new QuickSet(['unless', 'if', 'would', 'could', 'should', 'might']);
const HYPOTHETICAL_REACH = 4;
/** how far back "if" or "unless" may open the clause of a past form: "if their demands were not met" */
const CONDITION_CLAUSE_REACH = 6;
/** the verbs of setting a limit, and of speaking of one ("spoke of the Friday deadline") */
const LIMIT_SETTING = new Set([
  'speak',
  'talk',
  'discuss',
  'mention',
  'cite',
  'stress',
  'note',
  'recall',
  'insist',
  'remind',
  'agree',
  'ask',
  'order',
  'tell',
  'require',
  'request',
  'demand',
  'urge',
  'call',
  'instruct',
  'direct',
  'give',
  'grant',
  'allow',
  'set',
  'extend',
  'postpone',
  'delay',
  'move',
  'push',
  'decide',
  'vote',
  'rule',
  'sign',
  'approve',
  'announce',
  'say',
  'warn',
  'threaten',
]);
/**
 * "Negotiators worked past the deadline", "adjourned without meeting the Friday deadline": a past form after
 * its subject (not "has extended", "the revised deadline"), of what was done rather than of setting a limit
 * that may lie ahead ("agreed not to buy stock until January 1", "ordered Russia to cut its staff by May")
 */
function simplePastAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== TokenKind.Word || t.lower.length <= 3 || !isPastForm(t.lower)) return false;
  if (LIMIT_SETTING.has(verbForm(t.lower)!.lemma) || HYPOTHETICAL.hasAt(tokens, k)) return false;
  // ("would attack unless the guerrillas surrendered by Friday": a past of a condition looks ahead)
  if (wordIn(tokens, k - HYPOTHETICAL_REACH, k - 1, HYPOTHETICAL)) return false;
  const before = tokens[k - 1];
  // ("Sony Corp. completed": a subject may end in an abbreviation's stop)
  if (abbreviationStopAt(tokens, k - 1)) return true;
  return (
    before?.kind === TokenKind.Word &&
    !BE_FORMS.has(before.lower) &&
    !PRESENT_TENSE.hasAt(tokens, k - 1) &&
    !DETERMINERS.hasAt(tokens, k - 1) &&
    !attributiveAfterInfinitive(tokens, k)
  );
}

/**
 * The "until", "by" or "before" that leads an event the time is the day of ("until a hearing on Monday", "until
 * the March 6 hearing", "must redraw its districts before the 1992 elections"), else p, the word before the time.
 */
function untilEventBefore(lower: (k: number) => string, p: number, last: number): number {
  const until = (k: number) => EVENT_BOUNDARIES.has(lower(k));
  if (
    (lower(p) === 'on' || lower(p) === 'at') &&
    EVENTS.has(lower(p - 1)) &&
    OBJECT_DETERMINERS.has(lower(p - 2)) &&
    until(p - 3)
  )
    return p - 3;
  return OBJECT_DETERMINERS.has(lower(p)) && until(p - 1) && EVENTS.has(lower(last + 1)) ? p - 1 : p;
}
/** the events a state may last until */
const EVENTS = new Set([
  'hearing',
  'meeting',
  'vote',
  'trial',
  'election',
  'elections',
  'session',
  'summit',
  'ruling',
  'review',
]);
const EVENT_BOUNDARIES = new Set(['until', 'till', 'by', 'before']);

/** Whether tokens first…last tell a clock time and no day: "0300 hrs GMT", "5 p.m.", not "5 p.m. Friday" */
function clockOnly(tokens: readonly Token[], first: number, last: number): boolean {
  let clock = false;
  for (let k = first; k <= last; k++) {
    if (MONTHS.hasAt(tokens, k) || WEEKDAYS.hasAt(tokens, k) || DAY_WORDS.has(tokens[k]!.lower)) return false;
    clock ||= CLOCK_MARKS.has(tokens[k]!.lower) || tokens[k]!.text === ':' || /^[ap]\.?m\.?$/.test(tokens[k]!.lower);
  }
  return clock;
}
const DAY_WORDS = new Set(['today', 'tomorrow', 'tonight', 'yesterday']);
const CLOCK_MARKS = new Set(['hrs', 'hours', 'gmt', 'est', 'edt', 'cst', 'cdt', 'noon', 'midnight']);

/** Whether a subject and a perfect's participle follow the time ending at `last`: "through yesterday it had received" */
function tallyAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + TALLY_REACH && k < tokens.length; k++) {
    // ("said through yesterday, it had received 53,571 shares": past the comma that closes the fronted time)
    if (tokens[k]!.kind === TokenKind.Punct && !(k === last + 1 && tokens[k]!.text === ',')) return false;
    if (HAVE.hasAt(tokens, k)) return verbForm(lowerAt(tokens, k + 1))?.form === 'ed';
  }
  return false;
}
const TALLY_REACH = 4;
/** words after a time that go on with the clause, no noun: "by Friday so the buffer stock can …" */
// (and a clock's zone: "Bids close mid-morning local time on Monday")
const CLAUSE_ADVERBS = new Set(['so', 'then', 'only', 'yet', 'instead', 'too', 'either', 'ago', 'local']);
/** Whether the word after a time's last token is a noun it modifies: in lower case, no verb, no function word. */
function modifiesNounAfter(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last + 1];
  return (
    t !== undefined &&
    t.kind === TokenKind.Word &&
    /^[a-z]+$/.test(t.text) &&
    !NOUN_STOP.hasAt(tokens, last + 1) &&
    !CLAUSE_ADVERBS.has(t.lower) &&
    !EVENTS.has(t.lower) &&
    // (a word that may be a verb's base modifies only before a plural: "1985 crop loans", not "April 6 drew bids")
    ((!isVerbLike(t.lower) && verbForm(t.lower) === null && tokens[last + 2]?.kind === TokenKind.Word) ||
      // (a plural that ends the phrase after a year alone: "pushing prices to 1987 lows,"; a day's may be its
      // clause's verb: "the ruling to return the boy by May 14 stands.")
      (/^\d{4}$/.test(tokens[last]!.text) &&
        isPluralNoun(t.text) &&
        (tokens[last + 2] === undefined || tokens[last + 2]!.kind === TokenKind.Punct)) ||
      (verbForm(t.lower)?.form === 'base' &&
        /^[a-z]+$/.test(tokens[last + 2]?.text ?? '') &&
        isPluralNoun(tokens[last + 2]!.text)))
  );
}
/** Whether a time starts at token k: a figure, a month, a weekday, "the end of …", "early …" */
const opensTimeAt = (tokens: readonly Token[], k: number) =>
  timeWordAt(tokens, k) || TIME_OPENERS.hasAt(tokens, k) || TIME_OPENERS.hasAt(tokens, k + 1);
const TIME_OPENERS = new QuickSet(['end', 'start', 'beginning', 'middle', 'early', 'late', 'mid', 'now', 'today']);
/** The "from" or "between" that opens the span whose end's preposition is at p ("from April through"), else -1. */
function spanOpenerBefore(tokens: readonly Token[], p: number, clauseFrom: number): number {
  for (let k = p - 1; k >= Math.max(clauseFrom, p - SPAN_REACH); k--)
    if (tokens[k]!.lower === 'from' || tokens[k]!.lower === 'between') return k;
  return -1;
}
const SPAN_REACH = 6;
/** the words whose "to" sets no end: "up to", "in contrast to January", "compared to", "close to" */
// (and "The pact, agreed to last July": what was agreed, when)
const NOT_LIMIT_TO = new Set([
  'up',
  'contrast',
  'compared',
  'comparison',
  'similar',
  'close',
  'relative',
  'equal',
  'agreed',
  // ("the uptrend line dating back to 1984": how far back something goes)
  'back',
  // ("a contract related to fiscal 1988 aircraft production": what something is about)
  'related',
  'relating',
  // ("raws bid 15 points discount to July New York": a price quoted against a contract month)
  'discount',
  'premium',
]);
/** Whether a past tells the clause from token `from` on, before any "will" or "would": "… , the CCC (…) issued" */
function pastClauseAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (WILL_OR_WOULD.hasAt(tokens, k)) return false;
    if (PAST_TENSE.hasAt(tokens, k) || pastFormAt(tokens, k)) return true;
    // (and a perfect: "Up to March 26, 19,962,000 shares has been deposited")
    if (HAVE.hasAt(tokens, k) && (lowerAt(tokens, k + 1) === 'been' || verbForm(lowerAt(tokens, k + 1))?.form === 'ed'))
      return true;
  }
  return false;
}

/**
 * Whether the nearest tense before token hi (back to lo) is the simple past of an act, not a present, a modal, a
 * form of "be" or "have", or a limit imposed.
 */
function pastActionBefore(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = hi; k >= lo; k--) {
    // (not a limit set or granted: "the accord reached Saturday set an output ceiling from July to December")
    if (IMPOSING.has(verbForm(tokens[k]!.lower)?.lemma ?? '')) return false;
    if (simplePastAt(tokens, k)) return true;
    if (PRESENT_TENSE.hasAt(tokens, k) || PAST_TENSE.hasAt(tokens, k) || BE_FORMS.hasAt(tokens, k)) return false;
  }
  return false;
}

/** the verbs whose "through" is a particle ("the deal fell through", "follow through", "pull through") */
const THROUGH_PARTICLE_VERBS = new Set(['fall', 'follow', 'pull', 'break', 'come', 'get', 'carry', 'see', 'sail']);

/** the verbs of imposing a limit (not of speaking of one: "he said March 1 is a hard deadline" looks ahead) */
const IMPOSING = new Set([
  'require',
  'order',
  'demand',
  'ask',
  'tell',
  'instruct',
  'direct',
  'set',
  'give',
  'grant',
  'allow',
]);
/** Whether the nearest tense before token hi (back to lo) is the simple past of imposing a limit ("required", "ordered"). */
function limitSetInPast(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = hi; k >= Math.max(0, lo); k--) {
    if (PRESENT_TENSE.hasAt(tokens, k)) return false;
    const w = tokens[k]!.lower;
    if (isPastForm(w) && IMPOSING.has(verbForm(w)!.lemma)) return true;
  }
  return false;
}

/**
 * Whether the limit at token `first` is told as run out: "the 30-day deadline … had passed", "missed the
 * 30-day deadline", "after the expiration of the 30-day deadline", "as had the 30 days to request …".
 */
function ranOut(tokens: readonly Token[], first: number, s: Sentence): boolean {
  if (wordIn(tokens, Math.max(s.first, first - RAN_OUT_REACH), first - 1, RAN_OUT)) return true;
  return wordIn(tokens, first + 1, Math.min(s.last, first + WINDOW), RAN_OUT);
}
/** what a limit does when it runs out, or what is done to one that has */
const RAN_OUT = new QuickSet(['passed', 'expired', 'lapsed', 'elapsed', 'expiration', 'expiry', ...MISSED]);
const RAN_OUT_REACH = 4;

/** Whether an expiry "on" or "at" a day named by a noun ends at the comma at token `comma`: "expires on the maturity date," */
function expiryDayBefore(tokens: readonly Token[], comma: number, from: number): boolean {
  for (let k = comma - 1; k >= Math.max(from + 1, comma - APPOSED_DAY_REACH); k--) {
    if (ON_AT.hasAt(tokens, k)) return EXPIRY.hasAt(tokens, k - 1) && /^(?:date|day)$/.test(tokens[comma - 1]!.lower);
    if (tokens[k]!.kind !== TokenKind.Word) return false;
  }
  return false;
}
const APPOSED_DAY_REACH = 5;

/**
 * "will be expelled within 72 hours", "declared persona non grata and expelled within a week": those expelled
 * are made to leave in the time (not "Britain will deport 30 migrants within a month", the state's own plan,
 * nor "were deported within a month of arriving", a time counted from an event).
 */
function expelledBefore(tokens: readonly Token[], within: number, last: number): boolean {
  const v = verbForm(lowerAt(tokens, within - 1));
  return (
    !!v &&
    v.form === 'ed' &&
    EXPULSIONS.has(v.lemma) &&
    (BE_FORMS.hasAt(tokens, within - 2) || lowerAt(tokens, within - 2) === 'and') &&
    lowerAt(tokens, last + 1) !== 'of'
  );
}
const EXPULSIONS = new Set(['expel', 'deport']);

const COPULAS = new QuickSet(['is', 'was', 'remains', 'remained']);
// (and "either" of two times named: "an expiration date of either February 29, 1988, or nine months from …")
const LINK_ADVERBS = new QuickSet(['now', 'still', 'currently', 'again', 'also', 'officially', 'either']);

/** Whether a time that opens the sentence, a comma after it, leads a clause whose verb is an expiry of what is in force. */
function frontedExpiry(tokens: readonly Token[], first: number, last: number, s: Sentence): boolean {
  const lead = ON_AT.hasAt(tokens, first - 1) ? first - 1 : first;
  if (lead !== s.first || tokens[last + 1]?.text !== ',') return false;
  for (let k = last + 2; k <= Math.min(s.last, last + FRONTED_CLAUSE_REACH); k++) {
    if (EXPIRY.hasAt(tokens, k)) return !OBJECT_DETERMINERS.hasAt(tokens, k + 1);
    if (ENDS.hasAt(tokens, k)) return validityIn(tokens, last + 2, k - 1) || wordIn(tokens, last + 2, k - 1, OFFERS);
    if (tokens[k]!.kind === TokenKind.Punct && tokens[k]!.text !== '-') return false;
  }
  return false;
}
const FRONTED_CLAUSE_REACH = 12;
const EXPIRY_OR_END = new QuickSet([...EXPIRY.keys(), ...ENDS.keys()]);
/** Whether the deadline noun at k carries its own time before it: "a four-day deadline", "the Friday deadline". */
const timedBefore = (tokens: readonly Token[], k: number) =>
  UNITS.hasAt(tokens, k - 1) ||
  WEEKDAYS.hasAt(tokens, k - 1) ||
  MONTHS.hasAt(tokens, k - 1) ||
  tokens[k - 1]?.kind === TokenKind.Number;

/** what makes a given length a sentence rather than a limit */
const PENALTY = new QuickSet([
  'prison',
  'jail',
  'probation',
  'sentence',
  'suspended',
  'detention',
  'imprisonment',
  'custody',
  'behind',
]);

/**
 * Whether something in force is named among tokens lo…hi: a validity word, not one inside a name ("the Commodity
 * Credit Corp", "the Federal Home Loan Bank Board" are no credit or loan)
 */
function validityIn(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = Math.max(0, lo), end = Math.min(tokens.length - 1, hi); k <= end; k++)
    if (VALIDITY.hasAt(tokens, k) && !inProperName(tokens, k)) return true;
  return false;
}
/** Whether token k is a capitalized word beside another, among lower-case words (a headline in title case is no name) */
function inProperName(tokens: readonly Token[], k: number): boolean {
  if (!titleCaseAt(tokens, k) || !(titleCaseAt(tokens, k - 1) || titleCaseAt(tokens, k + 1))) return false;
  for (let j = Math.max(0, k - NAME_CONTEXT), end = Math.min(tokens.length - 1, k + NAME_CONTEXT); j <= end; j++)
    if (/^[a-z]{4,}$/.test(tokens[j]!.text)) return true;
  return false;
}
const NAME_CONTEXT = 6;
/**
 * "The rights … expire 10 years later on April 6, 1997": an expiry told a length after another day, the time's
 * preposition at p
 */
function expiresLengthLater(tokens: readonly Token[], p: number, from: number): boolean {
  let k = lowerAt(tokens, p) === 'on' ? p - 1 : p;
  if (lowerAt(tokens, k) !== 'later') return false;
  k--;
  if (!UNITS.hasAt(tokens, k)) return false;
  k--;
  // (a figure in digits or one word: "10 years", "ten years")
  const figure = tokens[k]?.kind === TokenKind.Number || readNumber(tokens, k)?.last === k;
  return figure && k - 1 >= from && EXPIRY.hasAt(tokens, k - 1);
}
/** Whether a word of the set stands among tokens lo…hi (clamped to the text). */
function wordIn(tokens: readonly Token[], lo: number, hi: number, set: QuickMap<unknown>): boolean {
  for (let k = Math.max(0, lo), end = Math.min(tokens.length - 1, hi); k <= end; k++)
    if (set.hasAt(tokens, k)) return true;
  return false;
}

/**
 * "demand will double by 2020", "to meet growing demand from the construction sector", "Japanese energy demand": the
 * noun "demand" is a market's unless it is told of a party: "demand that …", "demands to see", "their demands",
 * "the rebels' demands"; and the verb demands something of someone: "will demand the elimination", "Iran demands
 * the release"
 */
function demandAsSubject(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  if (w !== 'demand' && w !== 'demands') return false;
  const next = lowerAt(tokens, k + 1);
  if (next === 'that' || next === 'to' || DEMAND_PARTY_BEFORE.has(lowerAt(tokens, k - 1))) return false;
  // ("demand for power will double": past what it is for, a few words, to the clause's verb)
  if (next === 'for') {
    let v = k + 1;
    while (v < k + DEMAND_FOR_REACH && tokens[v + 1]?.kind === TokenKind.Word && !subjectVerbAt(tokens, v)) v++;
    return subjectVerbAt(tokens, v);
  }
  // the verb, its object after it
  return !(OBJECT_DETERMINERS.hasAt(tokens, k + 1) || OBJECT_PRONOUNS.has(next) || titleCaseAt(tokens, k + 1));
}
const DEMAND_FOR_REACH = 5;
/** what makes "demand" a party's or a verb: a possessive, an infinitive's "to", a modal, a subject pronoun */
const DEMAND_PARTY_BEFORE = new Set([
  "'s",
  "'",
  'their',
  'its',
  'his',
  'her',
  'our',
  'my',
  'your',
  'to',
  ...MODAL_VERBS,
  'they',
  'we',
  'i',
  'you',
  'also',
  'not',
]);
const subjectVerbAt = (tokens: readonly Token[], k: number) => {
  const w = lowerAt(tokens, k);
  return MODAL_VERBS.includes(w) || isPastForm(w) || isPresentInS(w);
};
/** A word of OBLIGATION at token k, unless it is "demand" as a clause's subject. */
const obligationAt = (tokens: readonly Token[], k: number) =>
  OBLIGATION.hasAt(tokens, k) && !demandAsSubject(tokens, k) && !purchaseOrderAt(tokens, k);
/** "order volume", "order books", "an order received in 1985": goods ordered, no command ("an order for Iraq to leave" is one) */
const purchaseOrderAt = (tokens: readonly Token[], k: number) =>
  ORDER_NOUNS.hasAt(tokens, k) && GOODS_ORDERED_AFTER.hasAt(tokens, k + 1);
const ORDER_NOUNS = new QuickSet(['order', 'orders']);
const GOODS_ORDERED_AFTER = new QuickSet([
  'volume',
  'volumes',
  'book',
  'books',
  'backlog',
  'intake',
  'worth',
  'received',
]);

/**
 * Whether an obligation stands among tokens lo…hi: a word of OBLIGATION ("told" and "asked" only with
 * "to" at most four tokens on, up to toLimit), or a pair ("has to", "called for").
 */
function obligationIn(tokens: readonly Token[], lo: number, hi: number, toLimit: number, beTo = true): boolean {
  for (let k = Math.max(0, lo), end = Math.min(tokens.length - 1, hi); k <= end; k++) {
    const w = tokens[k]!.lower;
    if (obligationAt(tokens, k) && (!REPORTING.has(w) || toPastObject(tokens, k, toLimit))) return true;
    if (decreeAt(tokens, k) && toWithin(tokens, k, Math.min(k + DECREE_TO_REACH, toLimit))) return true;
    if (k < end && isObligationPair(tokens, k, beTo)) return true;
    // "the deal gives the Palestinians control of more land within three months", "the accord provides for
    // elections within six months": what an agreement stipulates
    if (STIPULATES.hasAt(tokens, k) && AGREEMENTS.hasAt(tokens, k - 1)) return true;
    if (
      CALL_FOR.has(w) &&
      CALL_ON.hasAt(tokens, k + 1) &&
      toWithin(tokens, k + 1, Math.min(k + 1 + CALL_ON_REACH, toLimit))
    )
      return true;
    // "bids are due by noon Friday", "payment is due within 30 days" (not "notes due 1991", a maturity)
    // ("due at the latest by the end of April")
    const latest = lowerAt(tokens, k + 1) === 'at' && lowerAt(tokens, k + 3) === 'latest' ? k + 3 : k;
    if (w === 'due' && DUE_BY.has(tokens[latest + 1]?.lower ?? '')) return true;
    if (WANTING.hasAt(tokens, k) && demandsOfOther(tokens, k, toLimit)) return true;
    if (w === 'should' && shouldIsRequired(tokens, k)) return true;
  }
  return false;
}
/**
 * "should" is as often a forecast ("profits should recover by March") as a requirement; it requires
 * when what is handed in is its subject ("responses should be made to the Office of Fair Trading by
 * Jan. 10") or when it tells what someone decided or ruled ("the INS decided the boy should go home by
 * Jan. 14"; not "analysts said the deal should close by June").
 */
function shouldIsRequired(tokens: readonly Token[], k: number): boolean {
  return wordIn(tokens, k - 2, k - 1, HANDED_IN) || wordIn(tokens, k - SHOULD_DECIDED_REACH, k - 1, DECIDED);
}
const DECIDED = new QuickSet(['decided', 'decides', 'ruled', 'rules', 'decreed', 'determined', 'ordered']);
/** how far before "should" the decision may stand: "decided (that) the boy should", "ruled that Mr. Smith's company should" */
const SHOULD_DECIDED_REACH = 6;
/**
 * "Under the agreement, Poland will abolish all tariffs by 2001", "under the new law … within 30 days":
 * what an agreement, a law or a ruling binds someone to do by a time (the sentence's own "will" is no plan then).
 */
function underAgreement(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++)
    if (
      tokens[k]!.lower === 'under' &&
      (AGREEMENTS.hasAt(tokens, k + 1) || (introducesNoun(tokens, k + 1) && AGREEMENTS.hasAt(tokens, k + 2)))
    )
      return true;
  return false;
}
/** "the two sides agreed to finish the talks within two months": a limit the parties agreed (DEADLINES.md) */
function agreedTo(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (AGREE.hasAt(tokens, k) && tokens[k + 1]!.lower === 'to') return true;
  return false;
}
const AGREE = new QuickSet(['agree', 'agreed', 'agrees']);
const AGREEMENTS = new QuickSet([
  'agreement',
  'agreements',
  'accord',
  'accords',
  'deal',
  'treaty',
  'pact',
  'contract',
  'terms',
  'law',
  'laws',
  'rules',
  'regulations',
  'settlement',
  'ruling',
  'decree',
  'order',
  'directive',
  'convention',
  'protocol',
  'ceasefire',
  'truce',
  'resolution',
]);
/** a determiner, an article or "new" before the noun: "under the agreement", "under a new law" */
const introducesNoun = (tokens: readonly Token[], k: number) =>
  DETERMINERS.hasAt(tokens, k) || tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an' || tokens[k]?.lower === 'new';

const NEGATION = new QuickSet(['not', "n't", 'never', 'no']);
const NEGATION_REACH = 12;
const RELATIVES = new QuickSet(['that', 'which', 'who']);
/** what a length a grant's "to" follows went on or is spread over, no time allowed ("for", "over", "during") */
const SPREAD_OVER = new Set(['for', 'over', 'during']);
const WAITED = new Set(['wait', 'waits', 'waited', 'waiting']);
/** Whether a "not" stands among tokens lo…p-1 in p's own clause (no comma or clause link between them). */
function negatedBefore(tokens: readonly Token[], lo: number, p: number): boolean {
  for (let k = p - 1; k >= lo; k--) {
    // (a contraction's "t" is a "not": "don't get serious until")
    if (NEGATION.hasAt(tokens, k) || contractionEndingAt(tokens, k) !== null) return !inRelativeClause(tokens, lo, k);
    // (a "not" reaches across "or": "not detachable or separately tradeable until")
    if (tokens[k]!.text === ',' || (CLAUSE_LINKS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'or')) return false;
  }
  return false;
}
/**
 * Whether token k stands in a relative clause that a noun before "that" or "which" opens among tokens lo…k
 * ("its offer for the 33% of Telerate that it doesn't already own until 5 p.m."; not "said that it doesn't")
 */
function inRelativeClause(tokens: readonly Token[], lo: number, k: number): boolean {
  for (let j = k - 1; j > lo; j--) {
    if (tokens[j]!.text === ',') return false;
    if (RELATIVES.hasAt(tokens, j)) return tokens[j - 1]!.kind !== TokenKind.Word || !isVerbLike(tokens[j - 1]!.lower);
  }
  return false;
}
/** what lets someone act for a time: "exercisable for five years", "warrants allowing them … over one year" */
const ALLOWED = new QuickSet([
  'exercisable',
  'convertible',
  'exchangeable',
  'valid',
  ...RIGHTS,
  'allowing',
  'allowed',
  'allows',
]);
/** what is open or available to take up for a time, when an offer, an entry or a right is ("the offer is open for 30 days"; not "stores open for 24 months") */
const OPEN = new QuickSet(['open', 'available']);
const allowedToAct = (tokens: readonly Token[], lo: number, hi: number) =>
  wordIn(tokens, lo, hi, ALLOWED) ||
  mayBeforeVerb(tokens, lo, hi) ||
  (wordIn(tokens, lo, hi, OPEN) && [ENTRIES, OFFERS, ON_SALE].some((what) => wordIn(tokens, lo, hi, what)));
/**
 * "may" that permits an act among tokens lo…hi: "holders may convert", "the warrants may be exercised" (not the
 * month, "expected after May 20", nor a possibility: "this may determine the strength of the presidency for the
 * next 21 months", "the loss may be reduced by payments over the next five years")
 */
function mayBeforeVerb(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = Math.max(0, lo); k <= hi && k < tokens.length; k++) {
    if (tokens[k]!.lower !== 'may') continue;
    const verb = verbForm(lowerAt(tokens, lowerAt(tokens, k + 1) === 'be' ? k + 2 : k + 1));
    if (verb && PERMITTED_ACTS.has(verb.lemma)) return true;
  }
  return false;
}
/** what a holder, a party or a visitor is permitted to do for a time or until one */
const PERMITTED_ACTS = new Set([
  'exercise',
  'convert',
  'exchange',
  'tender',
  'redeem',
  'withdraw',
  'elect',
  'buy',
  'purchase',
  'sell',
  'acquire',
  'subscribe',
  'apply',
  'file',
  'appeal',
  'contest',
  'challenge',
  'object',
  'vote',
  'remain',
  'stay',
  'use',
  'borrow',
  'draw',
  'trade',
  'import',
  'export',
]);
const FROM_EVENT = new Set(['after', 'following', 'from']);
/** what a holder is offered to have done: "would exchange", "will redeem", "will accept tenders" */
const OFFERED_ACTS = new Set(['exchange', 'redeem', 'convert', 'accept', 'repurchase', 'purchase', 'buy']);
const OFFER_CLAUSE_REACH = 20;
/**
 * "for 30 days after the effective date …, it would exchange": a length from an event, a comma, then "will" or
 * "would" and an offered act (up to token end) — the window the offer is open in.
 */
function offerWindowAt(tokens: readonly Token[], c: TimeCandidate, first: number, last: number, end: number): boolean {
  if (
    lowerAt(tokens, first - 1) !== 'for' ||
    !DEFINITE_LENGTH.test(c.time.value) ||
    !FROM_EVENT.has(lowerAt(tokens, last + 1))
  )
    return false;
  for (let k = last + 1; k < Math.min(end, last + OFFER_CLAUSE_REACH); k++) {
    if (tokens[k]!.text !== ',') continue;
    for (let j = k + 1; j < Math.min(end, k + 5); j++)
      if (WILL_OR_WOULD.hasAt(tokens, j)) return OFFERED_ACTS.has(verbForm(lowerAt(tokens, j + 1))?.lemma ?? '');
    return false;
  }
  return false;
}
const ADDED_LENGTH = /\b(?:additional|further|extra|another|more(?! than))\b/i;
/** The last token among lo…hi that `set` holds, or -1. */
function lastIn(tokens: readonly Token[], lo: number, hi: number, set: QuickSet): number {
  for (let k = hi; k >= Math.max(0, lo); k--) if (set.hasAt(tokens, k)) return k;
  return -1;
}
/** what makes "for three years" a length rather than time allowed: leases, freezes, extensions, sentences */
const LENGTHS = new QuickSet([
  'lease',
  'leased',
  'leases',
  'freeze',
  'frozen',
  'extend',
  'extended',
  'extension',
  'extensions',
  'reprieve',
  'suspend',
  'suspended',
  'suspension',
  'ban',
  'banned',
  'sentenced',
  'jailed',
  'term',
  'terms',
  'contract',
]);
const HOLDS = new QuickSet(['holds', 'hold', 'applies', 'apply']);
/** a present of keeping something going until a time ("keeps", not the past "kept": an interval behind) */
const KEEPS = new QuickSet(['keeps', 'keep', 'keeping']);
const KEPT_GOING = new QuickSet(['open', 'funded', 'running', 'operating']);
const FUNDING_MEASURES = new QuickSet(['measure', 'bill', 'resolution', 'stopgap', 'spending', 'funding']);
const KEEP_REACH = 6;
const MATURING = new QuickSet(['maturing', 'mature', 'matures', 'matured', 'maturity', 'maturities']);
/** what gives someone the right to act by a time: "each right will entitle the holder to subscribe … by April 13" */
/** a right, or its use: "the option can be exercised within 60 days", "convertible within two years" */
const RIGHTS_USED = new QuickSet([...RIGHTS, 'exercisable', 'exercised', 'convertible', 'converted']);
const RIGHTS_HELD = new QuickSet([...RIGHTS, 'exercisable', 'convertible']);
const ENTITLES = new QuickSet(['entitle', 'entitles', 'entitled', 'entitling']);
/** using a right: "may be exercised", "convertible" */
const USES_RIGHT = new QuickSet(['exercise', 'exercised', 'exercisable', 'convert', 'converted', 'convertible']);
/** "each right entitles the holder to …", "the warrants may be exercised" by or before a time: time allowed */
const entitledIn = (tokens: readonly Token[], lo: number, hi: number) =>
  wordIn(tokens, lo, hi, ENTITLES) || (wordIn(tokens, lo, hi, USES_RIGHT) && allowedToAct(tokens, lo, hi));
/** what may open a time in apposition to a deadline noun: "the deadline, originally Friday," */
const APPOSITION_ADVERBS = new QuickSet(['originally', 'initially', 'previously', 'formerly', 'now', 'then']);
const APPOINTED = new QuickSet(['set', 'fixed', 'scheduled']);
/**
 * Where a relative clause of being that ends at token p starts ("which was", "which had been": "the
 * deadline, which had been Monday, …"), or p + 1 when p ends none.
 */
function relativeCopulaStart(tokens: readonly Token[], p: number): number {
  const be = lowerAt(tokens, p) === 'been' && HAVE_BEEN.hasAt(tokens, p - 1) ? p - 1 : p;
  return (be < p || WAS_IS.hasAt(tokens, p)) && lowerAt(tokens, be - 1) === 'which' ? be - 1 : p + 1;
}
const HAVE_BEEN = new QuickSet(['had', 'has']);
const WAS_IS = new QuickSet(['was', 'is']);
/** what may stand between a deadline noun and its time: "the deadline … is March 7", "a deadline of October" */
/** the prepositions among LINKS, which may attach to any noun before them */
const LINKING_PREPOSITIONS = new QuickSet(['of', 'for', 'at', 'on', 'until', 'by']);
const LINKS = new QuickSet([
  'is',
  'was',
  'be',
  'of',
  'for',
  'at',
  'on',
  'until',
  'by',
  'falls',
  'fell',
  'expires',
  'expired',
  'passes',
  'passed',
  'remains',
  'set',
  'fixed',
  'extended',
  'to',
]);
const RUN = new QuickSet(['run', 'runs', 'ran']);
/** "if", "unless", and what an offer or a deal is made to depend on: "conditional on acceptances … by noon Friday" */
const CONDITIONS = new QuickSet(['if', 'unless', 'conditional', 'conditioned', 'contingent']);
const THAT_CONDITIONS = new QuickSet(['provided', 'providing', 'condition']);
const CONDITION_REACH = 20;
/** the words after which "if" asks whether, no condition: "asked if", "unclear if", "not certain if" */
const ASKING = new QuickSet([
  'asked',
  'ask',
  'asks',
  'asking',
  'wondered',
  'wonder',
  'know',
  'knew',
  'see',
  'saw',
  'unclear',
  // ("It was not certain if he had returned to Lima by midday": whether, told of what is known)
  'certain',
  'uncertain',
  'clear',
  'sure',
  'known',
  'doubtful',
]);
const AUXILIARY_AFTER = new QuickSet(['been', 'be', 'being', 'not']);

/** The first token of the clause window before token i (bounded, so that a sentence that never ends stays linear). */
const clauseStart = (i: number, s: Sentence) => Math.max(s.first, i - WINDOW);

/** A grant ("given", "allowed", "has" as a verb of having, not the auxiliary of "has been postponed") among tokens lo…hi. */
function grantNear(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = Math.max(0, lo); k <= hi; k++) {
    if (!GRANT.hasAt(tokens, k)) continue;
    const next = tokens[k + 1];
    const auxiliary =
      /^ha[sdv]e?$/.test(tokens[k]!.lower) &&
      next !== undefined &&
      (AUXILIARY_AFTER.hasAt(tokens, k + 1) || /ed$/.test(next.lower));
    if (!auxiliary) return true;
  }
  return false;
}

/**
 * "… will see a 30 pct yearly growth until 1990, Reed estimated": a sentence that a forecast's speaker closes, past
 * the time, tells a forecast, whatever right or loan it names
 */
function forecastTail(tokens: readonly Token[], last: number, s: Sentence): boolean {
  const end = tokens[s.last]!.kind === TokenKind.Punct ? s.last - 1 : s.last;
  for (let k = end; k > last && k >= end - FORECAST_TAIL_REACH; k--)
    if (tokens[k]!.text === ',') return wordIn(tokens, k + 1, end, FORECASTING);
  return false;
}
const FORECAST_TAIL_REACH = 5;
const FORECASTING = new QuickSet(FORECAST_WORDS);

/** which of two limits the terms take: "the later of February 17 or 60 days from …" */
const CHOSEN_LIMITS = new Set(['later', 'earlier', 'latest', 'earliest', 'sooner']);

/**
 * "expires at the close of business on June 1", "by the end of trading Friday": the close of a day's
 * business leads the date as "midnight" does, so the word before it is the boundary.
 */
function closeOfBusinessBefore(lower: (k: number) => string, p: number): number {
  const q = lower(p) === 'on' ? p - 1 : p;
  const day = lower(q);
  if ((day !== 'business' && day !== 'trading') || lower(q - 1) !== 'of') return p;
  const edge = lower(q - 2);
  if (edge !== 'close' && edge !== 'end') return p;
  return lower(q - 3) === 'the' ? q - 4 : q - 3; // "by (the) close of business (on) Friday"
}

/**
 * "on Thursday, when an earlier pact expires", "on the day a deadline set by the minister expires": the expiry
 * told just after the time, in a clause of "when" or one whose subject is a deadline.
 */
function expiresAfter(tokens: readonly Token[], last: number, s: Sentence): boolean {
  const k = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
  const limitSubject =
    OBJECT_DETERMINERS.hasAt(tokens, k) && (limitNounAt(tokens, k + 1) || limitNounAt(tokens, k + 2));
  return (tokens[k]?.lower === 'when' || limitSubject) && wordIn(tokens, k + 1, Math.min(s.last, k + 14), EXPIRY);
}

/**
 * A postponement, a plan or a forecast governing the time: in its own clause, which a comma or a
 * relative word opens ("is planning an offer for its warrants, which expire April 11" is a limit).
 */
function plannedOrPostponed(tokens: readonly Token[], from: number, first: number): boolean {
  // "the filing deadline was pushed back to July 15": a deadline moved is the new deadline
  if (movedLimit(tokens, from, first)) return false;
  let obliged = false;
  for (let k = first - 1; k >= from; k--) {
    // "a planned rule requiring the entry of trades by that time": a plan word that only describes the noun
    // an obligation nearer the time comes from is no plan of the time ("expects Congress to order …" is)
    const attributive = obliged && OBJECT_DETERMINERS.hasAt(tokens, k - 1);
    // ("under the plan the company would have to repay the loan by 1995": the terms a plan sets, no plan of the time)
    const terms =
      lowerAt(tokens, k - 1) === 'under' || (introducesNoun(tokens, k - 1) && lowerAt(tokens, k - 2) === 'under');
    // ("the five-year Steel Industry Plan expires at the end of 1988": the plan is what runs out, no plan of the time)
    const expiring = EXPIRY.hasAt(tokens, FUTURE_MODALS.hasAt(tokens, k + 1) ? k + 2 : k + 1);
    if (
      (NOT_A_LIMIT.hasAt(tokens, k) && !demandedObject(tokens, k) && !attributive && !terms && !expiring) ||
      postponedBy(tokens, k)
    )
      return true;
    if (obligationAt(tokens, k) && !REPORTING.hasAt(tokens, k)) obliged = true;
    if (CLAUSE_OPENERS.hasAt(tokens, k) || tokens[k]!.text === ',' || tokens[k]!.text === ';') return false;
    // "The strike could begin if no agreement is reached by the weekend": a condition of not acting opens the
    // time's own clause, and the forecast before it is of what follows the failure, no plan of the time
    const w = tokens[k]!.lower;
    if (w === 'unless' || (w === 'if' && wordIn(tokens, k + 1, first - 1, NEGATION))) return false;
    // "could rise before the contract runs out at the end of the year": a clause of its own, whose subject follows
    if (SUBORDINATORS.hasAt(tokens, k) && k < first - 2 && OBJECT_DETERMINERS.hasAt(tokens, k + 1)) return false;
  }
  return false;
}
/**
 * Whether the words before token p (the time's preposition, or its verb) are "before" and a clause's subject
 * and present verb: "before the talks resume (on)", "before the fiscal year starts (on)".
 */
function eventBeforeAt(tokens: readonly Token[], lo: number, p: number): boolean {
  const verb = AT_TIME.hasAt(tokens, p) ? p - 1 : p;
  const form = verbForm(lowerAt(tokens, verb))?.form;
  if (form !== 's' && form !== 'base') return false;
  for (let k = verb - 2; k >= lo; k--) {
    if (tokens[k]!.lower === 'before') return true;
    if (tokens[k]!.kind !== TokenKind.Word) return false;
  }
  return false;
}
/** Where the clause holding token p opens after a comma ("…, where leaders fear …"), else `from`. */
function openedClauseBefore(tokens: readonly Token[], from: number, p: number): number {
  for (let k = p - 1; k > from; k--) if (CLAUSE_OPENERS.hasAt(tokens, k) && tokens[k - 1]!.text === ',') return k;
  return from;
}
const AT_TIME = new QuickSet(['on', 'at', 'in']);
const ASIDE_WORDS = 4;
const EVENT_REACH = 7;
const CLAUSE_OPENERS = new QuickSet(['which', 'who', 'that', 'when', 'where', 'while', 'whereas']);
const SUBORDINATORS = new QuickSet(['before', 'after', 'until', 'unless', 'once', 'as', 'because']);
/** what a limit does as it draws near: "as the deadline neared on Friday" */
const APPROACHING = new QuickSet([
  'neared',
  'nears',
  'nearing',
  'approached',
  'approaches',
  'approaching',
  'loomed',
  'looms',
  'looming',
]);
/** what a span covers is its term, no limit: "advances covering the period March 2 to 9" */
const COVERING = new QuickSet(['covering', 'covers', 'cover', 'covered']);
const COVERING_REACH = 6;

/**
 * "asked member states to submit their plans by March 31": a plan, a target or an estimate that an
 * infinitive's verb takes as its object is what is to be handed in, not the time's own plan.
 */
function demandedObject(tokens: readonly Token[], k: number): boolean {
  // ("told to submit a new rate plan": past the words that modify it)
  for (let d = k - 1; d >= k - 4; d--) {
    if (objectAfterInfinitive(tokens, d)) return true;
    if (tokens[d]?.kind !== TokenKind.Word || DETERMINERS.hasAt(tokens, d)) return false;
  }
  return false;
}
/**
 * Whether a determiner at token d follows "to", "must" or "not" and a verb: "to submit their (plans)", "must
 * submit a (plan)", "unless it did not withdraw the (plan)"
 */
const objectAfterInfinitive = (tokens: readonly Token[], d: number) =>
  (DETERMINERS.hasAt(tokens, d) || OBJECT_DETERMINERS.hasAt(tokens, d)) &&
  DEMANDED_VERB_LEADS.has(lowerAt(tokens, d - 2)) &&
  tokens[d - 1]?.kind === TokenKind.Word;
const DEMANDED_VERB_LEADS = new Set(['to', 'must', 'not']);

/**
 * "the filing deadline was pushed back to July 15", "postponed the deadline until Friday": a limit noun
 * moved by a postponement in the clause, which then gives the new limit.
 */
function movedLimit(tokens: readonly Token[], from: number, first: number): boolean {
  const to = lowerAt(tokens, first - 1);
  if (to !== 'to' && to !== 'until') return false;
  let moved = false,
    limit = false;
  for (let k = first - 2; k >= from; k--) {
    if (tokens[k]!.text === ',' || tokens[k]!.text === ';' || CLAUSE_OPENERS.hasAt(tokens, k)) break;
    if (MOVERS.hasAt(tokens, k) || postponedBy(tokens, k)) moved = true;
    if (limitNounAt(tokens, k)) limit = true;
  }
  return moved && limit;
}

const MOVERS = new QuickSet([...POSTPONING, 'move', 'moved', 'moves', 'shifted']);

/** Whether "no later than" (or "not later than") ends at token p. */
const noLaterThan = (tokens: readonly Token[], p: number) =>
  lowerAt(tokens, p) === 'than' &&
  lowerAt(tokens, p - 1) === 'later' &&
  (lowerAt(tokens, p - 2) === 'no' || lowerAt(tokens, p - 2) === 'not');

/**
 * "They have 72 hours.", "he has only 48 hours, officials said": the time a person has to act, the act
 * left unsaid as told before ("… ordered to leave. They have 72 hours"); the length ends its clause ("we had
 * 48 hours of rain" is how long something lasted)
 */
function personHasLength(tokens: readonly Token[], first: number, last: number, s: Sentence): boolean {
  const have = ONLY.has(lowerAt(tokens, first - 1)) ? first - 2 : first - 1;
  if (!HAVE.hasAt(tokens, have) || !PERSONS.has(lowerAt(tokens, have - 1))) return false;
  const next = tokens[last + 1];
  if (last >= s.last || !next) return true;
  if (SENTENCE_ENDS.has(next.text)) return true;
  return next.text === ',' && wordIn(tokens, last + 2, Math.min(s.last, last + 5), SAID);
}
const ONLY = new Set(['only', 'just']);
const PERSONS = new Set(['they', 'he', 'she', 'we', 'you', 'i']);

/** "put off", "pushed back": a postponement only with its particle ("put into effect until 2009" sets a limit) */
const PHRASAL_POSTPONING = new QuickSet(['put', 'puts', 'push', 'pushed', 'pushes', 'set', 'sets']);
const postponedBy = (tokens: readonly Token[], k: number) =>
  PHRASAL_POSTPONING.hasAt(tokens, k) && (tokens[k + 1]?.lower === 'off' || tokens[k + 1]?.lower === 'back');

/** "to 10 tonnes", "to 5 pct": "to" and a number, the figure a goal or forecast reaches. */
function targetFigure(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = Math.max(0, lo); k < hi; k++)
    if (tokens[k]!.lower === 'to' && tokens[k + 1]?.kind === TokenKind.Number) return true;
  return false;
}

/** "… April 17 unless Japan opens its market", "…, unless": a condition on what happens at the time. */
const unlessAfter = (tokens: readonly Token[], last: number) =>
  tokens[last + 1]?.lower === 'unless' || (tokens[last + 1]?.text === ',' && tokens[last + 2]?.lower === 'unless');
/** a threat tells what will happen unless someone acts: "has threatened to impose tariffs on April 17 unless …" */
const THREATENED = new QuickSet(['threatened', 'threatens', 'threaten', 'threatening']);
/**
 * a present of what is scheduled to come in force, which looks ahead as "will" does: "The cuts take effect March 1
 * unless Congress acts" (not "took effect", nor what merely starts: "the season starts in April unless it rains")
 */
const TAKE = new QuickSet(['take', 'takes']);
/** what a length after it is waited, taken, spent or needed, no time allowed */
const WAITED_OR_SPENT = new QuickSet([
  ...WAITED,
  ...['take', 'takes', 'took', 'taken', 'taking', 'spend', 'spends', 'spent', 'spending'],
  ...['need', 'needs', 'needed', 'needing'],
]);
const EFFECT = new QuickSet(['effect']);

/** "if the dispute had not ended by today": a conditional limit. */
function conditional(tokens: readonly Token[], from: number, first: number): boolean {
  // the condition's clause runs from "if" to the time, whatever its length, but not past a comma
  for (let k = first - 1; k >= Math.max(0, from, first - CONDITION_REACH); k--) {
    // "asked if the company considered …": "if" after a verb of asking is "whether"
    if (CONDITIONS.hasAt(tokens, k)) return !ASKING.hasAt(tokens, k - 1);
    // "provided that", "on condition that": a condition too ("provided" alone may be a verb)
    if (THAT_CONDITIONS.hasAt(tokens, k) && tokens[k + 1]?.lower === 'that') return true;
    // "subject to shareholder approval by May 15"
    if (tokens[k]!.lower === 'subject' && tokens[k + 1]?.lower === 'to') return true;
    if (tokens[k]!.text === ',') return false; // the sentence's start is `from`, as the caller bounds it
  }
  return false;
}

/** Whether a condition of not acting opens the clause before token `first`: "if the regime does not …", "unless they …". */
function failureCondition(tokens: readonly Token[], from: number, first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, from, first - CONDITION_REACH); k--) {
    const w = tokens[k]!.lower;
    if (w === 'unless') return true;
    if (w === 'if') return wordIn(tokens, k + 1, first - 1, NEGATION) && !ASKING.hasAt(tokens, k - 1);
    // (a "will" nearer opens the consequence the time is in: "unless we get relief the company will be bankrupt
    // in three years")
    if (tokens[k]!.text === ',' || WILL_OR_WOULD.hasAt(tokens, k)) return false;
  }
  return false;
}

const UNLESS = new QuickSet(['unless']);
/** "any", "every", "each" before a noun (not "each of the 21 diplomats", a set the text names) */
const GENERIC = new QuickSet(['any', 'every', 'each']);
/** Whether the clause before token `first` opens with a generic subject: "Any other party has 14 days to …" */
function genericSubjectBefore(tokens: readonly Token[], s: Sentence, first: number): boolean {
  // back to the sentence's start or the comma or semicolon that opens the clause, a few words at most
  let k = first - 1;
  while (k > s.first && first - k < WINDOW && !CLAUSE_MARKS.hasAt(tokens, k - 1)) k--;
  if (k > s.first && !CLAUSE_MARKS.hasAt(tokens, k - 1)) return false;
  if (lowerAt(tokens, k) === 'but' || lowerAt(tokens, k) === 'and') k++;
  return GENERIC.hasAt(tokens, k) && lowerAt(tokens, k + 1) !== 'of' && tokens[k + 1]?.kind === TokenKind.Word;
}
const CLAUSE_MARKS = new QuickSet([',', ';', ':']);
/** "at any time before": the "before" at k closes a window */
const anyTimeBefore = (tokens: readonly Token[], k: number) =>
  lowerAt(tokens, k) === 'before' && lowerAt(tokens, k - 1) === 'time' && lowerAt(tokens, k - 2) === 'any';

/** how far "to" may follow "from" or "after": "30 days from the date of the notice to tender" */
const ANCHOR_PHRASE = 8;

/**
 * The "to" of the action a length is given for: right after it ("two weeks to leave"), or after the
 * day it counts from ("60 days from Monday to tender"; a verb in lower case follows, not "to Friday") or the
 * length it replaces.
 */
function toAfterLength(tokens: readonly Token[], last: number): number | null {
  if (tokens[last + 1]?.lower === 'to') return last + 1;
  // "has 10 days, excluding Sundays, to sign": past an aside set off by commas
  if (tokens[last + 1]?.text === ',')
    for (let k = last + 2; k <= last + 1 + ASIDE_WORDS && k + 1 < tokens.length; k++) {
      if (tokens[k]!.text === ',') return tokens[k + 1]!.lower === 'to' ? k + 1 : null;
      if (tokens[k]!.kind !== TokenKind.Word) return null;
    }
  // "has 60 days in which to act"
  if (tokens[last + 1]?.lower === 'in' && tokens[last + 2]?.lower === 'which' && tokens[last + 3]?.lower === 'to')
    return last + 3;
  // "has five weeks left to withdraw" (not a game's "with two minutes left to play")
  if (tokens[last + 1]?.lower === 'left' && tokens[last + 2]?.lower === 'to')
    return wordIn(tokens, Math.max(0, last - 6), last - 1, HAVE) ? last + 2 : null;
  // (or past the length it stands in for: "six months instead of three to sell", "30 days rather than 60 to reply")
  const w = tokens[last + 1]?.lower,
    w2 = tokens[last + 2]?.lower;
  const replaced = (w === 'instead' && w2 === 'of') || (w === 'rather' && w2 === 'than');
  if (w !== 'from' && w !== 'after' && !replaced) return null;
  for (let k = replaced ? last + 3 : last + 2; k <= last + ANCHOR_PHRASE && k + 1 < tokens.length; k++) {
    if (tokens[k]!.kind === TokenKind.Punct) return null;
    if (tokens[k]!.lower === 'to') return /^\p{Ll}/u.test(tokens[k + 1]!.text) ? k : null;
  }
  return null;
}

/** verbs of what happens rather than what someone does ("prices rise"): no one is permitted or told to */
const CHANGES = [
  'rise',
  'fall',
  'increase',
  'decrease',
  'decline',
  'drop',
  'grow',
  'climb',
  'ease',
  'recover',
  'rebound',
  'stabilize',
  'stabilise',
  'slow',
  'improve',
  'happen',
  'occur',
  'come',
];
/** verbs of change and of going on, after which "may" tells a possibility, not a permission ("prices may rise until") */
const HAPPENINGS = new QuickSet([...CHANGES, 'continue', 'remain', 'stay', 'last', 'persist', 'be', 'take', 'wait']);

/**
 * "may contest the ruling until", "can apply until": "may" or "can" and the verb of an act someone
 * is permitted (DEADLINES.md: "may exercise the warrants until …"), not of something that happens.
 */
function permittedUntil(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = Math.max(0, lo); k < hi; k++) {
    const w = tokens[k]!.lower;
    if (w !== 'may' && w !== 'can') continue;
    const verb = tokens[k + 1]?.lower === 'still' ? k + 2 : k + 1;
    // ("each share may be converted into 1.333 common shares through May 1": a right used, in the passive)
    if (lowerAt(tokens, verb) === 'be' && PASSIVE_RIGHTS_USED.hasAt(tokens, verb + 1)) return true;
    const t = tokens[verb];
    if (!t || t.kind !== TokenKind.Word || HAPPENINGS.hasAt(tokens, verb) || NEGATION.hasAt(tokens, verb)) return false;
    return verbForm(t.lower)?.form === 'base';
  }
  return false;
}

const PASSIVE_RIGHTS_USED = new QuickSet(['exercised', 'converted', 'exchanged', 'tendered', 'withdrawn']);

/**
 * "the ruling can be appealed within 14 days", "may challenge the order within 30 days": the time allowed to
 * contest a decision (not "can be delivered within 14 days", what is possible).
 */
const mayChallenge = (tokens: readonly Token[], lo: number, hi: number) =>
  wordIn(tokens, lo, hi, MAY_CAN) && wordIn(tokens, lo, hi, CHALLENGES) && !wordIn(tokens, lo, hi, NEGATION);
const MAY_CAN = new QuickSet(['may', 'can']);
const CHALLENGES = new QuickSet([
  'appeal',
  'appealed',
  'contest',
  'contested',
  'challenge',
  'challenged',
  'object',
  'dispute',
  'disputed',
]);

/** "30 days' notice", "two weeks notice", "a 30-day notice": the notice a length names */
const noticeAfter = (tokens: readonly Token[], last: number) =>
  lowerAt(tokens, last + 1) === 'notice' ||
  (APOSTROPHES.has(tokens[last + 1]?.text ?? '') && lowerAt(tokens, last + 2) === 'notice');
const APOSTROPHES = new Set(["'", '\u2019']);

/** verbs of saying: a time right after one is when it was said ("said Monday the deadline …") */
const SAID = new QuickSet([
  'said',
  'says',
  'told',
  'announced',
  'added',
  'reported',
  'stated',
  'confirmed',
  'disclosed',
  'warned',
  'declared',
]);

const DUE_BY = new Set(['by', 'within', 'before']);

/**
 * what binds a party not to act: "agreed not to", "undertook not to", "is bound not to" (a promise or
 * a pledge is the party's own intention, DEADLINES.md: not a limit)
 */
const BINDS = new QuickSet(['agree', 'agreed', 'agrees', 'undertake', 'undertook', 'undertakes', 'committed', 'bound']);

/**
 * "agreed not to buy more stock", "agreed to wait until March 1", "agreed to refrain from …": a binding word,
 * then "not" or a verb of holding off, among tokens lo…hi.
 */
function standstill(tokens: readonly Token[], lo: number, hi: number): boolean {
  return boundTo(tokens, lo, hi, 'not', (k) => tokens[k]!.lower === 'to' && HOLDING_OFF.hasAt(tokens, k + 1));
}
const HOLDING_OFF = new QuickSet(['wait', 'refrain', 'hold', 'freeze', 'suspend', 'halt', 'stop', 'defer']);

/**
 * "the agreement provides … no further rate increases until 1994", "the law allows no new levies until 2009": "no"
 * and the plural it bars, right before the "until" at p, in a sentence that tells the terms of an agreement or a law.
 */
function barredByTerms(tokens: readonly Token[], from: number, p: number): boolean {
  let k = p - 1;
  while (k > p - BARRED_REACH && tokens[k]?.kind === TokenKind.Word && lowerAt(tokens, k) !== 'no') k--;
  if (lowerAt(tokens, k) !== 'no' || !isPluralNoun(lowerAt(tokens, p - 1))) return false;
  return wordIn(tokens, Math.max(from, k - TERMS_REACH), k - 1, TERMS);
}
const BARRED_REACH = 5;
const TERMS_REACH = 30;
/** what tells the terms something is bound by */
const TERMS = new QuickSet([
  'agreement',
  'accord',
  'pact',
  'provides',
  'provide',
  'law',
  'bill',
  'treaty',
  'settlement',
]);

/**
 * Whether a binding word stands among tokens lo…hi with `next` after it ("agreed not to …", "agreed to
 * free …"), or what `orAfter` accepts at the token after it.
 */
function boundTo(
  tokens: readonly Token[],
  lo: number,
  hi: number,
  next: string,
  orAfter: (k: number) => boolean = () => false,
): boolean {
  for (let k = Math.max(0, lo); k < hi; k++)
    if (BINDS.hasAt(tokens, k) && (tokens[k + 1]!.lower === next || orAfter(k + 1))) return true;
  return false;
}

/**
 * "wants Seoul to open", "wants the firms to cut", "wanted them to leave": someone between the verb of
 * wanting and "to" (not "wants to …", not a figure; "needs the money to …" is no party).
 */
function demandsOfOther(tokens: readonly Token[], k: number, toLimit: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.kind !== TokenKind.Word || next.lower === 'to') return false;
  const party =
    /^\p{Lu}/u.test(next.text) ||
    (tokens[k]!.lower.startsWith('want') &&
      (OBJECT_PRONOUNS.has(next.lower) ||
        DETERMINERS.has(next.lower) ||
        next.lower === 'all' ||
        next.lower === 'both'));
  if (!party) return false;
  for (let j = k + 2; j <= Math.min(k + 4, toLimit); j++) {
    // "want the price to rise by June": what no one does is a hope, not a demand
    if (tokens[j]!.lower === 'to') return !UNDIRECTED_CHANGES.has(lowerAt(tokens, j + 1));
    // "wants the talks completed by the end of the year", "wanted the troops withdrawn": done to the object
    if (isPastForm(tokens[j]!.lower)) return true;
  }
  return false;
}
const UNDIRECTED_CHANGES = new Set(CHANGES);
/** Whether a verb of change stands between tokens lo and hi: "prices will rise in April" tells a forecast */
function changeIn(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = Math.max(0, lo); k <= hi; k++)
    if (UNDIRECTED_CHANGES.has(verbForm(tokens[k]!.lower)?.lemma ?? '')) return true;
  return false;
}
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'everyone']);

/**
 * A deadline noun the time modifies: a few words on ("Friday as the deadline"), or further along a
 * compound of nouns ("the December 10 social security contribution payment deadline").
 */
function deadlineNounAfter(tokens: readonly Token[], last: number, end: number): boolean {
  return deadlineNounAt(tokens, last, end) >= 0;
}

/** how many modifiers a deadline noun in apposition may have ("July 15, the current expiration date") */
const APPOSITION_REACH = 3;
const CLAUSE_ENDS = new Set(['.', ',', ';', ')']);
/** The index of the deadline noun the time ending at `last` modifies (see deadlineNounAfter), or -1. */
function deadlineNounAt(tokens: readonly Token[], last: number, end: number): number {
  // "Mar. 1 is "a hard deadline"": the time is what a deadline noun after a copula names
  if (COPULAS.hasAt(tokens, last + 1)) {
    for (let k = last + 2; k <= Math.min(end, last + 2 + PREDICATE_REACH); k++) {
      if (limitNounAt(tokens, k)) return k;
      const t = tokens[k]!;
      if (!(QUOTES.has(t.text) || (t.kind === TokenKind.Word && !isVerbLike(t.lower)) || ATTRIBUTIVE.has(t.lower)))
        break;
    }
  }
  // "will not extend its warrants after July 15, the current expiration date.": a deadline noun in apposition that
  // ends the clause (not the subject of the next one: "On Friday, the deadline for bids passed")
  if (tokens[last + 1]?.text === ',' && OBJECT_DETERMINERS.hasAt(tokens, last + 2))
    for (let k = last + 3; k <= Math.min(end, last + 2 + APPOSITION_REACH); k++) {
      if (limitNounAt(tokens, k) && (k === end || CLAUSE_ENDS.has(lowerAt(tokens, k + 1)))) return k;
      if (tokens[k]!.kind !== TokenKind.Word || isVerbLike(tokens[k]!.lower)) break;
    }
  // "validly tendered by the midnight Friday expiration,": what ends, right after the time, the end of its clause
  // (not a subject: "The June 30 expiration was a surprise")
  if (ENDINGS_OF.hasAt(tokens, last + 1) && (last + 1 === end || CLAUSE_ENDS.has(lowerAt(tokens, last + 2))))
    return last + 1;
  let compound = true; // only words that carry a noun phrase on so far
  for (let k = last + 1; k <= Math.min(end, last + LIMIT_NOUN_COMPOUND); k++) {
    if (limitNounAt(tokens, k)) return k - last <= LIMIT_NOUN_AFTER || compound ? k : -1;
    // "released them on Sunday after the deadline passed": another clause or phrase of time begins
    if (TIME_LINKS.hasAt(tokens, k)) return -1;
    // "LONDON, March 7 - The deadline expired": a dash set off by a space ends a dateline or a phrase
    if (DASHES.has(tokens[k]!.text) && !glued(tokens[k - 1], tokens[k])) return -1;
    // "Iraq on Sunday rejected the deadline": the time is that of another verb, whose object the deadline is
    // (a participle after a possessive or an article describes the noun: "Monday's extended deadline")
    if (isPastForm(tokens[k]!.lower) && !ATTRIBUTIVE.has(lowerAt(tokens, k - 1))) return -1;
    compound &&= tokens[k]!.kind === TokenKind.Word && !NOUN_STOP.hasAt(tokens, k);
    if (k - last >= LIMIT_NOUN_AFTER && !compound) return -1;
  }
  return -1;
}
const LIMIT_NOUN_COMPOUND = 6;
/** how many words a predicate may have before its deadline noun: "is "a hard deadline"" */
const PREDICATE_REACH = 4;
const QUOTES = new Set(['"', '“', '”', "'"]);
const TIME_LINKS = new QuickSet(['after', 'before', 'when', 'since', 'because', 'while', 'once', 'until']);
const DASHES = new Set(['-', '–', '—']);
const ATTRIBUTIVE = new Set(['s', 'the', 'a', 'an', 'its', 'their']);

/**
 * "a 45-day window for objections", "a 30-day comment period", "a 30-day period for public comment": the
 * time allowed to hand something in (not "a three-month period of growth").
 */
function windowAfter(tokens: readonly Token[], last: number): boolean {
  const next = lowerAt(tokens, last + 1);
  if (next === 'window') return true;
  if (next === 'comment' || next === 'objection' || next === 'appeal') return lowerAt(tokens, last + 2) === 'period';
  // "a 60-day (grace) period to review the sale": time allowed to act (not "a 30-day waiting period", an earliest
  // time, nor "still in a two year grace period", a loan's freeze)
  const period = next === 'grace' ? last + 2 : last + 1;
  // (a verb in lower case: "the two-week period to March 11" ends on a day)
  if (
    lowerAt(tokens, period) === 'period' &&
    lowerAt(tokens, period + 1) === 'to' &&
    verbForm(lowerAt(tokens, period + 2))?.form === 'base' &&
    !isCapitalized(tokens[period + 2]!)
  )
    return true;
  if (next !== 'period' || lowerAt(tokens, last + 2) !== 'for') return false;
  const what = lowerAt(tokens, last + 3) === 'public' ? last + 4 : last + 3;
  return HANDED_IN.hasAt(tokens, what) || OBJECTIONS.hasAt(tokens, what);
}
const OBJECTIONS = new QuickSet(['comment', 'objections', 'appeals', 'claims', 'challenges']);
/** "a 60-day option to buy", "a 60-day exclusive right to negotiate": the length of a right to act, right before it */
const optionAfter = (tokens: readonly Token[], last: number) => {
  const noun = lowerAt(tokens, last + 1) === 'exclusive' ? last + 2 : last + 1;
  return RIGHTS_TO_ACT.has(lowerAt(tokens, noun)) && lowerAt(tokens, noun + 1) === 'to';
};
const RIGHTS_TO_ACT = new Set(['option', 'right']);

/**
 * "a deadline of 48 hours", "an ultimatum of seven days", "the deadline for objections is 20 days after
 * publication": the length a deadline noun gives, after "of" or as the subject of the copula before it.
 */
function lengthOfLimit(tokens: readonly Token[], first: number): boolean {
  const link = lowerAt(tokens, first - 1);
  if (link === 'of') return limitNounAt(tokens, first - 2);
  if (link !== 'is' && link !== 'was') return false;
  // (the noun, or the noun and a phrase it opens: "the deadline for comments is"; not "the deadline passed and the delay is")
  for (let k = first - 2; k >= 0 && k >= first - 2 - SUBJECT_REACH && tokens[k]!.kind === TokenKind.Word; k--)
    if (limitNounAt(tokens, k)) return k === first - 2 || NOUN_PHRASE_PREPOSITIONS.hasAt(tokens, k + 1);
  return false;
}
const NOUN_PHRASE_PREPOSITIONS = new QuickSet(['for', 'of', 'on', 'in']);
/** how far back a limit noun may stand as the subject of its copula ("the deadline for filing objections is") */
const SUBJECT_REACH = 4;

/** "The March 9 deadline passed", "the Friday deadline expired": the deadline noun after the time, then a past of its end. */
function nounToldPast(tokens: readonly Token[], last: number, end: number): boolean {
  const noun = deadlineNounAt(tokens, last, end);
  return noun >= 0 && PAST_TENSE.hasAt(tokens, noun + 1);
}

/**
 * "by setting a Jan. 14 return date", "fixed May 1 as the filing date": a date someone set for an act owed by then
 * (not a schedule: "set April 1 as the date for the debut", "set a March 1 closing date"); and a date named as the
 * one by which something happens
 */
function setDate(tokens: readonly Token[], first: number, last: number, s: Sentence): boolean {
  const date = dayNounAfter(tokens, last, s.last);
  // ("set July 1 as the date by which all banks must comply", "July 1 is the day by which …": what must happen by it)
  if (date >= 0 && lowerAt(tokens, date + 1) === 'by' && lowerAt(tokens, date + 2) === 'which') return true;
  if (!wordIn(tokens, Math.max(s.first, first - 2), first - 1, SETTING)) return false;
  return tokens[date]?.lower === 'date' && OWED_BY_DATE.hasAt(tokens, date - 1);
}
/** The first "date" or "day" shortly after a time, within its sentence, or -1. */
function dayNounAfter(tokens: readonly Token[], last: number, end: number): number {
  for (let k = last + 1; k <= Math.min(end, last + LIMIT_NOUN_AFTER); k++)
    if (tokens[k]!.lower === 'date' || tokens[k]!.lower === 'day') return k;
  return -1;
}
/** what a date set for it is the limit of: a writ's return, a filing, a reply */
const OWED_BY_DATE = new QuickSet(['return', 'due', 'filing', 'response', 'reply', 'compliance', 'submission']);

/**
 * The last token up to `limit` before a semicolon or a quotation mark (or `stop`) after `last`: what follows one
 * is another clause's ("closed by June 1; bids were requested"), or another speaker's ("by the year 2000, Asia will
 * contain …, Cornelissen said, \"We knew we had to be there\"").
 */
function beforeStop(tokens: readonly Token[], last: number, limit: number, stop?: string): number {
  for (let k = last + 1; k <= limit && k < tokens.length; k++)
    if (stop ? tokens[k]!.text === stop : CLAUSE_STOPS.has(tokens[k]!.text)) return k - 1;
  return limit;
}
const CLAUSE_STOPS = new Set([';', '"', '“', '”']);
/**
 * The first token after the last conjunction of reason or concession among lo…first-1, else lo: an obligation
 * on the other side of one is another clause's ("is to change the engine because the engine will not be ready
 * by 1992")
 */
function reasonClauseFrom(tokens: readonly Token[], lo: number, first: number): number {
  const k = lastIn(tokens, lo, first - 1, REASON_OR_CONCESSION);
  return k < 0 ? lo : k + 1;
}
/** The token before the first conjunction of reason or concession, or "when", among last+1…hi, else hi */
function reasonClauseBefore(tokens: readonly Token[], last: number, hi: number): number {
  for (let k = last + 1; k <= hi; k++) if (CLAUSES_OF_THEIR_OWN.hasAt(tokens, k)) return k - 1;
  return hi;
}
// (and a clause of "when" told of the time, what happened then: "chairman until May 1986 when he resigned at the
// board's request")
const REASON_OR_CONCESSION = new QuickSet(['because', 'although', 'though', 'whereas']);
const CLAUSES_OF_THEIR_OWN = new QuickSet([...REASON_OR_CONCESSION.keys(), 'when']);

/** "told the bank to raise …", "asked members to cut …": an order to someone, past its object */
function toldTo(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = Math.max(0, lo); k < hi; k++) if (REPORTING.hasAt(tokens, k) && toPastObject(tokens, k, hi)) return true;
  return false;
}
/**
 * Whether "to" follows the verb at k past its object, a few words with no verb among them: "told Iraqi
 * leader Saddam Hussein to begin" (not "told reporters he wants to", "told analysts that … to").
 */
function toPastObject(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let j = k + 1; j <= Math.min(k + OBJECT_REACH, limit) && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === 'to') return true;
    if (j > k + 3 && !isCapitalized(t) && (t.lower === 'that' || isVerbLike(t.lower))) return false;
  }
  return false;
}
/** how far "to" may follow a verb of telling or asking past its object: "told Iraqi leader Saddam Hussein to" */
const OBJECT_REACH = 6;

function toWithin(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let j = k + 1; j <= limit && j < tokens.length; j++) if (tokens[j]!.lower === 'to') return true;
  return false;
}

interface Cue {
  cue: string;
  /** the token index where the limited action ("to leave the country") starts, if any */
  actionFrom: number | null;
  /** a length whose start the text does not give ("exercisable for five years"): no due date */
  unanchored?: boolean;
}

export class DeadlineRefiner implements Refiner {
  readonly name = 'deadlines';

  refine(candidates: Candidate[], ctx: DocumentContext): Candidate[] {
    const { tokens } = ctx;
    // most time expressions have no cue word next to them: sentences are split only when one has
    let sentences: Sentence[] | null = null;
    const out: Candidate[] = [];
    candidates.forEach((c, index) => {
      if (c.kind !== 'time' || c.time.type === 'SET') return out.push(c);
      const anaphor = isAnaphoricTime(c.text);
      // "… before the March 9 deadline. Until then, …": a limit that points at one is that limit
      const first = tokenIndexAt(tokens, c.start),
        last = tokenIndexAt(tokens, c.end - 1);
      const pointed = anaphor ? limitBefore(out, c.start) : undefined;
      if (pointed) {
        const cue = `${lowerAt(tokens, first! - 1)} ${c.text.toLowerCase()}`; // "until then", "by that time"
        return out.push({ ...c, time: { ...pointed.time, deadline: { ...pointed.time.deadline!, cue } } });
      }
      const nearby = first !== undefined && last !== undefined && this.cueNearby(c, tokens, first, last);
      sentences ??= nearby ? splitSentences(tokens) : null;
      const sentence = nearby ? sentences![sentenceAt(sentences!, c.start)]! : null;
      const cue = sentence && this.cueFor(c, tokens, first!, last!, sentence);
      // an anaphoric time that sets no limit is narrative ("by then it was over"): not kept
      if (!cue) return anaphor ? undefined : out.push(c);
      const open = this.stillOpen(c, tokens, first!, last!, sentence!, ctx.articleDate);
      out.push({
        ...open,
        time: { ...open.time, deadline: this.deadline(open, index, cue, candidates, ctx, sentence, tokens) },
      });
    });
    return out;
  }

  /** What cueFor needs at the least, checked without sentence bounds: a word it looks for, where it looks. */
  private cueNearby(c: TimeCandidate, tokens: readonly Token[], first: number, last: number): boolean {
    if (c.time.value.endsWith('_REF')) return false; // "has until now been described": no limit
    if (deadlineNounAfter(tokens, last, tokens.length - 1)) return true;
    if (c.time.type === 'DURATION') {
      const before = (n: number, set: QuickSet) => wordIn(tokens, first - n, first - 1, set);
      if (lowerAt(tokens, first - 1) === 'within' || lowerAt(tokens, first - 2) === 'within') return true;
      if (EXPIRY.hasAt(tokens, first - 1) || lowerAt(tokens, first - 1) === 'until' || noLaterThan(tokens, first - 1))
        return true;
      if (/^at least\b/i.test(c.text) && lowerAt(tokens, last + 1) === 'before') return true;
      const forOver = (w: string) => w === 'for' || w === 'over' || w === 'during';
      if (
        (forOver(lowerAt(tokens, first - 1)) || forOver(lowerAt(tokens, first - 2))) &&
        allowedToAct(tokens, first - WINDOW, first - 1)
      )
        return true;
      if (
        lowerAt(tokens, first - 1) === 'over' &&
        obligationIn(tokens, first - WINDOW, last + WINDOW, tokens.length - 1, false)
      )
        return true;
      // "a 45-day window for objections": time allowed to act
      if (windowAfter(tokens, last) || optionAfter(tokens, last) || lengthOfLimit(tokens, first)) return true;
      if (offerWindowAt(tokens, c, first, last, tokens.length - 1)) return true;
      if (obligedAheadOfEvent(tokens, c, first, last, first - OBLIGED_REACH)) return true;
      // "given two weeks to leave", "72 hours to leave" at the start of a line (a sentence start is checked later)
      if (
        toAfterLength(tokens, last) !== null &&
        (before(GRANT_REACH, GRANT) ||
          first === 0 ||
          tokens[first]!.newlineBefore ||
          SENTENCE_ENDS.has(tokens[first - 1]!.text))
      )
        return true;
      // "must leave in 48 hours", "the visa expires in six months": most "in two years" have neither
      if (
        lowerAt(tokens, first - 1) === 'in' &&
        DEFINITE_LENGTH.test(c.time.value) &&
        (obligedBefore(tokens, first - OBLIGED_REACH, first - 1) ||
          expiryBefore(tokens, first - 1, 2) ||
          before(3, ENDS) ||
          failureCondition(tokens, first - CONDITION_REACH, first))
      )
        return true;
      return before(3, GIVEN) || before(2, HAVE);
    }
    if (lowerAt(tokens, last + 1) === 'when' || lowerAt(tokens, last + 2) === 'when') return true; // "…, when the pact expires"
    if (unlessAfter(tokens, last)) return true;
    // ("On March 1, the offer expires": an expiry after the time that opens the sentence)
    if (tokens[last + 1]?.text === ',' && wordIn(tokens, last + 2, last + FRONTED_CLAUSE_REACH, EXPIRY_OR_END))
      return true;
    // "by the close of business on Friday": six words back
    for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
      if (!CUE_WORDS_BEFORE.hasAt(tokens, k)) continue;
      const w = tokens[k]!.lower;
      // "by Friday", "before March 31" are limits only under an obligation, an entitlement or a condition somewhere near
      // (the same window as cueFor's, sentence bounds aside)
      if (
        (w !== 'by' && w !== 'before') ||
        obligationIn(tokens, first - WINDOW, beforeStop(tokens, last, last + WINDOW), tokens.length - 1) ||
        entitledIn(tokens, first - WINDOW, first - 1) ||
        conditional(tokens, 0, first) ||
        underAgreement(tokens, first - WINDOW, first) ||
        boundTo(tokens, first - WINDOW, first - 1, 'to') ||
        anyTimeBefore(tokens, k)
      )
        return true;
    }
    return false;
  }

  private cueFor(c: TimeCandidate, tokens: readonly Token[], first: number, last: number, s: Sentence): Cue | null {
    if (forecastTail(tokens, last, s)) return null;
    const lower = (k: number) => (k >= s.first && k <= s.last ? tokens[k]!.lower : '');
    const within = (n: number, set: QuickSet) => wordIn(tokens, Math.max(s.first, first - n), first - 1, set);
    // the clause around the time expression, bounded so that a sentence that never ends stays linear
    const clauseFrom = Math.max(s.first, first - WINDOW),
      clauseTo = beforeStop(tokens, last, Math.min(s.last, last + WINDOW));
    const obliged = () =>
      obligationIn(
        tokens,
        reasonClauseFrom(tokens, clauseFrom, first),
        reasonClauseBefore(tokens, last, clauseTo),
        s.last,
      );
    const limitVerbNear = () => wordIn(tokens, clauseFrom, clauseTo, LIMIT_VERBS);
    // "set Friday as the deadline", "by the Tuesday deadline", "yesterday, a deadline StatesWest had set"
    const limitNounAfter = () => deadlineNounAfter(tokens, last, s.last) || setDate(tokens, first, last, s);
    const to = c.time.type === 'DURATION' ? toAfterLength(tokens, last) : lower(last + 1) === 'to' ? last + 1 : null;
    // "two weeks to leave": a verb after "to" ("bonds with over one year to maturity" has none)
    // (not a time's lead glued to its month: "Six months to end-December", a period's end; nor a month whose
    // name is a verb's: "a rise of 1.2 pct in the three months to March")
    const toVerb =
      to !== null &&
      to < s.last &&
      isLemma(lower(to + 1)) &&
      !(lower(to + 2) === '-' && MONTHS.hasAt(tokens, to + 3)) &&
      !(MONTHS.hasAt(tokens, to + 1) && isCapitalized(tokens[to + 1]!))
        ? to + 1
        : null;

    // "officials said Monday (that) the deadline …": the day someone spoke, not the limit
    // (not a time that is the subject of what was said: "he said March 1 is a hard deadline")
    if (SAID.hasAt(tokens, lower(first - 1) === 'on' ? first - 2 : first - 1) && !COPULAS.hasAt(tokens, last + 1))
      return null;
    // "retroactive to September One", "backdated to January 1": when something took effect, no limit
    if (retroactiveTo(tokens, first)) return null;
    // "extending by 10 days its deadline": the length the limit was moved by, not the limit
    if (c.time.type === 'DURATION' && movedBy(tokens, first)) return null;
    // "were given 30 days' notice of the closure": a notice period told before something happens, no limit to act by
    if (c.time.type === 'DURATION' && noticeAfter(tokens, last)) return null;
    // "sanctions will take effect April 17 unless Japan opens its market", "the cuts take effect March 1 unless
    // Congress acts": what will happen then unless someone acts
    // (not a forecast, "prices will rise in April unless demand falls", nor an earliest date, "no calls before
    // March 31 unless the price rises")
    if (
      c.time.type !== 'DURATION' &&
      unlessAfter(tokens, last) &&
      (within(WINDOW, WILL_OR_WOULD) ||
        within(WINDOW, THREATENED) ||
        (within(WINDOW, TAKE) && within(WINDOW, EFFECT))) &&
      !plannedOrPostponed(tokens, clauseFrom, first) &&
      !changeIn(tokens, clauseFrom, first - 1) &&
      !within(WINDOW, NEGATION)
    )
      return { cue: 'unless', actionFrom: null };
    if (limitNounAfter()) return { cue: 'deadline', actionFrom: null };
    if (c.time.type === 'DURATION') {
      // "doesn't have to wait five years to begin": a waiting period is an earliest time, not a limit;
      // "over the past two years", "in the last four years": an interval behind, not a limit
      // (nor is a length taken, spent or needed: "what would otherwise have taken five to 10 years to set up")
      // (nor a rate's unit: "growth at three pct a year to solve the problems")
      if (
        WAITED_OR_SPENT.hasAt(tokens, first - 1) ||
        PAST_INTERVAL.test(c.text) ||
        amountUnitAt(tokens, first - 1) !== null
      )
        return null;
      if (windowAfter(tokens, last)) return { cue: 'window', actionFrom: null };
      // "acquired a two-year option to buy an extra 10%": the time a right to act is held, from a start the
      // text does not give (as "convertible for three years")
      if (optionAfter(tokens, last)) return { cue: 'valid for', actionFrom: null, unanchored: true };
      if (lengthOfLimit(tokens, first)) return { cue: 'deadline', actionFrom: toVerb };
      // a line that opens with the length and its "to" only: "72 hours to leave" (not "A year after squeezing to
      // power")
      // (a line the wire wrapped is no new one: "the fourth attempt in\ntwo years to negotiate")
      const headline = (first === s.first || tokens[first]!.paragraphBefore) && toVerb === last + 2;
      // (not a length after "for", how long something went on: "rebels it has been fighting for several weeks
      // to surrender within 48 hours", nor one "over" which something is spread: "would grant loans of two billion
      // dlrs over the next two years to help the country")
      // ("a warrant giving the right in the first three years to exchange": the first years of a life the text
      // does not date)
      if (toVerb !== null && (headline || (within(GRANT_REACH, GRANT) && !SPREAD_OVER.has(lower(first - 1)))))
        return {
          cue: headline ? '… to' : 'given … to',
          actionFrom: toVerb,
          unanchored: /^the first\b/i.test(c.text),
        };
      if (plannedOrPostponed(tokens, clauseFrom, first)) return null;
      const article = lower(first - 1) === 'the' || lower(first - 1) === 'a' || lower(first - 1) === 'an';
      const prep = lower(article ? first - 2 : first - 1);
      // "unless Serb forces pull back within 96 hours": a conditional limit, as with "by"
      // "the option can be exercised within 60 days": time allowed to use a right
      if (
        prep === 'within' &&
        (obliged() ||
          limitVerbNear() ||
          wordIn(tokens, clauseFrom, first - 1, RIGHTS_USED) ||
          mayChallenge(tokens, clauseFrom, first - 1) ||
          underAgreement(tokens, clauseFrom, first) ||
          agreedTo(tokens, clauseFrom, first - 1) ||
          conditional(tokens, clauseFrom, first) ||
          expelledBefore(tokens, article ? first - 2 : first - 1, last))
      )
        return { cue: 'within', actionFrom: null };
      // "if the regime does not stop shelling in the coming 48 hours, we will …": an ultimatum's condition
      // ("if it rains in the next two days" sets no one a limit)
      if (prep === 'in' && DEFINITE_LENGTH.test(c.time.value) && failureCondition(tokens, clauseFrom, first))
        return { cue: 'within', actionFrom: null };
      // "for 30 days after the effective date of the registration, it would exchange 100 dlrs of notes for each
      // warrant": a window from an event, put before the offer open in it
      if (offerWindowAt(tokens, c, first, last, s.last))
        return { cue: 'valid for', actionFrom: null, unanchored: true };
      // "exercisable for five years", "warrants allowing them to acquire … over one year": time allowed to act, from a start the text does not give
      // "for decades": time allowed to act is a definite length
      // ("an option to buy 2.6 mln shares during the next four years": a right's, told ahead)
      const rightDuring = () => wordIn(tokens, clauseFrom, first - 1, RIGHTS_HELD);
      if (
        (prep === 'for' || prep === 'over' || (prep === 'during' && rightDuring())) &&
        DEFINITE_LENGTH.test(c.time.value) &&
        allowedToAct(tokens, clauseFrom, first - 1) &&
        // (a length word before the right is another's: "for a term of 15 years … and convertible into shares for
        // 10 years"; an "additional" length is an extension's: "an option for an additional 10 years")
        !wordIn(tokens, Math.max(clauseFrom, lastIn(tokens, clauseFrom, first - 1, ALLOWED)), first - 1, LENGTHS) &&
        !ADDED_LENGTH.test(c.text)
      )
        return { cue: 'valid for', actionFrom: null, unanchored: true };
      // ("must repay the debt over 10 years"; not an obligation that comes after, another clause's: "rescheduling
      // over 10 years 900 mln dlrs of debt due by mid-1988")
      if (prep === 'over' && obligationIn(tokens, clauseFrom, first - 1, s.last, false))
        return { cue: 'within', actionFrom: null, unanchored: true };
      // "will expire 20 business days after commencement"
      // ("expires 48 hours from now" counts from the article's date; "ten days from now" is a date already)
      const fromNow = lower(last + 1) === 'from' && lower(last + 2) === 'now';
      const counted = !fromNow && (lower(last + 1) === 'after' || lower(last + 1) === 'from');
      if (EXPIRY.hasAt(tokens, first - 1) && (counted || fromNow))
        return { cue: 'expires', actionFrom: null, unanchored: counted };
      // "must be held no later than 90 days after the law takes effect", "no later than 10 days before the
      // meeting": a limit a length from an event
      if ((counted || lower(last + 1) === 'before') && noLaterThan(tokens, first - 1))
        return { cue: 'no later than', actionFrom: null, unanchored: true };
      if (obligedAheadOfEvent(tokens, c, first, last, Math.max(clauseFrom, first - OBLIGED_REACH)))
        return { cue: 'must … before', actionFrom: null, unanchored: true };
      // "may be exercised until 90 days after their issue date": what is allowed ends a length after an event
      // (not "not … until", an earliest time: "are not separately tradeable until six months after the offering")
      if (
        lower(first - 1) === 'until' &&
        counted &&
        allowedToAct(tokens, clauseFrom, first - 1) &&
        !negatedBefore(tokens, Math.max(clauseFrom, first - 1 - NEGATION_REACH), first - 1)
      )
        return { cue: 'valid until', actionFrom: null, unanchored: true };
      // "must leave in 48 hours", "will have to leave the country in two weeks": a definite length right
      // after an obligation ("will leave in two weeks" is a plan, "is to leave in two weeks" a schedule, "no
      // order in about a decade" a length)
      if (
        lower(first - 1) === 'in' &&
        DEFINITE_LENGTH.test(c.time.value) &&
        // (not the length of an event: "asked for exclusions in the two days of public testimony")
        lower(last + 1) !== 'of' &&
        obligedBefore(tokens, Math.max(s.first, first - OBLIGED_REACH), first - 1)
      )
        return { cue: 'must … in', actionFrom: null };
      // ("the ban ends in 30 days": what is in force ends, as with a date)
      if (
        lower(first - 1) === 'in' &&
        DEFINITE_LENGTH.test(c.time.value) &&
        (expiryBefore(tokens, first - 1, 2) || (within(3, ENDS) && validityIn(tokens, clauseFrom, first - 1)))
      )
        return { cue: 'expires', actionFrom: null };
      // "were expelled and given 72 hours": a limit, unless it is a sentence ("given two years in prison")
      // (not the length of what was granted: "granted a 30-day extension", DEADLINES.md)
      if (
        within(3, GIVEN) &&
        !wordIn(tokens, last + 1, Math.min(s.last, last + 4), PENALTY) &&
        !LENGTHS.hasAt(tokens, last + 1)
      )
        return { cue: 'given', actionFrom: null };
      if (personHasLength(tokens, first, last, s)) return { cue: 'given', actionFrom: null };
      return null;
    }
    return this.dateCue(tokens, first, last, s, toVerb, obliged);
  }

  /**
   * A date or time is a limit when a boundary preposition puts it at the end of something ("until",
   * "through", "to", "by", "no later than", "between … and") and the clause says what ends there: an
   * obligation ("must … by"), a grant ("has until"), something in force ("the offer … through", "rights
   * … until", "extended to"), an expiry ("expires on", "…, when the pact expires"), or a deadline noun
   * it completes ("the deadline … is March 7"). A postponement, a plan or a forecast in the clause, or
   * "not … until" (an earliest date), says it is none.
   */
  private dateCue(
    tokens: readonly Token[],
    first: number,
    last: number,
    s: Sentence,
    toVerb: number | null,
    obliged: () => boolean,
  ): Cue | null {
    const lower = (k: number) => (k >= s.first && k <= s.last ? tokens[k]!.lower : '');
    const clauseFrom = clauseStart(first, s),
      clauseTo = Math.min(s.last, last + WINDOW);
    // "(pay) for every day beyond April 30 that a merger is not consummated": a penalty runs from the limit
    // on, whatever plan the clause tells of (not "every day after March 1 was hot")
    if (
      PAST_THE_LIMIT.has(lower(first - 1)) &&
      lower(first - 2) === 'day' &&
      EACH.has(lower(first - 3)) &&
      lower(first - 4) === 'for'
    )
      return { cue: 'deadline', actionFrom: null };
    if (plannedOrPostponed(tokens, clauseFrom, first)) return null;
    // "last December's accord", "Monday's meeting": the time names what the noun after it is (a
    // deadline noun there was taken before)
    if (isPossessiveAt(tokens, last)) return null;
    // "must confine their 1987 capital investment", "pertaining to 1985 crop loans", "to meet year-end window
    // dressing demand": a time that modifies the noun after it names which one (an event's day is read below)
    if (modifiesNounAfter(tokens, last)) return null;
    // "a cargo for March 20 to April 5 delivery": the time before the goods' movement is when they move, a
    // schedule (DEADLINES.md), whatever tender or contract the clause tells of
    if (SHIPMENTS.hasAt(tokens, last + 1)) return null;
    // "On March 1, the offer expires", "On March 1, a 90-day truce officially ends": the day that opens the
    // sentence is the one what is in force runs out on
    if (frontedExpiry(tokens, first, last, s)) return { cue: 'expires', actionFrom: null };
    // the word before the time, past "at least", "midnight" and "on": "until at least April 1990", "by midnight on Friday"
    let p = first - 1;
    if (lower(p) === 'least' && lower(p - 1) === 'at') p -= 2;
    // ("expire on the later of February 17 or 60 days from …": the first of the limits the terms choose between)
    if (lower(p) === 'of' && CHOSEN_LIMITS.has(lower(p - 1)) && lower(p - 2) === 'the') p -= 3;
    // ("until the evening of October 5": TimeBank marks the day, not its part)
    if (lower(p) === 'of' && PARTS_OF_DAY.hasAt(tokens, p - 1) && lower(p - 2) === 'the') p -= 3;
    // ("through the year 2001": the year named)
    if (lower(p) === 'year' && lower(p - 1) === 'the' && first === last && isYear(tokens[first]!.text)) p -= 2;
    // ("bids are due on Friday", "offers will be due at 1100 hrs EST, March 24")
    if ((lower(p) === 'on' && BOUNDARY.hasAt(tokens, p - 1)) || (ON_AT.has(lower(p)) && lower(p - 1) === 'due')) p -= 1;
    p = closeOfBusinessBefore(lower, p);
    // "remains in effect until a hearing on Monday", "to remain in the area until the March 6 hearing": the day of
    // the event something lasts until is its end
    p = untilEventBefore(lower, p, last);
    // "the privilege expires on the maturity date, June 30, 1992": the date in apposition to the expiry's day
    if (lower(p) === ',' && expiryDayBefore(tokens, p, clauseFrom)) return { cue: 'expires', actionFrom: null };
    // ("prior to June 30": before it; "can be exercised up to December 31": until then)
    const prep =
      lower(p) === 'to' && lower(p - 1) === 'prior'
        ? 'before'
        : lower(p) === 'to' && lower(p - 1) === 'up'
          ? 'until'
          : lower(p);
    if (noLaterThan(tokens, p)) return { cue: 'no later than', actionFrom: null };
    // "the merger almost fell through earlier this month", "failed to follow through last week": the particle of
    // a phrasal verb, which spans no time
    if (prep === 'through' && THROUGH_PARTICLE_VERBS.has(verbForm(lower(p - 1))?.lemma ?? '')) return null;
    // "agreed not to raise its stake until November 1": a standstill, whose end is the limit
    if (prep === 'until' && standstill(tokens, Math.max(clauseFrom, p - 8), p - 1))
      return { cue: 'standstill', actionFrom: null };
    // "the agreement provides … no further rate increases until 1994": a term that bars something until then
    if (prep === 'until' && barredByTerms(tokens, s.first, p)) return { cue: 'standstill', actionFrom: null };
    // "not until 1990", "not due until", "won't … before", "may not receive the loans it is seeking until
    // September": an earliest date, however far back its clause's "not" (but "does not expire until April 14" is
    // the expiry)
    // and so is what someone waits until: "the next move may have to wait until April 14"
    if (prep === 'until' && WAITED.has(lower(p - 1))) return null;
    if ((prep === 'until' || prep === 'before') && negatedBefore(tokens, Math.max(clauseFrom, p - NEGATION_REACH), p))
      return EXPIRY.hasAt(tokens, p - 1) ? { cue: 'expires', actionFrom: null } : null;
    // "the price order holds through midnight April 8", "it applies, until July 1, to uranium ore": what holds or
    // applies, in the present, right before its end
    // (not "Crane holds 504,200 shares … to Thursday", nor the past "prices held through March")
    const inForce = () =>
      validityIn(tokens, clauseFrom, clauseTo) ||
      extendedBySomeone(tokens, clauseFrom, p, last) ||
      // "will accept applications until March 10" (not "voting continued until Friday", nor a statistic's
      // "registrations of grains to February 11")
      (lower(p) !== 'to' &&
        wordIn(tokens, clauseFrom, first - 1, ENTRIES) &&
        !toldInPast(tokens, clauseFrom, first - 1, true)) ||
      inForcePhrase(tokens, clauseFrom, clauseTo) ||
      wordIn(tokens, clauseFrom, first - 1, OFFERS) ||
      (lower(p - 1) === 'open' && wordIn(tokens, clauseFrom, first - 1, ON_SALE)) ||
      // "a stopgap measure that keeps the government open through Friday": what a spending measure keeps going
      // (not a store's hours, "keeps its doors open until 9 p.m.", nor a show's run)
      (KEPT_GOING.hasAt(tokens, p - 1) &&
        wordIn(tokens, Math.max(clauseFrom, p - KEEP_REACH), p - 2, KEEPS) &&
        wordIn(tokens, clauseFrom, p - 2, FUNDING_MEASURES)) ||
      ((HOLDS.hasAt(tokens, p - 1) || (lower(p - 1) === ',' && HOLDS.hasAt(tokens, p - 2))) && prep !== 'to');
    // "talks continued until Friday", "he worked under contract until 1995": how long something went on, a past
    // interval (DEADLINES.md), whatever it was
    // and so is a span from one time to another told in the past ("the ban was in place from 1990 until 1995")
    // (not a bare year before a day without its own: "its debentures due 1992 to April 24" moved a limit to April 24,
    // as a span's ends are told alike: "1990 to 1995", "March 20 to April 24")
    const yearToDay =
      isYear(tokens[p - 1]?.text ?? '') &&
      wordIn(tokens, first, last, MONTHS) &&
      !tokens.slice(first, last + 1).some((t) => isYear(t.text));
    const spanEnd = prep === 'to' && timeWordAt(tokens, p - 1) && !yearToDay;
    // "bills maturing between March 25 and June 25", "notes maturing from 1990 to 1995": when debts fall due,
    // a maturity (DEADLINES.md), whatever else the clause says is in effect
    // (and "for delivery between May 10 and October 10", "for delivery from April through October": when goods
    // move, a schedule, as the time right before "delivery" is; debt "due between September 1986 and end 1987")
    const span = prep === 'and' || prep === 'through' || prep === 'until' || spanEnd;
    const spanStart = timeWordAt(tokens, p - 2) ? p - 2 : p - 1; // "March 20 to", "April to"
    // "trades between 1700 and 2100 hrs (2300 to 0300 hrs GMT)": hours of the day from one clock time to another,
    // no day's limit
    if ((spanEnd || prep === 'and') && clockOnly(tokens, first, last)) return null;
    const opener = span ? spanOpenerBefore(tokens, p, clauseFrom) : -1;
    const introducer = span ? spanIntroducer(tokens, p, clauseFrom) : -1;
    if (
      span &&
      (wordIn(tokens, Math.max(clauseFrom, p - INTERVAL_REACH), p - 1, MATURING) ||
        SHIPMENTS.hasAt(tokens, opener - 1) ||
        lower(opener - 1) === 'due' ||
        (spanEnd && lower(spanStart - 1) === 'due'))
    )
      return null;
    // "in the financial year to September 4, 1986", "advances for the period March 20 to 25": the end of a period
    // something is counted over, its term (not "extended the period to May 1")
    if (
      // (not a length something was moved by: "is extending by ten days to March 27 its offers")
      ((prep === 'to' && PERIODS.hasAt(tokens, p - 1) && lower(p - 3) !== 'by') ||
        ((spanEnd || (prep === 'through' && timeWordAt(tokens, p - 1))) &&
          (SPAN_NOUNS.has(lower(spanStart - 1)) ||
            // ("for the months from February to June": not "the exercise period from May 1 to June 30")
            (lower(spanStart - 1) === 'from' &&
              lower(spanStart - 2) !== 'period' &&
              SPAN_NOUNS.has(lower(spanStart - 2))) ||
            MEASURED_OVER.has(lower(introducer))))) &&
      !extendedBySomeone(tokens, clauseFrom, p, last)
    )
      return null;
    // "It said through yesterday it had received 7,424,292 shares": a tally up to a day, no limit
    if ((prep === 'through' || prep === 'until') && tallyAfter(tokens, last)) return null;
    // "Between January 1 and February 15, 132 firms had applied", "From April through December 1986, the CCC
    // issued …": a span that opens the sentence is when its clause's past happened, a past interval
    // (and so is one with no opener: "July through September offered 0.60 over")
    // (after a quote that opens it: "\"Until today we have announced policies,\" he said")
    const head = QUOTES.has(tokens[s.first]!.text) ? s.first + 1 : s.first;
    if (
      (opener === head ||
        (span && introducer === head - 1) ||
        // ("Up to March 26, 19,962,000 shares had been tendered")
        ((prep === 'until' || prep === 'through') && (p === head || (p - 1 === head && lower(p) === 'to')))) &&
      pastClauseAfter(tokens, last + 1, Math.min(s.last, last + FRONTED_CLAUSE_REACH))
    )
      return null;
    // (not what someone extends, past a participle: "the offices served by Quotron be extended through November")
    if (
      (prep === 'until' || prep === 'till' || prep === 'through') &&
      (wordIn(tokens, Math.max(clauseFrom, p - INTERVAL_REACH), p - 1, WENT_ON) ||
        (wordIn(tokens, Math.max(clauseFrom, p - INTERVAL_REACH), p - 1, FROM) &&
          toldInPast(tokens, clauseFrom, p - 1))) &&
      !extendedBySomeone(tokens, Math.max(clauseFrom, p - INTERVAL_REACH), p, last)
    )
      return null;
    // "sold 567,800 shares between May 15 and 29", "prices rose 30 pct between November 1 and March 31": a span
    // after a verb of its clause told in the simple past is when that happened, a past interval (not "the
    // warrants were exercisable between …", nor what someone extended across it)
    if (
      (prep === 'and' || spanEnd) &&
      opener > clauseFrom &&
      pastActionBefore(tokens, clauseFrom, opener - 1) &&
      !extendedBySomeone(tokens, clauseFrom, p, last)
    )
      return null;
    // ("served two terms as mayor, from 2002 to 2009": past the comma before the span)
    if (spanEnd && wordIn(tokens, Math.max(s.first, p - 2 * INTERVAL_REACH), p - 1, WENT_ON)) return null;
    if (prep === 'until' || prep === 'till') {
      // "has until noon Friday", "an order that he remain in Miami until March 6" (not a perfect the time splits:
      // "the dollar had until yesterday traded in a range")
      if (verbForm(lower(last + 1))?.form === 'ed' && HAVE.hasAt(tokens, p - 1)) return null;
      if (grantNear(tokens, Math.max(s.first, p - 5), p - 1) || obliged())
        return { cue: 'has until', actionFrom: toVerb };
      // "the offer is open until 3pm on 14 February", "loans are available until March 31", "rights … until 1990"
      if (inForce() || lower(p - 1) === 'good') return { cue: 'valid until', actionFrom: null };
    }
    // "the union may contest the ruling until May 12", "holders may convert their debentures through April 14":
    // a permission to act, which ends then
    // ("the shares can be converted between 1990 and 2002")
    if (
      (prep === 'until' ||
        prep === 'till' ||
        prep === 'through' ||
        spanEnd ||
        (prep === 'and' && lower(opener) === 'between')) &&
      permittedUntil(tokens, Math.max(clauseFrom, (opener >= 0 ? opener : p) - 8), p - 1)
    )
      return { cue: 'may … until', actionFrom: null };
    // "may be exercised at any time before March 1992": a window whose end is the limit ("before" alone
    // is as often a time behind: "rates in effect before March")
    if (prep === 'before' && anyTimeBefore(tokens, p) && inForce()) return { cue: 'valid until', actionFrom: null };
    // a span's end "to" a time is a limit only of what is valid or was moved across it ("the conversion period
    // will run from April 20, 1987 to March 20, 2002", "extended the offer from May 1 to May 15"; not "bids
    // covering the period March 2 to 9", "a proposal to resume quotas from April 1 to September")
    // (a span that something covers is its term: "advances … covering the period March 2 to 9"; what is valid
    // stands in the span's own clause, not past a comma: "quotas from April 1 to September, with … a new quota
    // system")
    const validSpan = () =>
      !wordIn(tokens, Math.max(clauseFrom, p - COVERING_REACH), p - 1, COVERING) &&
      (validityIn(tokens, clauseFrom, beforeStop(tokens, last, clauseTo, ',')) ||
        extendedBySomeone(tokens, clauseFrom, p, last));
    if (
      (prep === 'through' ||
        prep === 'thru' ||
        prep === 'beyond' ||
        (prep === 'to' && !NOT_LIMIT_TO.has(lower(p - 1)))) &&
      (spanEnd ? validSpan() : inForce() || (prep === 'through' && lower(p - 1) === 'good'))
    )
      return { cue: prep === 'to' ? 'extended to' : 'valid through', actionFrom: null };
    // "between Feb 26, 1988 and Feb 26, 1992": a window whose end is the limit
    // (the "between" or "from" opens the span, a time right after it: not "Representatives from Nigeria are meeting
    // today and tomorrow", "passed from ministries to councils in 1985 and 1986")
    if (prep === 'and' && lower(p - 2) !== 'between' && opener >= 0 && opensTimeAt(tokens, opener + 1) && inForce())
      return { cue: 'valid until', actionFrom: null };
    if (this.deadlineNounBefore(tokens, first, p, clauseFrom)) return { cue: 'deadline', actionFrom: toVerb };
    if (movedLimit(tokens, clauseFrom, first)) return { cue: 'deadline moved to', actionFrom: null };
    // "bids are due March 15", "bids for the contract are due on April 15": what is handed in is due (not
    // "notes due 1991", a maturity)
    if (prep === 'due' && wordIn(tokens, Math.max(clauseFrom, p - 8), p - 1, HANDED_IN))
      return { cue: 'due', actionFrom: null };
    if (
      wordIn(tokens, Math.max(s.first, p - 2), p, EXPIRY) ||
      expiresLengthLater(tokens, p, s.first) ||
      // (the verb, not the noun that leads a period: "after the end of their first quarter")
      (wordIn(tokens, Math.max(s.first, p - 2), p, ENDS) && lower(p - 1) !== 'of' && inForce()) ||
      (lower(p - 1) === 'out' && RUN_FORMS.has(lower(p - 2))) ||
      expiresAfter(tokens, last, s) ||
      ((prep === 'on' || prep === 'at') && CLOSES.hasAt(tokens, p - 1) && entriesClose(tokens, clauseFrom, p - 1, s)) ||
      // ("the rights offering closes March 20": the day right after the verb)
      (CLOSES.hasAt(tokens, p) && lower(p) !== 'closing' && entriesClose(tokens, clauseFrom, p, s)) ||
      // ("will accept comments through July 31", "is taking applications until Friday": entries taken until a
      // time close then; not what was received by it, a tally: "received 200 applications by Friday")
      (ACCEPTED_UNTIL.hasAt(tokens, p) &&
        wordIn(tokens, Math.max(clauseFrom, p - 3), p - 1, HANDED_IN) &&
        wordIn(tokens, Math.max(clauseFrom, p - ACCEPTING_REACH), p - 2, ACCEPTING))
    )
      return { cue: 'expires', actionFrom: null };
    // "will boost output to 10 tonnes by March 1988": a target figure reached by a time is a goal, unless something
    // obliges it or a party is bound to it ("Japan agreed to cut chip exports by 10 pct by April")
    if (
      prep === 'by' &&
      targetFigure(tokens, Math.max(clauseFrom, p - 8), p - 1) &&
      !wordIn(tokens, clauseFrom, p - 1, MUST) &&
      !toldTo(tokens, clauseFrom, p - 1) &&
      !boundTo(tokens, Math.max(clauseFrom, p - 10), p - 1, 'to')
    )
      return null;
    // "must leave by Friday", "each right entitles the holder to subscribe … by April 13", "if the dispute
    // had not ended by today", "Iraq agreed to free 12 hostages by Friday" (agreed, not promised)
    const entitled = () => entitledIn(tokens, clauseFrom, p - 1);
    if (
      prep === 'by' &&
      (obliged() ||
        entitled() ||
        conditional(tokens, clauseFrom, first) ||
        boundTo(tokens, Math.max(clauseFrom, p - 10), p - 1, 'to') ||
        underAgreement(tokens, Math.max(s.first, first - WINDOW), p))
    )
      return { cue: 'must … by', actionFrom: null };
    // (not a time that is the subject of a clause of its own: "before the fiscal year starts on Oct. 1"; "the
    // warrants expire unless exercised before Dec. 31": a condition of "unless", not of "if", which may tell
    // of anything that happens before a time)
    // (nor what held before a time that opens the sentence, told in the past: "Before 1983, thrift institutions paid
    // a 25 basis point premium"; "Before the rule change today, the CSCE required two days of limit moves")
    const frontedPast = () =>
      lower(s.first) === 'before' &&
      tokens[last + 1]?.text === ',' &&
      pastClauseAfter(tokens, last + 2, Math.min(s.last, last + FRONTED_CLAUSE_REACH));
    if (
      prep === 'before' &&
      (obliged() || entitled() || wordIn(tokens, Math.max(clauseFrom, p - CONDITION_REACH), p - 1, UNLESS)) &&
      verbForm(lower(last + 1))?.form !== 's' &&
      !frontedPast()
    )
      return { cue: 'must … before', actionFrom: null };
    // "must respond before the talks resume on Monday", "before the fiscal year starts on Oct. 1": the day of
    // what a limit is set before
    // (an obligation of the same clause: not "The proposed deadline could touch off a firestorm, where leaders fear
    // hostilities will erupt before Congress returns from recess in January")
    if (
      eventBeforeAt(tokens, Math.max(clauseFrom, p - EVENT_REACH), p) &&
      obligationIn(tokens, openedClauseBefore(tokens, clauseFrom, p), clauseTo, s.last) &&
      !frontedPast()
    )
      return { cue: 'must … before', actionFrom: null };
    // "the appointment, which must be filled this August": an obligation and the time as its adverb, no preposition
    // (not the day the obliging was done, before what it obliged to: "Forced last month to cut its growth target";
    // nor a time after an article, which names the noun after it: "required by a 1986 law", "must double the 1986
    // level")
    if (
      !BOUNDARY.hasAt(tokens, p) &&
      !NOT_BOUNDARY.hasAt(tokens, p) &&
      !OBJECT_DETERMINERS.hasAt(tokens, p) &&
      wordIn(tokens, Math.max(clauseFrom, p - 3), p, MUST) &&
      !(lower(last + 1) === 'to' && isLemma(lower(last + 2)))
    )
      return { cue: 'must … by', actionFrom: null };
    return null;
  }

  /**
   * "the deadline for a final determination is March 7", "a deadline of October", "the deadline was
   * set for noon": a deadline noun earlier in the clause that the time completes (the word before the
   * time links them), with no other time between.
   */
  private deadlineNounBefore(tokens: readonly Token[], first: number, p: number, clauseFrom: number): boolean {
    // "the deadline for bids is now Nov. 3", "is still Friday": an adverb after the link changes nothing
    if (LINK_ADVERBS.hasAt(tokens, p) && LINKS.hasAt(tokens, p - 1)) p--;
    // "set a firm deadline: 6 p.m. Sunday": the time the colon introduces
    if (tokens[p]?.text === ':' && limitNounAt(tokens, p - 1)) return true;
    // "the deadline, originally Friday, was extended": the time in apposition to the noun
    const comma = APPOSITION_ADVERBS.hasAt(tokens, p) ? p - 1 : relativeCopulaStart(tokens, p) - 1;
    if (tokens[comma]?.text === ',' && limitNounAt(tokens, comma - 1)) return true;
    // "the deadline, originally set for Friday, was extended": a participle in apposition to the noun (not when
    // it was set: "The deadline, set in November, is Feb. 28")
    if (APPOINTED.hasAt(tokens, p - 1) && tokens[p]?.lower !== 'in') {
      const edge = APPOSITION_ADVERBS.hasAt(tokens, p - 2) ? p - 3 : p - 2;
      if (tokens[edge]?.text === ',' && limitNounAt(tokens, edge - 1)) return true;
    }
    // ("the deadline ran out Monday": the particle links as the verb would)
    if (!LINKS.hasAt(tokens, p) && !(tokens[p]?.lower === 'out' && RUN.hasAt(tokens, p - 1))) return false;
    for (let k = p - 1; k >= Math.max(clauseFrom, first - 12); k--) {
      // ("gave them a four-day deadline on Tuesday": a noun with its own time was set on the day after it)
      // ("failed to meet an April 1 deadline for completing action on its blueprint for the coming fiscal year": a
      // noun with its own time takes no other through a preposition past its complement)
      if (limitNounAt(tokens, k))
        return !(
          timedBefore(tokens, k) &&
          (tokens[p]!.lower === 'on' || (k < p - 1 && LINKING_PREPOSITIONS.hasAt(tokens, p)))
        );
      // ("the deadline, set by the ministry, is March 20": past an aside that closes right before the verb)
      if (k === p - 1 && tokens[k]!.text === ',') {
        const opening = commaBefore(tokens, k, ASIDE_REACH, clauseFrom);
        if (opening > 0 && limitNounAt(tokens, opening - 1)) return true;
      }
      // "as the deadline neared on Friday": the day it drew near, not the limit (one that passed then is)
      if (tokens[k]!.text === ',' || tokens[k]!.kind === TokenKind.Number || APPROACHING.hasAt(tokens, k)) return false;
    }
    return false;
  }

  /**
   * A limit that someone has, must meet or that expires lies ahead of the article: "Iraq has until
   * January 15" in March is next January, and "a Friday deadline" that lawmakers face is the coming
   * Friday, though a bare "January 15" or "Friday" then would be the one just past. Only a month's or a
   * weekday's date whose year the text does not write ("yesterday" stays where it is), not placed by
   * "last" or "this", and not in a sentence told in the past ("had until").
   */
  private stillOpen(
    c: TimeCandidate,
    tokens: readonly Token[],
    first: number,
    last: number,
    s: Sentence,
    articleDate: string | null,
  ): TimeCandidate {
    // (a month is open until its last day: "a deadline of June", told in October, is next June)
    const due = dueOfDate(c, true);
    const m = /^(\d{4})(-\d{2})(-\d{2})?(.*)$/.exec(c.time.value);
    if (!articleDate || !due || !m || due.slice(0, 10) >= articleDate || WRITTEN_YEAR.test(c.text)) return c;
    const month = wordIn(tokens, first, last, MONTHS),
      weekday = !month && m[3] !== undefined && wordIn(tokens, first, last, WEEKDAYS),
      // ("wants the bill passed by Christmas", told in March: next Christmas)
      holiday = !month && !weekday ? holidayAt(tokens, first) : null;
    // the clause before the time, bounded like cueFor's so that a sentence that never ends stays linear
    if ((!month && !weekday && !holiday) || wordIn(tokens, first, last, RELATIVE_WORDS)) return c;
    if (
      toldInPast(tokens, Math.max(s.first, first - WINDOW), first - 1, true) ||
      nounToldPast(tokens, last, s.last) ||
      // ("The deadline of midnight Tuesday passed": the past verb of the subject the time ends)
      PAST_TENSE.hasAt(tokens, last + 1)
    )
      return month && m[3] ? justAhead(c, m, articleDate) : c;
    const day = weekday && parseDate(c.time.value); // none before year 1000 (the fuzz found one)
    if (weekday) return day ? { ...c, time: { ...c.time, value: `${formatDate(addDays(day, 7))}${m[4]}` } } : c;
    // a date of the last few days is the limit just passed, which news reports ("to repatriate the child
    // by Jan. 14" in a story of Jan. 15), not next year's
    // (a limit set in the past reaches further back: "the law required the list be ready by Oct. 1", told on
    // Oct. 27, is the Oct. 1 that passed, as orders seldom look most of a year ahead)
    const dueDay = parseDate(due),
      written = parseDate(articleDate),
      setInPast = limitSetInPast(tokens, Math.max(s.first, first - WINDOW), first - 1);
    if (dueDay && written && daysBetween(dueDay, written) <= (setInPast ? SET_PASSED : JUST_PASSED)) return c;
    const y = +m[1]! + 1;
    if (holiday) return { ...c, time: { ...c.time, value: `${formatDate(holiday.day(y))}${m[4]}` } };
    if (m[3] && +m[3].slice(1) > daysInMonth(y, +m[2]!.slice(1))) return c; // a February 29 the next year lacks
    return { ...c, time: { ...c.time, value: `${y}${m[2]}${m[3] ?? ''}${m[4]}` } };
  }

  private deadline(
    c: TimeCandidate,
    index: number,
    cue: Cue,
    all: Candidate[],
    ctx: DocumentContext,
    s: Sentence,
    tokens: readonly Token[],
  ): Deadline {
    const action = cue.actionFrom === null ? null : this.action(tokens, cue.actionFrom, s);
    if (c.time.type !== 'DURATION')
      return {
        due: inCalendar(dueOfDate(c, MONTH_END_CUES.has(cue.cue))),
        anchor: ctx.articleDate,
        cue: cue.cue,
        action,
      };
    // a duration counts from the day the text names for it ("within a week, starting at noon Saturday",
    // "20 business days after commencement" of an offer that "will begin Thursday"), or else the day the
    // limit was set when the sentence names it ("On Tuesday, … gave them …"); a limit whose start the
    // text does not give has no due date
    // ("within 30 days of delivery", "45 days from the filing date": counted from an event the text gives no date
    // for (DEADLINES.md: no due date), not from the day the limit was set: "an order issued last Friday required it
    // to sell within one week of expiration of the tender"; "ten days from now" counts from the article's date)
    const fromEvent = /^\s+(?:of|after|following|from)\s+(?!now\b)(?:the\s+|its\s+|their\s+)?\p{L}/u.test(
      ctx.text.slice(c.end, c.end + 40),
    );
    const named =
      this.startNamedAfter(all, index, ctx.text) ??
      this.startOfEvent(all, index, ctx.text, s) ??
      (cue.unanchored || fromEvent ? undefined : this.namedDay(all, c, s));
    if (cue.unanchored && !named) return { due: null, anchor: null, cue: cue.cue, action };
    // "Any other party has 14 days to file": a rule for whoever it concerns counts from each one's own day;
    // "the 30-day deadline to appeal had passed": a length that ran out counted from a day before the story
    const first = tokenIndexAt(tokens, c.start) ?? s.first;
    if (!named && (genericSubjectBefore(tokens, s, first) || ranOut(tokens, first, s)))
      return { due: null, anchor: null, cue: cue.cue, action };
    if (!named && fromEvent) return { due: null, anchor: null, cue: cue.cue, action };
    // the anchor is a day (schema v1); a time of day on it ("noon Saturday") moves the due hour
    const anchor = named ? named.time.value.slice(0, 10) : ctx.articleDate;
    const from = parseDate(anchor);
    const hour = named ? /T(\d{2}):/.exec(named.time.value) : null;
    const due = from ? addDuration(from, c.time.value, hour ? +hour[1]! : 0, BUSINESS_DAYS.test(c.text)) : null;
    // (an hour only from an anchor's hour: "two hours" from a story's day ends on that day, at an hour unknown)
    return {
      due: due
        ? due.hour && hour
          ? `${formatDate(due.date)}T${pad(Math.floor(due.hour))}:00`
          : formatDate(due.date)
        : null,
      anchor,
      cue: cue.cue,
      action,
    };
  }

  /** "within a week, starting at noon Saturday", "within 30 days of March 1": the date the text says the limit runs from. */
  private startNamedAfter(all: Candidate[], index: number, text: string): TimeCandidate | undefined {
    const c = all[index]!;
    let next: Candidate | undefined;
    for (let k = index + 1; k < all.length && k <= index + WINDOW && all[k]!.start - c.end <= 30 && !next; k++)
      if (all[k]!.kind === 'time') next = all[k];
    if (next?.kind !== 'time' || !/^\d{4}-\d{2}-\d{2}/.test(next.time.value)) return undefined;
    // (and "within two weeks of Monday's announcement", "within 30 days of March 1": the day it is counted from;
    // "within 90 days of the signing on Feb. 20": the day of the event it is counted from)
    const gap = text.slice(c.end, next.start);
    return /^\W*(?:starting|beginning|effective|from|after|following|as of|of)(?: at| on| from)?\s*$/i.test(gap) ||
      /^\s+(?:of|after|following|from)\s+(?:the|its|their)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+on\s+$/u.test(gap)
      ? next
      : undefined;
  }

  /**
   * "expire 20 business days after commencement", "within 10 days of the start": a length counted from
   * the start of something, whose date the sentence gives with a verb of starting ("The offer will begin
   * Thursday …"); the first such date before the length.
   */
  private startOfEvent(all: Candidate[], index: number, text: string, s: Sentence): TimeCandidate | undefined {
    const c = all[index]!;
    if (!START_NOUN_AFTER.test(text.slice(c.end, c.end + 40))) return undefined;
    for (let k = index - 1; k >= 0 && index - k <= WINDOW && all[k]!.start >= s.start; k--) {
      const o = all[k]!;
      if (
        o.kind === 'time' &&
        /^\d{4}-\d{2}-\d{2}/.test(o.time.value) &&
        START_VERB_BEFORE.test(text.slice(Math.max(s.start, o.start - 30), o.start))
      )
        return o;
    }
    return undefined;
  }

  /** The first full date before the duration in its sentence (candidates are in text order). */
  private namedDay(all: Candidate[], c: TimeCandidate, s: Sentence): TimeCandidate | undefined {
    let lo = 0,
      hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < all.length && all[k]!.start < c.start && k < lo + WINDOW; k++) {
      const o = all[k]!;
      if (o.kind === 'time' && o.time.type === 'DATE' && o.end <= c.start && isDayValue(o.time.value)) return o;
    }
    return undefined;
  }

  /** "to leave the country" → "leave the country": up to six words, to the end of the clause. */
  private action(tokens: readonly Token[], from: number, s: Sentence): string | null {
    const words: string[] = [];
    for (let k = from; k <= s.last && words.length < 6; k++) {
      const t = tokens[k]!;
      if (ACTION_STOP.has(t.lower) && words.length > 0) break;
      if (t.kind === TokenKind.Punct) break;
      words.push(t.text);
    }
    // ("to file its annual report with the SEC": cut at six words, the act ends on its last content word)
    while (words.length > 1 && ACTION_TAIL.has(words[words.length - 1]!.toLowerCase())) words.pop();
    return words.length ? words.join(' ') : null;
  }
}

/** function words an act told in six words may not end on */
const ACTION_TAIL = new Set([
  ...OBJECT_DETERMINERS.keys(),
  'with',
  'of',
  'to',
  'in',
  'on',
  'for',
  'at',
  'by',
  'from',
  'and',
  'or',
]);

/** days that count Monday to Friday only */
const BUSINESS_DAYS = /\b(?:business|working|trading)\s+days?\b/i;
const START_NOUN_AFTER =
  /^\s+(?:after|from|of|following)\s+(?:the\s+|its\s+)?(?:commencement|start|beginning|launch|opening)\b/i;
const START_VERB_BEFORE =
  /\b(?:begins?|began|begun|starts?|started|commences?|commenced|launch(?:es|ed)?|opens?|opened)\b(?:\s+(?:on|at))?\s*$/i;

/** The last time expression before `offset`, if it is a limit. */
function limitBefore(refined: readonly Candidate[], offset: number): TimeCandidate | undefined {
  for (let k = refined.length - 1; k >= 0; k--) {
    const c = refined[k]!;
    if (c.kind === 'time' && c.end <= offset) return c.time.deadline ? c : undefined;
  }
  return undefined;
}

/** the cues whose month is due on its last day ("until October" is not: DEADLINES.md leaves it open) */
const MONTH_END_CUES = new Set(['must … by', 'valid through', 'deadline', 'no later than']);

/**
 * A due date schema v1 can write (years 1000–9999), else none: "Friday" told of an article dated 1 January
 * 1000 (the fuzz found it).
 */
const inCalendar = (due: string | null) => (due && calendarDate(due.slice(0, 10)) ? due : null);

/**
 * The day a date limit falls on: the date itself, or the last day of "the end of November" / "the end of
 * the week" / "year-end" / "the end of the decade"; none for a bare month or year.
 */
function dueOfDate(c: TimeCandidate, wholeMonth = false): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(c.time.value);
  if (m) return m[2] ? `${m[1]}T${m[2]}` : m[1]!;
  // "by October", "through March", "a deadline of October": the month runs to its last day (DEADLINES.md);
  // "by mid-April" and "by early April" end before it, on no day the text gives
  const atEnd =
    /\bend\b/i.test(c.text) || (wholeMonth && /^\d{4}-\d{2}$/.test(c.time.value) && !/\b(?:mid|early)/i.test(c.text));
  // "by the weekend" and "the end of the week": its Sunday
  const week = /^(\d{4})-W(\d{2})(-WE)?$/.exec(c.time.value);
  if (week && (week[3] || atEnd)) return formatDate(addDays(isoWeekMonday(+week[1]!, +week[2]!), 6));
  if (!atEnd) return null;
  const month = /^(\d{4})-(\d{2})$/.exec(c.time.value);
  if (month) return formatDate({ y: +month[1]!, m: +month[2]!, d: daysInMonth(+month[1]!, +month[2]!) });
  // "the end of the quarter", "the end of the first half": the part's last month's last day
  const part = /^(\d{4})-([QH])([1-4])$/.exec(c.time.value);
  if (part) {
    const y = +part[1]!,
      m = (part[2] === 'Q' ? 3 : 6) * +part[3]!;
    return m <= 12 ? formatDate({ y, m, d: daysInMonth(y, m) }) : null;
  }
  // a year, a decade ("201"), a century ("20"): its last year's last day; a year of its own kind ends on a day
  // the text does not give ("the end of the fiscal year", "the end of the school year")
  const digits = /^\d{2,4}$/.test(c.time.value) && !ownYear(c.text) ? c.time.value : null;
  return digits ? `${digits.padEnd(4, '9')}-12-31` : null;
}
const ownYear = (text: string) =>
  text
    .toLowerCase()
    .split(/\W+/)
    .some((w) => w !== 'calendar' && YEAR_KINDS.has(w));

/** The index of the token that contains a character offset. */
function tokenIndexAt(tokens: readonly Token[], offset: number): number | undefined {
  const k = lastStartingAtOrBefore(tokens, offset);
  const t = tokens[k];
  return t && offset < t.end ? k : undefined;
}

/** how far back the comma that opens an aside may stand: "the deadline, set by the ministry, is" */
const ASIDE_REACH = 10;
