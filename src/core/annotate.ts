import { PIPELINE } from './pipeline';
import type { AnnotatedDocument, Annotation, ArticleDateSource, Fact } from './schema';
import { tokenize, type Token } from './tokenize';
import type { Candidate, DocumentContext, Recognizer } from './types';
import { TriggerIndex } from './triggers';
import { paragraphBreaks } from './paragraphs';
import { mergeInSpanOrder } from './spanOrder';
import { datelineDayAfter, findArticleDate } from './articleDate';
import { linkFacts } from './facts';
import { shiftCount, shiftFact } from './shift';
import { ANCHOR_VALUE } from './timex';

export interface AnnotateOptions {
  /** YYYY-MM-DD given by the caller; wins over what the text says. null: the caller already looked and found none */
  articleDate?: string | null;
  /** where options.articleDate came from (a setting, a CLI option) */
  articleDateSource?: ArticleDateSource;
  /** the file name, which may carry the date ("…-2022-03-30.txt") */
  fileName?: string;
  /** results of an earlier run: paragraphs whose text has not changed are not annotated again */
  cache?: ParagraphCache;
  /** told which stage made or dropped which candidate (the CLI's NEWS_ANNOTATOR_TRACE=1); no cache is read while tracing */
  trace?: (event: TraceEvent) => void;
  /**
   * told of a paragraph the engine failed on, which then gives no annotations while the others still do; without
   * it the failure is thrown and the whole document fails
   */
  onParagraphError?: (failure: ParagraphFailure) => void;
}

/** A paragraph the engine failed on: where it is in the text (UTF-16 offsets) and what went wrong. */
export interface ParagraphFailure {
  start: number;
  end: number;
  message: string;
}

/** A candidate a stage of the pipeline added ('+') or dropped ('-'); a refiner that changes one drops the old and adds the new. */
export interface TraceEvent {
  stage: string;
  change: '+' | '-';
  candidate: Candidate;
  /** where the candidate's paragraph starts in the text (candidate offsets are in the paragraph) */
  paragraphStart: number;
}

/**
 * Candidates per paragraph text, article date and the date the paragraph before named last (what an
 * anaphoric time opening the paragraph counts from). Every recognizer works within a sentence, so a
 * paragraph's results depend on nothing else in the text: an edit re-annotates only the paragraphs it
 * touched, and the one after when it changed that date (what keeps typing in a long article fast),
 * then facts are relinked.
 */
interface ParagraphResult {
  candidates: Candidate[];
  /** the paragraph's facts, offsets in the paragraph, evidence as candidate indices ("0", "1", …); the
   * tokens are not kept, so a cached paragraph costs its candidates and facts, not ~40 bytes a character */
  facts: Fact[];
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

const TRIGGERS = new TriggerIndex(PIPELINE.filter((s): s is Recognizer => 'recognize' in s));
const ID_PREFIX: Record<Annotation['kind'], string> = { country: 'c', count: 'n', time: 't' };
const QUARTERLY = /\b(?:quarter|quarterly|fiscal)\b/i;

/** Runs the whole pipeline: text → paragraphs → recognizers and refiners → ids → facts. */
export function annotate(text: string, options: AnnotateOptions = {}): AnnotatedDocument {
  const date = options.articleDate
    ? { date: options.articleDate, source: options.articleDateSource ?? 'option' }
    : options.articleDate === null
      ? { date: null, source: 'none' as const }
      : findArticleDate(text, options.fileName);
  const quarterly = QUARTERLY.test(text);
  const writtenOn = (date.date && datelineDayAfter(text, date.date)) ?? date.date;
  const annotations: Annotation[] = [];
  const facts: Fact[] = [];
  const ids = new IdSequence();
  let from = 0,
    carried: string | null = null;
  // Paragraphs come in text order and each one's candidates are sorted (start, then longer first),
  // so ids are given as they come; facts are linked per paragraph on its own tokens and offsets.
  const addParagraph = (end: number) => {
    if (end <= from) return;
    const paragraphStart = from,
      tracer = options.trace;
    const trace =
      tracer &&
      ((stage: string, before: Candidate[], after: Candidate[]) => {
        const kept = new Set(after),
          had = new Set(before);
        for (const c of before) if (!kept.has(c)) tracer({ stage, change: '-', candidate: c, paragraphStart });
        for (const c of after) if (!had.has(c)) tracer({ stage, change: '+', candidate: c, paragraphStart });
      });
    const result = failSoft(
      () =>
        paragraphResult(
          text.slice(from, end),
          { articleDate: date.date, writtenOn, quarterly, carried },
          trace ? undefined : options.cache,
          trace,
        ),
      from,
      end,
      options.onParagraphError,
    );
    // (from the paragraph just before only: a date further back is seldom what a later one counts from)
    carried = lastAnchor(result.candidates);
    const local: string[] = [];
    for (const c of result.candidates) {
      const id = ids.next(c.kind);
      local.push(id);
      annotations.push(annotationOf(c, id, from));
    }
    for (const f of result.facts) {
      facts.push({ ...shiftFact(f, from), id: `f${facts.length + 1}`, evidence: f.evidence.map((k) => local[+k]!) });
    }
  };
  for (const [start, end] of paragraphBreaks(text)) {
    addParagraph(start);
    from = end;
  }
  addParagraph(text.length);
  options.cache?.endRun();
  return {
    schema: 'news-annotator/v1',
    offsetUnit: 'utf16',
    articleDate: date.date,
    articleDateSource: date.source,
    annotations,
    facts,
  };
}

/** A paragraph's results, or none when the engine fails on it and the caller asked to be told instead of the throw. */
function failSoft(
  run: () => ParagraphResult,
  start: number,
  end: number,
  onError: AnnotateOptions['onParagraphError'],
): ParagraphResult {
  if (!onError) return run();
  try {
    return run();
  } catch (e) {
    onError({ start, end, message: e instanceof Error ? e.message : String(e) });
    return { candidates: [], facts: [] };
  }
}

/** The last date a paragraph named that an anaphoric time may count from, as `anchorOf` reads them. */
function lastAnchor(candidates: readonly Candidate[]): string | null {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    if (c.kind === 'time' && ANCHOR_VALUE.test(c.time.value)) return c.time.value;
  }
  return null;
}

/** Ids per kind in text order: c1, c2 … for countries, n1 … for counts, t1 … for time expressions. */
class IdSequence {
  private readonly last = { country: 0, count: 0, time: 0 };

  next(kind: Candidate['kind']): string {
    return `${ID_PREFIX[kind]}${++this.last[kind]}`;
  }
}

/** The annotation of a candidate found `by` code units into the text. */
function annotationOf(c: Candidate, id: string, by: number): Annotation {
  // written out rather than spread: object spreads were a measurable share of the pipeline
  const start = c.start + by,
    end = c.end + by,
    text = c.text;
  if (c.kind === 'country') return { id, kind: 'country', start, end, text, source: 'auto', country: c.country };
  if (c.kind === 'count')
    return { id, kind: 'count', start, end, text, source: 'auto', count: shiftCount(c.count, by) };
  return { id, kind: 'time', start, end, text, source: 'auto', time: c.time };
}

/** The facts of one paragraph, with each candidate's index as its id (annotate hands out the real ids). */
function paragraphFacts(
  paragraph: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  articleDate: string | null,
): Fact[] {
  // a fact needs a count or a deadline in the paragraph
  const tallied = candidates.some((a) => a.kind === 'count' || (a.kind === 'time' && a.time.deadline));
  if (!tallied) return [];
  // (the linker reads the other time expressions only where they stand: "Belgium on Tuesday expelled …")
  return linkFacts(
    paragraph,
    tokens,
    candidates.map((c, k) => annotationOf(c, String(k), 0)),
    articleDate,
  );
}

function paragraphResult(
  paragraph: string,
  dates: Pick<DocumentContext, 'articleDate' | 'writtenOn' | 'quarterly' | 'carried'>,
  cache?: ParagraphCache,
  trace?: (stage: string, before: Candidate[], after: Candidate[]) => void,
): ParagraphResult {
  // the key copies the paragraph: made only when there is a cache to look in
  const key = cache
    ? `${dates.articleDate}\u0000${dates.writtenOn}\u0000${dates.quarterly}\u0000${dates.carried}\u0000${paragraph}`
    : '';
  const cached = cache?.get(key);
  if (cached) {
    cache!.hits++;
    return cached;
  }
  const tokens = tokenize(paragraph, TRIGGERS.tagger);
  const starts = TRIGGERS.starts(tokens);
  const ctx: DocumentContext = { text: paragraph, tokens, ...dates, found: [] };
  let r = 0;
  for (const stage of PIPELINE) {
    const before = ctx.found;
    if ('recognize' in stage) {
      const at = starts[r++]!;
      if (at.length) ctx.found = mergeInSpanOrder(ctx.found, stage.recognize(ctx, at));
    } else if (ctx.found.length) ctx.found = stage.refine(ctx.found, ctx);
    if (trace && ctx.found !== before) trace(stage.name, before, ctx.found);
  }
  const result = { candidates: ctx.found, facts: paragraphFacts(paragraph, tokens, ctx.found, dates.articleDate) };
  if (cache) {
    cache.misses++;
    cache.set(key, result);
  }
  return result;
}
