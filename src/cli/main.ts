// news-annotator: the command-line front end on the same core (DESIGN.md, "The CLI contract").
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { annotate, type AnnotatedDocument } from '../core';
import { describeSchemaError, DocumentSchema } from '../core/schema';
import { FORMATS, formatDocument, type FormatName } from '../formats';

const USAGE = `usage:
  news-annotator annotate [--date YYYY-MM-DD] [--format ${Object.keys(FORMATS).join('|')}] [FILE…]
  news-annotator annotate --jsonl < docs.jsonl > annotated.jsonl

With no FILE, the article is read from standard input. With --jsonl, each input line is
{"id": string, "text": string, "dct": "YYYY-MM-DD"|null} and each output line is the
schema-v1 document plus the same "id", in input order.`;

const JsonlLine = z.object({
  id: z.string(),
  text: z.string(),
  dct: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dct must be YYYY-MM-DD or null').nullable().optional(),
});

interface Options {
  date?: string;
  format: FormatName;
  jsonl: boolean;
  validate: boolean;
  files: string[];
}

export function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') throw new UsageError('', 0);
  if (command !== 'annotate') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const o: Options = { format: 'json', jsonl: false, validate: false, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--date') {
      o.date = rest[++i];
      if (!o.date || !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw new UsageError('--date needs a date as YYYY-MM-DD');
    } else if (a === '--format') {
      const f = rest[++i];
      if (!f || !(f in FORMATS)) throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')}`);
      o.format = f as FormatName;
    } else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--validate') o.validate = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (o.jsonl && o.files.length) throw new UsageError('--jsonl reads standard input; give no FILE');
  return o;
}

class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

function checked(doc: AnnotatedDocument, validate: boolean): AnnotatedDocument {
  if (!validate) return doc;
  const r = DocumentSchema.safeParse(doc);
  if (!r.success) throw new Error(`internal error: output fails schema v1: ${describeSchemaError(r.error)}`);
  return doc;
}

async function runJsonl(o: Options): Promise<number> {
  let failed = 0, lineNo = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let input: z.infer<typeof JsonlLine>;
    try {
      const parsed = JsonlLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(describeSchemaError(parsed.error));
      input = parsed.data;
    } catch (e) {
      failed++;
      process.stderr.write(`news-annotator: line ${lineNo}: ${(e as Error).message}; line skipped\n`);
      continue;
    }
    const doc = checked(annotate(input.text, input.dct ? { articleDate: input.dct, articleDateSource: 'option' } : { articleDate: o.date, articleDateSource: 'option' }), o.validate);
    // back-pressure: wait for stdout to drain so memory stays constant in the number of documents
    if (!process.stdout.write(`${JSON.stringify({ id: input.id, ...doc })}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
  if (failed) process.stderr.write(`news-annotator: ${failed} of ${lineNo} lines failed\n`);
  return failed ? 1 : 0;
}

function readStdin(): string {
  return readFileSync(0, 'utf8');
}

function runFiles(o: Options): number {
  const inputs = o.files.length ? o.files : ['-'];
  let status = 0;
  for (const file of inputs) {
    let text: string;
    try {
      text = file === '-' ? readStdin() : readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(`news-annotator: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      status = 1;
      continue;
    }
    if (text.includes('\u0000')) {
      process.stderr.write(`news-annotator: ${file} looks like a binary file (it contains NUL bytes); skipped\n`);
      status = 1;
      continue;
    }
    const name = file === '-' ? 'stdin' : basename(file);
    const doc = checked(annotate(text, { articleDate: o.date, articleDateSource: 'option', fileName: name }), o.validate);
    process.stdout.write(formatDocument(o.format, doc, { text, fileName: name }));
  }
  return status;
}

export async function main(argv: string[]): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    (e.exitCode ? process.stderr : process.stdout).write(`${e.message ? `news-annotator: ${e.message}\n` : ''}${USAGE}\n`);
    return e.exitCode;
  }
  return o.jsonl ? runJsonl(o) : runFiles(o);
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`news-annotator: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
