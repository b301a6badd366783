import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { annotate, ParagraphCache } from '../../src/core';

const seed = readFileSync('seeds/diplomat-expulsions-2022-03-30.txt', 'utf8');

describe('incremental annotation (ParagraphCache)', () => {
  it('gives the same document as a full run, and reuses unchanged paragraphs after an edit', () => {
    const cache = new ParagraphCache();
    const first = annotate(seed, { cache });
    assert.deepEqual(first, annotate(seed));
    const paragraphs = seed.split(/\n[ \t]*\n/).filter((p) => p.length > 0).length;
    assert.equal(cache.misses, paragraphs);

    const edited = seed.replace('Notably, the decision', 'Spain expelled 5 diplomats. Notably, the decision');
    cache.hits = cache.misses = 0;
    const second = annotate(edited, { cache });
    assert.deepEqual(second, annotate(edited), 'the cached result equals a full run');
    assert.equal(cache.misses, 1, 'only the edited paragraph is annotated again');
    assert.equal(cache.hits, paragraphs - 1);
    assert.ok(second.facts.some((f) => f.actor?.code === 'ES' && f.count?.value === 5));
  });
});
