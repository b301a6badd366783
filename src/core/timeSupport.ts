// Helpers the time recognizers share: building candidates and reading the tense around a mention.
import { isAllCaps, isCapitalized, TokenKind, type Token } from './tokenize';
import { FUTURE_CUES } from './timeWords';
import type { TimeCandidate } from './types';
import type { TimeValue } from './schema';

export function timeCandidate(text: string, tokens: readonly Token[], first: number, last: number, type: TimeValue['type'], value: string): TimeCandidate {
  const start = tokens[first]!.start, end = tokens[last]!.end;
  return { kind: 'time', start, end, text: text.slice(start, end), time: { type, value } };
}

const SENTENCE_END = new Set(['.', '!', '?', ';']);

/** Whether the clause before token i talks about the future ("will meet on Friday"). */
export function futureAround(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = tokens[k]!;
    if (SENTENCE_END.has(t.text) || t.newlineBefore) return FUTURE_CUES.hasAt(tokens, k);
    if (FUTURE_CUES.hasAt(tokens, k)) return true;
  }
  return false;
}

export const lowerAt = (tokens: readonly Token[], i: number) => tokens[i]?.lower ?? '';

/**
 * A time word capitalized inside a sentence is part of a name: "This Week" (a TV show), "60 Minutes",
 * "High Noon"; not in a headline written in title case ("Envoys Given Two Weeks to Leave").
 */
export function inTitle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i], prev = tokens[i - 1];
  if (!t || !prev || t.newlineBefore || !isCapitalized(t) || isAllCaps(t)) return false;
  return !SENTENCE_END.has(prev.text) && !/^["“‘'(]$/.test(prev.text) && !isAllCaps(prev) && !lineInTitleCase(tokens, i);
}

/** Whether the line around token i capitalizes (nearly) all its longer words, as title-case headlines do. */
function lineInTitleCase(tokens: readonly Token[], i: number): boolean {
  let first = i;
  while (first > 0 && first > i - 40 && !tokens[first]!.newlineBefore) first--;
  let capitalized = 0, words = 0;
  for (let k = first; k < tokens.length && k < i + 40 && (k === first || !tokens[k]!.newlineBefore); k++) {
    const w = tokens[k]!;
    if (w.text.length <= 3 || w.kind !== TokenKind.Word) continue;
    words++;
    if (isCapitalized(w)) capitalized++;
  }
  return words >= 3 && capitalized >= 0.8 * words;
}
