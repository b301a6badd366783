// Export formats over one AnnotatedDocument; each format is one file, registered here.
import type { AnnotatedDocument } from '../core';
import { toJson } from './json';

export interface FormatInput {
  /** the article text the offsets index */
  text: string;
  fileName: string;
}

export const FORMATS = {
  json: toJson,
} as const;

export type FormatName = keyof typeof FORMATS;

export function formatDocument(format: FormatName, doc: AnnotatedDocument, input: FormatInput): string {
  return FORMATS[format](doc, input);
}
