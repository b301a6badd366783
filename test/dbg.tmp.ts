import { annotate } from '../src/core';
for (const s of [
  'to resettle hundreds of thousands of people',
  'several hundred students were detained',
  'attracted several thousand supporters',
  'tens of thousands of refugees',
  'a few hundred protesters',
  'dozens of envoys',
])
  console.log(
    JSON.stringify(
      annotate(s, { articleDate: '1987-03-01' })
        .annotations.filter((a) => a.kind === 'count')
        .map((a) => [
          a.text,
          a.kind === 'count' && a.count.value,
          a.kind === 'count' && a.count.qualifier,
          a.kind === 'count' && a.count.noun,
        ]),
    ),
  );
