import { strict as assert } from 'node:assert';
import { countryPhraseRows } from '../../src/core/countryTables';
import { CAPITAL_PHRASES, COUNTRY_PHRASES } from '../../src/core/data/countryPhrases.generated';
import { CAPITAL_TRIE, COUNTRY_TRIE, type TrieNode } from '../../src/core/gazetteer';

const entryAt = (trie: TrieNode, words: string[]) =>
  words.reduce<TrieNode | undefined>((node, w) => node?.next.get(w), trie)?.entry;

describe('gazetteer', () => {
  it('is built from a phrase table that matches the tables and the tokenizer (run `npm run build` after editing either)', () => {
    assert.deepEqual(countryPhraseRows(), { country: COUNTRY_PHRASES, capital: CAPITAL_PHRASES });
  });

  it("stores phrases under the tokenizer's words in lower case", () => {
    assert.deepEqual(entryAt(COUNTRY_TRIE, ['côte', 'd', "'", 'ivoire']), {
      code: 'CI',
      via: 'alias',
      form: "Côte d'Ivoire",
      caseSensitive: false,
    });
    assert.equal(entryAt(COUNTRY_TRIE, ['u.s.'])?.code, 'US');
    assert.equal(entryAt(CAPITAL_TRIE, ['moscow'])?.code, 'RU');
  });

  it('keeps how a state was first named when a later table spells it again, and lets the exceptions block phrases', () => {
    assert.equal(entryAt(COUNTRY_TRIE, ['netherlands'])?.via, 'name');
    assert.equal(entryAt(COUNTRY_TRIE, ['us'])?.caseSensitive, true);
    assert.equal(entryAt(COUNTRY_TRIE, ['british', 'airways'])?.code, null);
  });
});
