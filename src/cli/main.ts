// news-annotator: the command-line front end on the same core (docs/ARCHITECTURE.md; the JSONL contract in README.md).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { annotate, dateProblem, notText, type AnnotatedDocument } from '../core';
import { describeSchemaError, DocumentSchema } from '../core/schema';
import { FORMATS, type FormatName } from '../formats';
import { byteLines, ChunkWriter, decodeUtf8 } from './io';

const USAGE = `usage:
  news-annotator annotate [--date YYYY-MM-DD] [--format ${Object.keys(FORMATS).join('|')}] [FILE…]
  news-annotator annotate --jsonl < docs.jsonl > annotated.jsonl

With no FILE, the article is read from standard input. With --jsonl, each input line is
{"id": string, "text": string, "dct": "YYYY-MM-DD"|null} and each output line is the
schema-v1 document plus the same "id", in input order.`;

const JsonlLine = z.object({
  id: z.string(),
  text: z.string(),
  dct: z.string().nullable().optional().superRefine((d, ctx) => {
    const problem = d ? dateProblem(d) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem}; give YYYY-MM-DD or null` });
  }),
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
      if (!o.date) throw new UsageError('--date needs a date as YYYY-MM-DD');
      const problem = dateProblem(o.date);
      if (problem) throw new UsageError(`--date: ${problem}`);
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

const warn = (message: string) => process.stderr.write(`news-annotator: ${message}\n`);

/** One JSONL document annotated, or why it could not be: every failure stays on its own line. */
function annotateLine(bytes: Buffer, lineNo: number, o: Options): string {
  const text = decodeUtf8(bytes, (m) => warn(`line ${lineNo} ${m}`));
  const parsed = JsonlLine.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(describeSchemaError(parsed.error));
  const input = parsed.data;
  const refused = notText(input.text);
  if (refused) throw new Error(`"text" ${refused}`);
  const date = input.dct ? { articleDate: input.dct, articleDateSource: 'option' as const } : { articleDate: o.date, articleDateSource: 'option' as const };
  return `${JSON.stringify({ id: input.id, ...checked(annotate(input.text, date), o.validate) })}\n`;
}

async function runJsonl(o: Options): Promise<number> {
  let failed = 0, lineNo = 0;
  const out = new ChunkWriter(process.stdout);
  for await (const bytes of byteLines(process.stdin)) {
    lineNo++;
    if (!bytes.toString('latin1').trim()) continue;
    let line: string;
    try {
      line = annotateLine(bytes, lineNo, o);
    } catch (e) {
      failed++;
      warn(`line ${lineNo}: ${(e as Error).message}; line skipped`);
      continue;
    }
    await out.write([line]);
  }
  await out.flush();
  if (failed) warn(`${failed} of ${lineNo} lines failed`);
  return failed ? 1 : 0;
}

async function runFiles(o: Options): Promise<number> {
  const inputs = o.files.length ? o.files : ['-'];
  const out = new ChunkWriter(process.stdout);
  let status = 0;
  for (const file of inputs) {
    const name = file === '-' ? 'stdin' : basename(file);
    try {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file === '-' ? 0 : file);
      } catch (e) {
        throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      const text = decodeUtf8(bytes, (m) => warn(`${file} ${m}`));
      const refused = notText(text);
      if (refused) throw new Error(`${file}: ${refused}; skipped`);
      const doc = checked(annotate(text, { articleDate: o.date, articleDateSource: 'option', fileName: name }), o.validate);
      await out.write(FORMATS[o.format].write(doc, { text, fileName: name }));
    } catch (e) {
      warn((e as Error).message);
      status = 1;
    }
  }
  await out.flush();
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

// "news-annotator annotate … | head -1": the reader has gone, which ends the run quietly rather than with a stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`news-annotator: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
