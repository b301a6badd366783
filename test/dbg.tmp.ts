import { annotate } from '../src/core';
for (const s of ['the amount of interest he would pay on the cash portion of his offer for every day beyond April 30 that a merger with Arsenal is not consummated.', 'contracts requiring the purchase of 6.66 mln dlrs in common no later than March one.'])
  console.log(JSON.stringify(annotate(s, { articleDate: '1987-03-01' }).annotations.filter((a) => a.kind === 'time').map((a) => [a.text, a.kind === 'time' && a.time.value, a.kind === 'time' && a.time.deadline?.cue])));
