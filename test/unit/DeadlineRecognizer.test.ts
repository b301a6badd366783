import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core';

const deadlines = (text: string) =>
  annotate(text, { articleDate: '2022-03-30' }).annotations.flatMap((a) => (a.kind === 'time' && a.time.deadline ? [`${a.text}→${a.time.deadline.due} (${a.time.deadline.cue})`] : []));

describe('DeadlineRecognizer', () => {
  describe('finds limits', () => {
    it('"given N to leave" and a headline "N to leave"', () => {
      assert.deepEqual(deadlines('They were given two weeks to leave the country.'), ['two weeks→2022-04-13 (given … to)']);
      assert.deepEqual(deadlines('72 hours to leave the country'), ['72 hours→2022-04-02 (… to)']);
    });
    it('"must … by", "has until", "a deadline of", "expires on"', () => {
      assert.deepEqual(deadlines('Latvia said the two diplomats must leave by midnight on Friday.'), ['midnight on Friday→2022-04-01T24:00 (must … by)']);
      assert.deepEqual(deadlines('Ethiopia has until noon Friday to reply.'), ['noon Friday→2022-04-01T12:00 (has until)']);
      assert.deepEqual(deadlines('Estonia gave its two a deadline of 1 May.'), ['1 May→2022-05-01 (deadline)']);
      assert.deepEqual(deadlines('The offer expires on June 3.'), ['June 3→2022-06-03 (expires)']);
    });
    it('"must … within N days" counts from the article date', () => {
      assert.deepEqual(deadlines('Importers must file declarations within 30 days.'), ['30 days→2022-04-29 (within)']);
    });
    it('counts from the day the text names', () => {
      assert.deepEqual(deadlines('On Monday, Lithuania gave the envoy five days to leave.'), ['five days→2022-04-02 (given … to)']);
    });
  });
  describe('does not take', () => {
    it('plans, lengths and earliest dates', () => {
      assert.deepEqual(deadlines('The company expects to finish the work by June.'), []);
      assert.deepEqual(deadlines('A three-week strike ended. The talks lasted two weeks. Not before March.'), []);
    });
  });
});
