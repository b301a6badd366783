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

/**
 * The annotations a fact is built on, by role (evidence lists the actor before the target). A party
 * a user set is not in the evidence: its mention in the fact's sentence stands for it, if there is one.
 */
export function factArguments(doc: AnnotatedDocument, fact: Fact): Array<{ role: Role; annotation: Annotation }> {
  const byId = new Map(doc.annotations.map((a) => [a.id, a]));
  const found = fact.evidence.map((id) => byId.get(id)).filter((a): a is Annotation => !!a);
  const inSentence = doc.annotations.filter((a) => a.start >= fact.sentenceStart && a.end <= fact.sentenceEnd);
  const mention = (party: Fact['actor'], not?: Annotation) => {
    const of = (a: Annotation) => a !== not && a.kind === 'country' && a.country.code === party?.code;
    return party ? (found.find(of) ?? inSentence.find(of)) : undefined;
  };
  const out: Array<{ role: Role; annotation: Annotation }> = [];
  const actor = mention(fact.actor);
  if (actor) out.push({ role: 'actor', annotation: actor });
  const count = found.find((a) => a.kind === 'count');
  if (count) out.push({ role: 'count', annotation: count });
  const target = mention(fact.target, actor);
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
