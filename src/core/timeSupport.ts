// Helpers the time recognizers share: building candidates and reading the tense around a mention.
import {
  contractionEndingAt,
  isAllCaps,
  isCapitalized,
  isPossessiveAt,
  titleCaseAt,
  TokenKind,
  type Token,
} from './tokenize';
import { FUTURE_CUES, LIMIT_NOUNS, MONTHS, UNITS, WEEKDAYS } from './timeWords';
import { isPastForm, MODAL_VERBS, PAST_AS_BASE, verbForm } from './verbs';
import { pastAsBaseAfter, PRONOUNS, subjectAt } from './subjects';
import { QuickSet } from './quickSet';
import { NUMBER_START_WORDS } from './numberWords';
import { abbreviationStopAt } from './sentences';
import type { TimeCandidate } from './types';
import type { TimeValue } from './schema';

export function timeCandidate(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  type: TimeValue['type'],
  value: string,
): TimeCandidate {
  const start = tokens[first]!.start,
    end = tokens[last]!.end;
  return { kind: 'time', start, end, text: text.slice(start, end), time: { type, value } };
}

export const SENTENCE_END = new Set(['.', '!', '?', ';']);

/** What the words around a date say of its direction; null when they say nothing. */
export type Tense = 'past' | 'future' | null;

/** Whether the clause before token i talks about the future ("will meet on Friday"). */
export const futureAround = (tokens: readonly Token[], i: number): boolean => tenseBefore(tokens, i) === 'future';

/**
 * The tense of the clause before token i, the nearest word that tells it winning: a future cue ("will",
 * "plans", "deadline") or a past one ("the deadline passed on Friday", "the market closed Wednesday",
 * "was told Wednesday"). "by" and "until" look ahead only when they lead the date itself ("by Friday",
 * "until the end of May"; not the agent in "cited by police in December"), and a past perfect or an
 * active past right before them still places their limit in the past ("had filed reports by Wednesday",
 * "the strike continued until Friday").
 */
export function tenseBefore(tokens: readonly Token[], i: number): Tense {
  if (retroactiveTo(tokens, i)) return 'past';
  // ("The ultimatum expired at noon Thursday": the verb governs the day past the clock told before it)
  const dateFrom = clockLeadStart(tokens, i);
  let leading = true, // only words of the date's lead ("the end of") between token k and the date
    limitAt = -1, // the "by" or "until" that leads the date
    present = false, // a present tense, a modal or "to" stands nearer than any past: "banks have until April 16"
    aside = false; // a comma stands between token k and the limit: "the deadline, which had been Monday, was extended to May 4"
  for (let k = i - 1, reach = i - TENSE_REACH; k >= 0 && k >= reach; k--) {
    const t = tokens[k]!;
    const limit = limitAt >= 0;
    if (SENTENCE_END.has(t.text)) break;
    // "is forecast to make landfall early Thursday and weaken over the weekend": a base form joined by "and" shares
    // the auxiliary or the "to" of the verb before it, so the tense is read on past the join (not a past written
    // as its base: "had ruled that he must …, and set Friday as the deadline")
    // and so does an infinitive the tense of the verb it completes: "will be allowed to enlist in the U.S. military
    // starting on Monday"
    const joined = t.lower === 'and' || t.lower === 'to' ? lowerAt(tokens, k + 1) : '';
    // (once: a chain of joins reads no further, so the scan stays bounded)
    if (joined && reach === i - TENSE_REACH && verbForm(joined)?.form === 'base' && !PAST_AS_BASE.has(joined))
      reach = k - TENSE_REACH;
    aside ||= limit && t.text === ',';
    // "didn't respond by Friday", "won't leave until Friday": the auxiliary a "n't" contracts tells the tense
    const contracted = contractionEndingAt(tokens, k);
    if (contracted) {
      if (PAST_AUXILIARIES.has(contracted)) return 'past';
      if (contracted === 'will') return 'future';
      present ||= NOT_PAST.has(contracted);
      leading = false;
      k -= 2;
      continue;
    }
    // "stalled ahead of Thursday's deadline": an event of a day that something comes ahead of lies ahead
    // (not a day alone: "had squared positions ahead of the weekend" is the one after that past)
    // (not a figure of the day that another is ahead of, a comparison: "closed at 72.4, well ahead of Friday's final 71.8")
    if (
      t.lower === 'of' &&
      leading &&
      lowerAt(tokens, k - 1) === 'ahead' &&
      isPossessiveAt(tokens, i) &&
      tokens[i + 3]?.kind !== TokenKind.Number &&
      tokens[i + 4]?.kind !== TokenKind.Number
    )
      return 'future';
    // "is going to start in the spring": a present "going to" looks ahead
    if (t.lower === 'going' && presentProspectAt(tokens, k)) return 'future';
    // "since taking office in March": what a time is counted from lies behind
    if (t.lower === 'since' && verbForm(lowerAt(tokens, k + 1))?.form === 'ing') return 'past';
    // "failed to meet a Tuesday deadline": the infinitive of a failure is as past as the failure
    if (t.lower === 'to' && MISSED.has(lowerAt(tokens, k - 1))) return 'past';
    // "had been ordered to leave by Monday": what was asked in a past before the story's lies behind, as
    // "had been set to lapse on Friday" does
    if (t.lower === 'to' && !leading && pastPerfectBefore(tokens, k)) return 'past';
    if (LIMIT_PREPOSITIONS.has(t.lower) || movedTo(tokens, k)) {
      if (leading && !limit) limitAt = k;
      // ("will stay in force until a final decision in September": the verb of the clause a limit's event closes
      // stands before the limit, so the scan reads a little further, once)
      if (!leading && reach === i - TENSE_REACH) reach = k - LIMIT_VERB_REACH;
    } else if (FUTURE_CUES.hasAt(tokens, k))
      return limitMissed(tokens, k) || pastPerfectBefore(tokens, k) ? 'past' : 'future';
    // "the vote was set for Friday", "a deadline fixed for noon Sunday": the day something was arranged for lies ahead
    else if (t.lower === 'for' && leading && ARRANGED_FOR.has(lowerAt(tokens, k - 1))) return 'future';
    else if (!present && (limit ? !aside && pastLimitAt(tokens, k, limitAt) : governingPastAt(tokens, k, dateFrom)))
      return 'past';
    // a past that ends or runs out further off ("the deadline passed on Friday") ends the search for a future cue
    // and so does a finite past further off, whose clause the time is in: "is expected to show consumer prices
    // rose 0.2 percent in July" (July just past)
    else if (!limit && (PAST_VERBS.has(t.lower) || pastFormAt(tokens, k))) return null;
    present ||= notPastAt(tokens, k) && k !== limitAt;
    leading &&= DATE_LEAD.has(t.lower) || clockPart(t);
    if (t.newlineBefore) break;
  }
  return limitAt >= 0 ? 'future' : null;
}
const LIMIT_PREPOSITIONS = new Set(['by', 'until']);
const LIMIT_VERB_REACH = 4;
/** how many tokens back tenseBefore reads for the verb that governs a time */
const TENSE_REACH = 8;
/**
 * "the offer had been scheduled to expire Tuesday", "the rebels had set a deadline of Monday": a future
 * cue under a past perfect looked ahead from a time already past, so its time lies behind the story.
 */
function pastPerfectBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - PERFECT_REACH; j--) {
    const w = tokens[j]!.lower;
    if (pastPerfectAt(tokens, j)) return true;
    // (past the object of the perfect's verb too: "had given the relatives a deadline of Tuesday")
    if (!PERFECT_FILLERS.has(w) && !FUTURE_CUES.hasAt(tokens, j) && verbForm(w) === null && !objectWordAt(tokens, j))
      return false;
  }
  return false;
}
const objectWordAt = (tokens: readonly Token[], j: number) =>
  /^[A-Za-z]+$/.test(tokens[j]!.text) && !CLAUSE_LINKS.has(tokens[j]!.lower);
export const CLAUSE_LINKS = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'if',
  'whether',
  'when',
  'because',
  'while',
  'as',
]);
const PERFECT_REACH = 5;
const PERFECT_FILLERS = new Set(['to', 'been', 'a', 'an', 'the', 'its', 'their', 'not', 'already']);
/**
 * "missed a midnight deadline on Sunday", "defied the ultimatum": a limit someone missed or met is behind;
 * and "decided on the ultimatum late Thursday night", "issued an ultimatum Friday": the time of a past act
 * on a limit is the act's
 */
function limitMissed(tokens: readonly Token[], k: number): boolean {
  if (!LIMIT_NOUNS.hasAt(tokens, k)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--)
    if (MISSED.has(tokens[j]!.lower) || ACTS_ON_LIMITS.has(tokens[j]!.lower)) return true;
  return false;
}
const ACTS_ON_LIMITS = new Set([
  'issued',
  'delivered',
  'announced',
  'decided',
  'declared',
  'presented',
  'rejected',
  'accepted',
  'denounced',
  'dismissed',
  'received',
]);
export const MISSED = new Set(['missed', 'met', 'beat', 'ignored', 'defied', 'flouted', 'failed']);
/** a clock time's parts lead the day as "the end of" does: "set for 12:01 a.m. Saturday", "by 5 p.m. EST Friday" */
const clockPart = (t: Token) =>
  t.kind === TokenKind.Number || t.text === ':' || /^[ap]\.?m\.?$/.test(t.lower) || /^[A-Z]{2,4}$/.test(t.text);
const ARRANGED_FOR = new Set([
  'set',
  'fixed',
  'slated',
  'scheduled',
  'rescheduled',
  'planned',
  'pencilled',
  'penciled',
  'booked',
  'called',
  // what is aimed or pushed for lies ahead as well: "was aiming for a Thursday vote", "pressing for a Friday vote"
  'aim',
  'aims',
  'aiming',
  'pushing',
  'pressing',
  'hoping',
]);
const DATE_LEAD = new Set([
  'the',
  // "a Thursday vote", "an April 1 deadline": the article of the noun the date names
  'a',
  'an',
  'end',
  'of',
  'beginning',
  'middle',
  'start',
  'close',
  'early',
  'late',
  'mid',
  '-',
  'noon',
  'midnight',
  'on',
]);

/**
 * Whether token k is a past form that governs the date at i ("closed Wednesday", "arrived on Tuesday",
 * "expired Monday"): a past form further off is as often a participle ("the offer extended to May 16")
 * or of another clause ("lots were traded for January").
 */
function governingPastAt(tokens: readonly Token[], k: number, i: number): boolean {
  const t = tokens[k]!,
    between = i - k - 1;
  // ("damaged in the March earthquake", "won the November election": the date names the noun after the article)
  const article = between > 0 && tokens[i - 1]!.lower === 'the' ? 1 : 0;
  return (
    (between === article || (between === article + 1 && ON_DATE.has(tokens[i - 1 - article]!.lower))) &&
    (PAST_VERBS.has(t.lower)
      ? (t.lower.length > 3 || SHORT_PASTS.has(t.lower)) && !PARTICIPLE_BEFORE.has(lowerAt(tokens, k - 1))
      : pastFormAt(tokens, k))
  );
}

/**
 * Whether token k is a finite past form: a past that is also a base ("cut", "set") tells nothing, and a
 * participle after "is", "has" or an article is no past.
 */
export function pastFormAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // "has not ended", "have already left": the auxiliary stands before the adverb
  const before = ADVERBS_IN_VERB.has(lowerAt(tokens, k - 1)) ? k - 2 : k - 1;
  if (t.kind !== TokenKind.Word) return false;
  // "the bank cut rates in January": a past written as its base, after its subject and before its object
  // (before a preposition it is as often a participle: "a summit set for Washington in April")
  if (PAST_AS_BASE.has(t.lower))
    return (
      (!NOUN_LINKS.has(lowerAt(tokens, k + 1)) &&
        pastAsBaseAfter(tokens, t.lower, k - 1, sentenceStartBefore(tokens, k))) ||
      passiveAsideAt(tokens, k)
    );
  return (
    (t.lower.length > 3 || SHORT_PASTS.has(t.lower)) &&
    isPastForm(t.lower) &&
    !PARTICIPLE_BEFORE.has(lowerAt(tokens, before)) &&
    !attributiveAfterInfinitive(tokens, k)
  );
}
/**
 * Whether the participle at k modifies the object of the base verb before it, after "to" or a modal: "will accept
 * tendered shares", "will pay accrued second quarter dividends" (not "the people who want the council to go met on
 * Friday", a clause's own past before its preposition)
 */
export const attributiveAfterInfinitive = (tokens: readonly Token[], k: number) =>
  baseVerbAt(tokens, k - 1) &&
  (lowerAt(tokens, k - 2) === 'to' || MODALS.has(lowerAt(tokens, k - 2))) &&
  /^[a-z]+$/.test(tokens[k + 1]?.text ?? '') &&
  !NOUN_LINKS.has(lowerAt(tokens, k + 1)) &&
  !CLAUSE_LINKS.has(lowerAt(tokens, k + 1));
/**
 * "The deadline, set Friday by the ministry, is March 20": a past as base right after a comma, its agent
 * after "by" a few words on, is the participle of a passive aside, done in the past.
 */
function passiveAsideAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== ',') return false;
  for (let j = k + 1; j <= k + AGENT_REACH && j < tokens.length; j++) {
    if (tokens[j]!.text === ',' || SENTENCE_END.has(tokens[j]!.text)) return false;
    if (tokens[j]!.lower === 'by') return true;
  }
  return false;
}
const AGENT_REACH = 5;

/** the first token of the sentence of token k, as far back as a subject's noun phrase reaches */
function sentenceStartBefore(tokens: readonly Token[], k: number): number {
  let first = k;
  while (first > 0 && first > k - 6 && !SENTENCE_END.has(tokens[first - 1]!.text)) first--;
  return first;
}
/**
 * The pasts of three letters that tell the past ("won the election in March", "met in March"); not the
 * auxiliaries, told apart by their own rules, nor those that are as often a noun or a base ("the Fed",
 * "a bit", "lay", "lit").
 */
const SHORT_PASTS = new Set(['ate', 'dug', 'got', 'hid', 'led', 'met', 'ran', 'sat', 'saw', 'won']);

/**
 * Whether token k places a limit ("by" or "until" at limitAt) in the past: a past perfect ("had filed
 * reports by Wednesday"), or an active past right before it ("talks lasted until late Sunday"; not the
 * passive "were given until Friday", nor "extended the offer until Friday", a past further off).
 */
function pastLimitAt(tokens: readonly Token[], k: number, limitAt: number): boolean {
  if (pastPerfectAt(tokens, k)) return true;
  // "Iraq had until Tuesday to comply": the time someone had ran out behind the story (a present "has until" looks
  // ahead, and so does a reported one: "saying they had until Friday to leave")
  if (tokens[k]!.lower === 'had' && k === limitAt - 1 && tokens[limitAt]!.lower === 'until')
    return !reportedBefore(tokens, k);
  if (!pastFormAt(tokens, k)) return false;
  const lemma = verbForm(tokens[k]!.lower)?.lemma ?? '';
  // "served as finance minister until March", "lived in Paris until January": a state that lasted till then,
  // however far its past stands from "until" (not a passive: "was held until")
  if (k !== limitAt - 1)
    return tokens[limitAt]!.lower !== 'by' && LASTING.has(lemma) && !PASSIVE_BE.has(lowerAt(tokens, k - 1));
  // a passive past before "by" was done by then ("the plant was closed by the end of the year"), unless
  // it asks or allows something of someone ("applications were requested by May 1", "were given until Friday")
  if (PASSIVE_BE.has(lowerAt(tokens, k - 1)) && (tokens[limitAt]!.lower !== 'by' || ASKED_OR_ALLOWED.has(lemma)))
    return false;
  // "wants the talks completed by the end of the year", "if we don't have agreements settled by Thursday",
  // "ordered government offices closed until Wednesday": what a present want, a present "have" or "get", or
  // an order, with its object asks to be done lies ahead (not "have already settled", a perfect, nor "had
  // ordered", an order before the story's past)
  for (let j = k - 2; j >= 0 && j >= k - WANTED_DONE_REACH; j--) {
    const w = tokens[j]!.lower;
    const objectFollows = !ADVERBS_IN_VERB.has(lowerAt(tokens, j + 1));
    if (PRESENT_WANTS.has(w) || (PRESENT_CAUSATIVES.has(w) && objectFollows)) return false;
    if (ORDERS.has(w) && objectFollows && lowerAt(tokens, j - 1) !== 'had') return false;
  }
  // "postponed until Tuesday", "a dividend delayed until July 1": moved to a time, which lies ahead
  return !MOVING_LATER.has(lemma);
}
/**
 * Whether the singular unit at k after a figure stands alone for one of it, the figure being a table's
 * told for that time: "versus 292,000 week ago", "359,000 Week ago", "800 Year Ago" (the wire's "a week
 * ago"); a small figure before a lower-case unit counts units, as casual writing drops the plural ("3 week
 * later").
 */
export function unitAloneAfter(tokens: readonly Token[], value: number, k: number): boolean {
  const unit = UNITS.getAt(tokens, k);
  // (a headline in capitals writes its lengths so too: "FIVE WEEK SALES", "SIX TO TEN DAY OUTLOOK"; not a
  // figure in digits, as "DEC 31 YEAR NET" is a date's day)
  const shouted = [k - 1, k, k + 1].every((j) => !!tokens[j] && isAllCaps(tokens[j]!));
  const headingCase = /^\p{Lu}/u.test(tokens[k]!.text) && !shouted;
  return !!unit && !unit.plural && value > 1 && (value >= TABLE_FIGURE || headingCase);
}
const TABLE_FIGURE = 1000;
/** "retroactive to September One", "backdated from January 1": a time something took effect, which lies behind */
export const retroactiveTo = (tokens: readonly Token[], first: number) =>
  (lowerAt(tokens, first - 1) === 'to' || lowerAt(tokens, first - 1) === 'from') &&
  RETROACTIVE.has(lowerAt(tokens, first - 2));
const RETROACTIVE = new Set(['retroactive', 'retroactively', 'backdated']);
/** verbs of a state or an office held for a time, whose past before "until" tells a past limit */
const LASTING = new Set(['serve', 'live', 'work', 'stay', 'remain', 'reign', 'rule', 'govern', 'head', 'operate']);
// (and what someone acts to ensure: "to ensure settlement of all traded by April 14")
const PRESENT_WANTS = new Set(['want', 'wants', 'need', 'needs', 'ensure', 'ensures']);
const PRESENT_CAUSATIVES = new Set(['have', 'has', 'get', 'gets']);
const ORDERS = new Set(['ordered', 'orders', 'order']);
const WANTED_DONE_REACH = 4;
const PASSIVE_BE = new Set(['was', 'were']);
const ASKED_OR_ALLOWED = new Set([
  'ask',
  'request',
  'invite',
  'tell',
  'order',
  'require',
  'give',
  'grant',
  'allow',
  'permit',
  'urge',
  'expect',
  'need',
  'schedule',
  'set',
  'plan',
  'promise',
  'direct',
  'instruct',
  'summon',
  'advise',
  'call',
]);
/** "extended to Friday", "postponed to March 3": the time something was moved to is a limit's end like "until"'s */
const movedTo = (tokens: readonly Token[], k: number) => {
  if (tokens[k]!.lower !== 'to') return false;
  // "extended by 24 hours to midnight Friday": past the length it was moved by
  const verb = lowerAt(tokens, k - 3) === 'by' ? k - 4 : lowerAt(tokens, k - 4) === 'by' ? k - 5 : k - 1;
  return movesLaterAt(tokens, verb);
};
const MOVING_LATER = new Set(['postpone', 'delay', 'defer', 'adjourn', 'suspend', 'extend', 'prolong', 'reschedule']);
/** "extending by 10 days its deadline", "was delayed by two weeks": the length a time was moved by, no limit */
export const movedBy = (tokens: readonly Token[], first: number) =>
  lowerAt(tokens, first - 1) === 'by' && movesLaterAt(tokens, first - 2);
/** whether the word at k is a form of a verb that moves a time later: "extended", "postponing" */
export const movesLaterAt = (tokens: readonly Token[], k: number) =>
  MOVING_LATER.has(verbForm(lowerAt(tokens, k))?.lemma ?? '');

/** "had filed", "had not called", "had been set": not the "had" of "had until Friday to leave" */
function pastPerfectAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'had') return false;
  const next = ADVERBS_IN_VERB.has(lowerAt(tokens, k + 1)) ? lowerAt(tokens, k + 2) : lowerAt(tokens, k + 1);
  return next === 'been' || isPastForm(next) || PAST_AS_BASE.has(next);
}
const ADVERBS_IN_VERB = new Set([
  'not',
  "n't",
  'already',
  'just',
  'also',
  'never',
  'previously',
  'originally',
  'initially',
  'earlier',
  'recently',
]);

/** past forms that place what follows them in the past, whatever future word stands before them */
const PAST_VERBS = new Set(['passed', 'expired', 'lapsed', 'ended', 'elapsed', 'ran', 'went', 'was', 'were', 'had']);
/** ", which passed", ", which expired quietly": a relative clause after the time telling it ran out */
const passedAfter = (tokens: readonly Token[], last: number) =>
  tokens[last + 1]?.text === ',' &&
  RAN_OUT_RELATIVES.has(lowerAt(tokens, last + 2)) &&
  RAN_OUT.has(lowerAt(tokens, last + 3));
const RAN_OUT_RELATIVES = new Set(['which', 'that']);
const RAN_OUT = new Set(['passed', 'expired', 'lapsed', 'elapsed']);
/** what may lead a date between it and the word it belongs to: "closed on Wednesday", "Belgium on Tuesday expelled" */
export const ON_DATE = new Set(['on', 'in', 'at', 'late', 'early']);
const QUOTED = new Set(['offered', 'bid', 'asked', 'quoted']);

/**
 * The tense of a date's clause: the words before it, unless the date opens the sentence as an
 * adverbial ("In January, the company brought in …", "Until Thursday, they had not called him") and
 * the main clause after its comma tells one.
 */
export function tenseAround(tokens: readonly Token[], first: number, last: number): Tense {
  // "since June", "since the start of the war in March": a time since which something holds lies behind
  if (sinceBefore(tokens, first)) return 'past';
  // "a deadline of 9 a.m. Tuesday, which passed without a reply": a time told as run out lies behind
  if (passedAfter(tokens, last)) return 'past';
  const before = tenseBefore(tokens, first);
  // "The November election will decide …": a date that modifies the subject's noun looks ahead with the verb
  // after it (not back: "the May crush ended today" trades the coming May's contract)
  if (before === null && subjectAhead(tokens, first, last)) return 'future';
  if (before !== 'future' && reportedSubjectAhead(tokens, first, last)) return 'future';
  // "March was the coldest month": a date that is the sentence's subject has its verb's tense (not one that
  // names a noun: "January crude was barely changed" trades the coming January's contract)
  // "The rebels' attack on Monday killed 12", "Wal-Mart shares on Monday rose": so has a date that ends the
  // subject's noun phrase, even a limit's ("The strike deadline of midnight Tuesday passed")
  // (not a delivery month quoted in a price list: "June offered 0.50 over, bid 0.40 over")
  if (before !== 'past' && (startsSentence(tokens, first) || inSubjectAt(tokens, first))) {
    const verb = tokens[last + 1];
    if (
      verb &&
      !MODALS.has(verb.lower) &&
      !QUOTED.has(verb.lower) &&
      (PAST_AUXILIARIES.has(verb.lower) || pastFormAt(tokens, last + 1))
    )
      return 'past';
  }
  // the main clause's tense wins over the lead's: "By September, sales had fallen" (a "by" alone looks ahead);
  // so it does when no comma closes the lead: "In April the company bought …" (a date alone may name the
  // subject's noun, as "January crude was …" does, so only a date after its preposition)
  const mainClause =
    tokens[last + 1]?.text === ',' && opensSentence(tokens, first)
      ? last + 2
      : tokens[last + 1]?.kind === TokenKind.Word && ledAtSentenceStart(tokens, first)
        ? last + 1
        : -1;
  if (mainClause >= 0) return mainClauseTense(tokens, mainClause) ?? before;
  // "After a strong start in March, sales slowed", "In a speech in April, he outlined …": so does the tense of
  // the clause after the phrase that opens the sentence and holds the date
  const comma = before === null ? frontedPhraseEnd(tokens, first, last) : -1;
  if (comma >= 0) return mainClauseTense(tokens, comma + 1) ?? before;
  // "Figures for February, out on Monday, are expected to show …": an aside between the subject and its verb
  // holds no verb of its own, so the date in it has the tense of the verb after it
  const aside = before === null ? subjectAsideEnd(tokens, first, last) : -1;
  return aside < 0 ? before : prospectAt(tokens, aside + 1) ? 'future' : mainClauseTense(tokens, aside + 1);
}

/** The comma that closes an aside after a sentence's subject holding the date and no verb ("X, out on Monday, …"), or -1. */
function subjectAsideEnd(tokens: readonly Token[], first: number, last: number): number {
  if (tokens[last + 1]?.text !== ',') return -1;
  let open = first - 1;
  while (open >= first - ASIDE_LEAD && tokens[open]?.kind === TokenKind.Word && !verbForm(tokens[open]!.lower)) open--;
  return open < first &&
    tokens[open]?.text === ',' &&
    open > 0 &&
    !startsSentence(tokens, open) &&
    inSubjectAt(tokens, open)
    ? last + 1
    : -1;
}
const ASIDE_LEAD = 3;

/** "are expected to show", "is likely to": a present prospect that opens a clause, which looks ahead */
const prospectAt = (tokens: readonly Token[], from: number) =>
  presentProspectAt(tokens, from) || presentProspectAt(tokens, from + 1);

/** Whether "since" leads the noun phrase the time at `first` ends, no verb or comma between: "since Trump's inauguration in January". */
function sinceBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - SINCE_REACH; k--) {
    const t = tokens[k]!;
    if (t.lower === 'since') return true;
    if (t.kind === TokenKind.Punct ? t.text !== "'" && t.text !== '’' : t.lower !== 's' && verbAt(tokens, k))
      return false;
  }
  return false;
}
const SINCE_REACH = 8;
/** a verb's inflected form or an auxiliary: a clause's verb ("since the law takes effect in March" is causal; a base
 * form after "the" is a noun: "the start", "the war") */
const verbAt = (tokens: readonly Token[], k: number) => {
  const w = tokens[k]!.lower;
  const v = verbForm(w);
  return (!!v && !v.nounFirst && v.form !== 'base') || PAST_AUXILIARIES.has(w) || WILL.has(w) || notPastAt(tokens, k);
};

/** The comma that closes a phrase led by a preposition, which opens the sentence and holds tokens first to last; or -1. */
function frontedPhraseEnd(tokens: readonly Token[], first: number, last: number): number {
  const from = sentenceStartBefore(tokens, first);
  if (from === first || !startsSentence(tokens, from) || !FRONTED_LEADS.has(tokens[from]!.lower)) return -1;
  // (a range's dates are part of the phrase: "From Jan. 29 to Feb. 3, CBP instructed …")
  for (let k = from + 1; k < first; k++) if (!phrasePart(tokens[k]!)) return -1;
  for (let k = last + 1; k <= last + FRONTED_TAIL && k < tokens.length; k++) {
    if (tokens[k]!.text === ',') return k;
    if (!phrasePart(tokens[k]!)) return -1;
  }
  return -1;
}
const phrasePart = (t: Token) => t.kind === TokenKind.Word || t.kind === TokenKind.Number || t.text === '.';
const FRONTED_LEADS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'following',
  'with',
  'amid',
  'despite',
  'from',
  'between',
]);
const FRONTED_TAIL = 5;

/**
 * Whether the words from the sentence's start to token i can be a subject's noun phrase: no comma, no
 * relative pronoun, no verb but a form that is a noun as often ("attack", "shares"), no auxiliary.
 */
function inSubjectAt(tokens: readonly Token[], i: number): boolean {
  // (a start as far back as the reach goes that is no sentence's start is a longer subject's middle)
  const from = sentenceStartBefore(tokens, i);
  if (!startsSentence(tokens, from)) return false;
  for (let k = from; k < i; k++) {
    const t = tokens[k]!;
    const form = verbForm(t.lower)?.form;
    if (t.kind !== TokenKind.Word || RELATIVES.has(t.lower) || MODALS.has(t.lower) || notPastAt(tokens, k))
      return false;
    if (PAST_AUXILIARIES.has(t.lower) || form === 'ed' || form === 'ing') return false;
  }
  return true;
}
const RELATIVES = new Set(['who', 'that', 'which']);

/** "In December, the company will open a store": a date that leads a sentence whose main clause looks ahead */
export const frontedAhead = (tokens: readonly Token[], first: number, last: number) =>
  tokens[last + 1]?.text === ',' && opensSentence(tokens, first) && mainClauseTense(tokens, last + 2) === 'future';

/**
 * "The November election will decide …", "Sunday's election will decide …": a date before a noun (after a
 * determiner, or as the possessive that opens the sentence) that the future follows
 */
export function subjectAhead(tokens: readonly Token[], first: number, last: number): boolean {
  const possessive = isPossessiveAt(tokens, last) && opensSentence(tokens, first);
  const noun = possessive ? last + 3 : last + 1;
  // (not what the clause acts under, which is in force already: "Under the February 27 accord, Venezuela will repay …")
  return (
    (possessive || (DETERMINERS.has(lowerAt(tokens, first - 1)) && lowerAt(tokens, first - 2) !== 'under')) &&
    /^\p{Ll}{3,}$/u.test(tokens[noun]?.text ?? '') &&
    mainClauseTense(tokens, noun) === 'future'
  );
}
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);

/**
 * "The alliance said the 19 February meets would show …", "said the talks on March 3 would decide it": a date in
 * the subject of a reported clause that looks ahead from the saying ("would", "will") has that clause's time, not
 * the saying's past (not "said the March 3 talks had failed")
 */
function reportedSubjectAhead(tokens: readonly Token[], first: number, last: number): boolean {
  const attached = lowerAt(tokens, first - 1) === 'on' && DETERMINERS.has(lowerAt(tokens, first - 3));
  // (the date's own article may lead it: "the 19 February meets")
  const said = attached ? first - 4 : DETERMINERS.has(lowerAt(tokens, first)) ? first - 1 : first - 2;
  if (!REPORTING.has(lowerAt(tokens, said)) || !DETERMINERS.has(lowerAt(tokens, said + 1))) return false;
  const verb = attached ? last + 1 : last + 2;
  if (!attached && !/^\p{Ll}{3,}$/u.test(tokens[last + 1]?.text ?? '')) return false;
  return REPORTED_AHEAD.has(lowerAt(tokens, verb));
}
const REPORTING = new Set(['said', 'says', 'announced', 'added', 'predicted', 'warned', 'stated', 'confirmed']);
/** Whether a verb of saying stands a few words before token k in its sentence, whose clause may then be backshifted */
function reportedBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - REPORTED_REACH && !SENTENCE_END.has(tokens[j]!.text); j--)
    if (SAYING.has(tokens[j]!.lower)) return true;
  return false;
}
const SAYING = new Set([...REPORTING, 'saying', 'told']);
const REPORTED_REACH = 6;
const REPORTED_AHEAD = new Set(['would', 'will', "'ll", 'could', 'might']);

/** The tense of the clause from token `from` to the sentence's end, by its first auxiliary or past form. */
export function mainClauseTense(tokens: readonly Token[], from: number): Tense {
  for (let k = from; k < tokens.length && k <= from + 10; k++) {
    const t = tokens[k]!;
    if (SENTENCE_END.has(t.text)) return null;
    if (WILL.has(t.lower)) return 'future'; // not "planned", "expected": past forms as well
    if (PAST_AUXILIARIES.has(t.lower)) return 'past';
    if (notPastAt(tokens, k)) return null;
    if (pastFormAt(tokens, k)) return 'past';
  }
  return null;
}

const WILL = new Set(['will', "'ll", 'shall']);
const WILL_REACH = 5;

/**
 * Whether "will" (or "shall", or a present "is expected to") governs the date at token i: a few words
 * before it, no past form between ("will close on Christmas Eve", "will take effect on Jan. 1", "are
 * expected to rise in January"; not "will benefit from its acquisition in late December", where the date
 * is the noun's).
 */
export function willBefore(tokens: readonly Token[], i: number, hops = 0): boolean {
  let attached = false;
  const from = clockLeadStart(tokens, i);
  for (let k = i - 1; k >= 0 && k >= from - WILL_FAR_REACH; k--) {
    const t = tokens[k]!;
    if (SENTENCE_END.has(t.text) || PAST_AUXILIARIES.has(t.lower)) return false;
    if (WILL.has(t.lower) || presentProspectAt(tokens, k)) return k >= from - WILL_REACH || !attached || hops > 0;
    // (a finite past nearer than the "will" has the time in its own clause: "is expected to show prices rose in July")
    if (pastFormAt(tokens, k)) return false;
    if (t.newlineBefore) return false;
    // "will celebrate Mass on Christmas Eve and deliver his blessing on Christmas Day": a base verb joined by
    // "and" shares the auxiliary of the verb before it (a couple of joins, so a long chain costs no more)
    if (t.lower === 'and' && hops < COORDINATION_HOPS && baseVerbAt(tokens, k + 1))
      return willBefore(tokens, k, hops + 1);
    // further off, only past the verb's own object ("will open a new store in December"): a preposition
    // before the date's own attaches the date to a noun ("will benefit from its acquisition in late December")
    attached ||= k < from - 1 && NOUN_LINKS.has(t.lower) && !placeAt(tokens, k + 1);
  }
  return false;
}
const WILL_FAR_REACH = 12;
const COORDINATION_HOPS = 2;
const baseVerbAt = (tokens: readonly Token[], k: number) => {
  const v = verbForm(lowerAt(tokens, k));
  return !!v && v.form === 'base' && !v.nounFirst;
};
const NOUN_LINKS = new Set(['of', 'from', 'in', 'on', 'at', 'for', 'by', 'about', 'after', 'before', 'over']);
/** a name after a preposition ("in Beijing"), where something is done; not a month or a weekday ("in May") */
const placeAt = (tokens: readonly Token[], k: number) =>
  titleCaseAt(tokens, k) && !MONTHS.hasAt(tokens, k) && !WEEKDAYS.hasAt(tokens, k);

/**
 * "is scheduled for December", "has been set for Friday", "elections are due in December": what is
 * arranged for a time lies ahead, however far ("was due in December" is told in the past)
 */
export const arrangedFor = (tokens: readonly Token[], first: number) =>
  ((lowerAt(tokens, first - 1) === 'for' && ARRANGED_FOR.has(lowerAt(tokens, first - 2))) ||
    (DUE_IN.has(lowerAt(tokens, first - 1)) && lowerAt(tokens, first - 2) === 'due')) &&
  ARRANGED_BE.has(lowerAt(tokens, first - 3));
const DUE_IN = new Set(['in', 'on']);
const ARRANGED_BE = new Set(['is', 'are', "'s", "'re", 'be', 'been']);

/**
 * "is expected to", "are likely to", "is due to", "plans to", "hopes to", "are to be held": a present that
 * looks ahead as "will" does (not "was expected to", "planned to", nor the noun of "announced plans to")
 */
function presentProspectAt(tokens: readonly Token[], k: number): boolean {
  // (past the text's end: "two , Christmas ," ends in the comma after the time's lead, found by the property tests)
  if (k >= tokens.length) return false;
  const w = tokens[k]!.lower;
  if (lowerAt(tokens, k + 1) !== 'to' && !(EXPECTING_OF_OTHERS.has(w) && toAfterObject(tokens, k))) return false;
  if (PROSPECTS.has(w)) return PRESENT_BE.has(lowerAt(tokens, k - 1));
  if (PRESENT_BE.has(w)) return verbForm(lowerAt(tokens, k + 2))?.form === 'base';
  const intent = INTENTS.has(w) && tokens[k - 1];
  return (
    !!intent &&
    intent.kind === TokenKind.Word &&
    !DETERMINERS.has(intent.lower) &&
    !isPastForm(intent.lower) &&
    (w.endsWith('ing') ? PRESENT_BE.has(intent.lower) : !NOUN_LINKS.has(intent.lower))
  );
}
/** present forms of expecting something of someone: "Economists expect the bank to announce steps on Thursday" */
const EXPECTING_OF_OTHERS = new Set(['expect', 'expects', 'expecting', 'want', 'wants']);
/** Whether a short object and then "to" and a base verb follow token k: "expect [the bank] to announce" */
function toAfterObject(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + OBJECT_REACH; j++) {
    const t = tokens[j];
    if (!t || t.kind === TokenKind.Punct) return false;
    if (t.lower === 'to') return j > k + 1 && verbForm(lowerAt(tokens, j + 1))?.form === 'base';
  }
  return false;
}
const OBJECT_REACH = 5;
/** present forms of intending, whose infinitive's time lies ahead of the telling */
const INTENTS = new Set([
  'plan',
  'plans',
  'planning',
  'intend',
  'intends',
  'intending',
  'hope',
  'hopes',
  'hoping',
  'aim',
  'aims',
  'aiming',
  'expect',
  'expects',
  'expecting',
  'want',
  'wants',
  'promise',
  'promises',
  'vow',
  'vows',
  'pledge',
  'pledges',
]);
const PROSPECTS = new Set([
  'going',
  'expected',
  'forecast',
  'likely',
  'unlikely',
  'projected',
  'poised',
  'scheduled',
  'set',
  'due',
  'slated',
]);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", "'re"]);

/** Whether token k begins a sentence (or a quotation, or a line). */
export function startsSentence(tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1];
  return !previous || tokens[k]!.newlineBefore || SENTENCE_END.has(previous.text) || /^["“]$/.test(previous.text);
}

/** Whether the date at token first, or the preposition before it, begins a sentence. */
const opensSentence = (tokens: readonly Token[], first: number) => {
  const lead = PREPOSITIONS.has(lowerAt(tokens, first - 1)) ? first - 1 : first;
  // (or a clause joined after a comma: "…, and by September sales had doubled")
  return (
    startsSentence(tokens, lead) || (COORDINATORS.has(lowerAt(tokens, lead - 1)) && tokens[lead - 2]?.text === ',')
  );
};
const COORDINATORS = new Set(['and', 'but']);
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'over',
  'throughout',
  'until',
  'by',
  'since',
  'during',
  'through',
  'after',
  'before',
]);
/** Whether a preposition before the date at token first begins the sentence ("In April …"). */
const ledAtSentenceStart = (tokens: readonly Token[], first: number) =>
  PREPOSITIONS.has(lowerAt(tokens, first - 1)) && opensSentence(tokens, first);

/** verbs of what is scheduled, which news tells in the present: "the match starts Sunday", "the show opens Thursday" */
const SCHEDULED_LEMMAS = new Set([
  'start',
  'begin',
  'open',
  'end',
  'close',
  'resume',
  'meet',
  'convene',
  'arrive',
  'depart',
  'return',
  'expire',
  'play',
  'visit',
  'host',
  'launch',
  'run',
  'last',
  'continue',
  'remain',
]);
/** the ones whose base form is no common noun: "talks resume Monday" (but "the previous close on Thursday") */
const SCHEDULED_BASE = new Set(['begin', 'resume', 'meet', 'convene', 'arrive', 'depart', 'expire']);

/**
 * Whether a modal's base verb governs the time at token i, a few words before it, no past between: "the
 * elections would be held in October", "the merger could close in June" (not "could have closed").
 */
export function modalAhead(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - MODAL_REACH; k--) {
    const t = tokens[k]!;
    // (first: "would" is also the past of "will")
    if (MODALS.has(t.lower)) return modalBaseAt(tokens, k);
    if (SENTENCE_END.has(t.text) || t.text === ',' || PAST_AUXILIARIES.has(t.lower) || pastFormAt(tokens, k))
      return false;
  }
  return false;
}
const MODAL_REACH = 8;
/** "will" and its past "would", which look ahead from when they are told: "would be held", "will exchange" */
export const WILL_OR_WOULD = new QuickSet([...WILL, 'would']);
/** Whether token k is a modal with a base verb after it ("would be held", "could close"; not "could have closed"). */
const modalBaseAt = (tokens: readonly Token[], k: number) =>
  MODALS.has(tokens[k]!.lower) &&
  lowerAt(tokens, k + 1) !== 'have' &&
  (lowerAt(tokens, k + 1) === 'be' || baseVerbAt(tokens, k + 1));

/**
 * Whether the clause before token i tells what is scheduled, in the present tense ("the match starts
 * Sunday", "the vote is on Friday", "is to resume trading Tuesday"): a bare weekday or month there lies
 * ahead. Only "is", "are" (with `copula`: a month after them is as often a past one) and verbs of
 * scheduling count: a word ending in -s is as often a noun ("aides") or tells of a past event
 * ("follows Tuesday's declaration"); a past form or "since" first says the clause is not about what
 * is to come.
 */
export function presentAround(tokens: readonly Token[], i: number, copula = true): boolean {
  let infinitive = false; // "is to resume trading Tuesday"; unless a past governs it: "were scheduled to expire February 28"
  const from = clockLeadStart(tokens, i);
  for (let k = i - 1; k >= 0 && k >= from - PRESENT_REACH; k--) {
    const t = tokens[k]!;
    if (SENTENCE_END.has(t.text) || t.text === ',' || PAST_AUXILIARIES.has(t.lower)) return false;
    if (t.lower === 'since') return false; // "is up since March": counted from a past time
    if (copula && (t.lower === 'is' || t.lower === 'are')) return true;
    // "could come as early as Thursday", "said he would appear in court Monday": a modal's base verb is
    // to come (not "could have come"); for a month, modalAhead weighs it
    if (copula && modalBaseAt(tokens, k)) return true;
    if (eventInPresentAt(tokens, k, i)) return true;
    if (t.kind !== TokenKind.Word || (t.lower.length <= 3 && !SHORT_PASTS.has(t.lower))) continue;
    const v = verbForm(t.lower);
    if (!v) continue;
    // (a passive's participle after "will be" or "would be" looks ahead with them: "the vote would be held Monday";
    // "could be located Wednesday" is as often the past of "can")
    const passiveAhead = lowerAt(tokens, k - 1) === 'be' && WILL_OR_WOULD.hasAt(tokens, k - 2);
    if (v.form === 'ed' && v.lemma !== t.lower && !passiveAhead) return false;
    if (SCHEDULED_LEMMAS.has(v.lemma) && (v.form === 's' || (v.form === 'base' && SCHEDULED_BASE.has(v.lemma)))) {
      if (v.form === 's' || tokens[k - 1]?.lower !== 'to') return true;
      infinitive = true;
    }
    // "takes effect Jan. 1", "the rules come into force in October"
    if (v.form !== 'ed' && (v.lemma === 'take' ? lowerAt(tokens, k + 1) === 'effect' : intoForceAt(tokens, k)))
      return true;
  }
  return infinitive;
}

const PRESENT_REACH = 6;
/** the words of a clock time besides its figures: "at 11 a.m. local time (0900 GMT) on Sunday" */
const CLOCK_WORDS = new Set(['at', 'on', 'local', 'time', '(', ')', 'noon', 'midnight']);
/** what rounds a clock's figure: "at about 8:45 p.m." (only before the figure: "around Wednesday's ruling" is no clock) */
const CLOCK_ROUNDING = new Set(['about', 'around', 'approximately']);
const ZONE_NAME_WORDS = 2;
/**
 * Where the words before the date at token i start when a clock time right before it, with its prepositions,
 * is left out: it does not count as the clause's ("the race starts at 11 a.m. local time (0900 GMT) on
 * Sunday", "will be sworn in at noon on Jan. 20").
 */
function clockLeadStart(tokens: readonly Token[], i: number): number {
  let from = i,
    zoneWords = 0; // the names of a zone before its "time": "Eastern time", "New York time"
  for (; from > 0; from--) {
    const t = tokens[from - 1]!;
    const rounding = CLOCK_ROUNDING.has(t.lower) && tokens[from]!.kind === TokenKind.Number;
    if (clockPart(t) || CLOCK_WORDS.has(t.lower) || rounding) zoneWords = t.lower === 'time' ? ZONE_NAME_WORDS : 0;
    else if (zoneWords-- > 0 && isCapitalized(t)) continue;
    else break;
  }
  return from;
}

/**
 * "The Senate votes Tuesday", "Clinton leaves for Asia on Monday", "he appears in court on Monday", "Voters
 * go to the polls on Sunday": an event told in the simple present right after its subject is one
 * scheduled (news tells what is done in the past); a base form so only after a plural, not in "the Senate
 * vote on Tuesday"; not a verb of saying or of a state ("says", "remains", "holds").
 */
function eventInPresentAt(tokens: readonly Token[], k: number, i: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== TokenKind.Word || /^[A-Z]/.test(t.text)) return false;
  const v = verbForm(t.lower);
  if (!v || (v.form !== 's' && (v.form !== 'base' || v.lemma !== t.lower)) || NO_EVENTS.has(v.lemma)) return false;
  const subject = tokens[k - 1];
  // (a base that is also a past tells nothing: "Shares hit a record"; a number counts a noun: "Two barges")
  if (!subject || NUMBER_START_WORDS.has(subject.lower)) return false;
  if (v.form === 'base' && (!PLURAL_SUBJECT.test(subject.lower) || PAST_AS_BASE.has(v.lemma))) return false;
  // a plural noun first ("the job figures for January", "Ford trucks") is the verb only after a pronoun
  // or right before the day ("The Senate votes Tuesday")
  if (v.nounFirst && !PRONOUNS.has(subject.lower) && k !== i - 1) return false;
  return subjectAt(tokens, k - 1, sentenceStartBefore(tokens, k)) && !inHeadline(tokens, k);
}

/**
 * Whether token k stands in a headline: the first line of its paragraph, short, with no sentence's end
 * ("Stocks fall on Monday as oil climbs" tells the past in the present, as headlines do). A longer line is
 * body text; so is any later line of a paragraph (text wrapped by hand).
 */
function inHeadline(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j > 0; j--) if (tokens[j]!.newlineBefore || j < k - HEADLINE_REACH) return false;
  for (let j = k; j < tokens.length && j < k + HEADLINE_REACH; j++) {
    const t = tokens[j]!;
    if (SENTENCE_END.has(t.text)) return false;
    // (the line's last word may carry the sentence's period: "Polls open Sunday at 7 a.m.")
    if (!tokens[j + 1] || tokens[j + 1]!.newlineBefore) return !t.text.endsWith('.');
  }
  return false;
}
const HEADLINE_REACH = 30;
const MODALS = new Set(MODAL_VERBS);
// (not an adjective in -ous, "the previous record", "the famous march", nor a singular in -us: "the bus")
const PLURAL_SUBJECT = /(?:[^su]s|men|they|we|people|police)$/;
const NO_EVENTS = new Set([
  'be',
  'have',
  'do',
  'say',
  'tell',
  'report',
  'show',
  'mean',
  'include',
  'follow',
  'compare',
  'mark',
  'contain',
  'own',
  'hold',
  'know',
  'think',
  'believe',
  'seem',
  'remain',
  'stand',
  'need',
  'want',
  'expect',
  'hope',
  'plan',
  'fear',
  'add',
  'note',
  'claim',
  'deny',
  'insist',
  'argue',
  'estimate',
  'see',
  'lead',
  'trail',
  'account',
  'represent',
  'cover',
  'span',
]);

const intoForceAt = (tokens: readonly Token[], k: number) =>
  lowerAt(tokens, k) !== 'came' &&
  verbForm(lowerAt(tokens, k))?.lemma === 'come' &&
  lowerAt(tokens, k + 1) === 'into' &&
  (lowerAt(tokens, k + 2) === 'force' || lowerAt(tokens, k + 2) === 'effect');

/** finite past forms that are no participle of a passive or perfect ("was expected", "has been set") */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
const PARTICIPLE_BEFORE = new Set([
  'is',
  'are',
  'be',
  'been',
  'being',
  'will',
  'would',
  'has',
  'have',
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  // a present or base copula: "will stay closed until April 10", "remains frozen through June"
  'stay',
  'stays',
  'remain',
  'remains',
  'become',
  'becomes',
  'get',
  'gets',
]);
/** a present tense, or words that point from the clause to a date ahead: "is calling for … on Dec. 7", "extended to Nov. 16", "payable Jan. 2" */
const NOT_PAST = new Set([
  'is',
  'are',
  'am',
  'has',
  'have',
  'can',
  'could',
  'may',
  'might',
  'would',
  'should',
  'to',
  'payable',
  'effective',
  'until',
  'till',
  'through',
]);

/**
 * A present, a modal, or the "to" of an infinitive at token k ("to open in October"); not "to" as a
 * preposition ("flew to Paris in January", "fell to 5 percent in January"), which tells no tense.
 */
function notPastAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  if (w !== 'to') return NOT_PAST.has(w);
  const next = tokens[k + 1];
  return !!next && next.kind === TokenKind.Word && verbForm(next.text)?.form === 'base';
}

/** what may stand right before a date the past tense places ("fell in March", "on Jan. 5", "ended Jan. 31") */
const PAST_DATE_LINKS = new Set(['in', 'on', 'at', 'over', 'since', 'during', 'throughout']);

/**
 * Whether the clause before token i tells of the past and not the future ("prices fell in March",
 * "sales were weak in December", "the year ended Jan. 31"): a past auxiliary or a regular or irregular
 * past form, no future cue, and the date linked by "in", "on" or the verb itself (not "for April
 * shipments", "produced after April 30", which may look ahead).
 */
export function pastAround(tokens: readonly Token[], i: number): boolean {
  const link = tokens[i - 1];
  if (
    !link ||
    !(PAST_DATE_LINKS.has(link.lower) || (link.kind === TokenKind.Word && verbForm(link.lower)?.form === 'ed'))
  )
    return false;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = tokens[k]!;
    // "by" or "until" here leads no date: the date is linked by "in", "on" or the verb ("cited by police in May")
    const cue = FUTURE_CUES.hasAt(tokens, k) && !LIMIT_PREPOSITIONS.has(t.lower);
    if (SENTENCE_END.has(t.text) || cue || notPastAt(tokens, k)) return false;
    if (PAST_AUXILIARIES.has(t.lower)) return true;
    if (pastFormAt(tokens, k)) return true;
    if (t.newlineBefore) return false;
  }
  return false;
}

/**
 * pastAround, where the past form is the nearest verb in the date's own clause (not "The tender, which
 * opened on Monday, closes on Friday") and no "will" or modal earlier in the sentence says it is something
 * else's ("will be played in the alternate shot format on Sunday": a noun's "shot")
 */
export function pastClauseBefore(tokens: readonly Token[], i: number): boolean {
  if (!pastAround(tokens, i)) return false;
  let k = i - 1;
  for (; !PAST_AUXILIARIES.has(tokens[k]!.lower) && !pastFormAt(tokens, k); k--)
    if (tokens[k]!.text === ',' || verbForm(tokens[k]!.lower)?.form === 's') return false;
  for (; k >= 0 && !SENTENCE_END.has(tokens[k]!.text); k--)
    if (WILL.has(tokens[k]!.lower) || MODALS.has(tokens[k]!.lower)) return false;
  return true;
}

/**
 * The tense of a time in an absolute "with" clause after the main one ("Sony completed its offer, with holders
 * tendering 99.3% by the Tuesday deadline"): ahead when the clause's participle is a prospect ("with talks set
 * to resume on Tuesday"), else the main clause's, which "will" or "would" anywhere in it makes ahead; null when the
 * time stands in no such clause.
 */
export function absoluteClauseTense(tokens: readonly Token[], first: number): Tense {
  // (the stop of "Corp." or "Inc." ends no sentence)
  const ends = (k: number) => SENTENCE_END.has(tokens[k]!.text) && !abbreviationStopAt(tokens, k);
  let w = first - 1;
  for (; w > 0 && w >= first - ABSOLUTE_REACH; w--) {
    const t = tokens[w]!;
    if (ends(w) || PAST_AUXILIARIES.has(t.lower) || WILL.has(t.lower) || MODALS.has(t.lower)) return null;
    if (t.lower === 'with' && tokens[w - 1]!.text === ',') break;
  }
  if (w <= 0 || w < first - ABSOLUTE_REACH) return null;
  for (let k = w + 1; k < first; k++)
    if (PROSPECTS.has(tokens[k]!.lower) && lowerAt(tokens, k + 1) === 'to') return 'future';
  let past = false;
  for (let k = w - 2; k >= 0 && !ends(k); k--) {
    if (WILL.has(tokens[k]!.lower) || tokens[k]!.lower === 'would') return 'future';
    past ||= PAST_AUXILIARIES.has(tokens[k]!.lower) || pastFormAt(tokens, k);
  }
  return past ? 'past' : null;
}
const ABSOLUTE_REACH = 16;

/** Whether a past verb governs the sentence before token i, no present, modal or "will" nearer ("remained shut through …"). */
export function pastVerbBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - PAST_VERB_REACH; k--) {
    const t = tokens[k]!;
    if (SENTENCE_END.has(t.text) || WILL.has(t.lower) || notPastAt(tokens, k)) return false;
    if (PAST_AUXILIARIES.has(t.lower) || pastFormAt(tokens, k)) return true;
  }
  return false;
}
const PAST_VERB_REACH = 8;

/**
 * a year written in a time expression: "April 25, 2022", "25 April '22" (not a wire clock of four digits with its
 * zone: "1400 GMT Thursday", "2000 hrs local time")
 */
export const WRITTEN_YEAR = /(?<!\d)\d{4}(?!\d|\s*(?:GMT|UTC|[ECMP][SD]T|BST|CET|hrs|hours|local)\b)|['’]\d{2}\b/;

export const lowerAt = (tokens: readonly Token[], i: number) => tokens[i]?.lower ?? '';

/**
 * A time word capitalized inside a sentence is part of a name: "This Week" (a TV show), "60 Minutes",
 * "High Noon"; not in a headline written in title case ("Envoys Given Two Weeks to Leave").
 */
export function inTitle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i],
    prev = tokens[i - 1];
  if (!t || !prev || t.newlineBefore || !isCapitalized(t) || isAllCaps(t)) return false;
  return (
    !SENTENCE_END.has(prev.text) && !/^["“‘'(]$/.test(prev.text) && !isAllCaps(prev) && !lineInTitleCase(tokens, i)
  );
}

/** Whether the line around token i capitalizes (nearly) all its longer words, as title-case headlines do. */
function lineInTitleCase(tokens: readonly Token[], i: number): boolean {
  let first = i;
  while (first > 0 && first > i - 40 && !tokens[first]!.newlineBefore) first--;
  let capitalized = 0,
    words = 0;
  for (let k = first; k < tokens.length && k < i + 40 && (k === first || !tokens[k]!.newlineBefore); k++) {
    const w = tokens[k]!;
    if (w.text.length <= 3 || w.kind !== TokenKind.Word) continue;
    words++;
    if (isCapitalized(w)) capitalized++;
  }
  return words >= 3 && capitalized >= 0.8 * words;
}
