// Reading annotations back: schema v1 JSON, W3C Web Annotation (as exported here) and brat .ann.
// Imported annotations are re-anchored on the article as it is now: by offset when the text there
// is unchanged, else by quote and surrounding context (like a TextQuoteSelector); what cannot be
// found is reported, never dropped silently.
import { z } from 'zod';
import { countryName, shiftSpan, type Annotation } from '../core';
import { AnnotationSchema, describeSchemaError } from '../core/schema';
import { BRAT_TYPE } from './brat';
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

export type ImportFormat = 'json' | 'w3c' | 'brat';

export function detectFormat(fileName: string, content: string): ImportFormat {
  if (fileName.endsWith('.ann')) return 'brat';
  const head = content.trimStart().slice(0, 4000);
  if (/anno\.jsonld|"AnnotationCollection"|"type"\s*:\s*"Annotation"/.test(head)) return 'w3c';
  if (/"news-annotator\/v1"/.test(head)) return 'json';
  throw new ImportError(`${fileName}: not a schema-v1 JSON, W3C Web Annotation or brat .ann file`);
}

/** What a file gave: the annotations to place, and those refused, each with where it stood and why. */
export interface ParsedImport {
  imported: Imported[];
  rejected: string[];
}

/**
 * Parses an export; offsets in code points are converted to UTF-16 against the article text. Every
 * annotation is validated against schema v1 on its own (and a country code must name a country):
 * one bad entry is reported by its line or number and the others still come in.
 */
export function parseImport(fileName: string, content: string, articleText: string): ParsedImport {
  const format = detectFormat(fileName, content);
  const raw =
    format === 'brat' ? parseBrat(content, articleText) : parseJsonFormats(fileName, format, content, articleText);
  const imported: Imported[] = [],
    rejected: string[] = [];
  for (const r of raw) {
    if ('problem' in r) {
      rejected.push(`${r.where}: ${r.problem}`);
      continue;
    }
    const problem = annotationProblem(r.annotation);
    if (problem) rejected.push(`${r.where}: ${problem}`);
    else imported.push({ annotation: r.annotation as Annotation, prefix: r.prefix, suffix: r.suffix });
  }
  return { imported, rejected };
}

type Raw =
  { where: string; annotation: unknown; prefix?: string; suffix?: string } | { where: string; problem: string };

function annotationProblem(annotation: unknown): string | null {
  const r = AnnotationSchema.safeParse(annotation);
  if (!r.success) return describeSchemaError(r.error);
  if (r.data.kind === 'country' && !knownCountry(r.data.country.code))
    return `country.code: ${r.data.country.code} is not an ISO 3166 code of a country`;
  return null;
}
const knownCountry = (code: string) => countryName(code) !== code;

function parseJsonFormats(fileName: string, format: 'json' | 'w3c', content: string, articleText: string): Raw[] {
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
});

function parseJson(fileName: string, json: unknown): Raw[] {
  const r = JsonEnvelope.safeParse(json);
  if (!r.success) throw new ImportError(`${fileName}: does not follow schema v1: ${describeSchemaError(r.error)}`);
  return r.data.annotations.map((annotation, k) => ({ where: `annotation ${k + 1}`, annotation }));
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

function parseW3c(json: unknown, articleText: string): Raw[] {
  const items =
    (json as { first?: { items?: unknown[] }; items?: unknown[] })?.first?.items ??
    (json as { items?: unknown[] })?.items ??
    (Array.isArray(json) ? json : [json]);
  const map = offsetMap(articleText);
  // a fact's linking annotation is the engine's to make again from the annotations: not imported
  const tagging = items.filter((raw) => (raw as { motivation?: unknown })?.motivation !== 'linking');
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
    return { where, annotation, prefix: quote?.prefix, suffix: quote?.suffix };
  });
}

function parseBrat(content: string, articleText: string): Raw[] {
  const map = offsetMap(articleText);
  const spans = new Map<
    string,
    { line: number; type: string; start: number; end: number; text: string } | { line: number; problem: string }
  >();
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
  return [...spans].map(([id, s], k): Raw => {
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
  });
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
