import * as assert from 'node:assert/strict';
import { annotate, categoryOf } from '../../src/core';
import { bratTypeOf } from '../../src/formats/brat';
import { labelOf } from '../../src/formats/w3c';

describe('categoryOf: the one place an annotation gets its category', () => {
  it('the highlight, the brat type and the W3C label agree for every annotation of a text', () => {
    const doc = annotate('Belgium gave 21 Russian diplomats two weeks to leave on Tuesday.', {
      articleDate: '2022-03-30',
    });
    const seen = doc.annotations.map((a) => [a.text, categoryOf(a), bratTypeOf(a), labelOf(a)]);
    assert.deepEqual(seen, [
      ['Belgium', 'country', 'Country', 'Country'],
      ['21 Russian diplomats', 'count', 'Count', 'Count'],
      ['Russian', 'country', 'Country', 'Country'],
      ['two weeks', 'deadline', 'Deadline', 'Deadline'],
      ['Tuesday', 'date', 'Time', 'Time expression'],
    ]);
  });
});
