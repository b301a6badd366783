import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { annotate, annotationsById, applyCorrections, factAnchor, type Annotation } from '../../src/core';
import { formatDocument } from '../../src/formats';
import { factCorrections, ImportError, parseImport, reanchor } from '../../src/formats/import';

const TEXT =
  'Kyiv 🇺🇦: Ukraine expelled 2 Russian diplomats, "a first",\nofficials said on Tuesday. They were given two weeks to leave.';
const doc = annotate(TEXT, { articleDate: '2022-03-30' });
const input = { text: TEXT, fileName: 'kyiv.txt' };
const essentials = (a: Annotation) => {
  const payload =
    a.kind === 'country'
      ? a.country
      : a.kind === 'count'
        ? { value: a.count.value, qualifier: a.count.qualifier, noun: a.count.noun }
        : a.time;
  return [a.kind, a.start, a.end, a.text, payload];
};

describe('import and round trips', () => {
  for (const [format, file] of [
    ['json', 'kyiv.annotations.json'],
    ['w3c', 'kyiv.w3c.jsonld'],
    ['brat', 'kyiv.ann'],
    ['labelstudio', 'kyiv.labelstudio.jsonl'],
  ] as const) {
    it(`${format}: export → import gives the same annotations`, () => {
      const { imported, rejected } = parseImport(file, formatDocument(format, doc, input), TEXT);
      assert.deepEqual(rejected, []);
      assert.deepEqual(
        imported.map((i) => essentials(i.annotation)),
        doc.annotations.map(essentials),
      );
      assert.ok(reanchor(imported, TEXT).every((a) => a.status === 'exact'));
    });
  }

  it('re-anchors by quote and context after the article was edited above, and reports what is gone', () => {
    const seed = readFileSync('seeds/diplomat-expulsions-2022-03-30.txt', 'utf8');
    const before = annotate(seed);
    const exported = formatDocument('w3c', before, { text: seed, fileName: 'seed.txt' });
    const edited = `EDITOR'S NOTE: updated.\n\n${seed.replace('Italy had agreed', 'a partner had agreed')}`;
    const anchored = reanchor(parseImport('seed.w3c.jsonld', exported, edited).imported, edited);
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
    assert.throws(
      () => parseImport('x.json', '{"schema": "news-annotator/v1", "annotations": 3}', TEXT),
      /does not follow schema v1: offsetUnit/,
    );
    assert.deepEqual(parseImport('x.ann', 'T1\tCountry nine ten\tUkraine', TEXT).rejected, [
      'line 1: malformed brat entity "T1\tCountry nine ten\tUkraine"',
    ]);
  });

  it('validates every imported annotation, reports the bad ones by line or number and keeps the good ones', () => {
    const brat = [
      'T1\tCountry 10 17\tUkraine',
      'N1\tReference T1 ISO3166:UA\tUkraine',
      'T2\tCountry 10 17\tUkraine',
      'N2\tReference T2 ISO3166:ua\tUkraine',
      'T3\tCountry 10 17\tUkraine',
      'N3\tReference T3 ISO3166:RUS\tRussia',
      'T4\tCountry 10 17\tUkraine',
      'N4\tReference T4 ISO3166:XQ\tNowhere',
      'T5\tPerson 10 17\tUkraine',
      'T6\tTime 17 10\tbackwards',
      'T7\tTime 10.5 17\tfractional',
    ].join('\n');
    const { imported, rejected } = parseImport('x.ann', brat, TEXT);
    assert.deepEqual(
      imported.map((i) => i.annotation.text),
      ['Ukraine'],
    );
    assert.equal(rejected.length, 6);
    assert.match(rejected[0]!, /^line 3: country\.code/);
    assert.match(rejected[1]!, /^line 5: country\.code/);
    assert.match(rejected[2]!, /^line 7: country\.code: XQ is not an ISO 3166 code/);
    assert.match(rejected[3]!, /^line 9: brat entity T5 has type Person/);
    assert.match(rejected[4]!, /^line 10: .*end must not be before start/);
    assert.match(rejected[5]!, /^line 11: malformed brat entity/);
    const json = JSON.stringify({
      schema: 'news-annotator/v1',
      offsetUnit: 'utf16',
      annotations: [doc.annotations[0], { ...doc.annotations[0], start: 1.5 }],
    });
    const fromJson = parseImport('x.news-annotator.json', json, TEXT);
    assert.equal(fromJson.imported.length, 1);
    assert.match(fromJson.rejected[0]!, /^annotation 2: start/);
  });

  it('brat: a span with a tab in it comes back whole', () => {
    const text = 'Belgium\tsaid so.';
    const tabbed = annotate(text, { articleDate: '2022-03-30' });
    const manual: Annotation = {
      id: 'm1',
      kind: 'country',
      start: 0,
      end: 12,
      text: 'Belgium\tsaid',
      source: 'manual',
      country: { code: 'BE', name: 'Belgium', via: 'name' },
    };
    const out = formatDocument('brat', { ...tabbed, annotations: [manual] }, { text, fileName: 'x.txt' });
    const { imported } = parseImport('x.ann', out, text);
    assert.deepEqual(
      imported.map((i) => [i.annotation.start, i.annotation.end, i.annotation.text]),
      [[0, 12, 'Belgium\tsaid']],
    );
  });
});

describe('Label Studio regions read by the engine', () => {
  it('a region someone drew is read from its own text, one the engine cannot read is listed', () => {
    const text = 'Belgian officials expelled 3 envoys on Monday.';
    const region = (id: string, start: number, end: number, label: string) => ({
      id,
      type: 'labels',
      from_name: 'label',
      to_name: 'text',
      value: { start, end, text: text.slice(start, end), labels: [label] },
    });
    const task = [
      {
        data: { text, articleDate: '2022-03-30' },
        annotations: [{ result: [region('r1', 0, 17, 'COUNTRY'), region('r2', 8, 17, 'COUNTRY')] }],
      },
    ];
    const { imported, rejected } = parseImport('project.json', JSON.stringify(task), text);
    assert.deepEqual(
      imported.map((i) => [i.annotation.text, i.annotation.kind === 'country' && i.annotation.country.code]),
      [['Belgian officials', 'BE']],
    );
    assert.deepEqual(rejected, ['region r2: the engine cannot read “officials” as COUNTRY; annotate it by hand']);
  });
});

describe('facts imported back as fact corrections', () => {
  const SEED = readFileSync('seeds/diplomat-expulsions-2022-03-30.txt', 'utf8');
  const engine = annotate(SEED);
  const anchorOf = (factId: string) => {
    const fact = engine.facts.find((f) => f.id === factId)!;
    return factAnchor(fact, annotationsById(engine))!;
  };
  // a user's work: the Netherlands fact rejected, Belgium's target set, Czechia's action and count changed
  const corrected = applyCorrections(engine, SEED, {
    added: [],
    rejected: [],
    facts: [
      { id: 'm1', anchor: anchorOf('f2'), rejected: true },
      { id: 'm2', anchor: anchorOf('f3'), target: { code: 'RU', name: 'Russia' } },
      { id: 'm3', anchor: anchorOf('f4'), action: 'order', value: 2 },
    ],
  });
  const importOnto = (format: 'json' | 'w3c' | 'brat' | 'labelstudio', file: string, doc = corrected) => {
    const parsed = parseImport(file, formatDocument(format, doc, { text: SEED, fileName: 'seed.txt' }), SEED);
    assert.deepEqual(parsed.rejected, []);
    const placed = reanchor(parsed.imported, SEED).map((a) => (a.status === 'lost' ? null : a.annotation));
    return factCorrections(engine, parsed, placed);
  };
  const byAnchor = (fixes: ReturnType<typeof factCorrections>['fixes']) =>
    Object.fromEntries(fixes.map((f) => [f.anchor.text, f.fix]));

  for (const [format, file] of [
    ['json', 'seed.annotations.json'],
    ['w3c', 'seed.w3c.jsonld'],
    ['brat', 'seed.ann'],
    ['labelstudio', 'seed.labelstudio.jsonl'],
  ] as const) {
    it(`${format}: the engine's own facts come back as confirmations, nothing to correct`, () => {
      const back = importOnto(format, file, engine);
      assert.deepEqual(back.fixes, []);
      assert.equal(back.confirmed, engine.facts.length);
      assert.deepEqual(back.unmatched, []);
    });
  }

  for (const [format, file] of [
    ['json', 'seed.annotations.json'],
    ['w3c', 'seed.w3c.jsonld'],
    ['brat', 'seed.ann'],
  ] as const)
    it(`${format}: a rejected fact, a changed target, action and count come back as the same corrections`, () => {
      const back = importOnto(format, file);
      assert.deepEqual(byAnchor(back.fixes), {
        '17 diplomats': { rejected: true },
        'a total of 21 diplomats': { target: { code: 'RU', name: 'Russia' } },
        'one diplomat': { action: 'order', value: 2 },
      });
      assert.equal(back.confirmed, 2);
      // applied to the engine's document, they give the user's facts again
      const fixes = back.fixes.map((f, k) => ({ id: `m${k + 1}`, anchor: f.anchor, ...f.fix }));
      assert.deepEqual(
        applyCorrections(engine, SEED, { added: [], rejected: [], facts: fixes }).facts,
        corrected.facts,
      );
    });

  it('labelstudio: relations carry what regions can, the rejected fact and parties mentioned in the sentence', () => {
    const swapped = applyCorrections(engine, SEED, {
      added: [],
      rejected: [],
      facts: [
        { id: 'm1', anchor: anchorOf('f2'), rejected: true },
        {
          id: 'm2',
          anchor: anchorOf('f5'),
          actor: { code: 'RU', name: 'Russia' },
          target: { code: 'IE', name: 'Ireland' },
        },
      ],
    });
    assert.deepEqual(byAnchor(importOnto('labelstudio', 'seed.labelstudio.jsonl', swapped).fixes), {
      '17 diplomats': { rejected: true },
      'four senior Russian officials': {
        actor: { code: 'RU', name: 'Russia' },
        target: { code: 'IE', name: 'Ireland' },
      },
    });
  });

  it('a file without facts corrects none, and a fact on a count the engine links nothing to is reported', () => {
    const json = JSON.parse(formatDocument('json', engine, { text: SEED, fileName: 'seed.txt' }));
    const withoutFacts = { ...json, facts: undefined };
    const parsed = parseImport('x.json', JSON.stringify(withoutFacts), SEED);
    const placed = reanchor(parsed.imported, SEED).map((a) => a.annotation);
    assert.deepEqual(factCorrections(engine, parsed, placed), { fixes: [], confirmed: 0, unmatched: [] });
    const noFacts = { ...engine, facts: [] };
    const full = parseImport('x.json', JSON.stringify(json), SEED);
    const back = factCorrections(
      noFacts,
      full,
      reanchor(full.imported, SEED).map((a) => a.annotation),
    );
    assert.equal(back.unmatched.length, engine.facts.length);
    assert.match(back.unmatched[0]!, /^fact 1: no fact on “as many as 43 Russian diplomats” to correct$/);
  });
});

describe('reanchor', () => {
  const country = (start: number, end: number, text: string): Annotation => ({
    id: 'x',
    kind: 'country',
    start,
    end,
    text,
    source: 'manual',
    country: { code: 'RU', name: 'Russia', via: 'name' },
  });
  const text = 'Russia said no. Later, Russia said yes.';

  it('keeps a correction in place only when its context is still there too', () => {
    // offsets of the first "Russia", context of the second: after an unsaved edit, the context tells
    const [placed] = reanchor(
      [{ annotation: country(0, 6, 'Russia'), prefix: 'said no. Later, ', suffix: ' said yes.' }],
      text,
    );
    assert.equal(placed!.status, 'moved');
    assert.equal(placed!.annotation.start, 23);
    const [stays] = reanchor(
      [{ annotation: country(23, 29, 'Russia'), prefix: 'said no. Later, ', suffix: ' said yes.' }],
      text,
    );
    assert.equal(stays!.status, 'exact');
  });
  it('gives a moved span the length of its quote, not the length it had', () => {
    const [placed] = reanchor(
      [{ annotation: country(0, 100, 'Russia'), prefix: 'Later, ', suffix: ' said yes' }],
      text,
    );
    assert.deepEqual([placed!.annotation.start, placed!.annotation.end], [23, 29]);
    assert.equal(text.slice(placed!.annotation.start, placed!.annotation.end), 'Russia');
  });
  it('on any edit of the text, every placed annotation spans its own quote', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.nat({ max: 40 }),
        (before, after, cut) => {
          const edited = `${before}${text.slice(0, cut)}${after}${text.slice(cut)}`;
          const originals = [country(0, 6, 'Russia'), country(23, 29, 'Russia'), country(7, 11, 'said')];
          for (const r of reanchor(
            originals.map((annotation) => ({
              annotation,
              prefix: text.slice(Math.max(0, annotation.start - 32), annotation.start),
              suffix: text.slice(annotation.end, annotation.end + 32),
            })),
            edited,
          )) {
            if (r.status === 'lost') continue;
            assert.equal(edited.slice(r.annotation.start, r.annotation.end), r.annotation.text);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
