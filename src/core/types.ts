import type { Annotation } from './schema';
import type { Token } from './tokenize';

type WithoutIdentity<T> = T extends unknown ? Omit<T, 'id' | 'source'> : never;
/** An annotation before ids are assigned; recognizers produce these. */
export type Candidate = WithoutIdentity<Annotation>;
export type CountryCandidate = Extract<Candidate, { kind: 'country' }>;
export type CountCandidate = Extract<Candidate, { kind: 'count' }>;
export type TimeCandidate = Extract<Candidate, { kind: 'time' }>;

/** What every recognizer reads: the text, its tokens once, the article date and earlier results. */
export interface DocumentContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** YYYY-MM-DD or null when the article has no date */
  readonly articleDate: string | null;
  /**
   * the day the story was written, when a wire's dateline puts it a day after the article date:
   * "yesterday" and weekdays count from it
   */
  readonly writtenOn?: string | null;
  /** the article reports by quarter (earnings news): "a year ago" then means the year-ago quarter */
  readonly quarterly?: boolean;
  /**
   * the date the paragraph before this one named last (YYYY, YYYY-MM or YYYY-MM-DD): what an anaphoric time that
   * opens the paragraph counts from ("In March, … ¶ The following month, …"); null when it named none
   */
  readonly carried?: string | null;
  /** results of the recognizers that ran before, in pipeline order */
  found: Candidate[];
}

/** The tokens a recognizer's matches can start with; the pipeline finds them for all recognizers in one pass. */
export interface Triggers {
  /** words in lower case (punctuation too: "'" of "'90s") */
  readonly words: Iterable<string>;
  /** tokens that start with a digit ("43", "1990s", "35th") */
  readonly digits: boolean;
}

export interface Recognizer {
  readonly name: string;
  readonly triggers: Triggers;
  /** starts: the ascending indices of the tokens that match triggers */
  recognize(ctx: DocumentContext, starts: readonly number[]): Candidate[];
}

export interface Refiner {
  readonly name: string;
  refine(candidates: Candidate[], ctx: DocumentContext): Candidate[];
}
