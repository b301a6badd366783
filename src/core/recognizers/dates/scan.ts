// What every date sub-grammar reads and builds (DateRecognizer dispatches to them, the way chrono
// keeps one format per parser file): the paragraph, the article date, the dates found before in the
// paragraph, and a builder of hits from token indices.
import type { YMD } from '../../timex';
import type { Token } from '../../tokenize';
import type { DocumentContext, TimeCandidate } from '../../types';

/** a candidate and the index of its last token */
export interface Hit {
  candidate: TimeCandidate;
  last: number;
}

/** builds a hit from token indices; one per recognize call */
export type Make = (first: number, last: number, value: string, type?: TimeCandidate['time']['type']) => Hit;

export interface DateScan {
  ctx: DocumentContext;
  tokens: readonly Token[];
  /** the article date, parsed */
  dct: YMD | null;
  /** the dates found so far in the paragraph, which "that year" and "the following day" refer to */
  before: readonly TimeCandidate[];
  make: Make;
}
