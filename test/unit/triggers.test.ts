import * as assert from 'node:assert/strict';
import { TriggerIndex } from '../../src/core/triggers';
import { tokenize } from '../../src/core/tokenize';
import type { Recognizer } from '../../src/core/types';

const recognizer = (words: string[], digits: boolean): Recognizer => ({
  name: words.join('+'),
  triggers: { words, digits },
  recognize: () => [],
});

describe('TriggerIndex', () => {
  it('hands each recognizer the indices of its start tokens, in one pass', () => {
    const index = new TriggerIndex([
      recognizer(['every', 'monday'], false),
      recognizer(['the'], true),
      recognizer([','], false),
    ]);
    const tokens = tokenize('Every week 43 envoys left, in the 1990s; every Monday', index.tagger);
    // tokens: Every(0) week(1) 43(2) envoys(3) left(4) ,(5) in(6) the(7) 1990s(8) ;(9) every(10) Monday(11)
    assert.deepEqual(index.starts(tokens), [[0, 10, 11], [2, 7, 8], [5]]);
  });
  it('tags words whatever their case or letters: capitals, accents, initialisms, punctuation, digits', () => {
    const index = new TriggerIndex([recognizer(['monday', 'côte', 'u.s.', "'", '1st'], false)]);
    const tokens = tokenize("MONDAY in Côte d'Ivoire, the U.S. and the 1st Monday", index.tagger);
    // MONDAY(0) in(1) Côte(2) d(3) '(4) Ivoire(5) ,(6) the(7) U.S.(8) and(9) the(10) 1st(11) Monday(12)
    assert.deepEqual(index.starts(tokens), [[0, 2, 4, 8, 11, 12]]);
  });
  it('gives a recognizer without triggers in the text an empty list', () => {
    const index = new TriggerIndex([recognizer(['never'], false)]);
    assert.deepEqual(index.starts(tokenize('No such word, no digit.', index.tagger)), [[]]);
  });
});
