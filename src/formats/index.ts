// Export formats over one AnnotatedDocument, one file each, registered here; the CLI, the export
// command and the tests all go through this table.
import type { AnnotatedDocument } from '../core';
import { toJson } from './json';
import { toCsv, toFactsCsv } from './csv';
import { toW3c } from './w3c';
import { toBrat } from './brat';
import { toDoccano, toLabelStudio } from './annotationTools';

export interface FormatInput {
  /** the article text the offsets index */
  text: string;
  fileName: string;
  /** the article's URI, for formats that name their target (W3C) */
  sourceUri?: string;
  /** ISO timestamp of the export, for formats that record it */
  created?: string;
}

export interface Format {
  label: string;
  /** file name suffix for an article "x.txt": x.txt + extension, or x + extension where `replacesExtension` */
  extension: string;
  /** brat pairs x.ann with x.txt: the export takes the article's extension's place */
  replacesExtension?: boolean;
  /** one line per document: a workspace export writes all articles into one file */
  combinable: boolean;
  offsetUnit: string;
  /** the file's text in pieces, written out one by one so that no format has to build one huge string */
  write: (doc: AnnotatedDocument, input: FormatInput) => Chunks;
}

/** pieces of a file's text (never a bare string, which would iterate character by character) */
export type Chunks = Iterable<string> & object;

const whole =
  (write: (doc: AnnotatedDocument, input: FormatInput) => string) =>
  (doc: AnnotatedDocument, input: FormatInput): Chunks => [write(doc, input)];

export const FORMATS = {
  json: {
    label: 'JSON (schema v1)',
    extension: '.news-annotator.json',
    combinable: false,
    offsetUnit: 'UTF-16 code units',
    write: toJson,
  },
  csv: {
    label: 'CSV: annotations',
    extension: '.annotations.csv',
    combinable: false,
    offsetUnit: 'UTF-16 code units (line and column 1-based)',
    write: whole(toCsv),
  },
  'csv-facts': {
    label: 'CSV: facts',
    extension: '.facts.csv',
    combinable: false,
    offsetUnit: 'lines',
    write: whole(toFactsCsv),
  },
  w3c: {
    label: 'W3C Web Annotation (JSON-LD)',
    extension: '.w3c.jsonld',
    combinable: false,
    offsetUnit: 'Unicode code points',
    write: toW3c,
  },
  brat: {
    label: 'brat standoff (.ann)',
    extension: '.ann',
    replacesExtension: true,
    combinable: false,
    offsetUnit: 'Unicode code points',
    write: whole(toBrat),
  },
  doccano: {
    label: 'doccano JSONL',
    extension: '.doccano.jsonl',
    combinable: true,
    offsetUnit: 'Unicode code points',
    write: whole(toDoccano),
  },
  labelstudio: {
    label: 'Label Studio tasks JSONL',
    extension: '.labelstudio.jsonl',
    combinable: true,
    offsetUnit: 'Unicode code points',
    write: whole(toLabelStudio),
  },
} as const satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;

/** The export's file name (or relative path) for an article's: "a/x.txt" → "a/x.txt.annotations.csv", brat "a/x.ann". */
export function exportName(format: FormatName, articlePath: string): string {
  const f: Format = FORMATS[format];
  return `${f.replacesExtension ? articlePath.replace(/(?<=[^/])\.[^./]*$/, '') : articlePath}${f.extension}`;
}

export function formatDocument(format: FormatName, doc: AnnotatedDocument, input: FormatInput): string {
  return [...FORMATS[format].write(doc, input)].join('');
}
