import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fingerprint } from '../../src/core/quickSet';
import { digitLedWordAt, tokenize } from '../../src/core/tokenize';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('words, numbers with separators, initialisms, punctuation', () => {
    assert.deepEqual(texts('The U.S. expelled 1,500 envoys, 2.5 times more.'), [
      'The',
      'U.S.',
      'expelled',
      '1,500',
      'envoys',
      ',',
      '2.5',
      'times',
      'more',
      '.',
    ]);
  });

  it('a word led by a digit: an ordinal, a clock time, a figure with its scale glued on; not a number, nor a word', () => {
    const tokens = tokenize('the 15th at 5pm: 1.6m people, 42 of them, Q3');
    const led = tokens.filter((_, k) => digitLedWordAt(tokens, k)).map((t) => t.text);
    assert.deepEqual(led, ['15th', '5pm', '1.6m']);
    assert.equal(digitLedWordAt(tokens, tokens.length), false);
  });

  it('reads past the end of a text as nothing, even after a longer text left other characters behind', () => {
    tokenize('U.S.A. and 1,500,000 more');
    assert.deepEqual(
      tokenize('U.S').map((t) => [t.text, t.start, t.end]),
      [['U.S', 0, 3]],
    );
    tokenize('1,500,000');
    assert.deepEqual(texts('1,500'), ['1,500']);
    assert.deepEqual(texts('1,50'), ['1', ',', '50']);
  });

  it('text beyond ASCII: accents, curly quotes, surrogate pairs, one code unit offsets', () => {
    const text = 'Côte d’Ivoire 😀 Zürich';
    const tokens = tokenize(text);
    assert.deepEqual(
      tokens.map((t) => t.text),
      ['Côte', 'd', '’', 'Ivoire', '😀', 'Zürich'],
    );
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.deepEqual(
      tokens.map((t) => t.lower),
      ['côte', 'd', '’', 'ivoire', '😀', 'zürich'],
    );
  });

  it('a line wrapped at a fixed width mid-sentence runs on; a headline, a table row, a list item, a paragraph do not', () => {
    const lineStarts = (s: string) => tokenize(s).flatMap((t) => (t.newlineBefore ? [t.text] : []));
    // (the first token opens a line)
    assert.deepEqual(
      lineStarts(
        'Four European countries have expelled as many as 43 Russian\ndiplomats and bought three new Airbus Industries A320\naircraft.',
      ),
      ['Four'],
    );
    assert.deepEqual(
      lineStarts(
        'RUSSIA EXPELS DIPLOMATS OVER SPY ROW IN BRUSSELS\nFour countries acted.\nCrude petroleum 2,557 2,832 15,838 17,648\nproducts rose.',
      ),
      ['RUSSIA', 'Four', 'Crude', 'products'],
    );
    // a figure that ends a line of prose before a word in lower case reads on; a row of figures ends its line
    assert.deepEqual(
      lineStarts(
        'Crown said the Wyona field is fully developed with 28\nproducing wells and dropped by 52 to a total of 131\nworking rigs.\nThursday 600 week ago holiday year ago 14,200\nweek to date 89,300',
      ),
      ['Crown', 'Thursday', 'week'],
    );
    // a short line, an indented one, a numbered item, a blank line between
    assert.deepEqual(
      lineStarts(
        'Shr 34 cts vs 1.19 dlrs and\nNet 807,000\nThe company said it sold the plant to a buyer\n    in Ohio. The list of the winners of the race\n2. Wiberg won the second race of the season, and\n\nthe next.',
      ),
      ['Shr', 'Net', 'The', 'in', '2', 'the'],
    );
  });

  it('a text too long to share the scan buffer', () => {
    const text = `${'a '.repeat(40_000)}Belgium, 21.`;
    const tokens = tokenize(text);
    assert.equal(tokens.length, 40_004);
    assert.deepEqual(
      tokens.slice(-4).map((t) => [t.text, t.start]),
      [
        ['Belgium', 80_000],
        [',', 80_007],
        ['21', 80_009],
        ['.', 80_011],
      ],
    );
    assert.deepEqual(texts('short, after it'), ['short', ',', 'after', 'it']);
  });

  it('on any text: each token is its slice, and carries the fingerprint of its lower case (QuickMap.hasAt relies on it)', () => {
    const words = fc.constantFrom(
      'The',
      'U.S.',
      'ÉTATS',
      'İstanbul',
      'Straße',
      'ǅ',
      '1990s',
      '1,500',
      '2.5',
      '“',
      '😀',
      'a',
      'x',
      '-',
      'Monday',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (s) => {
        for (const t of tokenize(s)) {
          assert.equal(s.slice(t.start, t.end), t.text);
          assert.equal(t.fingerprint, fingerprint(t.lower), t.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
