// Reading a Label Studio task back: ours (one JSONL line, regions as predictions) or Label Studio's
// own JSON export after people worked on it (an array of tasks, regions in annotations[].result).
// Regions carry only a label, so each is resolved by the engine: the annotation it finds on that
// span with that label, else what it finds in the region's text alone (a region a person drew).
import { annotate, shiftSpan, type Annotation } from '../core';
import { TOOL_LABEL } from './annotationTools';
import { ImportError, type Raw, type RawFact, type RawFile } from './import';
import { offsetMap } from './offsets';
import { labelOf } from './w3c';

interface Region {
  id?: string;
  type?: string;
  value?: { start?: number; end?: number; text?: string; labels?: string[] };
  from_id?: string;
  to_id?: string;
  labels?: string[];
}
interface Task {
  data?: { text?: string; articleDate?: string | null };
  annotations?: Array<{ result?: Region[]; was_cancelled?: boolean }>;
  predictions?: Array<{ result?: Region[] }>;
}

export function parseLabelStudio(fileName: string, content: string, articleText: string): RawFile {
  const task = pickTask(fileName, content, articleText);
  // people's work wins over the pre-annotations it started from
  const done = task.annotations?.filter((a) => !a.was_cancelled && a.result).pop();
  const results = done?.result ?? task.predictions?.[0]?.result ?? [];
  const map = offsetMap(articleText);
  const options = { articleDate: task.data?.articleDate ?? undefined };
  // the engine's annotations by span, so that each region finds its own in one lookup
  const engine = new Map<string, Annotation[]>();
  for (const a of annotate(articleText, options).annotations) {
    const key = `${a.start}:${a.end}`;
    engine.set(key, [...(engine.get(key) ?? []), a]);
  }
  const regions = results.filter((r) => r.type === 'labels');
  const annotations = regions.map((r, k): Raw => {
    const where = `region ${r.id ?? k + 1}`;
    const label = r.value?.labels?.[0];
    if (r.value?.start === undefined || r.value.end === undefined || !label)
      return { where, problem: 'a labels region without start, end and a label' };
    const start = map.fromCodePoint(r.value.start),
      end = map.fromCodePoint(r.value.end);
    const annotation = resolveRegion(engine, articleText, start, end, label, options);
    if (!annotation)
      return {
        where,
        problem: `the engine cannot read “${articleText.slice(start, end)}” as ${label}; annotate it by hand`,
      };
    return { where, annotation: { ...annotation, id: `i${k + 1}` }, ref: r.id };
  });
  return { annotations, ...relationFacts(results, annotations), carriesFacts: results.some(isRelation) };
}

const isRelation = (r: Region) => r.type === 'relation' && !!r.from_id && !!r.to_id;

function pickTask(fileName: string, content: string, articleText: string): Task {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    try {
      json = JSON.parse(content.split('\n').find((l) => l.trim()) ?? '');
    } catch (e) {
      throw new ImportError(`${fileName}: not valid JSON or JSONL (${(e as Error).message})`);
    }
  }
  const tasks = (Array.isArray(json) ? json : [json]) as Task[];
  const task = tasks.find((t) => t?.data?.text === articleText) ?? tasks[0];
  if (!task || typeof task !== 'object' || (!task.annotations && !task.predictions))
    throw new ImportError(`${fileName}: a Label Studio file without annotations or predictions`);
  return task;
}

/** The annotation with this label on the span: the engine's there, else the engine's reading of the span's text. */
function resolveRegion(
  engine: ReadonlyMap<string, Annotation[]>,
  text: string,
  start: number,
  end: number,
  label: string,
  options: { articleDate?: string | null },
): Annotation | undefined {
  const labelled = (a: Annotation) => TOOL_LABEL[labelOf(a)] === label;
  const found = engine.get(`${start}:${end}`)?.find(labelled);
  if (found) return found;
  const alone = annotate(text.slice(start, end), options).annotations.find(labelled);
  // what the engine reads in the region alone, on the region's whole span
  return alone && { ...shiftSpan(alone, start), start, end, text: text.slice(start, end), source: 'manual' };
}

/** Relations from a count (or deadline) region to its actor, target and deadline, as facts. */
function relationFacts(results: Region[], annotations: Raw[]): { facts: RawFact[] } {
  const byRef = new Map(
    annotations.flatMap((r) => ('annotation' in r && r.ref ? [[r.ref, r.annotation as Annotation] as const] : [])),
  );
  const facts = new Map<string, RawFact>();
  for (const r of results.filter(isRelation)) {
    const from = byRef.get(r.from_id!),
      to = byRef.get(r.to_id!);
    if (!from || !to) continue;
    const fact = facts.get(r.from_id!) ?? {
      where: `relations of region ${r.from_id}`,
      anchorRef: r.from_id!,
      action: null,
      actor: null,
      target: null,
    };
    const role = r.labels?.[0];
    if (to.kind === 'country' && role === 'Actor') fact.actor = to.country.code;
    if (to.kind === 'country' && role === 'Target') fact.target = to.country.code;
    facts.set(r.from_id!, fact);
  }
  return { facts: [...facts.values()] };
}
