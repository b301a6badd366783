import type { AnnotatedDocument, Annotation } from '../core';
import type { FormatInput } from './index';

// RFC 4180: CRLF line ends, fields with commas, quotes or line breaks in double quotes, quotes doubled.
// Text that a spreadsheet would read as a formula (a cell starting with =, +, -, @, tab or CR) gets
// a leading apostrophe, as OWASP's "CSV Injection" page recommends; numbers are written as numbers.
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : neutralised(String(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const neutralised = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const row = (fields: unknown[]) => `${fields.map(csvField).join(',')}\r\n`;

/** 1-based line and column (UTF-16 units) of each offset, in one pass over the line starts. */
function lineColumn(text: string): (offset: number) => [number, number] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - starts[lo]! + 1];
  };
}

function value(a: Annotation): string {
  if (a.kind === 'country') return a.country.name;
  if (a.kind === 'count') return a.count.max !== undefined ? `${a.count.value}-${a.count.max}` : String(a.count.value);
  return a.time.value;
}

export const ANNOTATION_COLUMNS = [
  'file',
  'line',
  'column',
  'start_utf16',
  'end_utf16',
  'id',
  'kind',
  'source',
  'text',
  'value',
  'iso_code',
  'via',
  'qualifier',
  'noun',
  'timex_type',
  'due',
  'anchor',
  'cue',
  'action',
];

/** One row per annotation, with file, line and column so a spreadsheet user can find it. */
export function toCsv(doc: AnnotatedDocument, input: FormatInput): string {
  const at = lineColumn(input.text);
  let out = row(ANNOTATION_COLUMNS);
  for (const a of doc.annotations) {
    const [line, column] = at(a.start);
    out += row([
      input.fileName,
      line,
      column,
      a.start,
      a.end,
      a.id,
      a.kind,
      a.source,
      a.text,
      value(a),
      a.kind === 'country' ? a.country.code : '',
      a.kind === 'country' ? a.country.via : '',
      a.kind === 'count' ? a.count.qualifier : '',
      a.kind === 'count' ? a.count.noun : '',
      a.kind === 'time' ? a.time.type : '',
      a.kind === 'time' ? a.time.deadline?.due : '',
      a.kind === 'time' ? a.time.deadline?.anchor : '',
      a.kind === 'time' ? a.time.deadline?.cue : '',
      a.kind === 'time' ? a.time.deadline?.action : '',
    ]);
  }
  return out;
}

export const FACT_COLUMNS = [
  'file',
  'line',
  'fact',
  'actor_code',
  'actor',
  'action',
  'count',
  'count_max',
  'qualifier',
  'noun',
  'target_code',
  'target',
  'deadline',
  'due',
  'stated_total',
  'evidence',
  'sentence',
];

/** One row per fact, with the sentence it comes from. */
export function toFactsCsv(doc: AnnotatedDocument, input: FormatInput): string {
  const at = lineColumn(input.text);
  let out = row(FACT_COLUMNS);
  for (const f of doc.facts) {
    out += row([
      input.fileName,
      at(f.sentenceStart)[0],
      f.id,
      f.actor?.code,
      f.actor?.name,
      f.action,
      f.count?.value,
      f.count?.max,
      f.count?.qualifier,
      f.count?.noun,
      f.target?.code,
      f.target?.name,
      f.deadline?.text,
      f.deadline?.due,
      f.total ? 'yes' : 'no',
      f.evidence.join(' '),
      input.text.slice(f.sentenceStart, f.sentenceEnd),
    ]);
  }
  return out;
}
