// The four categories a reader sees (highlights, panel groups, export labels): every front end and
// format derives an annotation's category here, so that none can disagree about a deadline.
import type { Annotation } from './schema';

export type Category = 'country' | 'count' | 'deadline' | 'date';

export function categoryOf(a: Annotation): Category {
  if (a.kind === 'time') return a.time.deadline ? 'deadline' : 'date';
  return a.kind;
}
