import * as assert from 'node:assert/strict';
import { paragraphBreaks } from '../../src/core/paragraphs';

describe('paragraphBreaks', () => {
  it('finds blank lines, with spaces, tabs or a carriage return in them', () => {
    // "a\n\nb" → [1, 3); "b\n \t\r\nc" → [4, 9)
    assert.deepEqual(paragraphBreaks('a\n\nb\n \t\r\nc'), [
      [1, 3],
      [4, 9],
    ]);
    assert.deepEqual(paragraphBreaks('a\r\n\r\nb'), [[2, 5]]);
  });
  it('not single line breaks; three line breaks make one blank line and a line break', () => {
    assert.deepEqual(paragraphBreaks('a\nb\nc'), []);
    assert.deepEqual(paragraphBreaks('a\n\n\nb'), [[1, 3]]);
  });
});
