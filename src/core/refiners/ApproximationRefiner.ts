import type { Candidate, DocumentContext, Refiner } from '../types';

/** " or so" right after an expression, at a word's end ("or sooner" is no approximation) */
const OR_SO = /^\s+or\s+so(?![\p{L}\p{N}])/iu;
/** the longest " or so" OR_SO reads in news text, so that most candidates need no slice past it */
const MAX_OR_SO = 12;

/**
 * "a week or so", "the next year or so", "30 minutes or so": the approximation belongs to the time
 * expression, as TimeML spans it; its value stays the figure's (the vagueness is no other value).
 */
export class ApproximationRefiner implements Refiner {
  readonly name = 'approximations';

  refine(candidates: Candidate[], { text }: DocumentContext): Candidate[] {
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      if (c.kind !== 'time' || text.charCodeAt(c.end) !== 32 || text.charCodeAt(c.end + 1) !== 111) continue; // " o"
      const m = OR_SO.exec(text.slice(c.end, c.end + MAX_OR_SO));
      if (m) candidates[k] = { ...c, end: c.end + m[0].length, text: text.slice(c.start, c.end + m[0].length) };
    }
    return candidates;
  }
}
