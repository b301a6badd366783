import * as assert from 'node:assert/strict';
import { AnaphoricTimeRecognizer } from '../../src/core/recognizers/AnaphoricTimeRecognizer';
import type { TimeCandidate } from '../../src/core/types';
import { brief, context, recognizeAlone, times } from './helpers';

/** a time expression found before, as the date recognizer hands it on */
const found = (text: string, phrase: string, type: TimeCandidate['time']['type'], value: string): TimeCandidate => {
  const start = text.indexOf(phrase);
  return { kind: 'time', start, end: start + phrase.length, text: phrase, time: { type, value } };
};
const alone = (text: string, before: TimeCandidate[]) =>
  recognizeAlone(new AnaphoricTimeRecognizer(), context(text, '2022-03-30', before)).map(brief);

describe('AnaphoricTimeRecognizer', () => {
  describe('finds', () => {
    it('"until then", "by that time" after a limit preposition, with the value of the time before it', () => {
      const text =
        'The offer expires on Friday at 17:00. Until then, holders may tender, and by that time they must sign.';
      assert.deepEqual(alone(text, [found(text, 'Friday at 17:00', 'TIME', '2022-04-01T17:00')]), [
        'then=TIME:2022-04-01T17:00',
        'that time=TIME:2022-04-01T17:00',
      ]);
    });
    it('"within that period", "during that period": the length of a known size before it', () => {
      const text = 'It has 90 days to find a buyer. If none is found within that period, the plant closes.';
      assert.deepEqual(alone(text, [found(text, '90 days', 'DURATION', 'P90D')]), ['that period=DURATION:P90D']);
    });
  });
  describe('does not take', () => {
    it('"then" or "that" without a limit preposition, "that day", or with no date before it to point at', () => {
      const text = 'Talks end on May 3. Then they vote, and that time is short; by that day, or by then, we know.';
      assert.deepEqual(
        alone(text, [found(text, 'May 3', 'DATE', '2022-05-03')]),
        ['then=DATE:2022-05-03'],
        'only "by then"',
      );
      assert.deepEqual(alone('Until then, nothing happened.', []), []);
      const length = 'They stayed three weeks. Until then, nothing.';
      assert.deepEqual(alone(length, [found(length, 'three weeks', 'DURATION', 'P3W')]), [], 'a length is no point');
      // "that period" points at a length of a known size only, after a preposition of a span
      const vague = 'It took a few years. Within that period, and that period alone, prices rose.';
      assert.deepEqual(alone(vague, [found(vague, 'a few years', 'DURATION', 'PXY')]), [], 'a vague length');
      const date = 'It ends on May 3. During that period, prices rose.';
      assert.deepEqual(alone(date, [found(date, 'May 3', 'DATE', '2022-05-03')]), [], 'a date is no period');
      // a time in the possessive only describes a noun: the one before it is pointed at
      const owned = "Trades entered by 1000 GMT and the previous day's trades by that time";
      assert.deepEqual(
        alone(owned, [
          found(owned, '1000 GMT', 'TIME', '2022-03-30T10:00'),
          found(owned, 'previous day', 'DATE', '2022-03-29'),
        ]),
        ['that time=TIME:2022-03-30T10:00'],
      );
    });
  });
  describe('in the pipeline', () => {
    it('a limit that points at a limit is that limit, due when it is', () => {
      assert.deepEqual(times('The rights terminate on May 31. Until then, the stock remains convertible.'), [
        'May 31=DATE:2022-05-31→2022-05-31',
        'then=DATE:2022-05-31→2022-05-31',
      ]);
    });
    it('"within that period" after a length given to act is that limit (30 March 2022 + 90 days = 28 June)', () => {
      assert.deepEqual(
        times('It has 90 days to find a buyer. If none is found within that period, the plant closes.'),
        ['90 days=DURATION:P90D→2022-06-28', 'that period=DURATION:P90D→2022-06-28'],
      );
    });
    it('is kept only as a limit: narrative "until then" after a date of an event is none', () => {
      assert.deepEqual(times('They met in May. Until then, nothing happened.'), ['May=DATE:2021-05']);
      assert.deepEqual(times('Sales doubled over five years. During that period, prices rose.'), [
        'five years=DURATION:P5Y',
      ]);
    });
  });
});
