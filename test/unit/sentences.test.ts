import * as assert from 'node:assert/strict';
import { crossesSentenceEnd, sentenceEndsIn, splitSentences } from '../../src/core/sentences';
import { tokenize } from '../../src/core/tokenize';

const sentences = (text: string) => splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at a period, question or exclamation mark before a capital', () => {
    assert.deepEqual(sentences('Belgium acted. Did Ireland? Yes! It did.'), [
      'Belgium acted.',
      'Did Ireland?',
      'Yes!',
      'It did.',
    ]);
  });
  it('not after abbreviations and initials: "U.S.", "Mr.", "Sept."', () => {
    assert.deepEqual(sentences('Mr. Smith met U.S. officials on Sept. 3 in Washington. They left.'), [
      'Mr. Smith met U.S. officials on Sept. 3 in Washington.',
      'They left.',
    ]);
    assert.deepEqual(sentences('Messrs. Drabinsky and Gottlieb met Rev. Jones and Maj. Smith. They left.'), [
      'Messrs. Drabinsky and Gottlieb met Rev. Jones and Maj. Smith.',
      'They left.',
    ]);
  });
  it('at a line break after a line that ends a sentence, as headlines and datelines do', () => {
    assert.deepEqual(sentences('BELGIUM EXPELS 21 DIPLOMATS\nBRUSSELS, March 29 - Belgium expelled 21.'), [
      'BELGIUM EXPELS 21 DIPLOMATS',
      'BRUSSELS, March 29 - Belgium expelled 21.',
    ]);
  });
  it('counts the sentence ends a stretch of text crosses, as crossesSentenceEnd reads them', () => {
    const gaps = [' afternoon. The blasts came ', ' the U.S. and two in ', ' one. Two. Three ', ' a line\nbreak ', ''];
    assert.deepEqual(gaps.map(sentenceEndsIn), [1, 0, 2, 1, 0]);
    assert.deepEqual(gaps.map(crossesSentenceEnd), [true, false, true, true, false]);
  });
});
