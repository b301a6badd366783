import { annotate, type Annotation } from '../../src/core';
import { tokenize } from '../../src/core/tokenize';
import { TriggerIndex } from '../../src/core/triggers';
import type { Candidate, DocumentContext, Recognizer } from '../../src/core/types';

export function context(
  text: string,
  articleDate: string | null = '2022-03-30',
  found: Candidate[] = [],
): DocumentContext {
  return { text, tokens: tokenize(text), articleDate, found };
}

/** Runs one recognizer on its own, on the start tokens the pipeline would hand it. */
export function recognizeAlone<R extends Recognizer>(recognizer: R, ctx: DocumentContext): ReturnType<R['recognize']> {
  const index = new TriggerIndex([recognizer]);
  const tokens = tokenize(ctx.text, index.tagger);
  return recognizer.recognize({ ...ctx, tokens }, index.starts(tokens)[0]!) as ReturnType<R['recognize']>;
}

/** A compact, readable form of an annotation for assertions: `text=value`. */
export function brief(a: Candidate | Annotation): string {
  if (a.kind === 'country') return `${a.text}=${a.country.code}`;
  if (a.kind === 'count')
    return `${a.text}=${a.count.value}${a.count.max !== undefined ? `-${a.count.max}` : ''}/${a.count.qualifier}/${a.count.noun ?? '-'}`;
  return `${a.text}=${a.time.type}:${a.time.value}${a.time.deadline ? `→${a.time.deadline.due}` : ''}`;
}

export const times = (text: string, date: string | null = '2022-03-30') =>
  annotate(text, { articleDate: date ?? undefined })
    .annotations.filter((a) => a.kind === 'time')
    .map(brief);
export const counts = (text: string) =>
  annotate(text, { articleDate: '2022-03-30' })
    .annotations.filter((a) => a.kind === 'count')
    .map(brief);
