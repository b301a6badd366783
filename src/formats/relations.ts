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

export type FactArgument = { role: Role; annotation: Annotation };

/**
 * The annotations each fact of the document is built on, by role (evidence lists the actor before
 * the target). A party a user set is not in the evidence: its mention in the fact's sentence stands
 * for it, if there is one. Built once per document: an export asks for every fact's.
 */
export function factArgumentsOf(doc: AnnotatedDocument): (fact: Fact) => FactArgument[] {
  const byId = new Map(doc.annotations.map((a) => [a.id, a]));
  // the document's annotations are in span order: a sentence's are found by binary search
  const inSentence = (fact: Fact) => {
    let lo = 0,
      hi = doc.annotations.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doc.annotations[mid]!.start < fact.sentenceStart) lo = mid + 1;
      else hi = mid;
    }
    const out: Annotation[] = [];
    for (let k = lo; k < doc.annotations.length && doc.annotations[k]!.start < fact.sentenceEnd; k++)
      if (doc.annotations[k]!.end <= fact.sentenceEnd) out.push(doc.annotations[k]!);
    return out;
  };
  return (fact) => {
    const found = fact.evidence.map((id) => byId.get(id)).filter((a): a is Annotation => !!a);
    const mention = (party: Fact['actor'], not?: Annotation) => {
      if (!party) return undefined;
      const of = (a: Annotation) => a !== not && a.kind === 'country' && a.country.code === party.code;
      return found.find(of) ?? inSentence(fact).find(of);
    };
    const out: FactArgument[] = [];
    const actor = mention(fact.actor);
    if (actor) out.push({ role: 'actor', annotation: actor });
    const count = found.find((a) => a.kind === 'count');
    if (count) out.push({ role: 'count', annotation: count });
    const target = mention(fact.target, actor);
    if (target) out.push({ role: 'target', annotation: target });
    const deadline = found.find((a) => a.kind === 'time');
    if (deadline) out.push({ role: 'deadline', annotation: deadline });
    return out;
  };
}

/** Binary relations from each fact's count (or its deadline, when it counts nothing) to each other argument. */
export function factRelationsOf(doc: AnnotatedDocument): Array<{ role: Role; from: Annotation; to: Annotation }> {
  const argumentsOf = factArgumentsOf(doc);
  return doc.facts.flatMap((fact) => {
    const args = argumentsOf(fact);
    const anchor = args.find((a) => a.role === 'count') ?? args.find((a) => a.role === 'deadline');
    if (!anchor) return [];
    return args.filter((a) => a !== anchor).map((a) => ({ role: a.role, from: anchor.annotation, to: a.annotation }));
  });
}
