// One pass over the tokens finds where each recognizer may start, so that no recognizer walks the
// whole token array. Each recognizer gets a bit; the tokenizer tags every word with the bits of the
// recognizers it can start while it scans it (WordTagger), so a token's triggers cost no lookup here.
// Measured by `npm run bench`: per-token set lookups were the pipeline's largest single cost.
import { WordTagger, type Token } from './tokenize';
import type { Recognizer } from './types';

export class TriggerIndex {
  /** tokenize with this tagger for tokens whose tags are this index's bits */
  readonly tagger: WordTagger;

  constructor(private readonly recognizers: readonly Recognizer[]) {
    if (recognizers.length > 30) throw new Error('TriggerIndex: at most 30 recognizers');
    const lexicon = new Map<string, number>();
    let digitMask = 0;
    recognizers.forEach((r, k) => {
      if (r.triggers.digits) digitMask |= 1 << k;
    });
    recognizers.forEach((r, k) => {
      // a word starting with a digit ("1st") needs no entry for recognizers that take every such token
      for (const w of r.triggers.words)
        if (!(/^\d/.test(w) && digitMask & (1 << k))) lexicon.set(w, (lexicon.get(w) ?? 0) | (1 << k));
    });
    this.tagger = new WordTagger(lexicon, digitMask);
  }

  /** For each recognizer, in the order given, the ascending indices of the tokens that may start a match. */
  starts(tokens: readonly Token[]): number[][] {
    const out: number[][] = this.recognizers.map(() => []);
    for (let i = 0; i < tokens.length; i++) {
      let mask = tokens[i]!.tags;
      for (let k = 0; mask !== 0; k++, mask >>>= 1) if (mask & 1) out[k]!.push(i);
    }
    return out;
  }
}
