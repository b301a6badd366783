// Reading annotations back: schema v1 JSON, W3C Web Annotation (as exported here) and brat .ann.
// Imported annotations are re-anchored on the article as it is now: by offset when the text there
// is unchanged, else by quote and surrounding context (like a TextQuoteSelector); what cannot be
// found is reported, never dropped silently.
import { z } from 'zod';
import { countryName, shiftSpan, type Annotation } from '../core';
import { AnnotationSchema, DocumentSchema, describeSchemaError } from '../core/schema';
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

/** Parses an export; offsets in code points are converted to UTF-16 against the article text. */
export function parseImport(fileName: string, content: string, articleText: string): Imported[] {
  const format = detectFormat(fileName, content);
  if (format === 'brat') return parseBrat(content, articleText);
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (e) {
    throw new ImportError(`${fileName}: not valid JSON (${(e as Error).message})`);
  }
  return format === 'json' ? parseJson(fileName, json) : parseW3c(fileName, json, articleText);
}

function parseJson(fileName: string, json: unknown): Imported[] {
  const r = DocumentSchema.safeParse(json);
  if (!r.success) throw new ImportError(`${fileName}: does not follow schema v1: ${describeSchemaError(r.error)}`);
  return r.data.annotations.map((annotation) => ({ annotation }));
}

const W3cItem = z.object({
  'news-annotator:annotation': z.unknown().optional(),
  body: z.array(z.object({ purpose: z.string().optional(), value: z.string().optional(), id: z.string().optional() })).or(z.object({}).passthrough()).optional(),
  target: z.object({ selector: z.array(z.object({ type: z.string(), exact: z.string().optional(), prefix: z.string().optional(), suffix: z.string().optional(), start: z.number().optional(), end: z.number().optional() })) }),
});

function parseW3c(fileName: string, json: unknown, articleText: string): Imported[] {
  const items = (json as { first?: { items?: unknown[] }; items?: unknown[] })?.first?.items ?? (json as { items?: unknown[] })?.items ?? (Array.isArray(json) ? json : [json]);
  const map = offsetMap(articleText);
  return items.map((raw, k) => {
    const item = W3cItem.safeParse(raw);
    if (!item.success) throw new ImportError(`${fileName}: annotation ${k + 1} is not a Web Annotation with selectors: ${describeSchemaError(item.error)}`);
    const quote = item.data.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = item.data.target.selector.find((s) => s.type === 'TextPositionSelector');
    const own = AnnotationSchema.safeParse(item.data['news-annotator:annotation']);
    if (!own.success) throw new ImportError(`${fileName}: annotation ${k + 1} carries no news-annotator annotation to restore (only this tool's W3C exports can be imported)`);
    const annotation = { ...own.data };
    if (position?.start !== undefined && position.end !== undefined) {
      annotation.start = map.fromCodePoint(position.start);
      annotation.end = map.fromCodePoint(position.end);
    }
    if (quote?.exact !== undefined) annotation.text = quote.exact;
    return { annotation, prefix: quote?.prefix, suffix: quote?.suffix };
  });
}

function parseBrat(content: string, articleText: string): Imported[] {
  const map = offsetMap(articleText);
  const spans = new Map<string, { type: string; start: number; end: number; text: string }>();
  const attrs = new Map<string, Record<string, string>>();
  const notes = new Map<string, Record<string, string>>();
  const refs = new Map<string, string>();
  content.split(/\r?\n/).forEach((line, n) => {
    if (!line.trim()) return;
    const [id, body = '', rest = ''] = line.split('\t');
    if (id!.startsWith('T')) {
      const m = /^(\S+) (.+)$/.exec(body);
      const frags = m?.[2]!.split(';').map((f) => f.split(' ').map(Number));
      if (!m || !frags || frags.some((f) => f.length !== 2 || f.some((x) => !Number.isInteger(x)))) throw new ImportError(`line ${n + 1}: malformed brat entity "${line}"`);
      spans.set(id!, { type: m[1]!, start: map.fromCodePoint(frags[0]![0]!), end: map.fromCodePoint(frags[frags.length - 1]![1]!), text: rest });
    } else if (id!.startsWith('A')) {
      const [name, target, value = 'true'] = body.split(' ');
      attrs.set(target!, { ...attrs.get(target!), [name!]: value });
    } else if (id!.startsWith('N')) {
      const [, target, ref] = body.split(' ');
      if (ref?.startsWith('ISO3166:')) refs.set(target!, ref.slice(8));
    } else if (id!.startsWith('#')) {
      const target = body.split(' ')[1]!;
      notes.set(target, Object.fromEntries(rest.split(' ').map((kv) => kv.split('=')).filter((kv) => kv.length === 2).map(([k, v]) => [k!, v!.replace(/_/g, ' ')])));
    }
  });
  return [...spans].map(([id, s], k): Imported => {
    const a = attrs.get(id) ?? {}, note = notes.get(id) ?? {};
    const head = { id: `i${k + 1}`, start: s.start, end: s.end, text: articleText.slice(s.start, s.end) || s.text, source: a.Manual ? 'manual' as const : 'auto' as const };
    // a span that crossed a line break was written with the break as a space
    if (head.text.replace(/\n/g, ' ') !== s.text) head.text = s.text;
    if (s.type === 'Country') {
      const code = refs.get(id);
      if (!code) throw new ImportError(`brat entity ${id} (Country) has no ISO3166 normalization`);
      return { annotation: { ...head, kind: 'country', country: { code, name: countryName(code), via: (a.Via ?? 'name') as 'name' } } };
    }
    if (s.type === 'Count') {
      const value = Number(note.value);
      return { annotation: { ...head, kind: 'count', count: { value: Number.isFinite(value) ? value : 0, ...(note.max ? { max: Number(note.max) } : {}), qualifier: (a.Qualifier ?? 'exact') as 'exact', numberStart: s.start, numberEnd: s.end, noun: note.noun ?? null, nounStart: null, nounEnd: null } } };
    }
    const deadline = s.type === 'Deadline' ? { due: note.due && note.due !== '?' ? note.due : null, anchor: note.anchor && note.anchor !== '?' ? note.anchor : null, cue: note.cue ?? 'imported', action: note.action ?? null } : undefined;
    return { annotation: { ...head, kind: 'time', time: { type: (a.TimexType ?? 'DATE') as 'DATE', value: note.value ?? '', ...(deadline ? { deadline } : {}) } } };
  });
}

/** Places imported annotations on the current text; the count of each status tells the user what happened. */
export function reanchor(imported: Imported[], text: string): Anchored[] {
  return imported.map(({ annotation: a, prefix, suffix }) => {
    if (text.slice(a.start, a.end) === a.text) return { annotation: a, status: 'exact' };
    const found = bestOccurrence(text, a.text, a.start, prefix, suffix);
    if (found === null) return { annotation: a, status: 'lost', problem: `“${a.text}” is no longer in the article` };
    return { annotation: shiftSpan(a, found - a.start), status: 'moved' };
  });
}

/** The occurrence of `exact` whose context matches best, then the nearest to where it was. */
function bestOccurrence(text: string, exact: string, near: number, prefix?: string, suffix?: string): number | null {
  if (!exact) return null;
  let best: number | null = null, bestScore = -Infinity;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    let score = -Math.abs(i - near) / 1e6;
    if (prefix) score += commonSuffix(text.slice(Math.max(0, i - prefix.length), i), prefix);
    if (suffix) score += commonPrefix(text.slice(i + exact.length, i + exact.length + suffix.length), suffix);
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
