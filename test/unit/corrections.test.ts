import * as assert from 'node:assert/strict';
import {
  annotate,
  applyCorrections,
  mergeCorrections,
  nextId,
  type Annotation,
  type CorrectionSet,
} from '../../src/core';

const TEXT = 'Belgium expelled 21 diplomats. Jordan said so.';

describe('applyCorrections', () => {
  const doc = annotate(TEXT, { articleDate: '2022-03-30' });
  it('removes a rejected annotation and relinks the facts without it', () => {
    const belgium = doc.annotations.find((a) => a.text === 'Belgium')!;
    const out = applyCorrections(doc, TEXT, { added: [], rejected: [belgium] });
    assert.ok(!out.annotations.some((a) => a.text === 'Belgium'));
    assert.equal(out.facts[0]!.actor, null);
  });
  it('adds a manual annotation, which replaces an automatic one on the same span', () => {
    const manual: Annotation = {
      id: 'm1',
      kind: 'count',
      start: 17,
      end: 29,
      text: '21 diplomats',
      source: 'manual',
      count: {
        value: 22,
        qualifier: 'exact',
        numberStart: 17,
        numberEnd: 19,
        noun: 'diplomats',
        nounStart: 20,
        nounEnd: 29,
      },
    };
    const out = applyCorrections(doc, TEXT, { added: [manual], rejected: [] });
    const counts = out.annotations.filter((a) => a.kind === 'count');
    assert.deepEqual(
      counts.map((a) => [a.id, a.source]),
      [['m1', 'manual']],
    );
    assert.equal(out.facts[0]!.count?.value, 22);
  });
  it('corrects a fact on the count it is built on, or drops a rejected one', () => {
    const count = doc.annotations.find((a) => a.kind === 'count')!;
    const fixed = applyCorrections(doc, TEXT, {
      added: [],
      rejected: [],
      facts: [{ id: 'm1', anchor: count, actor: { code: 'FR', name: 'France' }, action: 'oust' }],
    });
    assert.deepEqual(
      [fixed.facts[0]!.actor?.code, fixed.facts[0]!.action, fixed.facts[0]!.count?.value, fixed.facts[0]!.corrected],
      ['FR', 'oust', 21, true],
    );
    const rejected = applyCorrections(doc, TEXT, {
      added: [],
      rejected: [],
      facts: [{ id: 'm1', anchor: count, rejected: true }],
    });
    assert.equal(rejected.facts.length, 0);
    assert.equal(rejected.annotations.length, doc.annotations.length, 'the annotations stay');
  });
  it('leaves the document alone without corrections', () => {
    assert.equal(applyCorrections(doc, TEXT, { added: [], rejected: [] }), doc);
  });
});

describe('mergeCorrections: two windows writing one sidecar', () => {
  const country = (id: string, start: number, code = 'TR'): Annotation => ({
    id,
    kind: 'country',
    start,
    end: start + 8,
    text: 'Istanbul',
    source: 'manual',
    country: { code, name: code, via: 'city' },
  });
  const set = (added: Annotation[], rejected: Annotation[] = [], articleDate?: string): CorrectionSet => ({
    added,
    rejected,
    context: Object.fromEntries([...added, ...rejected].map((a) => [a.id, { prefix: `before ${a.id}`, suffix: '' }])),
    ...(articleDate ? { articleDate } : {}),
  });
  const ids = (c: CorrectionSet) => c.added.map((a) => `${a.id}@${a.start}`);

  it("keeps both windows' new corrections, renaming ours where both chose the same id", () => {
    const base = set([]);
    const theirs = set([country('m1', 10)]);
    const ours = set([country('m1', 50)]);
    const merged = mergeCorrections(base, ours, theirs);
    assert.deepEqual(ids(merged), ['m1@10', 'm2@50']);
    assert.deepEqual(
      merged.context.m2,
      { prefix: 'before m1', suffix: '' },
      'our context follows our renamed correction',
    );
  });
  it('applies what we removed, and keeps what they added meanwhile', () => {
    const base = set([country('m1', 10)]);
    const merged = mergeCorrections(base, set([]), set([country('m1', 10), country('m2', 30)]));
    assert.deepEqual(ids(merged), ['m2@30']);
    assert.deepEqual(Object.keys(merged.context), ['m2']);
  });
  it('lets their change stand where we changed nothing, and ours win where we did', () => {
    const base = set([country('m1', 10), country('m2', 30)]);
    const theirs = set([country('m1', 10, 'GR'), country('m2', 30, 'GR')]);
    const ours = set([country('m1', 10), country('m2', 30, 'CY')]);
    assert.deepEqual(
      mergeCorrections(base, ours, theirs).added.map((a) => a.kind === 'country' && a.country.code),
      ['GR', 'CY'],
    );
  });
  it('does not stack two corrections on one span: ours replaces theirs', () => {
    const merged = mergeCorrections(set([]), set([country('m1', 10, 'CY')]), set([country('m7', 10, 'GR')]));
    assert.deepEqual(
      merged.added.map((a) => a.kind === 'country' && `${a.id}:${a.country.code}`),
      ['m1:CY'],
    );
  });
  it('merges rejections and the article date the same way', () => {
    const auto = { ...country('c4', 60), source: 'auto' as const };
    const merged = mergeCorrections(set([]), set([], [auto]), set([], [], '2022-03-30'));
    assert.deepEqual(
      merged.rejected.map((a) => a.id),
      ['c4'],
    );
    assert.equal(merged.articleDate, '2022-03-30', 'theirs, since we did not change it');
    assert.equal(
      mergeCorrections(set([], [], '2022-03-30'), set([]), set([], [], '2022-03-30')).articleDate,
      undefined,
      'we cleared it',
    );
  });
  it('numbers new ids after the highest taken', () => {
    assert.equal(nextId(['m2', 'c1', 'm10', 'x']), 'm11');
    assert.equal(nextId([]), 'm1');
  });
});
