// Manual corrections over the engine's results: annotations a user added and automatic ones a user
// rejected. Pure: the extension stores them in a sidecar file and re-anchors them after edits.
import type { AnnotatedDocument, Annotation } from './schema';
import { linkFacts } from './facts';
import { tokenize } from './tokenize';

export interface Corrections {
  added: Annotation[];
  /** the automatic annotations a user rejected, as they were */
  rejected: Annotation[];
}

export const sameSpan = (a: { kind: string; start: number; end: number }, b: { kind: string; start: number; end: number }) =>
  a.kind === b.kind && a.start === b.start && a.end === b.end;

/**
 * The engine's document with corrections applied: rejected annotations removed, manual ones added
 * (a manual annotation replaces an automatic one of the same kind on the same span), facts relinked.
 */
export function applyCorrections(doc: AnnotatedDocument, text: string, corrections: Corrections): AnnotatedDocument {
  if (corrections.added.length === 0 && corrections.rejected.length === 0) return doc;
  const kept = doc.annotations.filter((a) => !corrections.rejected.some((r) => sameSpan(r, a)) && !corrections.added.some((m) => sameSpan(m, a)));
  const annotations = [...kept, ...corrections.added].sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...doc, annotations, facts: linkFacts(text, tokenize(text), annotations) };
}
