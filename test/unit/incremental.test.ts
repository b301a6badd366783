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
  it('re-annotates the paragraph after one whose last date an edit changed, as anaphoric times there count from it', () => {
    const text = 'In March 2019, it hired a chief.\n\nThe following month, it put itself up for sale.\n';
    const cache = new ParagraphCache();
    annotate(text, { articleDate: '2022-03-30', cache });
    const edited = text.replace('March 2019', 'June 2019');
    cache.hits = cache.misses = 0;
    const again = annotate(edited, { articleDate: '2022-03-30', cache });
    assert.deepEqual(again, annotate(edited, { articleDate: '2022-03-30' }), 'the cached result equals a full run');
    assert.equal(cache.misses, 2, 'the edited paragraph and the one that counts from its date');
    const following = again.annotations.find((a) => a.text === 'The following month');
    assert.ok(following?.kind === 'time');
    assert.equal(following.time.value, '2019-07');
  });
});

describe('a paragraph the engine fails on', () => {
  const text = 'Russia expelled 43 diplomats.\n\nFrance expelled 12 diplomats.\n\nSpain expelled 25 diplomats.';
  // the trace hook runs inside a paragraph's pipeline: throwing there fails that paragraph as an engine error would
  const failSecond = (e: { paragraphStart: number }) => {
    if (e.paragraphStart === 31) throw new Error('boom');
  };

  it('loses its own annotations and is reported; the paragraphs around it keep theirs', () => {
    const failures: { start: number; end: number; message: string }[] = [];
    const doc = annotate(text, {
      articleDate: '2022-03-30',
      trace: failSecond,
      onParagraphError: (f) => failures.push(f),
    });
    assert.deepEqual(failures, [{ start: 31, end: 60, message: 'boom' }]);
    assert.equal(text.slice(31, 60), 'France expelled 12 diplomats.');
    assert.deepEqual(
      doc.annotations.map((a) => `${a.id} ${a.text}`),
      ['c1 Russia', 'n1 43 diplomats', 'c2 Spain', 'n2 25 diplomats'],
    );
    assert.deepEqual(
      doc.facts.map((f) => [f.actor?.code, f.count?.value]),
      [
        ['RU', 43],
        ['ES', 25],
      ],
    );
  });

  it('fails the whole document when the caller asked for no report', () => {
    assert.throws(() => annotate(text, { articleDate: '2022-03-30', trace: failSecond }), /boom/);
  });
});
