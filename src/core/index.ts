// The engine's public surface: what the extension, the CLI and the tests import.
export { annotate, type AnnotateOptions } from './annotate';
export { findArticleDate } from './articleDate';
export { allCountries, countryName, flagOf } from './gazetteer';
export { computeTally, type Tally, type CountryTally, type StatedTotal } from './tally';
export { nounLemma } from './facts';
export * from './schema';
