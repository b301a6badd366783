// The CLI's units of work, run the same way in the main thread (--jobs 1) and in worker threads
// (pool.ts): a batch of JSONL lines, or one article file. A task returns its output and its
// messages in input order; the caller writes them, so that the bytes on stdout and stderr are the
// same whatever the number of jobs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import {
  annotate,
  dateProblem,
  notText,
  type AnnotatedDocument,
  type AnnotateOptions,
  type ParagraphFailure,
  type TraceEvent,
} from '../core';
import { describeSchemaError, DocumentSchema } from '../core/schema';
import { FORMATS, type FormatName } from '../formats';
import { decodeUtf8 } from './io';

export interface EngineOptions {
  date?: string;
  format: FormatName;
  validate: boolean;
  /** NEWS_ANNOTATOR_TRACE=1: which stage made or dropped each candidate, on stderr with the document's messages */
  trace?: boolean;
}

/** One line of the trace: `trace [doc] stage + "text" 12–19 what` */
function traceLine(doc: string, e: TraceEvent): string {
  const c = e.candidate,
    at = `${c.start + e.paragraphStart}–${c.end + e.paragraphStart}`;
  const what =
    c.kind === 'country'
      ? `country ${c.country.code}`
      : c.kind === 'count'
        ? `count ${c.count.value}${c.count.noun ? ` ${c.count.noun}` : ''}`
        : `${c.time.type} ${c.time.value}${c.time.deadline ? ` deadline due ${c.time.deadline.due}` : ''}`;
  return `trace ${doc} ${e.stage} ${e.change} ${JSON.stringify(c.text)} ${at} ${what}`;
}

/** The engine's options for one document, with the trace going to its messages when asked for. */
function engineOptions(o: EngineOptions, doc: string, messages: string[], base: AnnotateOptions): AnnotateOptions {
  // a paragraph the engine fails on loses its own annotations, not the document's: said on stderr
  const onParagraphError = (f: ParagraphFailure) =>
    messages.push(
      `${doc}: the paragraph at ${f.start}–${f.end} (UTF-16 offsets) could not be annotated (${f.message}); the rest of the document is; please report this with the text`,
    );
  return o.trace
    ? { ...base, onParagraphError, trace: (e) => messages.push(traceLine(doc, e)) }
    : { ...base, onParagraphError };
}

/** Consecutive JSONL lines of `source` (a file named in messages, or null for standard input); `firstLine` numbers them. */
export interface LinesTask {
  kind: 'lines';
  source: string | null;
  firstLine: number;
  lines: Uint8Array[];
}

/** One article file, written to `outPath` or returned for stdout. */
export interface FileTask {
  kind: 'file';
  path: string;
  outPath?: string;
}

export type Task = LinesTask | FileTask;

export interface TaskResult {
  /** what goes to stdout, in order: a file's export is generated as it is written (a worker sends it as an array) */
  out: Iterable<string>;
  /** what goes to stderr, in order, without the "news-annotator: " prefix */
  messages: string[];
  /** documents read, and how many of them failed */
  documents: number;
  failed: number;
  bytes: number;
}

const JsonlLine = z.object({
  id: z.string(),
  text: z.string(),
  dct: z
    .string()
    .nullable()
    .optional()
    .superRefine((d, ctx) => {
      const problem = d ? dateProblem(d) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: `${problem}; give YYYY-MM-DD or null` });
    }),
});

export function runTask(task: Task, o: EngineOptions): TaskResult {
  return task.kind === 'lines' ? annotateLines(task, o) : annotateFile(task, o);
}

function checked(doc: AnnotatedDocument, validate: boolean): AnnotatedDocument {
  if (!validate) return doc;
  const r = DocumentSchema.safeParse(doc);
  if (!r.success) throw new Error(`internal error: output fails schema v1: ${describeSchemaError(r.error)}`);
  return doc;
}

/** Every line annotated, or why it could not be: a failed line never stops the others. */
function annotateLines(task: LinesTask, o: EngineOptions): TaskResult {
  const out: string[] = [];
  const result: TaskResult = { out, messages: [], documents: 0, failed: 0, bytes: 0 };
  task.lines.forEach((bytes, k) => {
    const lineNo = `${task.source ? `${task.source} ` : ''}line ${task.firstLine + k}`;
    result.bytes += bytes.length;
    if (isBlank(bytes)) return;
    result.documents++;
    try {
      out.push(annotateLine(bytes, lineNo, o, result.messages));
    } catch (e) {
      result.failed++;
      result.messages.push(`${lineNo}: ${(e as Error).message}; line skipped`);
    }
  });
  return result;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}

function annotateLine(bytes: Uint8Array, lineNo: string, o: EngineOptions, messages: string[]): string {
  const text = decodeUtf8(bytes, (m) => messages.push(`${lineNo} ${m}`));
  const parsed = JsonlLine.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(describeSchemaError(parsed.error));
  const input = parsed.data;
  const refused = notText(input.text);
  if (refused) throw new Error(`"text" ${refused}`);
  const options = engineOptions(o, JSON.stringify(input.id), messages, {
    articleDate: input.dct ?? o.date,
    articleDateSource: 'option',
  });
  return `${JSON.stringify({ id: input.id, ...checked(annotate(input.text, options), o.validate) })}\n`;
}

/**
 * An article file's text (UTF-8, "-" for standard input), with its size; a problem with the bytes
 * goes to `warn`; a file that cannot be read or is no text throws, saying which and why.
 */
export function readArticle(path: string, warn: (m: string) => void): { text: string; bytes: number } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { cause: e });
  }
  const text = decodeUtf8(bytes, (m) => warn(`${path} ${m}`));
  const refused = notText(text);
  if (refused) throw new Error(`${path}: ${refused}`);
  return { text, bytes: bytes.length };
}

/** One article: its export on stdout, or in `outPath` (folders made as needed). */
function annotateFile(task: FileTask, o: EngineOptions): TaskResult {
  const result: TaskResult = { out: [], messages: [], documents: 1, failed: 0, bytes: 0 };
  const { path } = task;
  const name = path === '-' ? 'stdin' : basename(path);
  try {
    let text: string;
    try {
      ({ text, bytes: result.bytes } = readArticle(path, (m) => result.messages.push(m)));
    } catch (e) {
      throw new Error(`${(e as Error).message}; skipped`, { cause: e });
    }
    const doc = checked(
      annotate(
        text,
        engineOptions(o, path, result.messages, { articleDate: o.date, articleDateSource: 'option', fileName: name }),
      ),
      o.validate,
    );
    const chunks = FORMATS[o.format].write(doc, { text, fileName: name });
    if (task.outPath) writeOutput(task.outPath, chunks);
    else result.out = chunks;
  } catch (e) {
    result.failed = 1;
    result.messages.push((e as Error).message);
  }
  return result;
}

function writeOutput(outPath: string, chunks: Iterable<string>): void {
  try {
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, [...chunks].join(''));
  } catch (e) {
    throw new Error(`cannot write ${outPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, {
      cause: e,
    });
  }
}
