// The engine's public surface: what the extension, the CLI and the tests import.
export { annotate, ParagraphCache, type AnnotateOptions, type ParagraphFailure, type TraceEvent } from './annotate';
export { findArticleDate } from './articleDate';
export { calendarDate, dateProblem } from './timex';
export { parseUserDate } from './userDate';
export { allCountries, countryName, flagOf } from './gazetteer';
export { computeTally, type Tally, type CountryTally, type StatedTotal } from './tally';
export {
  compareArticles,
  countInterval,
  type Comparison,
  type ComparedArticle,
  type Disagreement,
  type EventGroup,
  type FactInArticle,
} from './compare';
export { nounLemma } from './facts';
export {
  annotationsById,
  applyCorrections,
  factAnchor,
  mergeCorrections,
  nextId,
  sameSpan,
  spanKey,
  type Corrections,
  type CorrectionSet,
  type FactCorrection,
} from './corrections';
export { occurrences, ruleCorrections, ruleKey, type Rule } from './rules';
// Types only: the zod schemas (./schema) load zod, which costs more than the whole engine at start-up;
// code that validates imports them from './schema' itself.
export type * from './schema';
export type { Candidate } from './types';
export { shiftFact, shiftSpan } from './shift';
export { categoryOf, type Category } from './category';
export { paragraphBreaks } from './paragraphs';
export { notText, utf8Bytes, withoutBom } from './textInput';
export { languageOf, LANGUAGE_NAMES } from './language';
export {
  overviewOf,
  type Overview,
  type OverviewArticle,
  type OverviewCountry,
  type OverviewDeadline,
} from './overview';
