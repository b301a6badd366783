// The subject right before a verb: only the words before a verb whose past is written as its base tell that
// past from a present, a noun or an infinitive ("GM cut 3,000 jobs", "the bank cut rates in January"), and
// only a subject before a present makes it one told of what is scheduled ("The Senate votes Monday").
import { DETERMINERS as NOUN_DETERMINERS } from './countedNoun';
import { QuickSet } from './quickSet';
import { isCapitalized, TokenKind, type Token } from './tokenize';
import { PAST_AS_BASE, verbForm } from './verbs';

/** the words that open a noun phrase: a noun after them is no verb's subject on its own */
export const DETERMINERS = new QuickSet([
  ...NOUN_DETERMINERS.keys(),
  'a',
  'an',
  'some',
  'all',
  'many',
  'most',
  'such',
  'no',
]);
export const PRONOUNS = new QuickSet(['it', 'they', 'he', 'she', 'we']);
const ARTICLES = new Set(['the', 'a', 'an']);
const NOUN_PHRASE_REACH = 4;

/**
 * Whether a verb of `lemma` whose past is its base is that past after its subject at token j: a singular
 * subject (a name, a pronoun, `subjectNouns`, or "the" and a noun) tells it ("GM cut 3,000 jobs", "the
 * company shed 70 businesses"; not "a budget cut", "tax cut", "to cut"). `first` is the sentence's first
 * token.
 */
export function pastAsBaseAfter(
  tokens: readonly Token[],
  lemma: string,
  j: number,
  first: number,
  subjectNouns?: QuickSet,
): boolean {
  return PAST_AS_BASE.has(lemma) && subjectAt(tokens, j, first, subjectNouns);
}

/**
 * Whether token j can be the subject of a verb right after it: a name, a pronoun, one of `subjectNouns`,
 * or the end of a noun phrase an article opens ("the storm"); never a determiner ("the end of the broadcast").
 */
export function subjectAt(tokens: readonly Token[], j: number, first: number, subjectNouns?: QuickSet): boolean {
  const subject = tokens[j];
  if (!subject || subject.kind !== TokenKind.Word || DETERMINERS.has(subject.lower)) return false;
  const w = subject.lower;
  return (
    isCapitalized(subject) || PRONOUNS.has(w) || !!subjectNouns?.hasAt(tokens, j) || nounPhraseEndsAt(tokens, j, first)
  );
}

/**
 * "the storm", "A U.S. cruise missile": an article a few words back, with only nouns and names between,
 * makes token j the end of a noun phrase (a base form there is a noun: "the storm hit three towns").
 */
function nounPhraseEndsAt(tokens: readonly Token[], j: number, first: number): boolean {
  for (let k = j - 1; k >= first && k >= j - NOUN_PHRASE_REACH; k--) {
    const t = tokens[k]!;
    // (right after the article a form in -s is a plural too: "the talks start Sunday"; not "the company says")
    if (ARTICLES.has(t.lower)) return k === j - 1 || (verbForm(tokens[j]!.lower)?.form ?? 'base') === 'base';
    if (t.kind !== TokenKind.Word && t.text !== '.') return false;
    const v = verbForm(t.lower);
    if (v && v.form !== 'base') return false;
  }
  return false;
}
