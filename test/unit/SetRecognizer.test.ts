import * as assert from 'node:assert/strict';
import { times } from './helpers';

describe('SetRecognizer', () => {
  it('"every week", "each Monday", "daily"', () => {
    assert.deepEqual(times('They report every week and meet each Monday; the daily tally'), [
      'every week=SET:P1W', 'each Monday=SET:XXXX-WXX-1', 'daily=SET:P1D',
    ]);
  });
  it('not "every one"', () => {
    assert.deepEqual(times('every one of them'), []);
  });
});
