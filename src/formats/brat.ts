import { categoryOf, type AnnotatedDocument, type Annotation, type Category, type Fact } from '../core';
import type { FormatInput } from './index';
import { offsetMap } from './offsets';
import { factArgumentsOf, ROLE_LABEL } from './relations';

// brat standoff (https://brat.nlplab.org/standoff.html): the .ann file beside the article's .txt.
// brat counts offsets in Unicode code points (Python string indices); spans that cross a line
// break are written as fragments ("0 5;6 10"), since brat does not allow a newline inside one; the
// quoted text has its line breaks and tabs as spaces (a tab would end brat's field).

export const BRAT_TYPE = { country: 'Country', count: 'Count', deadline: 'Deadline', time: 'Time' } as const;
const TYPE_OF_CATEGORY: Record<Category, string> = {
  country: BRAT_TYPE.country,
  count: BRAT_TYPE.count,
  deadline: BRAT_TYPE.deadline,
  date: BRAT_TYPE.time,
};
export const bratTypeOf = (a: Annotation) => TYPE_OF_CATEGORY[categoryOf(a)];

function fragments(text: string, start: number, end: number, toCp: (n: number) => number): string {
  const out: string[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > s) out.push(`${toCp(s)} ${toCp(i)}`);
      s = i + 1;
    }
  }
  return out.join(';');
}

export function toBrat(doc: AnnotatedDocument, input: FormatInput): string {
  const { toCodePoint } = offsetMap(input.text);
  const lines: string[] = [];
  let attr = 0,
    norm = 0,
    note = 0;
  doc.annotations.forEach((a, k) => {
    const t = `T${k + 1}`;
    lines.push(
      `${t}\t${bratTypeOf(a)} ${fragments(input.text, a.start, a.end, toCodePoint)}\t${a.text.replace(/[\r\n\t]/g, ' ')}`,
    );
    if (a.source === 'manual') lines.push(`A${++attr}\tManual ${t}`);
    if (a.kind === 'country') {
      lines.push(`A${++attr}\tVia ${t} ${a.country.via}`);
      lines.push(`N${++norm}\tReference ${t} ISO3166:${a.country.code}\t${a.country.name}`);
    } else if (a.kind === 'count') {
      lines.push(`A${++attr}\tQualifier ${t} ${a.count.qualifier}`);
      lines.push(
        `#${++note}\tAnnotatorNotes ${t}\tvalue=${a.count.value}${a.count.max !== undefined ? ` max=${a.count.max}` : ''}${a.count.noun ? ` noun=${a.count.noun}` : ''}`,
      );
    } else {
      lines.push(`A${++attr}\tTimexType ${t} ${a.time.type}`);
      const d = a.time.deadline;
      lines.push(
        `#${++note}\tAnnotatorNotes ${t}\tvalue=${a.time.value}${d ? ` due=${d.due ?? '?'} anchor=${d.anchor ?? '?'} cue=${d.cue.replace(/\s+/g, '_')}${d.action ? ` action=${d.action.replace(/\s+/g, '_')}` : ''}` : ''}`,
      );
    }
  });
  // each fact an event: its verb the trigger, its annotations the arguments, the action's lemma in a note
  const tOf = new Map(doc.annotations.map((a, k) => [a.id, `T${k + 1}`]));
  let trigger = doc.annotations.length;
  const argumentsOf = factArgumentsOf(doc);
  doc.facts.forEach((f, k) => {
    if (!f.verb) return;
    const t = `T${++trigger}`,
      e = `E${k + 1}`;
    lines.push(
      `${t}\tFact ${fragments(input.text, f.verb.start, f.verb.end, toCodePoint)}\t${f.verb.text.replace(/[\r\n\t]/g, ' ')}`,
    );
    const args = argumentsOf(f).map((a) => `${ROLE_LABEL[a.role]}:${tOf.get(a.annotation.id)}`);
    lines.push(`${e}\tFact:${t}${args.length ? ` ${args.join(' ')}` : ''}`);
    lines.push(`#${++note}\tAnnotatorNotes ${e}\t${eventNote(f)}`);
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * An event's note: the action's lemma and the parties' ISO codes (a corrected actor need not be
 * among the arguments: the user may name a country the sentence does not), and a corrected count.
 */
function eventNote(f: Fact): string {
  const fields = [
    `action=${f.action?.replace(/\s+/g, '_') ?? '?'}`,
    ...(f.alsoActions?.length ? [`also=${f.alsoActions.join(',')}`] : []),
    ...(f.partOf ? [`partOf=${f.partOf}`] : []),
    ...(f.actor ? [`actor=${f.actor.code}`] : []),
    ...(f.target ? [`target=${f.target.code}`] : []),
    ...(f.corrected && f.count ? [`value=${f.count.value}`] : []),
  ];
  return fields.join(' ');
}

/** brat's annotation.conf for these types, so the .ann loads in brat with its attributes. */
export const BRAT_CONF = `[entities]
Country
Count
Deadline
Time

[relations]

[events]
Fact Actor?:Country, Count?:Count, Target?:Country, Deadline?:Deadline|Time

[attributes]
Via Arg:Country, Value:name|alias|demonym|capital|city|metonym
Qualifier Arg:Count, Value:exact|approx|at-least|at-most|more-than|less-than|range
TimexType Arg:<ENTITY>, Value:DATE|TIME|DURATION|SET
Manual Arg:<ENTITY>
`;
