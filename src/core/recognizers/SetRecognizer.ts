import { UNITS, WEEKDAYS } from '../timeWords';
import { lowerAt, timeCandidate } from '../timeSupport';
import type { DocumentContext, Recognizer, TimeCandidate } from '../types';

// Recurring times (TIMEX3 SET): "every week" P1W, "each year" P1Y, "every Monday" XXXX-WXX-1.
// "daily" and "annual" stay unannotated: TimeBank leaves most of them out.
export class SetRecognizer implements Recognizer {
  readonly name = 'sets';
  readonly triggers = { words: ['every', 'each'], digits: false };

  recognize({ text, tokens }: DocumentContext, starts: readonly number[]): TimeCandidate[] {
    const out: TimeCandidate[] = [];
    for (const i of starts) {
      const next = lowerAt(tokens, i + 1);
      const unit = UNITS.get(next);
      const day = WEEKDAYS.get(next);
      if (unit && !unit.plural) out.push(timeCandidate(text, tokens, i, i + 1, 'SET', `P${unit.time ? 'T' : ''}1${unit.letter}`));
      else if (day && next.length > 3) out.push(timeCandidate(text, tokens, i, i + 1, 'SET', `XXXX-WXX-${day}`));
    }
    return out;
  }
}
