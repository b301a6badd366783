#!/usr/bin/env node
// npm run eval: runs the CLI (--jsonl, the evaluation contract) over the development sets in
// ../shared/eval and prints the scores of ../shared/eval/score.mjs. Extra arguments pick tasks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const EVAL = resolve(process.env.NEWS_ANNOTATOR_EVAL_DIR ?? '../shared/eval');
const OUT = resolve('test-output/eval');
const TASKS = [
  ['countries', 'conll2003-countries-dev.jsonl'],
  ['timex', 'tbaq-cleaned.jsonl'],
  ['deadlines', 'tbaq-cleaned.jsonl'],
];
const wanted = process.argv.slice(2);
const verbose = wanted.includes('--verbose');

if (!existsSync(join(EVAL, 'score.mjs'))) {
  console.log(`eval: ${EVAL} has no score.mjs; nothing to evaluate`);
  process.exit(0);
}
mkdirSync(OUT, { recursive: true });
const predicted = new Map();
for (const [task, file] of TASKS) {
  if (wanted.filter((w) => !w.startsWith('--')).length && !wanted.includes(task)) continue;
  const gold = join(EVAL, file);
  if (!existsSync(gold)) continue;
  const pred = join(OUT, file.replace('.jsonl', '.pred.jsonl'));
  if (!predicted.has(file)) {
    const input = readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((l) => {
      const d = JSON.parse(l);
      return JSON.stringify({ id: d.id, text: d.text, dct: d.dct ?? null });
    }).join('\n');
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['dist/cli.js', 'annotate', '--jsonl'], { input, maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) { console.error(String(r.stderr)); process.exit(1); }
    writeFileSync(pred, r.stdout);
    predicted.set(file, ms);
  }
  const s = spawnSync(process.execPath, [join(EVAL, 'score.mjs'), task, gold, pred, ...(verbose ? [] : ['--json'])], { encoding: 'utf8' });
  if (verbose) { console.log(s.stdout); continue; }
  const r = JSON.parse(s.stdout);
  const fmt = (x) => `P ${x.P.toFixed(1)} R ${x.R.toFixed(1)} F1 ${x.F1.toFixed(1)}`;
  if (task === 'countries') console.log(`countries  ${file}: with code ${fmt(r.withCode)} | extent only ${fmt(r.extentOnly)}`);
  if (task === 'timex') console.log(`timex      ${file}: relaxed ${fmt(r.relaxed)} | strict F1 ${r.strict.F1.toFixed(1)} | value F1 ${r.value.F1.toFixed(1)} | type F1 ${r.type.F1.toFixed(1)}`);
  if (task === 'deadlines') {
    // TimeBank has no DEADLINE labels: say so rather than print a score of zero
    if (r.deadlines.gold === 0) console.log(`deadlines  ${file}: no DEADLINE labels in this set; the engine marked ${r.deadlines.pred} (test-output/eval/${file.replace('.jsonl', '.pred.jsonl')}, read them by hand)`);
    else console.log(`deadlines  ${file}: ${fmt(r.deadlines)} | due right ${r.dueAccuracy.right}/${r.dueAccuracy.of}`);
  }
}
