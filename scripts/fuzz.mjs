#!/usr/bin/env node
// npm run fuzz [-- N]: N generated documents (default 100,000) through the engine and, in one batch,
// through the CLI's JSONL contract: no exception, every offset inside its text, every annotation's text
// its slice, every document valid schema v1. Prints what failed (with a reproducer) and exits 1 then.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fc from 'fast-check';

const require = createRequire(import.meta.url);
const { annotate } = require('../dist/core.js');
const N = Number(process.argv[2] ?? 100_000);
const words = [
  'two',
  'weeks',
  'Russia',
  'Russian',
  '43',
  'diplomats',
  'as',
  'many',
  'given',
  'to',
  'leave',
  'by',
  'Friday',
  'midnight',
  'U.S.',
  '-',
  ',',
  '.',
  '\n',
  '\n\n',
  '\r',
  '\t',
  'March',
  '30',
  '2022',
  'a',
  'dozen',
  'million',
  'dlrs',
  '$',
  '%',
  'pct',
  'ago',
  'until',
  'deadline',
  'the',
  'Kremlin',
  '“',
  '”',
  '\u{1F1FA}\u{1F1F8}',
  'Côte',
  'd’Ivoire',
  '\uD800',
  'late',
  'early',
  'mid',
  'end',
  'of',
  'last',
  'next',
  'this',
  'week',
  'Tuesday',
  'night',
  'noon',
  'a.m.',
  'quarter',
  'third',
  'fiscal',
  'year',
  'nineteen',
  'ninety',
  'hundred',
  'and',
  'Christmas',
  'within',
  'has',
  'must',
  '1/2',
  'between',
  'that',
  'following',
  'summer',
  'dozens',
  'hundreds',
  'EST',
  "'",
  '90s',
  'expelled',
  'ordered',
  'killed',
  'France',
  'Germany',
  'including',
  'expire',
  'expires',
  'tender',
  'offer',
  'said',
  'Date:',
  'date',
  '---',
  'BRUSSELS',
  '(Reuters)',
  '12,000',
  '3.5',
  '1:52',
  'No.',
  'aged',
  '18-year-old',
];
const doc = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...words), { maxLength: 300 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...words), { maxLength: 300 }).map((w) => w.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('late ', 'the end of ', 'one hundred and ', '2022-', 'Friday ', 'U.S.', '9'),
        fc.nat({ max: 3000 }),
      )
      .map(([u, n]) => u.repeat(n)),
  },
);
const dates = fc.option(
  fc
    .date({ min: new Date('1000-01-01'), max: new Date('9800-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

function problemOf(text, result) {
  for (const a of result.annotations) {
    if (!(a.start >= 0 && a.start <= a.end && a.end <= text.length))
      return `offsets ${a.start}-${a.end} outside 0-${text.length}`;
    if (text.slice(a.start, a.end) !== a.text) return `annotation ${a.id}: text is not its slice`;
    if (a.kind === 'count' && !(a.count.numberStart >= a.start && a.count.numberEnd <= a.end))
      return `count ${a.id}: number outside its span`;
  }
  return null;
}

const samples = fc.sample(fc.tuple(doc, dates), { numRuns: N, seed: 20261129 });
let failures = 0;
const t0 = Date.now();
for (const [text, dct] of samples) {
  let problem;
  try {
    problem = problemOf(text, annotate(text, { articleDate: dct }));
  } catch (e) {
    problem = `threw ${e.message}`;
  }
  if (problem && failures++ < 10) console.log(`FAIL ${problem}: ${JSON.stringify({ text: text.slice(0, 300), dct })}`);
}
console.log(
  `engine: ${N.toLocaleString('en')} generated documents in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${failures} failed`,
);

// the CLI contract on a share of them, validated against schema v1 (--validate)
const share = samples.slice(0, Math.min(N, 5000));
const input = share.map(([text, dct], k) => JSON.stringify({ id: String(k), text, dct })).join('\n');
const r = spawnSync(process.execPath, ['dist/cli.js', 'annotate', '--jsonl', '--validate'], {
  input,
  maxBuffer: 1 << 30,
  encoding: 'utf8',
});
const out = r.stdout
  .trim()
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const refused = (r.stderr.match(/line \d+: "text" it contains NUL/g) ?? []).length;
let cliFailures = r.stderr.split('\n').filter((l) => l && !/contains NUL|lines failed/.test(l)).length;
for (const d of out) if (problemOf(share[+d.id][0], d)) cliFailures++;
if (out.length + refused !== share.length) cliFailures++;
console.log(
  `CLI --jsonl --validate: ${share.length.toLocaleString('en')} documents, ${out.length} annotated, ${refused} refused as binary (NUL), ${cliFailures} failed`,
);
if (cliFailures)
  console.log(
    r.stderr
      .split('\n')
      .filter((l) => l && !/contains NUL/.test(l))
      .slice(0, 10)
      .join('\n'),
  );
process.exit(failures || cliFailures ? 1 : 0);
