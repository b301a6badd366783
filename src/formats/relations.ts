// A fact as relations between the annotations it is built on, for the formats that carry
// relations (brat events, Label Studio and doccano relations, W3C linking annotations): the
// fact's evidence, each with its role.
import type { AnnotatedDocument, Annotation, Fact } from '../core';

export type Role = 'actor' | 'count' | 'target' | 'deadline';
export const ROLE_LABEL: Record<Role, string> = {
  actor: 'Actor',
  count: 'Count',
  target: 'Target',
  deadline: 'Deadline',
};

/** The annotations a fact is built on, by role (evidence lists the actor before the target). */
export function factArguments(doc: AnnotatedDocument, fact: Fact): Array<{ role: Role; annotation: Annotation }> {
  const byId = new Map(doc.annotations.map((a) => [a.id, a]));
  const found = fact.evidence.map((id) => byId.get(id)).filter((a): a is Annotation => !!a);
  const countries = found.filter((a) => a.kind === 'country');
  const out: Array<{ role: Role; annotation: Annotation }> = [];
  const actor = fact.actor
    ? countries.find((c) => c.kind === 'country' && c.country.code === fact.actor!.code)
    : undefined;
  if (actor) out.push({ role: 'actor', annotation: actor });
  const count = found.find((a) => a.kind === 'count');
  if (count) out.push({ role: 'count', annotation: count });
  const target = fact.target
    ? countries.find((c) => c !== actor && c.kind === 'country' && c.country.code === fact.target!.code)
    : undefined;
  if (target) out.push({ role: 'target', annotation: target });
  const deadline = found.find((a) => a.kind === 'time');
  if (deadline) out.push({ role: 'deadline', annotation: deadline });
  return out;
}

/** Binary relations from the fact's count (or its deadline, when it counts nothing) to each other argument. */
export function factRelations(
  doc: AnnotatedDocument,
  fact: Fact,
): Array<{ role: Role; from: Annotation; to: Annotation }> {
  const args = factArguments(doc, fact);
  const anchor = args.find((a) => a.role === 'count') ?? args.find((a) => a.role === 'deadline');
  if (!anchor) return [];
  return args.filter((a) => a !== anchor).map((a) => ({ role: a.role, from: anchor.annotation, to: a.annotation }));
}
