import * as assert from 'node:assert/strict';
import { times } from './helpers';

describe('ApproximationRefiner', () => {
  it('"or so" after a time expression belongs to it, its value the figure\'s', () => {
    assert.deepEqual(times('It will close over the next year or so; it took 30 minutes or so.'), [
      'the next year or so=DATE:2023',
      '30 minutes or so=DURATION:PT30M',
    ]);
  });
  it('not "or sooner", and nothing after a count', () => {
    assert.deepEqual(times('Reply by Friday or sooner; a dozen or so people came.'), ['Friday=DATE:2022-04-01']);
  });
});
