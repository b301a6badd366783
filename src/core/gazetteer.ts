// Lookup tables for country mentions, built once when the module loads from the generated
// world-countries table and the reviewed exceptions. Phrases are stored as a trie over the
// same tokens the tokenizer produces, so a mention is found with one map lookup per token.
import { GAZETTEER } from './data/gazetteer.generated';
import {
  DROPPED_ALIASES, EXTRA_CAPITALS, EXTRA_DEMONYMS, EXTRA_NAMES, GOVERNMENT_BUILDINGS, HISTORICAL_STATES, NOT_COUNTRIES,
} from './data/countryExceptions';
import { tokenize } from './tokenize';

export type Via = 'name' | 'alias' | 'demonym' | 'capital' | 'metonym';

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

const COUNTRY_NAMES = new Map<string, string>();
for (const [code, name] of GAZETTEER) COUNTRY_NAMES.set(code, name);
for (const [code, name] of Object.entries(HISTORICAL_STATES)) COUNTRY_NAMES.set(code, name);
COUNTRY_NAMES.set('CZ', 'Czech Republic');

/** The English short name of a state by ISO code ("RU" → "Russia"). */
export function countryName(code: string): string {
  return COUNTRY_NAMES.get(code) ?? code;
}

/** Every state with its code and name, for pickers and hovers. */
export function allCountries(): Array<{ code: string; name: string }> {
  return [...COUNTRY_NAMES].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Regional indicator symbols for a code: the flag emoji where the platform draws one. */
export function flagOf(code: string): string {
  if (!/^[A-Z]{2}$/.test(code) || HISTORICAL_STATES[code]) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

export const COUNTRY_TRIE: TrieNode = { next: new Map() };
export const CAPITAL_TRIE: TrieNode = { next: new Map() };

function add(trie: TrieNode, phrase: string, code: string | null, via: Via): void {
  const form = phrase.replace(/^the /i, '');
  const words = tokenize(form).map((t) => t.text.toLowerCase());
  if (words.length === 0) return;
  let node = trie;
  for (const w of words) {
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

function plurals(demonym: string): string[] {
  return /(ese|ss|sh|ch|s|z|x)$/.test(demonym) ? [demonym] : [demonym, `${demonym}s`];
}

for (const [code, common, names, demonyms, capitals] of GAZETTEER) {
  for (const n of names) if (!DROPPED_ALIASES.has(n)) add(COUNTRY_TRIE, n, code, n === common || n === names[1] ? 'name' : 'alias'); // names[1] is the official name
  for (const d of demonyms) for (const form of plurals(d)) add(COUNTRY_TRIE, form, code, 'demonym');
  for (const c of capitals) add(CAPITAL_TRIE, c, code, 'capital');
}
for (const [code, names] of Object.entries(EXTRA_NAMES)) for (const n of names) add(COUNTRY_TRIE, n, code, n === countryName(code) ? 'name' : 'alias');
for (const [code, forms] of Object.entries(EXTRA_DEMONYMS)) for (const d of forms) add(COUNTRY_TRIE, d, code, 'demonym');
for (const [code, capitals] of Object.entries(EXTRA_CAPITALS)) for (const c of capitals) add(CAPITAL_TRIE, c, code, 'capital');
add(COUNTRY_TRIE, 'Congo', 'CD', 'alias'); // since 1997 "Congo" alone mostly means the larger Congo
for (const [building, code] of Object.entries(GOVERNMENT_BUILDINGS)) add(COUNTRY_TRIE, building, code, 'metonym');
for (const phrase of NOT_COUNTRIES) add(COUNTRY_TRIE, phrase, null, 'name');
