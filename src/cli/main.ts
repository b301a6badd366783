// news-annotator: the command-line front end on the same core (docs/ARCHITECTURE.md; the JSONL contract in README.md).
// A stateless filter: each document's output depends on that document alone, which is what lets
// --jobs, GNU parallel, Spark's RDD.pipe and Hadoop Streaming split a corpus any way they like.
import { createReadStream, fstatSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { dateProblem } from '../core';
import { FORMATS, exportName, type FormatName } from '../formats';
import { BRAT_CONF } from '../formats/brat';
import { compareFiles, type CompareOptions } from './compare';
import { byteLines, ChunkWriter } from './io';
import { articleInputs } from './paths';
import { InProcessRunner, OrderedRuns, WorkerRunner, type Runner } from './pool';
import { Progress } from './progress';
import type { EngineOptions, Task, TaskResult } from './tasks';

/**
 * One core is left to the main thread, which reads, hands out, receives and writes every document (and
 * to V8's compiler threads while the workers warm up): on 2 cores two workers ran slower than one
 * (`npm run bench` prints the figures); from 4 cores on they pay.
 */
const DEFAULT_JOBS = Math.max(1, availableParallelism() - 1);

const USAGE = `usage:
  news-annotator annotate [--date YYYY-MM-DD] [--format ${Object.keys(FORMATS).join('|')}] [--jobs N] [--out DIR] [PATH…]
  news-annotator annotate --jsonl [--jobs N] [FILE…] < docs.jsonl > annotated.jsonl
  news-annotator compare [--date YYYY-MM-DD] [--format json|text] FILE…

A PATH is an article file or a folder, read recursively for article files (*.txt, *.md, *.markdown,
*.news, *.article; --include GLOB adds more). With no PATH, the article is read from standard input.
Output goes to standard output, or with --out DIR to one file per article under DIR, at the
article's path below the folder it was found in.

With --jsonl, each input line (from the FILEs, else standard input) is
{"id": string, "text": string, "dct": "YYYY-MM-DD"|null} and each output line is the schema-v1
document plus the same "id", in input order. A line that fails is reported on standard error and
skipped; the others go on.

  --jobs N    worker threads (default: one fewer than the cores, at least 1: ${DEFAULT_JOBS} here); the
              output is byte-identical whatever N
  --quiet     no progress line on a terminal
  --validate  check every output document against schema v1

compare groups the facts of several articles by event (acting country, action, target, counted noun)
and lists where two articles disagree: counts that cannot both hold ("21" and "20"; "as many as 43"
agrees with 40) or different due dates. JSON by default; exit code 0 either way.

NEWS_ANNOTATOR_TRACE=1 writes on standard error which stage of the pipeline made (+) or dropped (-)
each candidate: "trace <document> <stage> + "<text>" <start>–<end> <what>".`;

interface Options extends EngineOptions {
  jsonl: boolean;
  jobs: number;
  out?: string;
  quiet: boolean;
  include: string[];
  paths: string[];
}

export function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') throw new UsageError('', 0);
  if (command !== 'annotate') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const o: Options = {
    format: 'json',
    jsonl: false,
    validate: false,
    jobs: DEFAULT_JOBS,
    quiet: false,
    include: [],
    paths: [],
    trace: process.env.NEWS_ANNOTATOR_TRACE === '1',
  };
  const value = (i: number, what: string) => {
    const v = rest[i];
    if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`${rest[i - 1]} needs ${what}`);
    return v;
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--date') o.date = dateOption(rest[++i]);
    else if (a === '--format') {
      const f = value(++i, `one of ${Object.keys(FORMATS).join(', ')}`);
      if (!(f in FORMATS)) throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')}`);
      o.format = f as FormatName;
    } else if (a === '--jobs') {
      const n = Number(value(++i, 'a number of worker threads'));
      if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError('--jobs must be a whole number from 1 to 256');
      o.jobs = n;
    } else if (a === '--out') o.out = value(++i, 'a folder');
    else if (a === '--include') o.include.push(value(++i, 'a glob such as "**/*.html"'));
    else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--validate') o.validate = true;
    else if (a === '--quiet') o.quiet = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.paths.push(a);
  }
  if (o.jsonl && o.out)
    throw new UsageError(
      '--out writes one file per article; with --jsonl the output is one line per document on standard output',
    );
  if (o.out && o.paths.length === 0) throw new UsageError('--out needs the articles as PATHs (files or folders)');
  return o;
}

/** --date's value: a calendar day written YYYY-MM-DD, or a usage error saying what is wrong. */
function dateOption(value: string | undefined): string {
  if (value === undefined || value.startsWith('-')) throw new UsageError('--date needs a date as YYYY-MM-DD');
  const problem = dateProblem(value);
  if (problem) throw new UsageError(`--date: ${problem}`);
  return value;
}

class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

const warn = (message: string) => process.stderr.write(`news-annotator: ${message}\n`);

/** Lines read per task: enough to pay for a message to a worker, few enough to keep all workers busy. */
const LINES_PER_TASK = 64,
  BYTES_PER_TASK = 1 << 20;

/** Annotates every task of `tasks` on the runner, writing results in input order; returns the exit code. */
async function runAll(
  o: Options,
  tasks: AsyncIterable<Task> | Iterable<Task>,
  totalBytes: number | null,
): Promise<number> {
  const runner: Runner = o.jobs > 1 ? new WorkerRunner(o.jobs, o) : new InProcessRunner(o);
  const stop = () => {
    void runner.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  const out = new ChunkWriter(process.stdout);
  const progress = new Progress(process.stderr, !!process.stderr.isTTY && !o.quiet, totalBytes);
  let documents = 0,
    failed = 0,
    bytes = 0;
  const write = async (r: TaskResult) => {
    if (r.messages.length) progress.clear();
    for (const m of r.messages) warn(m);
    documents += r.documents;
    failed += r.failed;
    bytes += r.bytes;
    await out.write(r.out);
    progress.update(documents, bytes);
  };
  const runs = new OrderedRuns(runner, Math.max(2, 4 * o.jobs), write);
  try {
    for await (const task of tasks) await runs.add(task);
    await runs.finish();
    await out.flush();
  } finally {
    process.removeListener('SIGINT', stop);
    await runner.close();
  }
  progress.finish(documents, failed, bytes);
  if (failed && o.jsonl) warn(`${failed} of ${documents} lines failed`);
  return failed ? 1 : 0;
}

/** The JSONL lines of the inputs in batches; line numbers count from 1 in each FILE (named in messages). */
async function* lineTasks(sources: Array<{ name: string | null; stream: Readable }>): AsyncGenerator<Task> {
  for (const { name, stream } of sources) {
    let lines: Uint8Array[] = [],
      size = 0,
      lineNo = 0,
      first = 1;
    for await (const line of byteLines(stream)) {
      lineNo++;
      lines.push(line);
      size += line.length + 1;
      if (lines.length >= LINES_PER_TASK || size >= BYTES_PER_TASK) {
        yield { kind: 'lines', source: name, firstLine: first, lines };
        lines = [];
        size = 0;
        first = lineNo + 1;
      }
    }
    if (lines.length) yield { kind: 'lines', source: name, firstLine: first, lines };
  }
}

function runJsonl(o: Options): Promise<number> {
  const sources = o.paths.length
    ? o.paths.map((p) => ({ name: p === '-' ? null : p, stream: p === '-' ? process.stdin : createReadStream(p) }))
    : [{ name: null, stream: process.stdin }];
  const size = (p: string) => {
    try {
      const s = p === '-' ? fstatSync(0) : statSync(p);
      return s.isFile() ? s.size : null;
    } catch {
      return null;
    }
  };
  const sizes = (o.paths.length ? o.paths : ['-']).map(size);
  return runAll(
    o,
    lineTasks(sources),
    sizes.every((s) => s !== null) ? sizes.reduce<number>((a, b) => a + b!, 0) : null,
  );
}

function runFiles(o: Options): Promise<number> {
  const inputs = articleInputs(o.paths.length ? o.paths : ['-'], ['plaintext', 'markdown', 'news-article'], o.include);
  if (o.paths.length && inputs.length === 0) {
    warn(
      `no article files in ${o.paths.join(', ')} (looked for *.txt, *.md, *.markdown, *.news, *.article; --include adds globs)`,
    );
    return Promise.resolve(1);
  }
  if (o.out && o.format === 'brat') {
    // brat opens an .ann only with the annotation.conf of its types in the same folder
    mkdirSync(o.out, { recursive: true });
    writeFileSync(join(o.out, 'annotation.conf'), BRAT_CONF);
  }
  const tasks = inputs.map((a): Task => ({
    kind: 'file',
    path: a.path,
    ...(o.out ? { outPath: join(o.out, exportName(o.format, a.relative)) } : {}),
  }));
  const sizes = inputs.map((a) => a.size);
  // one article streams out of this thread, however large; workers pay off from two
  return runAll(
    { ...o, jobs: inputs.length > 1 ? o.jobs : 1 },
    tasks,
    sizes.every((s) => s !== null) ? sizes.reduce<number>((a, b) => a + b!, 0) : null,
  );
}

/** `compare` and its options; null for any other command. */
export function parseCompareArgs(argv: string[]): CompareOptions | null {
  const [command, ...rest] = argv;
  if (command !== 'compare') return null;
  const o: CompareOptions = { format: 'json', paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--date') o.date = dateOption(rest[++i]);
    else if (a === '--format') {
      const f = rest[++i];
      if (f !== 'json' && f !== 'text') throw new UsageError('compare --format must be json or text');
      o.format = f;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else o.paths.push(a);
  }
  if (o.paths.length < 2) throw new UsageError('compare needs two or more article files');
  return o;
}

export async function main(argv: string[]): Promise<number> {
  let o: Options;
  try {
    const comparing = parseCompareArgs(argv);
    if (comparing) {
      const { out, problems } = compareFiles(comparing);
      for (const p of problems) warn(p);
      await new Promise<void>((resolve) => process.stdout.write(out, () => resolve()));
      return 0;
    }
    o = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    (e.exitCode ? process.stderr : process.stdout).write(
      `${e.message ? `news-annotator: ${e.message}\n` : ''}${USAGE}\n`,
    );
    return e.exitCode;
  }
  return o.jsonl ? runJsonl(o) : runFiles(o);
}

// "news-annotator annotate … | head -1": the reader has gone, which ends the run quietly rather than with a stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`news-annotator: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
