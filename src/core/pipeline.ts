// The engine's configuration, in order: each stage either adds what it recognizes or refines what
// the stages before it found. Adding a recognizer is one file and one line here.
import { CountryRecognizer } from './recognizers/CountryRecognizer';
import { DateRecognizer } from './recognizers/DateRecognizer';
import { DurationRecognizer } from './recognizers/DurationRecognizer';
import { TimeOfDayRecognizer } from './recognizers/TimeOfDayRecognizer';
import { SetRecognizer } from './recognizers/SetRecognizer';
import { CountRecognizer } from './recognizers/CountRecognizer';
import { AnaphoricTimeRecognizer } from './recognizers/AnaphoricTimeRecognizer';
import { DeadlineRefiner } from './refiners/DeadlineRefiner';
import { TimeMergeRefiner } from './refiners/TimeMergeRefiner';
import { OverlapRefiner } from './refiners/OverlapRefiner';
import { ApproximationRefiner } from './refiners/ApproximationRefiner';
import type { Recognizer, Refiner } from './types';

export const PIPELINE: ReadonlyArray<Recognizer | Refiner> = [
  new CountryRecognizer(),
  new DateRecognizer(),
  new DurationRecognizer(),
  new TimeOfDayRecognizer(),
  new SetRecognizer(),
  new TimeMergeRefiner(), // "midnight" + "Thursday"
  new OverlapRefiner(), // longest time expression wins before counts look for numbers outside them
  new ApproximationRefiner(), // "a week or so"
  new AnaphoricTimeRecognizer(), // "until then": the value of the time before it, once times are merged
  new CountRecognizer(),
  new OverlapRefiner(),
  new DeadlineRefiner(), // marks the time expressions that set a limit
];
