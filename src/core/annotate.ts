import { PIPELINE } from './pipeline';
import type { AnnotatedDocument, Annotation, ArticleDateSource, Fact } from './schema';
import { tokenize, type Token } from './tokenize';
import type { Candidate, DocumentContext } from './types';
import { findArticleDate } from './articleDate';
import { linkFacts } from './facts';
import { shiftSpan } from './shift';

export interface AnnotateOptions {
  /** YYYY-MM-DD given by the caller; wins over what the text says */
  articleDate?: string | null;
  /** where options.articleDate came from (a setting, a CLI option) */
  articleDateSource?: ArticleDateSource;
  /** the file name, which may carry the date ("…-2022-03-30.txt") */
  fileName?: string;
  /** results of an earlier run: paragraphs whose text has not changed are not annotated again */
  cache?: ParagraphCache;
}

/**
 * Candidates per paragraph text and article date. Every recognizer works within a sentence, so a
 * paragraph's results do not depend on the rest of the text: an edit re-annotates only the
 * paragraphs it touched (what keeps typing in a long article fast), then facts are relinked.
 */
interface ParagraphResult {
  candidates: Candidate[];
  tokens: Token[];
}

export class ParagraphCache {
  private entries = new Map<string, ParagraphResult>();
  private next = new Map<string, ParagraphResult>();
  hits = 0;
  misses = 0;

  get(key: string): ParagraphResult | undefined {
    const v = this.entries.get(key) ?? this.next.get(key);
    if (v) this.next.set(key, v);
    return v;
  }

  set(key: string, value: ParagraphResult): void {
    this.next.set(key, value);
  }

  /** Keeps only what the last run used, so the cache never outgrows the document. */
  endRun(): void {
    this.entries = this.next;
    this.next = new Map();
  }
}

const ID_PREFIX: Record<Annotation['kind'], string> = { country: 'c', count: 'n', time: 't' };
const PARAGRAPH_BREAK = /\n[ \t]*\r?\n/g;
const QUARTERLY = /\b(?:quarter|quarterly|fiscal)\b/i;

/** Runs the whole pipeline: text → paragraphs → recognizers and refiners → ids → facts. */
export function annotate(text: string, options: AnnotateOptions = {}): AnnotatedDocument {
  const date = options.articleDate
    ? { date: options.articleDate, source: options.articleDateSource ?? 'option' }
    : findArticleDate(text, options.fileName);
  const quarterly = QUARTERLY.test(text);
  const found: Candidate[] = [];
  const paragraphs: Array<{ from: number; to: number; tokens: Token[] }> = [];
  let from = 0;
  const addParagraph = (end: number) => {
    if (end <= from) return;
    const result = paragraphResult(text.slice(from, end), date.date, quarterly, options.cache);
    for (const c of result.candidates) found.push(shiftSpan(c, from));
    paragraphs.push({ from, to: end, tokens: result.tokens });
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    addParagraph(m.index);
    from = m.index + m[0].length;
  }
  addParagraph(text.length);
  options.cache?.endRun();
  const annotations = assignIds(found);
  return {
    schema: 'news-annotator/v1',
    offsetUnit: 'utf16',
    articleDate: date.date,
    articleDateSource: date.source,
    annotations,
    facts: paragraphFacts(text, paragraphs, annotations),
  };
}

/** Facts never reach across a paragraph: they are linked per paragraph, on the tokens already made. */
function paragraphFacts(text: string, paragraphs: Array<{ from: number; to: number; tokens: Token[] }>, annotations: Annotation[]): Fact[] {
  const facts: Fact[] = [];
  let ai = 0;
  for (const p of paragraphs) {
    const local: Annotation[] = [];
    while (ai < annotations.length && annotations[ai]!.start < p.to) local.push(shiftSpan(annotations[ai++]!, -p.from));
    if (!local.some((a) => a.kind === 'count' || (a.kind === 'time' && a.time.deadline))) continue;
    for (const f of linkFacts(text.slice(p.from, p.to), p.tokens, local)) {
      facts.push({ ...f, id: `f${facts.length + 1}`, sentenceStart: f.sentenceStart + p.from, sentenceEnd: f.sentenceEnd + p.from });
    }
  }
  return facts;
}

function paragraphResult(paragraph: string, articleDate: string | null, quarterly: boolean, cache?: ParagraphCache): ParagraphResult {
  // the key copies the paragraph: made only when there is a cache to look in
  const key = cache ? `${articleDate}\u0000${quarterly}\u0000${paragraph}` : '';
  const cached = cache?.get(key);
  if (cached) {
    cache!.hits++;
    return cached;
  }
  const tokens = tokenize(paragraph);
  const ctx: DocumentContext = { text: paragraph, tokens, articleDate, quarterly, found: [] };
  for (const stage of PIPELINE) {
    if ('recognize' in stage) {
      const found = stage.recognize(ctx);
      if (found.length) ctx.found = ctx.found.length ? ctx.found.concat(found) : found;
    } else if (ctx.found.length) ctx.found = stage.refine(ctx.found, ctx);
  }
  const result = { candidates: ctx.found, tokens };
  if (cache) {
    cache.misses++;
    cache.set(key, result);
  }
  return result;
}

function assignIds(candidates: Candidate[]): Annotation[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  let country = 0, count = 0, time = 0;
  // object literals of one shape per kind rather than spreads: this runs once per annotation
  return sorted.map((c): Annotation => {
    const head = { start: c.start, end: c.end, text: c.text, source: 'auto' as const };
    if (c.kind === 'country') return { id: `${ID_PREFIX.country}${++country}`, kind: 'country', ...head, country: c.country };
    if (c.kind === 'count') return { id: `${ID_PREFIX.count}${++count}`, kind: 'count', ...head, count: c.count };
    return { id: `${ID_PREFIX.time}${++time}`, kind: 'time', ...head, time: c.time };
  });
}
