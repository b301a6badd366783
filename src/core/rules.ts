// Rules: one correction for every occurrence ("'Chad' here is a person", "'Georgia' means the US
// state"). A rule names words, not a place, so it holds on every article it covers and survives any
// edit: it is expanded into ordinary corrections each time the article is annotated.
import { categoryOf, type Category } from './category';
import type { Annotation } from './schema';
import { shiftSpan } from './shift';

export interface Rule {
  id: string;
  /** the words, matched case-sensitively as whole words */
  text: string;
  /** reject: the engine's annotations of `category` on these words are wrong; annotate: every occurrence is `annotation` */
  action: 'reject' | 'annotate';
  category: Category;
  /** for annotate: what each occurrence resolves to (its offsets are those of the occurrence it was made on) */
  annotation?: Annotation;
}

/** The corrections a set of rules makes on a text: annotations added on each occurrence, the engine's rejected. */
export function ruleCorrections(
  text: string,
  annotations: readonly Annotation[],
  rules: readonly Rule[],
): { added: Annotation[]; rejected: Annotation[] } {
  const added: Annotation[] = [],
    rejected: Annotation[] = [];
  for (const rule of rules) {
    if (rule.action === 'reject') {
      for (const a of annotations) if (a.text === rule.text && categoryOf(a) === rule.category) rejected.push(a);
      continue;
    }
    const model = rule.annotation;
    if (!model) continue;
    occurrences(text, rule.text).forEach((start, k) =>
      added.push({ ...shiftSpan(model, start - model.start), id: `${rule.id}.${k + 1}`, source: 'manual' }),
    );
  }
  return { added, rejected };
}

const WORD = /[\p{L}\p{N}]/u;

/** Where `words` stand in `text` as whole words (not inside a longer word). */
export function occurrences(text: string, words: string): number[] {
  const out: number[] = [];
  if (!words) return out;
  for (let i = text.indexOf(words); i !== -1; i = text.indexOf(words, i + 1)) {
    const before = i > 0 && WORD.test(text[i - 1]!) && WORD.test(words[0]!);
    const after = WORD.test(text[i + words.length] ?? '') && WORD.test(words[words.length - 1]!);
    if (!before && !after) out.push(i);
  }
  return out;
}

/** What makes two rules the same rule, whatever their ids. */
export const ruleKey = (r: Rule) => `${r.action}:${r.category}:${r.text}`;
