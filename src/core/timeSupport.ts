// Helpers the time recognizers share: building candidates and reading the tense around a mention.
import type { Token } from './tokenize';
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
    if (SENTENCE_END.has(t.text) || t.newlineBefore) return FUTURE_CUES.has(t.lower);
    if (FUTURE_CUES.has(t.lower)) return true;
  }
  return false;
}

export const lowerAt = (tokens: readonly Token[], i: number) => tokens[i]?.lower ?? '';
