#!/usr/bin/env node
// npm run eval: runs the CLI (--jsonl, the evaluation contract) over every development set in
// ../shared/eval and prints the scores of ../shared/eval/score.mjs. Extra arguments pick tasks
// (countries, timex, deadlines, counts, facts); --verbose prints the scorer's examples.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const EVAL = resolve(process.env.NEWS_ANNOTATOR_EVAL_DIR ?? '../shared/eval');
const OUT = resolve('test-output/eval');
const fmt = (x) => `P ${x.P.toFixed(1)} R ${x.R.toFixed(1)} F1 ${x.F1.toFixed(1)}`;
const pct = (x) => `${x.pct.toFixed(1)}% (${x.right}/${x.of})`;
const TASKS = [
  [
    'countries',
    'conll2003-countries-dev.jsonl',
    (r) => `with code ${fmt(r.withCode)} | extent only ${fmt(r.extentOnly)}`,
  ],
  [
    'timex',
    'tbaq-cleaned.jsonl',
    (r) =>
      `relaxed ${fmt(r.relaxed)} | strict F1 ${r.strict.F1.toFixed(1)} | value F1 ${r.value.F1.toFixed(1)} | type F1 ${r.type.F1.toFixed(1)}`,
  ],
  ['deadlines', 'deadlines-dev.jsonl', (r) => `${fmt(r.deadlines)} | due right ${pct(r.dueAccuracy)}`],
  [
    'counts',
    'counts-dev.jsonl',
    (r) =>
      `${fmt(r.counts)} | value ${pct(r.value)} | qualifier ${pct(r.qualifier)} | noun ${pct(r.noun)} | on NOT_COUNT ${r.predOnNotCount} ${JSON.stringify(r.predOnNotCountBy)}`,
  ],
  [
    'facts',
    'facts-dev.jsonl',
    (r) =>
      `${fmt(r.facts)} | actor ${pct(r.actor)} | target ${pct(r.target)} | action ${pct(r.action)} | whole fact ${pct(r.wholeFact)}`,
  ],
];
const wanted = process.argv.slice(2);
const verbose = wanted.includes('--verbose');
const picked = wanted.filter((w) => !w.startsWith('--'));

if (!existsSync(join(EVAL, 'score.mjs'))) {
  console.log(`eval: ${EVAL} has no score.mjs; nothing to evaluate`);
  process.exit(0);
}
mkdirSync(OUT, { recursive: true });
for (const [task, file, summary] of TASKS) {
  if (picked.length && !picked.includes(task)) continue;
  const gold = join(EVAL, file);
  if (!existsSync(gold)) {
    console.log(`${task.padEnd(10)} ${file}: not found, skipped`);
    continue;
  }
  const pred = join(OUT, file.replace('.jsonl', '.pred.jsonl'));
  const input = readFileSync(gold, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const d = JSON.parse(l);
      return JSON.stringify({ id: d.id, text: d.text, dct: d.dct ?? null });
    })
    .join('\n');
  const r = spawnSync(process.execPath, ['dist/cli.js', 'annotate', '--jsonl'], { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) {
    console.error(String(r.stderr));
    process.exit(1);
  }
  writeFileSync(pred, r.stdout);
  const s = spawnSync(process.execPath, [join(EVAL, 'score.mjs'), task, gold, pred, ...(verbose ? [] : ['--json'])], {
    encoding: 'utf8',
  });
  if (verbose) {
    console.log(s.stdout);
    continue;
  }
  console.log(`${task.padEnd(10)} ${file}: ${summary(JSON.parse(s.stdout))}`);
}
