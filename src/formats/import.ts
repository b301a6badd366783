// Reading annotations back: schema v1 JSON, W3C Web Annotation (as exported here) and brat .ann.
// Imported annotations are re-anchored on the article as it is now: by offset when the text there
// is unchanged, else by quote and surrounding context (like a TextQuoteSelector); what cannot be
// found is reported, never dropped silently.
import { z } from 'zod';
import {
  annotationsById,
  countryName,
  factAnchor,
  shiftSpan,
  spanKey,
  type AnnotatedDocument,
  type Annotation,
  type FactCorrection,
} from '../core';
import { AnnotationSchema, describeSchemaError, FactSchema } from '../core/schema';
import { BRAT_TYPE } from './brat';
import { parseLabelStudio } from './labelStudioImport';
import { offsetMap } from './offsets';

export interface Imported {
  annotation: Annotation;
  prefix?: string;
  suffix?: string;
}

export type AnchorStatus = 'exact' | 'moved' | 'lost';

export interface Anchored {
  annotation: Annotation;
  status: AnchorStatus;
  /** for lost ones: why */
  problem?: string;
}

export class ImportError extends Error {}

export type ImportFormat = 'json' | 'w3c' | 'brat' | 'labelstudio';

export function detectFormat(fileName: string, content: string): ImportFormat {
  if (fileName.endsWith('.ann')) return 'brat';
  const head = content.trimStart().slice(0, 4000);
  if (/anno\.jsonld|"AnnotationCollection"|"type"\s*:\s*"Annotation"/.test(head)) return 'w3c';
  if (/"news-annotator\/v1"/.test(head)) return 'json';
  // a Label Studio task (ours, one JSON line) or Label Studio's export (an array of tasks)
  if (/^\[?\s*\{[^]*"(data|predictions|annotations)"\s*:/.test(head)) return 'labelstudio';
  throw new ImportError(`${fileName}: not a schema-v1 JSON, W3C Web Annotation, Label Studio or brat .ann file`);
}

/**
 * A fact as a file states it (a brat event, a W3C linking annotation, a schema-v1 fact): the
 * annotation it rests on, by its index in `imported`, and who did what to whom.
 */
export interface ImportedFact {
  where: string;
  anchor: number;
  action: string | null;
  /** ISO 3166 codes */
  actor: string | null;
  target: string | null;
  value?: number;
}

/** What a file gave: the annotations to place, and those refused, each with where it stood and why. */
export interface ParsedImport {
  imported: Imported[];
  rejected: string[];
  facts: ImportedFact[];
  /** the file says which facts hold (so a fact it leaves out on an annotation it has was rejected) */
  carriesFacts: boolean;
}

/**
 * Parses an export; offsets in code points are converted to UTF-16 against the article text. Every
 * annotation is validated against schema v1 on its own (and a country code must name a country):
 * one bad entry is reported by its line or number and the others still come in.
 */
export function parseImport(fileName: string, content: string, articleText: string): ParsedImport {
  const format = detectFormat(fileName, content);
  const raw =
    format === 'brat'
      ? parseBrat(content, articleText)
      : format === 'labelstudio'
        ? parseLabelStudio(fileName, content, articleText)
        : parseJsonFormats(fileName, format, content, articleText);
  const imported: Imported[] = [],
    rejected: string[] = [];
  const indexOfRef = new Map<string, number>();
  for (const r of raw.annotations) {
    if ('problem' in r) {
      rejected.push(`${r.where}: ${r.problem}`);
      continue;
    }
    const problem = annotationProblem(r.annotation);
    if (problem) rejected.push(`${r.where}: ${problem}`);
    else {
      if (r.ref !== undefined) indexOfRef.set(r.ref, imported.length);
      imported.push({ annotation: r.annotation as Annotation, prefix: r.prefix, suffix: r.suffix });
    }
  }
  const facts: ImportedFact[] = [];
  for (const { anchorRef, ...f } of raw.facts) {
    const anchor = indexOfRef.get(anchorRef);
    if (anchor === undefined) rejected.push(`${f.where}: the fact's count or deadline (${anchorRef}) was not imported`);
    else facts.push({ ...f, anchor });
  }
  return { imported, rejected, facts, carriesFacts: raw.carriesFacts };
}

/** An annotation as the file has it, with the id (`ref`) its facts use for it. */
export type Raw =
  | { where: string; annotation: unknown; ref?: string; prefix?: string; suffix?: string }
  | { where: string; problem: string; ref?: string };
export type RawFact = Omit<ImportedFact, 'anchor'> & { anchorRef: string };
export interface RawFile {
  annotations: Raw[];
  facts: RawFact[];
  carriesFacts: boolean;
}

/**
 * A schema-v1 fact (in a JSON export or a W3C linking annotation) as an imported fact; `kindOf`
 * tells what the file's annotation with an id is. Null when it is not a fact or rests on nothing.
 */
function schemaFact(where: string, fact: unknown, kindOf: (ref: string) => string | undefined): RawFact | null {
  const f = FactSchema.safeParse(fact);
  if (!f.success) return null;
  const anchorRef =
    f.data.evidence.find((id) => kindOf(id) === 'count') ?? f.data.evidence.find((id) => kindOf(id) === 'deadline');
  if (anchorRef === undefined) return null;
  return {
    where,
    anchorRef,
    action: f.data.action,
    actor: f.data.actor?.code ?? null,
    target: f.data.target?.code ?? null,
    ...(f.data.count ? { value: f.data.count.value } : {}),
  };
}

/** What a schema-v1 annotation in a file is, for `schemaFact`: count, deadline, or something else. */
function kindsOf(annotations: unknown[]): (ref: string) => string | undefined {
  const kinds = new Map<string, string>();
  for (const a of annotations) {
    const x = a as { id?: unknown; kind?: unknown; time?: { deadline?: unknown } } | null;
    if (typeof x?.id === 'string') kinds.set(x.id, x.kind === 'time' && x.time?.deadline ? 'deadline' : String(x.kind));
  }
  return (ref) => kinds.get(ref);
}

function annotationProblem(annotation: unknown): string | null {
  const r = AnnotationSchema.safeParse(annotation);
  if (!r.success) return describeSchemaError(r.error);
  if (r.data.kind === 'country' && !knownCountry(r.data.country.code))
    return `country.code: ${r.data.country.code} is not an ISO 3166 code of a country`;
  return null;
}
const knownCountry = (code: string) => countryName(code) !== code;

function parseJsonFormats(fileName: string, format: 'json' | 'w3c', content: string, articleText: string): RawFile {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (e) {
    throw new ImportError(`${fileName}: not valid JSON (${(e as Error).message})`);
  }
  return format === 'json' ? parseJson(fileName, json) : parseW3c(json, articleText);
}

const JsonEnvelope = z.object({
  schema: z.literal('news-annotator/v1'),
  offsetUnit: z.literal('utf16'),
  annotations: z.array(z.unknown()),
  facts: z.array(z.unknown()).optional(),
});

function parseJson(fileName: string, json: unknown): RawFile {
  const r = JsonEnvelope.safeParse(json);
  if (!r.success) throw new ImportError(`${fileName}: does not follow schema v1: ${describeSchemaError(r.error)}`);
  const kindOf = kindsOf(r.data.annotations);
  const facts = (r.data.facts ?? []).map((f, k) => schemaFact(`fact ${k + 1}`, f, kindOf));
  return {
    annotations: r.data.annotations.map((annotation, k) => ({
      where: `annotation ${k + 1}`,
      annotation,
      ref: (annotation as { id?: string } | null)?.id,
    })),
    facts: facts.filter((f): f is RawFact => f !== null),
    carriesFacts: r.data.facts !== undefined,
  };
}

const W3cItem = z.object({
  'news-annotator:annotation': z.unknown().optional(),
  body: z
    .array(z.object({ purpose: z.string().optional(), value: z.string().optional(), id: z.string().optional() }))
    .or(z.object({}).passthrough())
    .optional(),
  target: z.object({
    selector: z.array(
      z.object({
        type: z.string(),
        exact: z.string().optional(),
        prefix: z.string().optional(),
        suffix: z.string().optional(),
        start: z.number().int().nonnegative().optional(),
        end: z.number().int().nonnegative().optional(),
      }),
    ),
  }),
});

function parseW3c(json: unknown, articleText: string): RawFile {
  const items =
    (json as { first?: { items?: unknown[] }; items?: unknown[] })?.first?.items ??
    (json as { items?: unknown[] })?.items ??
    (Array.isArray(json) ? json : [json]);
  const map = offsetMap(articleText);
  const isLinking = (raw: unknown) => (raw as { motivation?: unknown })?.motivation === 'linking';
  const tagging = items.filter((raw) => !isLinking(raw));
  const own = (raw: unknown) => (raw as Record<string, unknown> | null)?.['news-annotator:annotation'];
  const kindOf = kindsOf(tagging.map(own));
  // each fact's linking annotation carries the schema-v1 fact, whose evidence names the annotations' ids
  const facts = items
    .filter(isLinking)
    .map((raw, k) => schemaFact(`fact ${k + 1}`, (raw as Record<string, unknown>)['news-annotator:fact'], kindOf));
  return {
    annotations: parseW3cTagging(tagging, map),
    facts: facts.filter((f): f is RawFact => f !== null),
    carriesFacts: facts.length > 0,
  };
}

function parseW3cTagging(tagging: unknown[], map: ReturnType<typeof offsetMap>): Raw[] {
  return tagging.map((raw, k): Raw => {
    const where = `annotation ${k + 1}`;
    const item = W3cItem.safeParse(raw);
    if (!item.success)
      return { where, problem: `not a Web Annotation with selectors: ${describeSchemaError(item.error)}` };
    const quote = item.data.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = item.data.target.selector.find((s) => s.type === 'TextPositionSelector');
    const own = item.data['news-annotator:annotation'];
    if (own === null || typeof own !== 'object')
      return {
        where,
        problem: "carries no news-annotator annotation to restore (only this tool's W3C exports can be imported)",
      };
    const annotation: Record<string, unknown> = { ...own };
    if (position?.start !== undefined && position.end !== undefined) {
      annotation.start = map.fromCodePoint(position.start);
      annotation.end = map.fromCodePoint(position.end);
    }
    if (quote?.exact !== undefined) annotation.text = quote.exact;
    const ref = typeof annotation.id === 'string' ? annotation.id : undefined;
    return { where, annotation, ref, prefix: quote?.prefix, suffix: quote?.suffix };
  });
}

function parseBrat(content: string, articleText: string): RawFile {
  const map = offsetMap(articleText);
  const events = new Map<string, { line: number; args: Record<string, string> }>();
  const spans = new Map<string, BratSpan>();
  const attrs = new Map<string, Record<string, string>>();
  const notes = new Map<string, Record<string, string>>();
  const refs = new Map<string, string>();
  content.split(/\r\n?|\n/).forEach((line, n) => {
    if (!line.trim()) return;
    // the text after the second tab is the span's own text, which may hold tabs of its own
    const [id = '', body = '', ...restParts] = line.split('\t');
    const rest = restParts.join('\t');
    if (id.startsWith('T')) {
      const m = /^(\S+) (.+)$/.exec(body);
      const frags = m?.[2]!.split(';').map((f) => f.split(' ').map(Number));
      if (m?.[1] === 'Fact') return; // a fact's trigger: the engine links facts again from the annotations
      if (!m || !frags || frags.some((f) => f.length !== 2 || f.some((x) => !Number.isInteger(x) || x < 0)))
        spans.set(id, { line: n + 1, problem: `malformed brat entity "${line}"` });
      else
        spans.set(id, {
          line: n + 1,
          type: m[1]!,
          start: map.fromCodePoint(frags[0]![0]!),
          end: map.fromCodePoint(frags[frags.length - 1]![1]!),
          text: rest,
        });
    } else if (id.startsWith('E')) {
      const [trigger = '', ...args] = body.split(' ');
      if (trigger.startsWith('Fact:'))
        events.set(id, { line: n + 1, args: Object.fromEntries(args.map((a) => a.split(':') as [string, string])) });
    } else if (id.startsWith('A')) {
      const [name, target, value = 'true'] = body.split(' ');
      attrs.set(target!, { ...attrs.get(target!), [name!]: value });
    } else if (id.startsWith('N')) {
      const [, target, ref] = body.split(' ');
      if (ref?.startsWith('ISO3166:')) refs.set(target!, ref.slice(8));
    } else if (id.startsWith('#')) {
      const target = body.split(' ')[1]!;
      notes.set(
        target,
        Object.fromEntries(
          rest
            .split(' ')
            .map((kv) => kv.split('='))
            .filter((kv) => kv.length === 2)
            .map(([k, v]) => [k!, v!.replace(/_/g, ' ')]),
        ),
      );
    }
  });
  // each Fact event: its arguments by role, and in its note the action and the parties' codes
  const facts = [...events].map(([id, e]): RawFact | null => {
    const note = notes.get(id) ?? {};
    const anchorRef = e.args.Count ?? e.args.Deadline;
    const party = (role: 'actor' | 'target', arg?: string) =>
      note[role] ?? (arg === undefined ? null : (refs.get(arg) ?? null));
    if (anchorRef === undefined) return null;
    return {
      where: `line ${e.line}`,
      anchorRef,
      action: note.action && note.action !== '?' ? note.action.replace(/_/g, ' ') : null,
      actor: party('actor', e.args.Actor),
      target: party('target', e.args.Target),
      ...(note.value !== undefined && Number.isFinite(Number(note.value)) ? { value: Number(note.value) } : {}),
    };
  });
  return {
    annotations: parseBratSpans(spans, attrs, notes, refs, articleText),
    facts: facts.filter((f): f is RawFact => f !== null),
    carriesFacts: events.size > 0,
  };
}

type BratSpan =
  { line: number; type: string; start: number; end: number; text: string } | { line: number; problem: string };

function parseBratSpans(
  spans: Map<string, BratSpan>,
  attrs: Map<string, Record<string, string>>,
  notes: Map<string, Record<string, string>>,
  refs: Map<string, string>,
  articleText: string,
): Raw[] {
  return [...spans].map(([id, s], k): Raw => ({
    ref: id,
    ...bratAnnotation(id, s, k, attrs, notes, refs, articleText),
  }));
}

function bratAnnotation(
  id: string,
  s: BratSpan,
  k: number,
  attrs: Map<string, Record<string, string>>,
  notes: Map<string, Record<string, string>>,
  refs: Map<string, string>,
  articleText: string,
): Raw {
  const where = `line ${s.line}`;
  if ('problem' in s) return { where, problem: s.problem };
  const a = attrs.get(id) ?? {},
    note = notes.get(id) ?? {};
  const head = {
    id: `i${k + 1}`,
    start: s.start,
    end: s.end,
    text: articleText.slice(s.start, s.end) || s.text,
    source: a.Manual ? ('manual' as const) : ('auto' as const),
  };
  // a span that crossed a line break, or held a tab, was written with a space there
  if (head.text.replace(/[\r\n\t]/g, ' ') !== s.text) head.text = s.text;
  if (s.type === BRAT_TYPE.country) {
    const code = refs.get(id);
    if (!code) return { where, problem: `brat entity ${id} (Country) has no ISO3166 normalization` };
    return {
      where,
      annotation: { ...head, kind: 'country', country: { code, name: countryName(code), via: a.Via ?? 'name' } },
    };
  }
  if (s.type === BRAT_TYPE.count) {
    const value = Number(note.value);
    if (!Number.isFinite(value))
      return { where, problem: `brat entity ${id} (Count) has no numeric value in its AnnotatorNotes` };
    return {
      where,
      annotation: {
        ...head,
        kind: 'count',
        count: {
          value,
          ...(note.max ? { max: Number(note.max) } : {}),
          qualifier: a.Qualifier ?? 'exact',
          numberStart: s.start,
          numberEnd: s.end,
          noun: note.noun ?? null,
          nounStart: null,
          nounEnd: null,
        },
      },
    };
  }
  if (s.type !== BRAT_TYPE.time && s.type !== BRAT_TYPE.deadline)
    return {
      where,
      problem: `brat entity ${id} has type ${s.type}, not one of ${Object.values(BRAT_TYPE).join(', ')}`,
    };
  const deadline =
    s.type === BRAT_TYPE.deadline
      ? {
          due: note.due && note.due !== '?' ? note.due : null,
          anchor: note.anchor && note.anchor !== '?' ? note.anchor : null,
          cue: note.cue ?? 'imported',
          action: note.action ?? null,
        }
      : undefined;
  return {
    where,
    annotation: {
      ...head,
      kind: 'time',
      time: { type: a.TimexType ?? 'DATE', value: note.value ?? '', ...(deadline ? { deadline } : {}) },
    },
  };
}

/** What an import does to the facts: corrections to store, facts the engine already states, and what had no fact to correct. */
export interface FactImport {
  fixes: Array<{ anchor: Annotation; fix: Omit<FactCorrection, 'id' | 'anchor'> }>;
  confirmed: number;
  unmatched: string[];
}

/**
 * The fact corrections that make the engine's facts (`doc`, with the imported annotations already
 * applied) say what the file says: a differing actor, target, action or count on the fact that rests
 * on the same annotation, and — when the file carries facts — a rejection of each engine fact on an
 * imported count or deadline that the file states no fact on. `placed` is `imported` after
 * re-anchoring, null where lost.
 */
export function factCorrections(
  doc: AnnotatedDocument,
  parsed: Pick<ParsedImport, 'facts' | 'carriesFacts'>,
  placed: Array<Annotation | null>,
): FactImport {
  const byId = annotationsById(doc);
  const engine = new Map<string, { fact: AnnotatedDocument['facts'][number]; anchor: Annotation }>();
  for (const fact of doc.facts) {
    const anchor = factAnchor(fact, byId);
    if (anchor && !engine.has(spanKey(anchor))) engine.set(spanKey(anchor), { fact, anchor });
  }
  const out: FactImport = { fixes: [], confirmed: 0, unmatched: [] };
  const stated = new Set<string>();
  for (const f of parsed.facts) {
    const anchor = placed[f.anchor];
    if (!anchor) continue; // its annotation is lost: reported with the annotations
    stated.add(spanKey(anchor));
    const found = engine.get(spanKey(anchor));
    if (!found) {
      out.unmatched.push(`${f.where}: no fact on “${anchor.text}” to correct`);
      continue;
    }
    const { fact } = found;
    const party = (code: string | null) => (code ? { code, name: countryName(code) } : null);
    const fix: FactImport['fixes'][number]['fix'] = {
      ...(f.actor !== (fact.actor?.code ?? null) ? { actor: party(f.actor) } : {}),
      ...(f.target !== (fact.target?.code ?? null) ? { target: party(f.target) } : {}),
      ...(f.action !== null && f.action !== fact.action ? { action: f.action } : {}),
      ...(f.value !== undefined && fact.count && f.value !== fact.count.value ? { value: f.value } : {}),
    };
    if (Object.keys(fix).length) out.fixes.push({ anchor: found.anchor, fix });
    else out.confirmed++;
  }
  if (parsed.carriesFacts)
    for (const a of placed) {
      const found = a && !stated.has(spanKey(a)) ? engine.get(spanKey(a)) : undefined;
      if (found) out.fixes.push({ anchor: found.anchor, fix: { rejected: true } });
    }
  return out;
}

/** How much context on each side is compared: what the sidecar and the W3C export store. */
export const CONTEXT_CHARS = 32;

/**
 * Places imported annotations on the current text; the count of each status tells the user what
 * happened. An annotation stays where it was only when its quote and its context are still there
 * (the quote alone may be another occurrence, after edits made while the sidecar was not saved);
 * otherwise it goes to the occurrence whose context fits best, with the quote's own length.
 */
export function reanchor(imported: Imported[], text: string): Anchored[] {
  return imported.map(({ annotation: a, prefix, suffix }) => {
    const before = prefix?.slice(-CONTEXT_CHARS),
      after = suffix?.slice(0, CONTEXT_CHARS);
    const inPlace = a.end - a.start === a.text.length && text.startsWith(a.text, a.start);
    if (
      inPlace &&
      contextScore(text, a.start, a.text.length, before, after) === (before?.length ?? 0) + (after?.length ?? 0)
    )
      return { annotation: a, status: 'exact' };
    const found = bestOccurrence(text, a.text, a.start, before, after);
    if (found === null) return { annotation: a, status: 'lost', problem: `“${a.text}” is no longer in the article` };
    return { annotation: placeAt(a, found), status: found === a.start && inPlace ? 'exact' : 'moved' };
  });
}

/** The annotation moved to `start`, spanning exactly its quote; inner offsets (number, noun) kept inside it. */
function placeAt(a: Annotation, start: number): Annotation {
  const moved = shiftSpan(a, start - a.start);
  const end = start + a.text.length;
  if (moved.kind !== 'count') return { ...moved, end };
  const clamp = (x: number) => Math.min(Math.max(x, start), end);
  const c = moved.count;
  const inner = {
    numberStart: clamp(c.numberStart),
    numberEnd: clamp(c.numberEnd),
    nounStart: c.nounStart === null ? null : clamp(c.nounStart),
    nounEnd: c.nounEnd === null ? null : clamp(c.nounEnd),
  };
  return { ...moved, end, count: { ...c, ...inner } };
}

/** How many characters of context agree around the quote at i (at most CONTEXT_CHARS a side). */
function contextScore(text: string, i: number, length: number, prefix?: string, suffix?: string): number {
  let score = 0;
  if (prefix) score += commonSuffix(text.slice(Math.max(0, i - prefix.length), i), prefix);
  if (suffix) score += commonPrefix(text.slice(i + length, i + length + suffix.length), suffix);
  return score;
}

/** The occurrence of `exact` whose context matches best, then the nearest to where it was. */
function bestOccurrence(text: string, exact: string, near: number, prefix?: string, suffix?: string): number | null {
  if (!exact) return null;
  let best: number | null = null,
    bestScore = -Infinity;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const score = contextScore(text, i, exact.length, prefix, suffix) - Math.abs(i - near) / (text.length + 1);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};
const commonSuffix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
};
