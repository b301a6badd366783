import * as assert from 'node:assert/strict';
import { readNumber } from '../../src/core/numberWords';
import { tokenize } from '../../src/core/tokenize';

const read = (text: string) => {
  const tokens = tokenize(text);
  const n = readNumber(tokens, 0);
  return n && { value: n.value, text: text.slice(tokens[n.first]!.start, tokens[n.last]!.end), digits: n.digits };
};

describe('readNumber', () => {
  it('reads digits, separators and scale words', () => {
    assert.deepEqual(read('43 diplomats'), { value: 43, text: '43', digits: true });
    assert.deepEqual(read('1,200 troops'), { value: 1200, text: '1,200', digits: true });
    assert.deepEqual(read('1.5 million people'), { value: 1_500_000, text: '1.5 million', digits: true });
    assert.deepEqual(read('two dozen eggs'), { value: 24, text: 'two dozen', digits: false });
    // a million or a billion glued on, as British news writes them; not a unit ("3kg") nor a longer figure
    assert.deepEqual(read('1.6m Muslims'), { value: 1_600_000, text: '1.6m', digits: true });
    assert.deepEqual(read('2bn people'), { value: 2_000_000_000, text: '2bn', digits: true });
    assert.equal(read('3kg of rice'), null);
    assert.equal(read('1234m'), null);
  });
  it("reads the wire's typos in a thousands group as the digits written; lists and a day's year stay apart", () => {
    assert.deepEqual(read('928,0000 shares'), { value: 9_280_000, text: '928,0000', digits: true });
    assert.deepEqual(read('900,00 shares'), { value: 90_000, text: '900,00', digits: true });
    assert.deepEqual(read('1,2 and 3'), { value: 1, text: '1', digits: true });
    assert.deepEqual(read('22,24,26'), { value: 22, text: '22', digits: true });
    assert.deepEqual(read('3,1987'), { value: 3, text: '3', digits: true });
  });
  it('reads words for a decimal, before a scale or alone, and "a hundred" with its tail', () => {
    assert.equal(read('one point six billion dollars')?.value, 1_600_000_000);
    assert.deepEqual(read('four point six percent'), { value: 4.6, text: 'four point six', digits: false });
    assert.deepEqual(read('two point zero five'), { value: 2.05, text: 'two point zero five', digits: false });
    assert.deepEqual(read('nine point nought four'), { value: 9.04, text: 'nine point nought four', digits: false });
    assert.equal(read('a hundred thirty million')?.value, 130_000_000);
    // "a" is the number of any larger scale too, not of the wire's abbreviations
    assert.equal(read('a million people')?.value, 1_000_000);
    assert.equal(read('a billion')?.value, 1_000_000_000);
    assert.equal(read('a mln shares'), null);
  });
  it('stops taking scale words before the figure passes what a number holds exactly', () => {
    const n = read(`nine ${'thousand '.repeat(120)}people`)!;
    assert.equal(n.value, 9e15);
    assert.equal(n.text, 'nine thousand thousand thousand thousand thousand');
  });
  it('reads number words up to the hundreds, with or without "and" and hyphens', () => {
    assert.equal(read('seventy-two hours')?.value, 72);
    assert.equal(read('seventy two hours')?.value, 72);
    assert.equal(read('one hundred and five men')?.value, 105);
    assert.equal(read('three hundred twenty people')?.value, 320);
    assert.equal(read('nine hundred thousand')?.value, 900_000);
  });
  it('reads "a dozen", "a couple of", "half a million", "a hundred"', () => {
    assert.equal(read('a dozen states')?.value, 12);
    assert.equal(read('a couple of days')?.value, 2);
    // two of a scale after it
    assert.equal(read('a couple of dozen protesters')?.value, 24);
    assert.equal(read('a couple of hundred people')?.value, 200);
    assert.equal(read('half a million refugees')?.value, 500_000);
    assert.equal(read('a hundred ships')?.value, 100);
    // a scale glued on by hyphens
    assert.equal(read('three-dozen Russian citizens')?.value, 36);
    assert.equal(read('half-a-dozen people')?.value, 6);
    assert.equal(read('40-million population')?.value, 40_000_000);
  });
  it('reads on past a scale of thousands with a smaller group: "eight thousand eight hundred"', () => {
    assert.equal(read('eight thousand eight hundred')?.value, 8800);
    assert.equal(read('two thousand five hundred and twelve workers')?.value, 2512);
    assert.equal(read('one million two hundred thousand people')?.value, 1_200_000);
    assert.equal(read('twenty-one trillion and three hundred')?.value, 21_000_000_000_300);
    // a group as large as the scale is another number; a fraction's numerator is no part of the whole
    assert.deepEqual(read('a thousand and two thousand'), { value: 1000, text: 'a thousand', digits: false });
    assert.deepEqual(read('one thousand two thousand'), { value: 1000, text: 'one thousand', digits: false });
    assert.deepEqual(read('six million and two thirds'), { value: 6_000_000, text: 'six million', digits: false });
    assert.deepEqual(read('five hundred and twelve'), { value: 512, text: 'five hundred and twelve', digits: false });
    // a long run of the same scale is read one number at a time, with no deeper look-ahead (this overflowed the stack once)
    assert.deepEqual(read('one thousand '.repeat(50_000)), { value: 1000, text: 'one thousand', digits: false });
    assert.deepEqual(read('one thousand two hundred thousand'), { value: 1000, text: 'one thousand', digits: false });
  });
  it('stops at a second hundred: "one hundred and one hundred" is 100, then another number', () => {
    assert.deepEqual(read('one hundred and one hundred'), { value: 100, text: 'one hundred', digits: false });
  });
  it('reads nothing where no number starts', () => {
    assert.equal(read('a man'), null);
    assert.equal(read('half an hour'), null);
    assert.equal(read('the third quarter'), null);
    assert.equal(read('hundred'), null);
  });
});
