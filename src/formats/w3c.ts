import { categoryOf, type AnnotatedDocument, type Annotation, type Category } from '../core';
import type { FormatInput } from './index';
import { jsonChunks } from './jsonChunks';
import { offsetMap } from './offsets';
import { factArgumentsOf } from './relations';

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), JSON-LD with the
// anno.jsonld context. TextPositionSelector offsets count Unicode code points, as §4.2.5 requires;
// schema v1 offsets (UTF-16 units) are converted here, at the edge.

const CONTEXT_SIZE = 32;
const LABEL: Record<Category, string> = {
  country: 'Country',
  count: 'Count',
  deadline: 'Deadline',
  date: 'Time expression',
};

export const labelOf = (a: Annotation) => LABEL[categoryOf(a)];

function resolved(a: Annotation): string {
  if (a.kind === 'country') return `${a.country.name} (ISO 3166-1 ${a.country.code})`;
  if (a.kind === 'count')
    return `${a.count.qualifier} ${a.count.value}${a.count.max !== undefined ? `-${a.count.max}` : ''}${a.count.noun ? ` ${a.count.noun}` : ''}`;
  return `${a.time.type} ${a.time.value}${a.time.deadline?.due ? `, due ${a.time.deadline.due}` : ''}`;
}

/** Moves an offset off the middle of a surrogate pair, so that context never holds half an emoji. */
function pairSafe(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  return c >= 0xdc00 && c <= 0xdfff && offset > 0 ? offset + 1 : offset;
}

export function* toW3c(doc: AnnotatedDocument, input: FormatInput): Generator<string> {
  const map = offsetMap(input.text);
  const source = input.sourceUri ?? input.fileName;
  const items = doc.annotations.map((a) => ({
    id: `${source}#${a.id}`,
    type: 'Annotation',
    motivation: 'tagging',
    created: input.created,
    creator: a.source === 'manual' ? { type: 'Person' } : { type: 'Software', name: 'News Annotator' },
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: labelOf(a) },
      { type: 'TextualBody', purpose: 'describing', value: resolved(a) },
      ...(a.kind === 'country' ? [{ id: `urn:iso:std:iso:3166:-1:${a.country.code}`, purpose: 'identifying' }] : []),
    ],
    target: {
      source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: a.text,
          prefix: input.text.slice(pairSafe(input.text, Math.max(0, a.start - CONTEXT_SIZE)), a.start),
          suffix: input.text.slice(a.end, pairSafe(input.text, Math.min(input.text.length, a.end + CONTEXT_SIZE))),
        },
        { type: 'TextPositionSelector', start: map.toCodePoint(a.start), end: map.toCodePoint(a.end) },
      ],
    },
    // the full schema-v1 annotation, so an import loses nothing (offsets in it stay UTF-16)
    'news-annotator:annotation': a,
  }));
  // each fact links the annotations it is built on, by role, and targets its sentence
  const argumentsOf = factArgumentsOf(doc);
  const facts = doc.facts.map((f) => ({
    id: `${source}#${f.id}`,
    type: 'Annotation',
    motivation: 'linking',
    created: input.created,
    creator: { type: 'Software', name: 'News Annotator' },
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: `Fact: ${f.action ?? 'states'}` },
      ...argumentsOf(f).map((arg) => ({
        type: 'SpecificResource',
        source: `${source}#${arg.annotation.id}`,
        purpose: 'linking',
        'news-annotator:role': arg.role,
      })),
    ],
    target: {
      source,
      selector: {
        type: 'TextPositionSelector',
        start: map.toCodePoint(f.sentenceStart),
        end: map.toCodePoint(f.sentenceEnd),
      },
    },
    'news-annotator:fact': f,
  }));
  yield* jsonChunks(
    {
      '@context': ['http://www.w3.org/ns/anno.jsonld', { 'news-annotator': 'urn:news-annotator:schema:v1#' }],
      type: 'AnnotationCollection',
      label: `News Annotator: ${input.fileName}`,
      'news-annotator:offsetUnit': 'TextPositionSelector counts Unicode code points',
      total: items.length + facts.length,
      first: { type: 'AnnotationPage', startIndex: 0, items: [...items, ...facts] },
    },
    4,
  ); // down to each annotation of first.items
  yield '\n';
}
