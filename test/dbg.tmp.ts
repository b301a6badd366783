import { annotate } from '../src/core';
for (const s of ['It received and accepted about 456,968 common shares and 527,035 Series A convertible preferred shares of Bucyrus.', 'Redstone, who leads one of the two groups vying for control of Viacom.'])
  console.log(JSON.stringify(annotate(s, { articleDate: '1987-03-01' }).annotations.filter((a) => a.kind === 'count').map((a) => [a.text, a.kind === 'count' && a.count.noun])));
