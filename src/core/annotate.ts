import { PIPELINE } from './pipeline';
import type { AnnotatedDocument, Annotation, ArticleDateSource } from './schema';
import { tokenize } from './tokenize';
import type { Candidate, DocumentContext } from './types';
import { findArticleDate } from './articleDate';
import { linkFacts } from './facts';

export interface AnnotateOptions {
  /** YYYY-MM-DD given by the caller; wins over what the text says */
  articleDate?: string | null;
  /** where options.articleDate came from (a setting, a CLI option) */
  articleDateSource?: ArticleDateSource;
  /** the file name, which may carry the date ("…-2022-03-30.txt") */
  fileName?: string;
}

const ID_PREFIX: Record<Annotation['kind'], string> = { country: 'c', count: 'n', time: 't' };

/** Runs the whole pipeline: text → recognizers → refiners → ids → facts. */
export function annotate(text: string, options: AnnotateOptions = {}): AnnotatedDocument {
  const date = options.articleDate
    ? { date: options.articleDate, source: options.articleDateSource ?? 'option' }
    : findArticleDate(text, options.fileName);
  const ctx: DocumentContext = { text, tokens: tokenize(text), articleDate: date.date, found: [] };
  for (const stage of PIPELINE) {
    if ('recognize' in stage) for (const c of stage.recognize(ctx)) ctx.found.push(c);
    else ctx.found = stage.refine(ctx.found, ctx);
  }
  const annotations = assignIds(ctx.found);
  return {
    schema: 'news-annotator/v1',
    offsetUnit: 'utf16',
    articleDate: date.date,
    articleDateSource: date.source,
    annotations,
    facts: linkFacts(text, ctx.tokens, annotations),
  };
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
