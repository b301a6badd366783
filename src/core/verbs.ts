// Verb forms and their lemmas, for the facts linker (FACTS.md: the action is "the lemma of the clause's
// main lexical verb"). The lexicon is generated from maintained word lists (scripts/build-verbs.mjs);
// regular forms are lemmatized by stripping their ending until a lemma of the list is found.
import { INFLECTED_ONLY_LEMMAS, IRREGULAR_VERB_FORMS, NOUN_FIRST_FORMS, VERB_LEMMAS } from './data/verbs.generated';
import { QuickSet } from './quickSet';

/** the forms of "be" that make a passive or a progressive of the participle after them */
export const BE_FORMS = new QuickSet(['be', 'been', 'being', 'was', 'were', 'is', 'are']);
/** the modal auxiliaries */
export const MODAL_VERBS = ['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must'];

export interface VerbForm {
  lemma: string;
  /** base ("expel"), third person ("expels"), past or participle ("expelled", "sold"), or gerund ("expelling") */
  form: 'base' | 's' | 'ed' | 'ing';
  /** a noun or an adjective first ("talks", "forces", "leading"): a verb only where the syntax says so */
  nounFirst: boolean;
}

let tables: {
  lemmas: Set<string>;
  /** the lemmas of regular forms: the verbs' and those of closed-class words ("own" of "owns", "owned") */
  stems: Set<string>;
  irregular: Map<string, string>;
  nounFirst: Set<string>;
} | null = null;

/** Built on first use: the engine loads without them, and most paragraphs never ask. */
function lexicon() {
  if (!tables) {
    const lemmas = new Set(VERB_LEMMAS.split(' '));
    tables = {
      lemmas,
      stems: new Set([...lemmas, ...INFLECTED_ONLY_LEMMAS.split(' ')]),
      irregular: new Map(IRREGULAR_VERB_FORMS.split(',').map((pair) => pair.split(' ') as [string, string])),
      nounFirst: new Set(NOUN_FIRST_FORMS.split(' ')),
    };
  }
  return tables;
}

const formOf = (w: string): VerbForm['form'] =>
  w.endsWith('ing') ? 'ing' : w.endsWith('s') && !w.endsWith('ss') ? 's' : 'ed';

/** answers already given: the words of news repeat, and a form is looked up for every word of a sentence with a count */
const memo = new Map<string, VerbForm | null>();

/** The verb a lower-case word is a form of, or null. */
export function verbForm(w: string): VerbForm | null {
  let v = memo.get(w);
  if (v === undefined) {
    if (memo.size > 50_000) memo.clear(); // bounded, whatever the input
    memo.set(w, (v = lookUp(w)));
  }
  return v;
}

/** Whether a lower-case word is a form of a verb that is no noun or adjective first ("existing", "told"; not "forces"). */
export function isVerbLike(w: string): boolean {
  const v = verbForm(w);
  return v !== null && !v.nounFirst;
}

/** Whether a lower-case word is a verb's form in -s that is no noun first: "says", "wants" (not "votes", "plans"). */
export function isPresentInS(w: string): boolean {
  const v = verbForm(w);
  return v?.form === 's' && !v.nounFirst;
}

/**
 * Whether a lower-case word is a past form or participle that tells the past by its form: not also
 * the base ("cut", "set") and no noun or adjective first ("forces").
 */
export function isPastForm(w: string): boolean {
  const v = verbForm(w);
  return !!v && v.form === 'ed' && v.lemma !== w && !v.nounFirst;
}

/** verbs whose past is written as their base (English's irregular "cut, cut, cut"; not "bid", a noun in markets) */
export const PAST_AS_BASE = new Set([
  'cut',
  'shed',
  'hit',
  'set',
  'shut',
  'put',
  'let',
  'spread',
  'cast',
  'quit',
  'split',
  'beat',
  'hurt',
  'cost',
  'burst',
  'forecast',
  'broadcast',
  'upset',
]);

/** Whether a lower-case word is the base form of a verb (besides whatever else it is: "wound", "found"). */
export const isLemma = (w: string): boolean => lexicon().lemmas.has(w);

function lookUp(w: string): VerbForm | null {
  const { lemmas, stems, irregular, nounFirst } = lexicon();
  const irregularLemma = irregular.get(w);
  if (irregularLemma) return { lemma: irregularLemma, form: formOf(w), nounFirst: nounFirst.has(w) };
  if (lemmas.has(w)) return { lemma: w, form: 'base', nounFirst: false };
  for (const [ending, form, replacements] of ENDINGS) {
    if (!w.endsWith(ending) || w.length < ending.length + 2) continue;
    const stem = w.slice(0, -ending.length);
    for (const r of replacements) {
      if (ending === 'es' && r === '' && !HISSING.test(stem)) continue;
      const lemma =
        r === 'double' ? (stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : '') : stem + r;
      if (lemma && stems.has(lemma)) return { lemma, form, nounFirst: nounFirst.has(w) };
    }
  }
  return null;
}

const HISSING = /(?:s|x|z|ch|sh|o)$/;

/** endings, the form they make and what restores the lemma: "carried" → carry, "expelled" → expel, "raised" → raise */
const ENDINGS: ReadonlyArray<[string, VerbForm['form'], readonly string[]]> = [
  ['ied', 'ed', ['y']],
  ['ies', 's', ['y']],
  ['ing', 'ing', ['', 'e', 'double']],
  ['ed', 'ed', ['', 'e', 'double']],
  ['es', 's', ['', 'e']], // '' only after a hiss or an o ("passes", "goes"): "sites" is no form of "sit"
  ['s', 's', ['']],
];
