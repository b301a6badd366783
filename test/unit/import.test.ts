import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { annotate, type Annotation } from '../../src/core';
import { formatDocument } from '../../src/formats';
import { ImportError, parseImport, reanchor } from '../../src/formats/import';

const TEXT = 'Kyiv 🇺🇦: Ukraine expelled 2 Russian diplomats, "a first",\nofficials said on Tuesday. They were given two weeks to leave.';
const doc = annotate(TEXT, { articleDate: '2022-03-30' });
const input = { text: TEXT, fileName: 'kyiv.txt' };
const essentials = (a: Annotation) => {
  const payload = a.kind === 'country' ? a.country : a.kind === 'count' ? { value: a.count.value, qualifier: a.count.qualifier, noun: a.count.noun } : a.time;
  return [a.kind, a.start, a.end, a.text, payload];
};

describe('import and round trips', () => {
  for (const [format, file] of [['json', 'kyiv.annotations.json'], ['w3c', 'kyiv.w3c.jsonld'], ['brat', 'kyiv.ann']] as const) {
    it(`${format}: export → import gives the same annotations`, () => {
      const imported = parseImport(file, formatDocument(format, doc, input), TEXT);
      assert.deepEqual(imported.map((i) => essentials(i.annotation)), doc.annotations.map(essentials));
      assert.ok(reanchor(imported, TEXT).every((a) => a.status === 'exact'));
    });
  }

  it('re-anchors by quote and context after the article was edited above, and reports what is gone', () => {
    const seed = readFileSync('seeds/diplomat-expulsions-2022-03-30.txt', 'utf8');
    const before = annotate(seed);
    const exported = formatDocument('w3c', before, { text: seed, fileName: 'seed.txt' });
    const edited = `EDITOR'S NOTE: updated.\n\n${seed.replace('Italy had agreed', 'a partner had agreed')}`;
    const anchored = reanchor(parseImport('seed.w3c.jsonld', exported, edited), edited);
    const italy = anchored.find((a) => a.annotation.text === 'Italy')!;
    assert.equal(italy.status, 'lost');
    assert.match(italy.problem!, /Italy/);
    const moved = anchored.filter((a) => a.status === 'moved');
    assert.equal(moved.length, before.annotations.length - 1, 'everything else moved with the text');
    for (const a of moved) assert.equal(edited.slice(a.annotation.start, a.annotation.end), a.annotation.text);
    // the second "Russian" of the text is still the second one, found by its context
    const second = before.annotations.filter((a) => a.text === 'Russian')[1]!;
    const secondMoved = anchored.find((a) => a.annotation.id === second.id)!;
    assert.equal(secondMoved.annotation.start, second.start + 25);
  });

  it('rejects a file that is not an export, with the reason', () => {
    assert.throws(() => parseImport('x.json', '{"hello": 1}', TEXT), ImportError);
    assert.throws(() => parseImport('x.json', '{"schema": "news-annotator/v1", "annotations": 3}', TEXT), /does not follow schema v1: offsetUnit/);
    assert.throws(() => parseImport('x.ann', 'T1\tCountry nine ten\tUkraine', TEXT), /line 1: malformed brat entity/);
  });
});
