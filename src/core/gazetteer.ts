// Lookup tables for country mentions, built once when the module loads from the phrase table that
// scripts/build-gazetteer.mjs generates (countryTables.ts says where the phrases come from). Phrases
// are stored as a trie over the same tokens the tokenizer produces, so a mention is found with one
// map lookup per token.
import { CAPITAL_PHRASES, COUNTRY_PHRASES } from './data/countryPhrases.generated';
import type { PhraseRow, Via } from './countryTables';

export { allCountries, countryName, flagOf, type Via } from './countryTables';

export interface PhraseEntry {
  /** ISO code, or null for a phrase that blocks country matches inside it */
  readonly code: string | null;
  readonly via: Via;
  /** the phrase as written in the table; all-caps short aliases (US, UK) must match their case */
  readonly form: string;
  readonly caseSensitive: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: PhraseEntry;
}

export const COUNTRY_TRIE: TrieNode = { next: new Map() };
export const CAPITAL_TRIE: TrieNode = { next: new Map() };

function insert(trie: TrieNode, [words, code, via, form]: PhraseRow): void {
  let node = trie;
  for (const w of words.split(' ')) {
    let child = node.next.get(w);
    if (!child) node.next.set(w, (child = { next: new Map() }));
    node = child;
  }
  // later tables override earlier ones (the reviewed exceptions have the last word), but another
  // spelling of the same state keeps how it was first recognized ("The Netherlands" stays a name)
  if (node.entry && node.entry.code === code) return;
  // Short all-caps aliases (US, UK) must match their case, or "us" would be the United States;
  // blocking phrases must match as written (or in headline capitals), or "US open skies talks"
  // would be the US Open.
  const caseSensitive = code === null || (form.length <= 5 && form === form.toUpperCase());
  node.entry = { code, via, form, caseSensitive };
}

for (const row of COUNTRY_PHRASES) insert(COUNTRY_TRIE, row);
for (const row of CAPITAL_PHRASES) insert(CAPITAL_TRIE, row);
