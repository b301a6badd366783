import { PIPELINE } from './pipeline';
import type { AnnotatedDocument, Annotation, ArticleDateSource } from './schema';
import { tokenize } from './tokenize';
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
export class ParagraphCache {
  private entries = new Map<string, Candidate[]>();
  private next = new Map<string, Candidate[]>();
  hits = 0;
  misses = 0;

  get(key: string): Candidate[] | undefined {
    const v = this.entries.get(key) ?? this.next.get(key);
    if (v) this.next.set(key, v);
    return v;
  }

  set(key: string, value: Candidate[]): void {
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

/** Runs the whole pipeline: text → paragraphs → recognizers and refiners → ids → facts. */
export function annotate(text: string, options: AnnotateOptions = {}): AnnotatedDocument {
  const date = options.articleDate
    ? { date: options.articleDate, source: options.articleDateSource ?? 'option' }
    : findArticleDate(text, options.fileName);
  const found: Candidate[] = [];
  let from = 0;
  const addParagraph = (end: number) => {
    if (end > from) for (const c of paragraphCandidates(text.slice(from, end), date.date, options.cache)) found.push(shiftSpan(c, from));
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
    facts: linkFacts(text, tokenize(text), annotations),
  };
}

function paragraphCandidates(paragraph: string, articleDate: string | null, cache?: ParagraphCache): Candidate[] {
  const key = `${articleDate}\u0000${paragraph}`;
  const cached = cache?.get(key);
  if (cached) {
    cache!.hits++;
    return cached;
  }
  const ctx: DocumentContext = { text: paragraph, tokens: tokenize(paragraph), articleDate, found: [] };
  for (const stage of PIPELINE) {
    if ('recognize' in stage) for (const c of stage.recognize(ctx)) ctx.found.push(c);
    else ctx.found = stage.refine(ctx.found, ctx);
  }
  if (cache) {
    cache.misses++;
    cache.set(key, ctx.found);
  }
  return ctx.found;
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
