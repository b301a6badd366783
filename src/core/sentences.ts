// Sentence boundaries over the token array: a period, question or exclamation mark before a
// capital or a line break, or a blank line; abbreviations ("U.S.", "Mr.", "Sept.") do not end one.
import { TokenKind, type Token } from './tokenize';
import { lastStartingAtOrBefore } from './shift';
import { QuickSet } from './quickSet';

/** titles written before a person's name, abbreviated ("Mr.", "Sen.", "Maj."), in lower case */
export const PERSON_TITLES = [
  'mr',
  'mrs',
  'ms',
  'messrs',
  'mme',
  'mlle',
  'rev',
  'adm',
  'maj',
  'brig',
  'supt',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
];
const ABBREVIATIONS = new QuickSet([
  ...PERSON_TITLES,
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'approx',
  'est',
  'fig',
]);

/** Whether token i is the stop of an abbreviation ("Corp.", "Mr.", "Sept."), which ends no sentence. */
export function abbreviationStopAt(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i]?.text === '.' && !!prev && ABBREVIATIONS.has(prev.lower) && prev.end === tokens[i]!.start;
}

/** punctuation that ends a line's sentence */
const LINE_FINAL = new Set(['.', '!', '?', ':', '”', '"']);
/** a capital, an opening quotation mark or a digit: how a sentence on a new line starts */
function startsLikeSentence(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x201c || c === 34;
}

export interface Sentence {
  /** token indices, last inclusive */
  first: number;
  last: number;
  start: number;
  end: number;
}

// the token array split last and its sentences: the stages that ask (deadlines, then facts) ask about
// one paragraph after another, and a WeakMap entry per paragraph cost more than the split it saved
let lastTokens: readonly Token[] | null = null;
let lastSentences: Sentence[] = [];

/** Sentences of a token array, computed once however many stages ask in a row (deadlines, facts). */
export function splitSentences(tokens: readonly Token[]): Sentence[] {
  if (tokens !== lastTokens) {
    lastSentences = split(tokens);
    lastTokens = tokens;
  }
  return lastSentences;
}

function split(tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last >= first) out.push({ first, last, start: tokens[first]!.start, end: tokens[last]!.end });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!,
      next = tokens[i + 1];
    if (next?.newlineBefore && i >= first) {
      // a blank line or a headline ends a sentence; a wrapped line runs on ("diplomats,\nofficials said")
      if (
        next.paragraphBefore ||
        LINE_FINAL.has(t.text) ||
        (t.kind !== TokenKind.Punct && startsLikeSentence(next.text))
      ) {
        close(i);
        continue;
      }
    }
    if (t.kind !== TokenKind.Punct && t.kind !== TokenKind.Word) continue; // numbers end nothing
    if (t.text === '.' || t.text === '!' || t.text === '?') {
      if (t.text === '.' && abbreviationStopAt(tokens, i)) continue;
      let last = i;
      while (tokens[last + 1] && /^[”"’')\]]$/.test(tokens[last + 1]!.text)) last++;
      const after = tokens[last + 1];
      if (!after || /^[A-Z0-9“"‘(]/.test(after.text) || after.newlineBefore) {
        close(last);
        i = last;
      }
    } else if (t.kind === TokenKind.Word && t.text.endsWith('.') && t.text.length > 2 && /^[A-Z]\./.test(t.text)) {
      // "the U.S." at the end of a sentence: the initialism swallowed the period
      const after = tokens[i + 1];
      if (
        after &&
        /^[A-Z“"]/.test(after.text) &&
        /^(The|In|On|But|He|She|It|They|We|A|An|This|That|Officials|However)$/.test(after.text)
      )
        close(i);
    }
  }
  close(tokens.length - 1);
  return out;
}

/** The index of the sentence that contains a character offset (binary search). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(sentences, offset));
}

/**
 * Whether a stretch of text between two spans crosses the end of a sentence: a stop, "!" or "?" before
 * a word not in lower case ("the U.S. and two in" stays one sentence), or a line break.
 */
export const crossesSentenceEnd = (gap: string): boolean => SENTENCE_END_IN_TEXT.test(gap);
const SENTENCE_END_IN_TEXT = /[.!?]["'”’]?\s+(?![a-z])|\n/;
/** How many sentence ends, as crossesSentenceEnd reads them, a stretch of text crosses. */
export const sentenceEndsIn = (gap: string): number => gap.match(SENTENCE_ENDS_IN_TEXT)?.length ?? 0;
const SENTENCE_ENDS_IN_TEXT = new RegExp(SENTENCE_END_IN_TEXT.source, 'g');
