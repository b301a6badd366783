// The country tables as phrases, in the order they take effect: the generated world-countries
// table first, then the reviewed exceptions, which have the last word. scripts/build-gazetteer.mjs
// splits them into the tokenizer's words at build time (src/core/data/countryPhrases.generated.ts),
// so that loading the engine tokenizes nothing; gazetteer.ts builds its tries from that table.
import { GAZETTEER } from './data/gazetteer.generated';
import {
  DROPPED_ALIASES,
  EXTRA_CAPITALS,
  EXTRA_DEMONYMS,
  EXTRA_NAMES,
  GOVERNMENT_BUILDINGS,
  HISTORICAL_STATES,
  NOT_COUNTRIES,
} from './data/countryExceptions';
import { tokenize } from './tokenize';

export type Via = 'name' | 'alias' | 'demonym' | 'capital' | 'metonym';

/** Which trie a phrase goes to: country names, demonyms and metonyms, or capitals (which stand for a state only in some contexts). */
export type PhraseTrie = 'country' | 'capital';

export interface CountryPhrase {
  readonly trie: PhraseTrie;
  /** the phrase as written in the table, without a leading "the" */
  readonly form: string;
  /** ISO code, or null for a phrase that blocks country matches inside it */
  readonly code: string | null;
  readonly via: Via;
}

/** A phrase as the generated table holds it: its words in lower case, joined by spaces (no token has one), then code, via and form. */
export type PhraseRow = readonly [words: string, code: string | null, via: Via, form: string];

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

function plurals(demonym: string): string[] {
  return /(ese|ss|sh|ch|s|z|x)$/.test(demonym) ? [demonym] : [demonym, `${demonym}s`];
}

/** Every phrase of the tables; where two give the same words, the later one wins. */
export function countryPhrases(): CountryPhrase[] {
  const out: CountryPhrase[] = [];
  const add = (trie: PhraseTrie, phrase: string, code: string | null, via: Via) =>
    out.push({ trie, form: phrase.replace(/^the /i, ''), code, via });
  for (const [code, common, names, demonyms, capitals] of GAZETTEER) {
    for (const n of names)
      if (!DROPPED_ALIASES.has(n)) add('country', n, code, n === common || n === names[1] ? 'name' : 'alias'); // names[1] is the official name
    for (const d of demonyms) for (const form of plurals(d)) add('country', form, code, 'demonym');
    for (const c of capitals) add('capital', c, code, 'capital');
  }
  for (const [code, names] of Object.entries(EXTRA_NAMES))
    for (const n of names) add('country', n, code, n === countryName(code) ? 'name' : 'alias');
  for (const [code, forms] of Object.entries(EXTRA_DEMONYMS)) for (const d of forms) add('country', d, code, 'demonym');
  for (const [code, capitals] of Object.entries(EXTRA_CAPITALS))
    for (const c of capitals) add('capital', c, code, 'capital');
  add('country', 'Congo', 'CD', 'alias'); // since 1997 "Congo" alone mostly means the larger Congo
  for (const [building, code] of Object.entries(GOVERNMENT_BUILDINGS)) add('country', building, code, 'metonym');
  for (const phrase of NOT_COUNTRIES) add('country', phrase, null, 'name');
  return out;
}

/** The table scripts/build-gazetteer.mjs writes: each trie's phrases split into the tokenizer's words. */
export function countryPhraseRows(): Record<PhraseTrie, PhraseRow[]> {
  const rows: Record<PhraseTrie, PhraseRow[]> = { country: [], capital: [] };
  for (const { trie, form, code, via } of countryPhrases()) {
    const words = tokenize(form).map((t) => t.text.toLowerCase());
    if (words.length > 0) rows[trie].push([words.join(' '), code, via, form]);
  }
  return rows;
}
