import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotate } from '../../src/core';
import { DocumentSchema } from '../../src/core/schema';

// Whatever the input, the engine answers: no exception, offsets inside the text, each annotation's
// text equal to its slice, a document that passes schema v1.
function check(text: string): void {
  const doc = annotate(text, { articleDate: '2022-03-30' });
  for (const a of doc.annotations) {
    assert.ok(
      a.start >= 0 && a.end <= text.length && a.start <= a.end,
      `offsets ${a.start}-${a.end} outside 0-${text.length}`,
    );
    assert.equal(text.slice(a.start, a.end), a.text);
    if (a.kind === 'count') assert.ok(a.count.numberStart >= a.start && a.count.numberEnd <= a.end);
  }
  const parsed = DocumentSchema.safeParse(doc);
  assert.ok(parsed.success, parsed.success ? '' : parsed.error.message);
}

const newsWords = [
  'two',
  'weeks',
  'Russia',
  'Russian',
  '43',
  'diplomats',
  'as',
  'many',
  'given',
  'to',
  'leave',
  'by',
  'Friday',
  'midnight',
  'U.S.',
  '-',
  ',',
  '.',
  '\n',
  'March',
  '30',
  '2022',
  'a',
  'dozen',
  'million',
  '$',
  '%',
  'ago',
  'until',
  'deadline',
  'the',
  'Kremlin',
  '“',
  '”',
  '\u{1F1FA}\u{1F1F8}',
  'Côte',
  'd’Ivoire',
  'late',
  'early',
  'mid',
  'end',
  'of',
  'last',
  'next',
  'this',
  'week',
  'Tuesday',
  'night',
  'noon',
  'a.m.',
  'quarter',
  'third',
  'fiscal',
  'year',
  'ago',
  'nineteen',
  'ninety',
  'Christmas',
  'within',
  'has',
  'must',
  '1/2',
  'to',
  'between',
  'and',
  'that',
  'following',
  'recent',
  'summer',
  'winter',
  'current',
  'dozens',
  'hundreds',
  'starting',
  'EST',
  "'",
  's',
  '90s',
  'Boeing',
  '747',
  'foot',
  'wait',
  'order',
  'told',
];

describe('properties of the engine on any text', () => {
  it('runs of edge words and number words far longer than the stack is deep (they once recursed per word)', () => {
    // 12 KB of these overflowed the stack; 200 KB must go through, the way any other text does
    for (const unit of ['late ', 'the end of ', 'early mid late ', 'one hundred and ', 'ninety-nine hundred and '])
      check(unit.repeat(Math.ceil(200_000 / unit.length)));
  });
  it('arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 300 });
  });
  it('news-like word salad, where the recognizers fire and overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...newsWords), { maxLength: 200 }).map((w) => w.join(' ')),
        check,
      ),
      { numRuns: 300 },
    );
  });
  it('date words at the very end of the text', () => {
    for (const tail of [
      'in late',
      'the end of',
      'early',
      'mid-',
      'last',
      'the',
      'two',
      'a',
      'nineteen',
      'Sept.',
      'the third',
      'at 9',
      'March',
    ])
      check(`It happened ${tail}`);
  });
  it('adversarial shapes: digit runs, repeats, no spaces, lone surrogates', () => {
    const adversarial = fc.oneof(
      fc.nat({ max: 5000 }).map((n) => '9'.repeat(n)),
      fc.nat({ max: 2000 }).map((n) => 'two '.repeat(n)),
      fc.nat({ max: 2000 }).map((n) => 'Russia'.repeat(n)),
      fc.nat({ max: 2000 }).map((n) => '1,000,'.repeat(n)),
      fc.nat({ max: 500 }).map((n) => 'U.S.'.repeat(n)),
      fc.nat({ max: 500 }).map((n) => '\uD800a\uDC00'.repeat(n)),
      fc.nat({ max: 300 }).map((n) => 'In June 1996 and that year and the following month, '.repeat(n)),
      fc.nat({ max: 300 }).map((n) => 'Friday as the deadline within a week, starting at noon Saturday '.repeat(n)),
      fc
        .nat({ max: 300 })
        .map((n) => 'Iraq has until January 15 and must leave by March 3 and a Friday deadline '.repeat(n)),
      fc
        .array(fc.constantFrom('late', 'early', 'mid', 'mid-', 'the end of', 'the beginning of'), { maxLength: 3000 })
        .map((w) => w.join(' ')),
      fc
        .array(fc.constantFrom('one', 'hundred', 'and', 'ninety', '-', 'nine', 'dozen', 'thousand'), {
          maxLength: 3000,
        })
        .map((w) => w.join(' ')),
    );
    fc.assert(fc.property(adversarial, check), { numRuns: 60 });
  });
});
