// A single pass over char codes. Hand-written rather than a regex per token because every
// recognizer reads the same token array: the text is scanned once, whatever the number of
// recognizers. bench/ measures the whole pipeline against peer libraries.

import { fingerprint } from './quickSet';

export const enum TokenKind {
  Word = 0,
  Number = 1,
  Punct = 2,
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** text in lower case, computed once for every recognizer's table lookups */
  readonly lower: string;
  readonly kind: TokenKind;
  /**
   * a line break (or more) stands between this token and the previous one, one that ends a line of its own: a
   * line the text wraps at a fixed width mid-sentence ("43 Russian\ndiplomats") runs on
   */
  readonly newlineBefore: boolean;
  /** a blank line stands between this token and the previous one: a new paragraph */
  readonly paragraphBefore: boolean;
  /** what the tagger given to tokenize says of the word in lower case, and of every token that starts with a digit (TriggerIndex: which recognizers it may start) */
  readonly tags: number;
  /** QuickMap's table index of the word in lower case, computed from the characters scanned (QuickMap.hasAt) */
  readonly fingerprint: number;
}

/**
 * Numbers for words, found while the tokenizer scans them rather than by a map lookup per token
 * afterwards (hashing every fresh token string was the pipeline's largest single cost): words of
 * ASCII letters walk a trie stored in a typed array, one read per character; the few others
 * (digits, accents, initialisms, punctuation) are looked up in a map.
 */
export class WordTagger {
  /** child of node k by letter l at k * 26 + l; node 0 is "no such word", node 1 the root (16-bit
   * where it fits, so that the part in use stays in the processor's cache) */
  private readonly children: Uint16Array | Uint32Array;
  private readonly tagOfNode: Int32Array;
  private readonly others = new Map<string, number>();
  private readonly ascii = new Int32Array(128);
  /** whether any word starts with a digit ("1st"): if not, numbers need no lookup */
  readonly digitWords: boolean;

  /** digitTags: the tags of every token that starts with a digit, besides those of its word */
  constructor(
    words: ReadonlyMap<string, number>,
    readonly digitTags = 0,
  ) {
    this.digitWords = [...words.keys()].some((w) => /^\d/.test(w));
    for (const [w, tags] of words) if (w.length === 1 && w.charCodeAt(0) < 128) this.ascii[w.charCodeAt(0)] = tags;
    // at most one node per letter; nodes are numbered as they are made, so the ones in use sit together
    let nodes = 2;
    for (const w of words.keys()) nodes += w.length;
    this.children = nodes < 65536 ? new Uint16Array(nodes * 26) : new Uint32Array(nodes * 26);
    this.tagOfNode = new Int32Array(nodes);
    let used = 2;
    for (const [w, tags] of words) {
      this.others.set(w, tags);
      if (!/^[a-z]+$/.test(w)) continue;
      let node = 1;
      for (let k = 0; k < w.length; k++) {
        const at = node * 26 + w.charCodeAt(k) - 97;
        node = this.children[at] || (this.children[at] = used++);
      }
      this.tagOfNode[node]! |= tags;
    }
  }

  /** The node after letter c (A–Z or a–z) from node. */
  step(node: number, c: number): number {
    return this.children[node * 26 + (c | 32) - 97]!;
  }

  tagsOfNode(node: number): number {
    return this.tagOfNode[node]!;
  }

  tagsOfAscii(c: number): number {
    return this.ascii[c]!;
  }

  tagsOf(lower: string): number {
    return this.others.get(lower) ?? 0;
  }
}

const UNTAGGED = new WordTagger(new Map());

const LETTER_RE = /\p{L}|\p{M}/u;
// ASCII character classes in one table lookup: 1 letter, 2 digit, 3 space, 4 line break
const ASCII = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII[c] = ASCII[c + 32] = 1;
for (let c = 48; c <= 57; c++) ASCII[c] = 2;
ASCII[32] = ASCII[9] = ASCII[13] = 3;
ASCII[10] = 4;

// one shared string per ASCII punctuation mark instead of a new slice per occurrence
const ASCII_STRINGS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

function isLetter(c: number, text: string, i: number): boolean {
  if (c < 128) return ASCII[c] === 1;
  return c >= 0xc0 && LETTER_RE.test(text[i]!);
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 0xa0 ||
  c === 0x2009 ||
  c === 0x202f ||
  c === 0x200b ||
  c === 0xfeff;

// The text's UTF-16 code units in a reused typed array, which the scan reads instead of calling
// charCodeAt: on a paragraph sliced from the document each charCodeAt costs ~35 machine instructions
// against a few for a typed array read, and the scan reads most characters more than once
// (measured under valgrind; `npm run bench`). ASCII text, most news, is copied by the platform's
// TextEncoder; text with other characters one charCodeAt per unit.
const encoder = new TextEncoder();
/** past the text's last unit: zeros, which no test below takes for a letter, digit, space or period */
const SENTINELS = 8;
/** texts up to this long reuse one pair of buffers; a longer one gets its own, which the garbage collector takes back */
const REUSED = 1 << 16;

class CodeUnitBuffer {
  readonly units: Uint16Array;
  /** room for any text of up to `size` units in UTF-8 */
  private readonly bytes: Uint8Array;

  constructor(readonly size: number) {
    this.units = new Uint16Array(size + SENTINELS);
    this.bytes = new Uint8Array(3 * size);
  }

  fill(text: string): Uint16Array {
    const n = text.length;
    const { read, written } = encoder.encodeInto(text, this.bytes);
    // a character beyond ASCII takes two or more UTF-8 bytes: all ASCII if as many bytes as units
    if (read === n && written === n) this.units.set(this.bytes.subarray(0, n));
    else for (let k = 0; k < n; k++) this.units[k] = text.charCodeAt(k);
    this.units.fill(0, n, n + SENTINELS);
    return this.units;
  }
}

let reused = new CodeUnitBuffer(1 << 12);

function codeUnits(text: string): Uint16Array {
  const n = text.length;
  if (n <= reused.size) return reused.fill(text);
  if (n > REUSED) return new CodeUnitBuffer(n).fill(text);
  reused = new CodeUnitBuffer(Math.min(2 * n, REUSED));
  return reused.fill(text);
}

export function tokenize(text: string, tagger: WordTagger = UNTAGGED): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const codes = codeUnits(text);
  let i = 0;
  let newline = true;
  let newlines = 2;
  let lineStart = 0, // where the current line starts
    lineLength = 0; // how long the line ended by the last line break was
  while (i < n) {
    const c = codes[i]!;
    const cls = c < 128 ? ASCII[c]! : isSpace(c) ? 3 : 0;
    if (cls >= 3) {
      if (cls === 4) {
        newline = true;
        newlines++;
        lineLength = i - lineStart;
        lineStart = i + 1;
      }
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let upper = false;
    let node = 0; // the tagger's trie node for a word of ASCII letters only
    if (cls === 2) {
      i = scanNumber(codes, i, n);
      kind = TokenKind.Number;
      // "1990s", "35th", "5km": digits glued to letters make one word-like token
      if (i < n && isLetter(codes[i]!, text, i)) {
        while (i < n && (isLetter(codes[i]!, text, i) || isDigit(codes[i]!))) i++;
        kind = TokenKind.Word;
        upper = hasUpper(codes, start, i);
      }
    } else if (cls === 1 || (c >= 128 && isLetter(c, text, i))) {
      i = scanWord(text, codes, i, n, tagger);
      kind = TokenKind.Word;
      upper = sawUpper;
      node = lastNode;
    } else {
      // a surrogate pair stays one token so that slices never split a code point
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      kind = TokenKind.Punct;
    }
    const t = kind === TokenKind.Punct && c < 128 ? ASCII_STRINGS[c]! : text.slice(start, i);
    const lower = upper ? t.toLowerCase() : t;
    let tags =
      node > 0
        ? tagger.tagsOfNode(node)
        : node < 0
          ? 0
          : kind === TokenKind.Punct && c < 128
            ? tagger.tagsOfAscii(c)
            : kind === TokenKind.Word || tagger.digitWords
              ? tagger.tagsOf(lower)
              : 0;
    if (cls === 2) tags |= tagger.digitTags;
    // from the code units unless lower-casing may have changed more than ASCII letters' case
    const len = i - start;
    const ascii = node !== 0 || kind !== TokenKind.Word;
    const fp = ascii
      ? ((len & 15) << 10) | ((codes[start]! & 31) << 5) | (len > 1 ? codes[start + 1]! & 31 : 0)
      : fingerprint(lower);
    tokens.push({
      start,
      end: i,
      text: t,
      lower,
      kind,
      newlineBefore: newline && !(newlines === 1 && wrappedBefore(tokens, codes, start, i, n, lineLength)),
      paragraphBefore: newlines >= 2,
      tags,
      fingerprint: fp,
    });
    newline = false;
    newlines = 0;
  }
  return tokens;
}

/**
 * Whether the single line break before the token at start…end ended a line a text wrapped at a fixed width
 * mid-sentence: a long line, no indent after the break, a line that reads on (or ends in a word or a figure before
 * one in lower case: "three new Airbus A320\naircraft"), and no numbered item ("2. Pernila Wiberg") after it.
 */
function wrappedBefore(
  tokens: readonly Token[],
  codes: Uint16Array,
  start: number,
  end: number,
  n: number,
  lineLength: number,
): boolean {
  if (lineLength < WRAP_WIDTH || codes[start - 1] !== 10) return false;
  const last = tokens[tokens.length - 1];
  const c = codes[start]!;
  // (a figure too, before a word in lower case, on a line of prose: "developed with 28\nproducing wells", "the
  // rig count dropped by 52 to a total of 131\nworking rigs"; not a table's row, mostly figures: "week ago
  // holiday year ago 14,200\nweek to date 89,300")
  const lowerNext = c >= 97 && c <= 122;
  const loneFigure = last?.kind === TokenKind.Number && lowerNext && proseLine(tokens, codes, start - 1);
  if (!runsOn(last) && !(last?.kind === TokenKind.Word && lowerNext) && !loneFigure) return false;
  return !(c >= 48 && c <= 57 && end < n && LIST_MARKS.has(codes[end]!));
}
/** Whether the line that ends at the line break at `lineEnd` is prose: words, a figure here and there. */
function proseLine(tokens: readonly Token[], codes: Uint16Array, lineEnd: number): boolean {
  let lineStart = lineEnd;
  while (lineStart > 0 && codes[lineStart - 1] !== 10) lineStart--;
  let figures = 0,
    words = 0;
  for (let k = tokens.length - 1; k >= 0 && tokens[k]!.start >= lineStart; k--) {
    if (tokens[k]!.kind === TokenKind.Number) figures++;
    else if (tokens[k]!.kind === TokenKind.Word) words++;
  }
  return words >= PROSE_WORDS_PER_FIGURE * figures;
}
const PROSE_WORDS_PER_FIGURE = 4;
/** the stop or bracket after an item's number: "2.", "3)" */
const LIST_MARKS = new Set([46, 41]);
/** how long a line must be to have been wrapped at a fixed width rather than ended (a headline, a table's row) */
const WRAP_WIDTH = 40;
/**
 * Whether a line ending in token t reads on into the next: a word in lower case, a comma or a hyphen (not a
 * sentence's end, a headline's last capitalized word, nor a figure, which ends a table's row as often).
 */
const runsOn = (t: Token | undefined) =>
  t !== undefined && ((t.kind === TokenKind.Word && !/^[A-Z0-9]/.test(t.text)) || t.text === ',' || t.text === '-');

/** Whether lower-casing would change text[start, end): ASCII capitals or anything beyond ASCII. */
function hasUpper(codes: Uint16Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = codes[k]!;
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

function scanNumber(codes: Uint16Array, i: number, n: number): number {
  while (i < n && isDigit(codes[i]!)) i++;
  // separators and decimals: 1,500,000 and 1.5; "1,5" is accepted only with three digits after
  while (i + 1 < n) {
    const s = codes[i]!;
    if (s === 46 && isDigit(codes[i + 1]!)) {
      i += 1;
      while (i < n && isDigit(codes[i]!)) i++;
    } else if (
      s === 44 &&
      i + 3 < n &&
      isDigit(codes[i + 1]!) &&
      isDigit(codes[i + 2]!) &&
      isDigit(codes[i + 3]!) &&
      !isDigit(codes[i + 4]!)
    ) {
      i += 4;
    } else break;
  }
  return i;
}

// set by scanWord: whether the word it scanned has a character that lower-casing changes, and the
// tagger's trie node after it: > 0 a word of ASCII letters (1 the root), -1 one that left the trie
// (a word of ASCII letters the trie does not have), 0 a word of other characters
let sawUpper = false;
let lastNode = 0;

function scanWord(text: string, codes: Uint16Array, i: number, n: number, tagger: WordTagger): number {
  const start = i;
  sawUpper = false;
  let node = 1;
  for (; i < n; i++) {
    const c = codes[i]!;
    if (c < 128) {
      const k = ASCII[c]!;
      if (k === 0 || k >= 3) break;
      if (c <= 90 && c >= 65) sawUpper = true;
      if (k === 2) node = 0;
      else if (node > 0) node = tagger.step(node, c) || -1;
    } else if (isLetter(c, text, i)) {
      sawUpper = true;
      node = 0;
    } else break;
  }
  // initialisms with periods ("U.S.", "a.m.", "U.N."): a single letter, a period, a letter…
  if (i - start === 1 && codes[i]! === 46 && i + 1 < n && isLetter(codes[i + 1]!, text, i + 1)) {
    while (
      i + 1 < n &&
      codes[i]! === 46 &&
      isLetter(codes[i + 1]!, text, i + 1) &&
      !isLetter(codes[i + 2]!, text, i + 2)
    ) {
      const l = codes[i + 1]!;
      if ((l >= 65 && l <= 90) || l >= 128) sawUpper = true;
      i += 2;
    }
    if (codes[i]! === 46) i++;
    node = 0;
  }
  lastNode = node;
  return i;
}

/** Whether the token at k is a word in title case, a capital and then a small letter: "Credit", "Jetstream", not "NATO" */
export const titleCaseAt = (tokens: readonly Token[], k: number) => /^[A-Z][a-z]/.test(tokens[k]?.text ?? '');
export const isCapitalized = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0]!.toLowerCase());
};
/** "NATO", "U.S.": two or more characters, a capital letter and no small one (scanned rather than upper-cased: asked of many words). */
export function isAllCaps(t: Token): boolean {
  const s = t.text;
  if (s.length < 2 || s === t.lower) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return s === s.toUpperCase();
  }
  return true;
}

/** "Italy's", "the party’s": token i is followed by an apostrophe and "s". */
/** the auxiliaries a "n't" contracts, by the word the tokenizer leaves before "'t": "don't", "won't", "didn't" */
const CONTRACTED = new Map([
  ['don', 'do'],
  ['doesn', 'does'],
  ['didn', 'did'],
  ['won', 'will'],
  ['can', 'can'],
  ['couldn', 'could'],
  ['wouldn', 'would'],
  ['shouldn', 'should'],
  ['mustn', 'must'],
  ['isn', 'is'],
  ['aren', 'are'],
  ['wasn', 'was'],
  ['weren', 'were'],
  ['hasn', 'has'],
  ['haven', 'have'],
  ['hadn', 'had'],
]);
/** The auxiliary that token i is the first part of, when "'t" is glued after it ("won't": "will"), or null. */
export function contractedAt(tokens: readonly Token[], i: number): string | null {
  const apostrophe = tokens[i + 1],
    t = tokens[i + 2];
  if (!apostrophe || !t || (apostrophe.text !== "'" && apostrophe.text !== '’') || t.lower !== 't') return null;
  if (apostrophe.start !== tokens[i]!.end || t.start !== apostrophe.end) return null;
  return CONTRACTED.get(tokens[i]!.lower) ?? null;
}

/** The auxiliary a contraction ending at token k contracts, when k is its "t" ("won't": "will"), or null. */
export const contractionEndingAt = (tokens: readonly Token[], k: number): string | null =>
  tokens[k]?.lower === 't' && k >= 2 ? contractedAt(tokens, k - 2) : null;

/**
 * Whether token k is a word led by a digit, which the tokenizer keeps whole when letters follow the digits: an
 * ordinal ("15th"), a clock time ("5pm"), a figure with its scale glued on ("1.6m")
 */
export const digitLedWordAt = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === TokenKind.Word && tokens[k]!.text.charCodeAt(0) <= 57;

/** Whether token b follows token a with no space between. */
export const glued = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && a.end === b.start;
/** Whether a hyphen glued on both sides joins token k to the one after it: "would-be", "vice-presidents", "week-long" */
export const hyphenJoins = (tokens: readonly Token[], k: number) =>
  tokens[k + 1]?.text === '-' && glued(tokens[k], tokens[k + 1]) && glued(tokens[k + 1], tokens[k + 2]);

/** The nearest comma before token k, at most `reach` tokens back and not before token `first`, or -1. */
export function commaBefore(tokens: readonly Token[], k: number, reach: number, first: number): number {
  for (let j = k - 1; j >= first && j >= k - reach; j--) if (tokens[j]!.text === ',') return j;
  return -1;
}

export const isPossessiveAt = (tokens: readonly Token[], i: number) =>
  (tokens[i + 1]?.text === "'" || tokens[i + 1]?.text === '’') && tokens[i + 2]?.lower === 's';
