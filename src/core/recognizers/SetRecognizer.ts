import { MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, durationValue } from '../timeWords';
import { readNumber } from '../numberWords';
import { lowerAt, timeCandidate } from '../timeSupport';
import type { Token } from '../tokenize';
import type { DocumentContext, Recognizer, TimeCandidate } from '../types';

// Recurring times (TIMEX3 SET): "every week" P1W, "each year" P1Y, "every Monday" XXXX-WXX-1,
// "every morning" XXXX-XX-XXTMO, "every summer" XXXX-SU, "each July" XXXX-07, "each season" P3M, "every two weeks" and "every other week" P2W, "every few months" PXM, "once a week" and
// "twice a year" P1W and P1Y, "on Sundays" XXXX-WXX-7, "on weekends" XXXX-WXX-WE (how often within it is TIMEX3's freq, which schema v1 does not carry).
// "daily" comes from the date recognizer; "annual" stays unannotated: TimeBank leaves most of them out.
export class SetRecognizer implements Recognizer {
  readonly name = 'sets';
  readonly triggers = { words: ['every', 'each', 'once', 'twice', 'weekends', ...PLURAL_WEEKDAYS], digits: false };

  recognize({ text, tokens }: DocumentContext, starts: readonly number[]): TimeCandidate[] {
    const out: TimeCandidate[] = [];
    let done = -1;
    for (const i of starts) {
      if (i <= done) continue;
      const hit = this.at(tokens, i);
      if (!hit) continue;
      out.push(timeCandidate(text, tokens, i, hit.last, 'SET', hit.value));
      done = hit.last;
    }
    return out;
  }

  private at(tokens: readonly Token[], i: number): { last: number; value: string } | null {
    const w = tokens[i]!.lower;
    // "on Sundays", "Thursdays at 9am": a weekday in the plural recurs (a capital: "mondays" is no name)
    if (PLURAL_WEEKDAYS.includes(w))
      return /^[A-Z]/.test(tokens[i]!.text) ? { last: i, value: `XXXX-WXX-${WEEKDAYS.get(w.slice(0, -1))}` } : null;
    // "closed on weekends", "at weekends": every weekend ("for weekends", "two weekends" are lengths)
    if (w === 'weekends')
      return lowerAt(tokens, i - 1) === 'on' || lowerAt(tokens, i - 1) === 'at'
        ? { last: i, value: 'XXXX-WXX-WE' }
        : null;
    if (w === 'once' || w === 'twice') {
      // "once a week", "twice a year", and as a compound before a noun: "a twice-a-decade congress"
      const hyphens = tokens[i + 1]?.text === '-' && tokens[i + 3]?.text === '-' ? 1 : 0;
      const a = i + 1 + hyphens,
        u = a + 1 + hyphens;
      const unit = lowerAt(tokens, a) === 'a' ? UNITS.getAt(tokens, u) : undefined;
      return unit && !unit.plural ? { last: u, value: every(1, lowerAt(tokens, u)) } : null;
    }
    const unit = UNITS.getAt(tokens, i + 1);
    if (unit && !unit.plural) return { last: i + 1, value: every(1, lowerAt(tokens, i + 1)) };
    const day = WEEKDAYS.getAt(tokens, i + 1);
    if (day && lowerAt(tokens, i + 1).length > 3) return { last: i + 1, value: `XXXX-WXX-${day}` };
    // "each July", "every May 1": a month's name with its capital ("every march" is no month), and its day
    const month = MONTHS.getAt(tokens, i + 1);
    if (month && /^[A-Z]/.test(tokens[i + 1]!.text)) {
      const mm = `XXXX-${String(month).padStart(2, '0')}`;
      const day = /^\d{1,2}$/.test(tokens[i + 2]?.text ?? '') ? +tokens[i + 2]!.text : 0;
      return day >= 1 && day <= 31
        ? { last: i + 2, value: `${mm}-${String(day).padStart(2, '0')}` }
        : { last: i + 1, value: mm };
    }
    const part = PARTS_OF_DAY.getAt(tokens, i + 1);
    if (part) return { last: i + 1, value: `XXXX-XX-XXT${part}` };
    // "every summer" (TIMEX3 XXXX-SU); "each season", whichever it is, recurs every quarter of a year
    const season = SEASONS.getAt(tokens, i + 1);
    if (season) return { last: i + 1, value: `XXXX-${season}` };
    if (lowerAt(tokens, i + 1) === 'season') return { last: i + 1, value: 'P3M' };
    if (w !== 'every') return null;
    // "every few months", "every several years"
    const vague =
      lowerAt(tokens, i + 1) === 'few' || lowerAt(tokens, i + 1) === 'several' ? UNITS.getAt(tokens, i + 2) : undefined;
    if (vague?.plural) return { last: i + 2, value: durationValue('X', lowerAt(tokens, i + 2)) };
    // "every two weeks", "every other day"
    const other = lowerAt(tokens, i + 1) === 'other';
    const n = other ? { value: 2, last: i + 1 } : readNumber(tokens, i + 1);
    const u = n && Number.isInteger(n.value) && n.value > 1 ? UNITS.getAt(tokens, n.last + 1) : undefined;
    return n && u && u.plural === !other
      ? { last: n.last + 1, value: every(n.value, lowerAt(tokens, n.last + 1)) }
      : null;
  }
}

const PLURAL_WEEKDAYS = ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'];

/** The period of a recurrence: every n of a unit, as long as n of it lasts; "every weekend" is the weekend of every week. */
const every = (n: number, unitWord: string) =>
  UNITS.get(unitWord)!.letter === 'WE' ? 'XXXX-WXX-WE' : durationValue(n, unitWord);
