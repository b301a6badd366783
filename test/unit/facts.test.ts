import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core';

// who did what to how many of whom, with what limit: one line per fact
const facts = (text: string) =>
  annotate(text, { articleDate: '2022-04-05' }).facts.map((f) =>
    `${f.actor?.code ?? '-'} ${f.action} ${f.count ? `${f.count.value} ${f.count.noun}` : '-'} of ${f.target?.code ?? '-'}${f.deadline ? ` by ${f.deadline.due}` : ''}`);

describe('facts linker', () => {
  it('the acting country, the action, the count and whose they are', () => {
    assert.deepEqual(facts('Sweden expelled three Russian diplomats.'), ['SE expel 3 diplomats of RU']);
  });
  it('a limit in the same clause, or handed over by a later verb', () => {
    // 2022-04-05 + two weeks = 19 April
    assert.deepEqual(facts('Sweden expelled three Russian diplomats and gave them two weeks to leave.'), ['SE expel 3 diplomats of RU by 2022-04-19']);
  });
  it('the passive: the count before the verb, its demonym as the target', () => {
    assert.deepEqual(facts('Japan said eight Russian diplomats would be expelled, giving them until April 20 to leave.'), ['JP expel 8 diplomats of RU by 2022-04-20']);
  });
  it('a bare count counts what the same action counted just before in the paragraph', () => {
    assert.deepEqual(facts('Germany expelled 40 Russian diplomats, and France said it would expel 35. Italy ordered 30 to leave.'), [
      'DE expel 40 diplomats of RU', 'FR expel 35 diplomats of RU', 'IT order 30 null of -',
    ]);
    assert.deepEqual(facts('Germany expelled 40 Russian diplomats.\n\nPoland expelled 45.'), ['DE expel 40 diplomats of RU', 'PL expel 45 null of -']);
  });
  it('no fact without an action verb', () => {
    assert.deepEqual(facts('Eight Russian diplomats met Japanese officials for two weeks.'), []);
  });
});
