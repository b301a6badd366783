// One pass over the tokens finds where each recognizer may start, so that no recognizer walks the
// whole token array: a paragraph's words are looked up once in a single table mapping a word to
// the recognizers it can start (a bit each), instead of once per recognizer in each one's own set.
// Measured by `npm run bench`: this per-token lookup was the largest single cost of the pipeline.
import { TokenKind, type Token } from './tokenize';
import type { Recognizer } from './types';

export class TriggerIndex {
  private readonly lexicon = new Map<string, number>();
  private readonly digitMask: number;

  constructor(private readonly recognizers: readonly Recognizer[]) {
    if (recognizers.length > 31) throw new Error('TriggerIndex: at most 31 recognizers');
    let digitMask = 0;
    recognizers.forEach((r, k) => {
      for (const w of r.triggers.words) this.lexicon.set(w, (this.lexicon.get(w) ?? 0) | (1 << k));
      if (r.triggers.digits) digitMask |= 1 << k;
    });
    this.digitMask = digitMask;
  }

  /** For each recognizer, in the order given, the ascending indices of the tokens that may start a match. */
  starts(tokens: readonly Token[]): number[][] {
    const out: number[][] = this.recognizers.map(() => []);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const c0 = t.text.charCodeAt(0);
      let mask = t.kind === TokenKind.Number || (c0 >= 48 && c0 <= 57) ? this.digitMask : 0;
      mask |= this.lexicon.get(t.lower) ?? 0;
      for (let k = 0; mask !== 0; k++, mask >>>= 1) if (mask & 1) out[k]!.push(i);
    }
    return out;
  }
}

