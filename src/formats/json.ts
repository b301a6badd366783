import type { AnnotatedDocument } from '../core';
import type { FormatInput } from './index';

/** Schema v1 JSON with the source file name; offsets are UTF-16 code units (offsetUnit says so). */
export function toJson(doc: AnnotatedDocument, input: FormatInput): string {
  return `${JSON.stringify({ ...doc, file: input.fileName }, null, 2)}\n`;
}
