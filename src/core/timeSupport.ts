// Helpers the time recognizers share: building candidates and reading the tense around a mention.
import { isAllCaps, isCapitalized, TokenKind, type Token } from './tokenize';
import { FUTURE_CUES } from './timeWords';
import { isPastForm, verbForm } from './verbs';
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

const SENTENCE_END = new Set(['.', '!', '?', ';']);

/** Whether the clause before token i talks about the future ("will meet on Friday"). */
export function futureAround(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = tokens[k]!;
    if (SENTENCE_END.has(t.text) || t.newlineBefore) return FUTURE_CUES.hasAt(tokens, k);
    if (FUTURE_CUES.hasAt(tokens, k)) return true;
    // the nearest tense wins: "the deadline passed on Friday", "the ultimatum expired Monday"
    if (PAST_VERBS.has(t.lower)) return false;
  }
  return false;
}
/** past forms that place what follows them in the past, whatever future word stands before them */
const PAST_VERBS = new Set(['passed', 'expired', 'lapsed', 'ended', 'elapsed', 'ran', 'went', 'was', 'were', 'had']);

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
]);
/** the ones whose base form is no common noun: "talks resume Monday" (but "the previous close on Thursday") */
const SCHEDULED_BASE = new Set(['begin', 'resume', 'meet', 'convene', 'arrive', 'depart', 'expire']);

/**
 * Whether the clause before token i tells what is scheduled, in the present tense ("the match starts
 * Sunday", "the vote is on Friday", "is to resume trading Tuesday"): a bare weekday or month there lies
 * ahead. Only "is", "are" (with `copula`: a month after them is as often a past one) and verbs of
 * scheduling count: a word ending in -s is as often a noun ("aides") or tells of a past event
 * ("follows Tuesday's declaration"); a past form or "since" first says the clause is not about what
 * is to come.
 */
export function presentAround(tokens: readonly Token[], i: number, copula = true): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = tokens[k]!;
    if (SENTENCE_END.has(t.text) || t.text === ',' || PAST_AUXILIARIES.has(t.lower)) return false;
    if (t.lower === 'since') return false; // "is up since March": counted from a past time
    if (copula && (t.lower === 'is' || t.lower === 'are')) return true;
    if (t.kind !== TokenKind.Word || t.lower.length <= 3) continue;
    const v = verbForm(t.lower);
    if (!v) continue;
    if (v.form === 'ed' && v.lemma !== t.lower) return false;
    if (SCHEDULED_LEMMAS.has(v.lemma) && (v.form === 's' || (v.form === 'base' && SCHEDULED_BASE.has(v.lemma))))
      return true;
    if (v.lemma === 'take' && v.form !== 'ed' && tokens[k + 1]?.lower === 'effect') return true; // "takes effect Jan. 1"
  }
  return false;
}

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

/** what may stand right before a date the past tense places ("fell in March", "on Jan. 5", "ended Jan. 31") */
const PAST_DATE_LINKS = new Set(['in', 'on', 'since', 'during']);

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
    if (SENTENCE_END.has(t.text) || FUTURE_CUES.hasAt(tokens, k) || NOT_PAST.has(t.lower)) return false;
    if (PAST_AUXILIARIES.has(t.lower)) return true;
    // a past that is also a base ("cut", "set") tells nothing; a participle after "is" or "has" is no past
    if (
      t.kind === TokenKind.Word &&
      t.lower.length > 3 &&
      isPastForm(t.lower) &&
      !PARTICIPLE_BEFORE.has(tokens[k - 1]?.lower ?? '')
    )
      return true;
    if (t.newlineBefore) return false;
  }
  return false;
}

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
