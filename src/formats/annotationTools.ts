import type { AnnotatedDocument } from '../core';
import type { FormatInput } from './index';
import { offsetMap } from './offsets';
import { labelOf } from './w3c';

// JSONL tasks for annotation tools, so users can continue there; both count code points.
const TOOL_LABEL: Record<string, string> = {
  Country: 'COUNTRY',
  Count: 'COUNT',
  Deadline: 'DEADLINE',
  'Time expression': 'TIME',
};

/** doccano sequence labelling: {"text", "label": [[start, end, "COUNTRY"], …]} */
export function toDoccano(doc: AnnotatedDocument, input: FormatInput): string {
  const { toCodePoint } = offsetMap(input.text);
  const label = doc.annotations.map((a) => [toCodePoint(a.start), toCodePoint(a.end), TOOL_LABEL[labelOf(a)]]);
  return `${JSON.stringify({ text: input.text, label, meta: { file: input.fileName, articleDate: doc.articleDate, offsetUnit: 'codepoint' } })}\n`;
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
  return `${JSON.stringify({ data: { text: input.text, file: input.fileName, articleDate: doc.articleDate }, predictions: [{ model_version: 'news-annotator', result }] })}\n`;
}
