import type { AnnotatedDocument } from '../core';
import type { FormatInput } from './index';
import { offsetMap } from './offsets';
import { factRelationsOf, ROLE_LABEL } from './relations';
import { labelOf } from './w3c';

// JSONL tasks for annotation tools, so users can continue there; both count code points.
export const TOOL_LABEL: Record<string, string> = {
  Country: 'COUNTRY',
  Count: 'COUNT',
  Deadline: 'DEADLINE',
  'Time expression': 'TIME',
};

/**
 * doccano: sequence labelling ("label": [[start, end, "COUNTRY"], …]) and, for relation projects,
 * "entities" and "relations" (each fact's count linked to its actor, target and deadline).
 */
export function toDoccano(doc: AnnotatedDocument, input: FormatInput): string {
  const { toCodePoint } = offsetMap(input.text);
  const label = doc.annotations.map((a) => [toCodePoint(a.start), toCodePoint(a.end), TOOL_LABEL[labelOf(a)]]);
  const entityId = new Map(doc.annotations.map((a, k) => [a.id, k + 1]));
  const entities = doc.annotations.map((a, k) => ({
    id: k + 1,
    start_offset: toCodePoint(a.start),
    end_offset: toCodePoint(a.end),
    label: TOOL_LABEL[labelOf(a)],
  }));
  const relations = factRelationsOf(doc).map((r, k) => ({
    id: k + 1,
    from_id: entityId.get(r.from.id),
    to_id: entityId.get(r.to.id),
    type: ROLE_LABEL[r.role].toUpperCase(),
  }));
  return `${JSON.stringify({ text: input.text, label, entities, relations, meta: { file: input.fileName, articleDate: doc.articleDate, offsetUnit: 'codepoint' } })}\n`;
}

/** Label Studio task with pre-annotations: data.text plus predictions[].result of type "labels". */
export function toLabelStudio(doc: AnnotatedDocument, input: FormatInput): string {
  const { toCodePoint } = offsetMap(input.text);
  const result = doc.annotations.map((a) => ({
    id: a.id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    origin: a.source === 'manual' ? 'manual' : 'prediction',
    value: { start: toCodePoint(a.start), end: toCodePoint(a.end), text: a.text, labels: [TOOL_LABEL[labelOf(a)]] },
  }));
  // each fact's count linked to its actor, target and deadline, as Label Studio's relations between regions
  const relations = factRelationsOf(doc).map((r) => ({
    from_id: r.from.id,
    to_id: r.to.id,
    type: 'relation',
    direction: 'right',
    labels: [ROLE_LABEL[r.role]],
  }));
  return `${JSON.stringify({ data: { text: input.text, file: input.fileName, articleDate: doc.articleDate }, predictions: [{ model_version: 'news-annotator', result: [...result, ...relations] }] })}\n`;
}
