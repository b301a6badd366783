// Numbers written in digits or words, read from the token array. Shared by the count and
// duration recognizers so that "two dozen", "1.5 million" and "seventy-two" mean one thing.
import { digitLedWordAt, TokenKind, type Token } from './tokenize';
import { QuickMap, QuickSet } from './quickSet';

const UNITS = new QuickMap<number>([
  ['zero', 0],
  ['nought', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);
const TENS = new QuickMap<number>([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const SCALES = new Map<string, number>([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['mln', 1e6],
  ['bln', 1e9],
  ['m', 1e6],
  ['bn', 1e9],
  // the wire's misspellings and plurals, frequent enough to read ("3.5 bilion dlrs", "some 280 mlns stg")
  ['milion', 1e6],
  ['bilion', 1e9],
  ['mlns', 1e6],
  ['blns', 1e9],
]);

export const SCALE_WORDS = new QuickSet([...SCALES.keys(), 'dozen']);

/** The multiplier a word stands for ("million", "mln", "dozen"), or undefined. */
export const scaleOf = (word: string): number | undefined => SCALES.get(word) ?? (word === 'dozen' ? 12 : undefined);

/** The multiplier a number ends with ("12.5 million" → 1,000,000; "12" → 1). */
export function trailingScale(tokens: readonly Token[], n: NumberMatch): number {
  let scale = 1;
  for (let k = n.last; k > n.first && SCALE_WORDS.hasAt(tokens, k); k--) scale *= scaleOf(tokens[k]!.lower) ?? 1;
  return scale;
}

export interface NumberMatch {
  value: number;
  /** index of the first and last token of the number */
  first: number;
  last: number;
  /** written with digits */
  digits: boolean;
}

const lower = (t: Token | undefined) => (t ? t.lower : '');
/** a figure with the scale glued on: "1.6m", "300m", "2bn" */
export const GLUED_SCALE = /^(\d{1,3}(?:\.\d{1,3})?)(m|bn)$/;

/** Every word that can start a number, for recognizers' one-lookup pre-filters. */
/** the ordinals in words up to the twentieth, by their number: "fifth" 5 (a day of the month, or the end of "twenty-first") */
export const ORDINAL_WORDS = new QuickMap<number>(
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
    'twentieth',
  ].map((w, k) => [w, k + 1] as [string, number]),
);

export const NUMBER_START_WORDS = new QuickSet([
  ...UNITS.keys(),
  ...TENS.keys(),
  'dozen',
  'dozens',
  'a',
  'an',
  'half',
  'quarter',
]);

/** the scales that "a" can be the number of, as "one" is: "a million people" (not "a mln", which the wire does not write) */
const A_SCALES = new Set(['thousand', 'million', 'billion', 'trillion']);

/** Reads a number starting at token i, or null. "a dozen" and "a couple of" start at "a". */
export function readNumber(tokens: readonly Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (!t) return null;
  const w = lower(t);
  if (w === 'half' || w === 'quarter') return fractionOfScale(tokens, i);
  if (w === 'a' || w === 'an') {
    if (lower(tokens[i + 1]) === 'half' || lower(tokens[i + 1]) === 'quarter') {
      const f = fractionOfScale(tokens, i + 1);
      return f && { ...f, first: i };
    }
    if (lower(tokens[i + 1]) === 'dozen') return { value: 12, first: i, last: i + 1, digits: false };
    if (lower(tokens[i + 1]) === 'couple' && lower(tokens[i + 2]) === 'of') {
      // "a couple of dozen", "a couple of hundred": two of the scale
      const scale = scaleOf(lower(tokens[i + 3]));
      return scale
        ? { value: 2 * scale, first: i, last: i + 3, digits: false }
        : { value: 2, first: i, last: i + 2, digits: false };
    }
    // "a hundred thirty million", "a thousand"
    if (lower(tokens[i + 1]) === 'hundred') {
      const h = hundreds(tokens, 1, i + 1);
      return scaled(tokens, h.next, h.value, i, false, h.next - 1);
    }
    // "a thousand", "a million people", "a billion"
    if (A_SCALES.has(lower(tokens[i + 1]))) return scaled(tokens, i + 1, 1, i, false);
    return null;
  }
  if (digitLedWordAt(tokens, i)) {
    // "1.6m Muslims", "2bn people": a scale glued to its figure, as British news writes millions and billions
    const glued = GLUED_SCALE.exec(t.text);
    if (glued)
      return { value: Math.round(Number(glued[1]) * (glued[2] === 'm' ? 1e6 : 1e9)), first: i, last: i, digits: true };
  }
  if (t.kind === TokenKind.Number) {
    const value = Number(t.text.includes(',') ? t.text.replace(/,/g, '') : t.text);
    if (!Number.isFinite(value)) return null;
    const typo = misgrouped(tokens, i);
    if (typo) return scaled(tokens, i + 3, typo, i, true, i + 2);
    return scaled(tokens, i + 1, value, i, true, i);
  }
  const value = wordValue(tokens, i);
  if (!value) return null;
  return continued(
    tokens,
    spokenDecimal(tokens, i, value) ?? scaled(tokens, value.next, value.value, i, false, value.next - 1),
  );
}

/**
 * "eight thousand eight hundred", "two thousand five hundred and twelve", "one million two hundred
 * thousand": a number in words goes on past a scale of thousands with a group smaller than that scale
 * ("a thousand and two thousand" are two numbers).
 */
function continued(tokens: readonly Token[], m: NumberMatch): NumberMatch {
  const scale = scaleOf(lower(tokens[m.last])) ?? 0;
  if (scale < 1000) return m;
  const from = lower(tokens[m.last + 1]) === 'and' ? m.last + 2 : m.last + 1;
  const group = wordValue(tokens, from);
  if (!group) return m;
  const next = scaled(tokens, group.next, group.value, from, false, group.next - 1);
  // a group as large as the scale is another number: checked before reading on, so that a run of "one
  // thousand one thousand …" is read one number at a time (the scales after each other only fall)
  if (next.value >= scale) return m;
  const rest = continued(tokens, next);
  // ("six million and two thirds": a fraction's numerator)
  return rest.value < scale && !FRACTION_WORDS.hasAt(tokens, rest.last + 1)
    ? { value: m.value + rest.value, first: m.first, last: rest.last, digits: false }
    : m;
}
const FRACTION_WORDS = new QuickSet(
  ['half', 'halves', 'third', 'quarter', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'hundredth'].flatMap(
    (w) => [w, `${w}s`],
  ),
);

/**
 * "928,0000 shares", "900,00 shares": the wire's typos in a thousands group (more than three digits
 * after the comma, or two after three) read as the digits written; "1,2", "22,24,26" and "1986,1987" are lists.
 */
function misgrouped(tokens: readonly Token[], i: number): number | null {
  const head = tokens[i]!,
    comma = tokens[i + 1],
    tail = tokens[i + 2];
  if (comma?.text !== ',' || tail?.kind !== TokenKind.Number || comma.start !== head.end || tail.start !== comma.end)
    return null;
  // a list runs on: "nos. 22,24,26"
  if (tokens[i + 3]?.text === ',' && tokens[i + 3]!.start === tail.end) return null;
  const typo =
    (/^\d{3}$/.test(head.text) && /^\d{2}$/.test(tail.text)) ||
    // (not a year after a day: "March 3,1987")
    (/^\d{1,3}$/.test(head.text) && /^\d{4,}$/.test(tail.text) && !/^(?:1[89]|20)\d\d$/.test(tail.text));
  return typo ? Number(head.text + tail.text) : null;
}

/** "one point six billion", "four point six percent": a decimal said in words, before its scale or alone. */
function spokenDecimal(
  tokens: readonly Token[],
  first: number,
  whole: { value: number; next: number },
): NumberMatch | null {
  // ("at one point two men left": the idiom's point)
  if (lower(tokens[whole.next]) !== 'point' || whole.value >= 1000 || lower(tokens[first - 1]) === 'at') return null;
  let k = whole.next + 1,
    digits = '';
  for (let d = UNITS.getAt(tokens, k); d !== undefined && d < 10 && digits.length < 6; d = UNITS.getAt(tokens, ++k))
    digits += d;
  if (!digits) return null;
  const value = Number(`${whole.value}.${digits}`);
  return SCALE_WORDS.hasAt(tokens, k)
    ? scaled(tokens, k, value, first, false, k - 1)
    : { value, first, last: k - 1, digits: false };
}

/** "half a million", "a quarter million", "a quarter of a million", "half a dozen": a fraction of a large scale or a dozen (not "half an hour", "the third quarter"). */
function fractionOfScale(tokens: readonly Token[], i: number): NumberMatch | null {
  // "half a million", "a quarter of a million", "a half-million"
  let k = i + 1;
  if (lower(tokens[k]) === 'of' && lower(tokens[k + 1]) === 'a') k++;
  if (lower(tokens[k]) === 'a' || (tokens[k]?.text === '-' && tokens[k]!.start === tokens[i]!.end)) k++;
  // ("half-a-dozen")
  if (lower(tokens[k]) === 'a' && tokens[k - 1]?.text === '-' && tokens[k + 1]?.text === '-') k += 2;
  const word = lower(tokens[k]);
  const scale =
    word === 'million' || word === 'billion' || word === 'trillion' ? SCALES.get(word)! : word === 'dozen' ? 12 : 0;
  return scale ? { value: (lower(tokens[i]) === 'half' ? 0.5 : 0.25) * scale, first: i, last: k, digits: false } : null;
}

/** "seventy", "seventy-two", "seventy two", "one hundred and five" without the larger scales. */
function wordValue(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  if (lower(tokens[i]) === 'dozen') return { value: 12, next: i + 1 };
  const head = belowHundred(tokens, i);
  if (!head || lower(tokens[head.next]) !== 'hundred') return head;
  return hundreds(tokens, head.value, head.next);
}

/** "[one] hundred", "[a] hundred and five", "[two] hundred thirty": the head's hundreds at token `hundred` and a tail below a hundred. */
function hundreds(tokens: readonly Token[], head: number, hundred: number): { value: number; next: number } {
  // at most one "hundred" and one tail below a hundred: bounded look-ahead, however long a run of number words is
  const next = hundred + 1;
  const tail = belowHundred(tokens, lower(tokens[next]) === 'and' ? next + 1 : next);
  // "one hundred and one hundred" is two numbers, not 101 followed by a stray "hundred"
  const joins = tail && lower(tokens[tail.next]) !== 'hundred';
  return joins ? { value: head * 100 + tail.value, next: tail.next } : { value: head * 100, next };
}

/**
 * How many tokens "and a half" takes at token k, written apart (3) or glued by hyphens to the number
 * before it ("five-and-a-half months": 6, from the first hyphen); 0 when none stands there.
 */
export function andAHalfLength(tokens: readonly Token[], k: number): number {
  if (lower(tokens[k]) === 'and') return lower(tokens[k + 1]) === 'a' && lower(tokens[k + 2]) === 'half' ? 3 : 0;
  const glued = (j: number, word: string) =>
    tokens[j]?.text === '-' &&
    tokens[j]!.start === tokens[j - 1]!.end &&
    lower(tokens[j + 1]) === word &&
    tokens[j + 1]!.start === tokens[j]!.end;
  return k > 0 && glued(k, 'and') && glued(k + 2, 'a') && glued(k + 4, 'half') ? 6 : 0;
}

/** "seven", "seventy", "seventy-two", "seventy two": a value below a hundred. */
function belowHundred(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const unit = UNITS.getAt(tokens, i);
  if (unit !== undefined) return { value: unit, next: i + 1 };
  const ten = TENS.getAt(tokens, i);
  if (ten === undefined) return null;
  const hyphen = tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === tokens[i]!.end;
  const unitAt = hyphen ? i + 2 : i + 1;
  const u = UNITS.getAt(tokens, unitAt);
  return u !== undefined && u > 0 && u < 10 ? { value: ten + u, next: unitAt + 1 } : { value: ten, next: i + 1 };
}

/** Applies "million", "thousand", "dozen" after a number: "1.5 million", "two dozen". */
function scaled(
  tokens: readonly Token[],
  next: number,
  value: number,
  first: number,
  digits: boolean,
  last = next - 1,
): NumberMatch {
  let v = value,
    l = last,
    n = next;
  // "one and a half million", "2 and a half billion": the half joins the number before its scale
  // ("two and a half years" is left to the time recognizers)
  const half = andAHalfLength(tokens, n);
  if (half > 0 && SCALE_WORDS.hasAt(tokens, n + half)) {
    v += 0.5;
    n += half;
  }
  // "nearly three-dozen Russian citizens", "two-dozen people": a scale glued on by a hyphen
  if (
    tokens[n]?.text === '-' &&
    tokens[n]!.start === tokens[n - 1]!.end &&
    tokens[n + 1]?.start === tokens[n]!.end &&
    SCALE_WORDS.hasAt(tokens, n + 1)
  )
    n++;
  for (;;) {
    if (!SCALE_WORDS.hasAt(tokens, n)) break; // most numbers have none: no map lookup
    const s = scaleOf(lower(tokens[n]));
    // "thousand thousand thousand …" stops where the figure would leave what a number can hold exactly
    if (s === undefined || v * s > Number.MAX_SAFE_INTEGER) break;
    v *= s;
    l = n;
    n++;
  }
  return { value: Math.round(v * 1e6) / 1e6, first, last: l, digits };
}
