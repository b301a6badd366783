import * as assert from 'node:assert/strict';
import {
  annotate,
  applyCorrections,
  mergeCorrections,
  occurrences,
  ruleCorrections,
  type Annotation,
  type CorrectionSet,
  type Rule,
} from '../../src/core';

const TEXT =
  'Chad Mitchell spoke for the ministry. Chad said Belgium expelled 3 diplomats from Chad. Formosa and Chadian troops, and Formosa again.';
const doc = annotate(TEXT, { articleDate: '2022-03-30' });
const texts = (list: Annotation[]) => list.map((a) => [a.kind, a.text, a.start]);
const formosa: Annotation = {
  id: 'x',
  kind: 'country',
  start: TEXT.indexOf('Formosa'),
  end: TEXT.indexOf('Formosa') + 7,
  text: 'Formosa',
  source: 'manual',
  country: { code: 'TW', name: 'Taiwan', via: 'alias' },
};
const rejectChad: Rule = { id: 'w1', text: 'Chad', action: 'reject', category: 'country' };
const annotateFormosa: Rule = {
  id: 'm1',
  text: 'Formosa',
  action: 'annotate',
  category: 'country',
  annotation: formosa,
};

describe('rules: one correction for every occurrence', () => {
  it('finds words only where they stand whole (not in "Chadian")', () => {
    assert.deepEqual(occurrences(TEXT, 'Chad'), [0, 38, 82]);
    assert.deepEqual(occurrences('an ad, a bad ad', 'ad'), [3, 13]);
    assert.deepEqual(occurrences('no match here', 'Chad'), []);
    assert.deepEqual(occurrences('anything', ''), []);
  });

  it('a reject rule takes the engine annotations of its category on its words, and nothing else', () => {
    const chads = doc.annotations.filter((a) => a.kind === 'country' && a.text === 'Chad');
    assert.ok(chads.length >= 2, 'the engine reads the name as the country');
    const { added, rejected } = ruleCorrections(TEXT, doc.annotations, [rejectChad]);
    assert.deepEqual(added, []);
    assert.deepEqual(rejected, chads);
    assert.deepEqual(ruleCorrections(TEXT, doc.annotations, [{ ...rejectChad, category: 'count' }]).rejected, []);
  });

  it('an annotate rule puts its annotation on every occurrence, each with its own span and id', () => {
    const { added } = ruleCorrections(TEXT, doc.annotations, [annotateFormosa]);
    assert.deepEqual(
      added.map((a) => [a.id, a.start, a.end, a.text, a.kind === 'country' && a.country.code, a.source]),
      [
        ['m1.1', 88, 95, 'Formosa', 'TW', 'manual'],
        ['m1.2', 120, 127, 'Formosa', 'TW', 'manual'],
      ],
    );
  });

  it('moves a count rule’s number and noun with each occurrence', () => {
    const text = 'a dozen envoys left; later a dozen envoys came back';
    const model: Annotation = {
      id: 'x',
      kind: 'count',
      start: 2,
      end: 14,
      text: 'dozen envoys',
      source: 'manual',
      count: {
        value: 12,
        qualifier: 'exact',
        numberStart: 2,
        numberEnd: 7,
        noun: 'envoys',
        nounStart: 8,
        nounEnd: 14,
      },
    };
    const { added } = ruleCorrections(
      text,
      [],
      [{ id: 'm2', text: 'dozen envoys', action: 'annotate', category: 'count', annotation: model }],
    );
    const second = added[1]!;
    assert.equal(second.kind === 'count' && text.slice(second.count.numberStart, second.count.numberEnd), 'dozen');
    assert.equal(second.kind === 'count' && text.slice(second.count.nounStart!, second.count.nounEnd!), 'envoys');
  });

  it('applied with the article’s corrections: rules under them, facts relinked', () => {
    const out = applyCorrections(doc, TEXT, { added: [], rejected: [], rules: [rejectChad, annotateFormosa] });
    assert.deepEqual(texts(out.annotations.filter((a) => a.kind === 'country')), [
      ['country', 'Belgium', 48],
      ['country', 'Formosa', 88],
      ['country', 'Chadian', 100], // other words: not the rule's
      ['country', 'Formosa', 120],
    ]);
    assert.equal(doc.facts[0]?.target?.code, 'TD');
    assert.equal(out.facts[0]?.target, null, 'no rejected Chad left to be the target');
    // the article's own correction on one occurrence wins over the rule there
    const mine = { ...formosa, id: 'm9', country: { code: 'CN', name: 'China', via: 'name' as const } };
    const own = applyCorrections(doc, TEXT, { added: [mine], rejected: [], rules: [annotateFormosa] });
    assert.deepEqual(
      own.annotations.filter((a) => a.text === 'Formosa').map((a) => a.kind === 'country' && a.country.code),
      ['CN', 'TW'],
    );
    // a rule-made annotation the user rejected stays rejected
    const made = ruleCorrections(TEXT, doc.annotations, [annotateFormosa]).added[1]!;
    const without = applyCorrections(doc, TEXT, { added: [], rejected: [made], rules: [annotateFormosa] });
    assert.deepEqual(
      without.annotations.filter((a) => a.text === 'Formosa').map((a) => a.start),
      [88],
    );
  });

  it('merges rules made in two windows: both kept, the same words and action once', () => {
    const empty: CorrectionSet = { added: [], rejected: [], context: {} };
    const ours = { ...empty, rules: [rejectChad] };
    const theirs = { ...empty, rules: [annotateFormosa, { ...rejectChad, id: 'm7' }] };
    const merged = mergeCorrections(empty, ours, theirs);
    assert.deepEqual(
      merged.rules!.map((r) => [r.id, r.text, r.action]),
      [
        ['w1', 'Chad', 'reject'],
        ['m1', 'Formosa', 'annotate'],
      ],
    );
  });
});
