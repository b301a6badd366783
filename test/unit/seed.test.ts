import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { annotate, computeTally } from '../../src/core';
import { DocumentSchema } from '../../src/core/schema';
import { brief } from './helpers';

// Written by reading the seed article (seeds/diplomat-expulsions-2022-03-30.txt), not from the
// engine's output: every country mention, count, time expression and deadline a careful reader marks.
const text = readFileSync('seeds/diplomat-expulsions-2022-03-30.txt', 'utf8');
const doc = annotate(text, { fileName: 'diplomat-expulsions-2022-03-30.txt' });

describe('the seed article, read by hand', () => {
  it('is valid schema v1 with the header date', () => {
    assert.ok(DocumentSchema.safeParse(doc).success);
    assert.equal(doc.articleDate, '2022-03-30');
    assert.equal(doc.articleDateSource, 'header');
    for (const a of doc.annotations) assert.equal(text.slice(a.start, a.end), a.text);
  });

  it('every country mention, and no places', () => {
    const countries = doc.annotations
      .filter((a) => a.kind === 'country')
      .map((a) => `${a.text}=${a.country.code}/${a.country.via}`);
    assert.deepEqual(countries, [
      'Russian=RU/demonym',
      'Netherlands=NL/name',
      'Kremlin=RU/metonym',
      'Ireland=IE/name',
      'Belgium=BE/name',
      'Czech Republic=CZ/name',
      'Russian=RU/demonym',
      'Ukrainian=UA/demonym',
      'Belgian=BE/demonym',
      'Dutch=NL/demonym',
      'Czech Republic=CZ/name',
      'Russian=RU/demonym',
      'Ireland=IE/name',
      'Russian=RU/demonym',
      'Irish=IE/demonym',
      'Russians=RU/demonym',
      'Russian=RU/demonym',
      'Ukraine=UA/name',
      'Ukraine=UA/name',
      'Russia=RU/name',
      'Ukrainian=UA/demonym',
      'Russian=RU/demonym',
      'Ukrainian=UA/demonym',
      'Russia=RU/name',
      'Moscow=RU/capital',
      'Kyiv=UA/capital',
      'Ukraine=UA/name',
      'Italy=IT/name',
    ]);
  });

  it('every count, with its qualifier and noun', () => {
    assert.deepEqual(doc.annotations.filter((a) => a.kind === 'count').map(brief), [
      'four European countries=4/exact/countries',
      'as many as 43 Russian diplomats=43/at-most/diplomats',
      '17 diplomats=17/exact/diplomats',
      '3 other countries=3/exact/countries',
      'a total of 21 diplomats=21/exact/diplomats',
      'one diplomat=1/exact/diplomat',
      'four senior Russian officials=4/exact/officials',
    ]);
  });

  it('every time expression, resolved against 2022-03-30, with the two deadlines due', () => {
    assert.deepEqual(doc.annotations.filter((a) => a.kind === 'time').map(brief), [
      '2022-03-30=DATE:2022-03-30',
      'Tuesday=DATE:2022-03-29',
      'two weeks=DURATION:P2W→2022-04-13',
      '72 hours=DURATION:PT72H→2022-04-02',
      '72 hours=DURATION:PT72H→2022-04-02',
      'Wednesday=DATE:2022-03-30',
      'Tuesday=DATE:2022-03-29',
      'Tuesday=DATE:2022-03-29',
      'today=DATE:2022-03-30',
      'Earlier this week=DATE:2022-W13',
    ]);
    const belgian = doc.annotations.find((a) => a.kind === 'time' && a.text === 'two weeks');
    assert.deepEqual(belgian?.kind === 'time' && belgian.time.deadline, {
      due: '2022-04-13',
      anchor: '2022-03-30',
      cue: 'given … to',
      action: 'leave the country',
    });
  });

  it('the facts: four expelling countries and the stated total', () => {
    const facts = doc.facts.map((f) => [
      f.actor?.code ?? 'total',
      f.action,
      f.count?.value,
      f.count?.noun,
      f.target?.code ?? null,
      f.deadline?.due ?? null,
    ]);
    assert.deepEqual(facts, [
      ['total', 'expel', 43, 'diplomats', 'RU', null],
      ['NL', 'oust', 17, 'diplomats', 'RU', null],
      ['BE', 'remove', 21, 'diplomats', null, '2022-04-13'],
      ['CZ', 'expel', 1, 'diplomat', 'RU', '2022-04-02'],
      ['IE', 'request', 4, 'officials', 'RU', null],
    ]);
    assert.equal(doc.facts[0]!.total, true);
  });

  it('the tally: 17 + 21 + 1 = 39 diplomats and 4 officials beside the stated "as many as 43"', () => {
    const tally = computeTally(doc.facts);
    assert.deepEqual(
      tally.countries.map((c) => [c.code, c.counted]),
      [
        ['NL', { diplomat: 17 }],
        ['BE', { diplomat: 21 }],
        ['CZ', { diplomat: 1 }],
        ['IE', { official: 4 }],
      ],
    );
    assert.equal(tally.totals.length, 1);
    const [total] = tally.totals;
    assert.equal(total!.value, 43);
    assert.equal(total!.qualifier, 'at-most');
    assert.equal(total!.sameNounSum, 39);
    assert.equal(total!.allPartsSum, 43);
    assert.equal(total!.agrees, true);
  });
});
