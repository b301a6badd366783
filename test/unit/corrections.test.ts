import * as assert from 'node:assert/strict';
import { annotate, applyCorrections, type Annotation } from '../../src/core';

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
    const manual: Annotation = { id: 'm1', kind: 'count', start: 17, end: 29, text: '21 diplomats', source: 'manual', count: { value: 22, qualifier: 'exact', numberStart: 17, numberEnd: 19, noun: 'diplomats', nounStart: 20, nounEnd: 29 } };
    const out = applyCorrections(doc, TEXT, { added: [manual], rejected: [] });
    const counts = out.annotations.filter((a) => a.kind === 'count');
    assert.deepEqual(counts.map((a) => [a.id, a.source]), [['m1', 'manual']]);
    assert.equal(out.facts[0]!.count?.value, 22);
  });
  it('leaves the document alone without corrections', () => {
    assert.equal(applyCorrections(doc, TEXT, { added: [], rejected: [] }), doc);
  });
});
