// The engine's configuration, in order. Adding a recognizer is one file and one line here.
import { CountryRecognizer } from './recognizers/CountryRecognizer';
import { OverlapRefiner } from './refiners/OverlapRefiner';
import type { Recognizer, Refiner } from './types';

export const RECOGNIZERS: readonly Recognizer[] = [
  new CountryRecognizer(),
];

export const REFINERS: readonly Refiner[] = [
  new OverlapRefiner(),
];
