// Manual corrections over the engine's results: annotations a user added and automatic ones a user
// rejected. Pure: the extension stores them in a sidecar file and re-anchors them after edits.
import type { AnnotatedDocument, Annotation, Fact } from './schema';
import { linkFacts } from './facts';
import { ruleCorrections, ruleKey, type Rule } from './rules';
import { tokenize } from './tokenize';

export interface Corrections {
  added: Annotation[];
  /** the automatic annotations a user rejected, as they were */
  rejected: Annotation[];
  /** corrections of facts, each on the annotation (count or deadline) its fact is built on */
  facts?: FactCorrection[];
  /** corrections of every occurrence of some words (rules.ts); this article's own corrections win over them */
  rules?: Rule[];
}

/**
 * A user's correction of a fact: what to put instead of the linker's actor, target, action or count
 * value, or that the fact is wrong altogether. It holds on to the fact's count (or deadline)
 * annotation, which is re-anchored after edits like any correction.
 */
export interface FactCorrection {
  id: string;
  anchor: Annotation;
  actor?: Fact['actor'];
  target?: Fact['target'];
  action?: string;
  value?: number;
  rejected?: boolean;
}

export const sameSpan = (
  a: { kind: string; start: number; end: number },
  b: { kind: string; start: number; end: number },
) => a.kind === b.kind && a.start === b.start && a.end === b.end;
/** A key that is equal for two annotations exactly when sameSpan says they are the same span. */
export const spanKey = (a: { kind: string; start: number; end: number }) => `${a.kind}:${a.start}:${a.end}`;

/**
 * The engine's document with corrections applied: rejected annotations removed, manual ones added
 * (a manual annotation replaces an automatic one of the same kind on the same span), facts relinked.
 */
export function applyCorrections(doc: AnnotatedDocument, text: string, corrections: Corrections): AnnotatedDocument {
  const factFixes = corrections.facts ?? [];
  const { added, rejected } = withRules(doc, text, corrections);
  if (added.length === 0 && rejected.length === 0 && factFixes.length === 0) return doc;
  let out = doc;
  if (added.length || rejected.length) {
    const replaced = new Set([...rejected, ...added].map(spanKey));
    const kept = doc.annotations.filter((a) => !replaced.has(spanKey(a)));
    const annotations = [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
    out = { ...doc, annotations, facts: linkFacts(text, tokenize(text), annotations, doc.articleDate) };
  }
  return factFixes.length ? { ...out, facts: correctFacts(out, factFixes) } : out;
}

/** The article's added and rejected annotations with its rules' expanded under them: what the user did here wins. */
function withRules(doc: AnnotatedDocument, text: string, c: Corrections): Pick<Corrections, 'added' | 'rejected'> {
  if (!c.rules?.length) return c;
  const byRules = ruleCorrections(text, doc.annotations, c.rules);
  const own = new Set([...c.added, ...c.rejected].map(spanKey));
  return {
    added: [...byRules.added.filter((a) => !own.has(spanKey(a))), ...c.added],
    rejected: [...byRules.rejected, ...c.rejected],
  };
}

/**
 * The annotation a fact rests on, which its corrections hold on to: its count, else its deadline.
 * `byId` is the document's annotations by id.
 */
export function factAnchor(fact: Fact, byId: ReadonlyMap<string, Annotation>): Annotation | undefined {
  const evidence = fact.evidence.map((id) => byId.get(id)).filter((a): a is Annotation => !!a);
  return evidence.find((a) => a.kind === 'count') ?? evidence.find((a) => a.kind === 'time' && !!a.time.deadline);
}
export const annotationsById = (doc: AnnotatedDocument) => new Map(doc.annotations.map((a) => [a.id, a]));

/** The facts with the user's corrections: overridden fields, and no fact the user rejected. */
function correctFacts(doc: AnnotatedDocument, fixes: FactCorrection[]): Fact[] {
  const bySpan = new Map(fixes.map((f) => [spanKey(f.anchor), f]));
  const annotations = annotationsById(doc);
  const out: Fact[] = [];
  for (const fact of doc.facts) {
    const anchor = factAnchor(fact, annotations);
    const fix = anchor && bySpan.get(spanKey(anchor));
    if (!fix) out.push(fact);
    else if (!fix.rejected) out.push(correctedFact(fact, fix));
  }
  return out;
}

function correctedFact(fact: Fact, fix: FactCorrection): Fact {
  return {
    ...fact,
    ...(fix.actor !== undefined ? { actor: fix.actor } : {}),
    ...(fix.target !== undefined ? { target: fix.target } : {}),
    ...(fix.action !== undefined ? { action: fix.action } : {}),
    ...(fix.value !== undefined && fact.count ? { count: { ...fact.count, value: fix.value } } : {}),
    corrected: true,
  };
}

/** What a sidecar holds: the corrections, the text around each (by id) and a date the user set. */
export interface CorrectionSet extends Corrections {
  context: Record<string, { prefix: string; suffix: string }>;
  articleDate?: string;
}

/**
 * Three-way merge of corrections, as version control merges text: `base` is what this writer last
 * read or wrote, `ours` what it holds now, `theirs` what another writer (a second window) saved
 * since. What we added or changed is applied to theirs, what we removed is removed from it, and
 * everything else of theirs is kept: neither writer's corrections are lost. An id we added that
 * they used for something else is renamed (fresh ids come from `nextId`).
 */
export function mergeCorrections(base: CorrectionSet, ours: CorrectionSet, theirs: CorrectionSet): CorrectionSet {
  const all = (c: CorrectionSet) => [...c.added, ...c.rejected, ...(c.facts ?? []), ...(c.rules ?? [])];
  const taken = new Set([...all(theirs), ...all(ours)].map((a) => a.id));
  const context = { ...theirs.context };
  const renamed = <T extends { id: string }>(a: T): T => {
    const id = nextId(taken);
    taken.add(id);
    if (ours.context[a.id]) context[id] = ours.context[a.id]!;
    return { ...a, id };
  };
  // `keyOf` says when two entries correct the same thing (a span, a rule's words); `order` sorts the result
  const list = <T extends { id: string }>(
    pick: (c: CorrectionSet) => T[],
    keyOf: (t: T) => string,
    order: (a: T, b: T) => number,
  ) => {
    const baseById = byId(pick(base)),
      theirsById = byId(pick(theirs)),
      oursById = byId(pick(ours));
    const result = new Map(theirsById);
    for (const id of baseById.keys()) if (!oursById.has(id)) result.delete(id);
    for (const [id, a] of oursById) {
      const was = baseById.get(id);
      if (was && same(was, a)) continue; // untouched here: theirs decides
      const clash = !was && theirsById.has(id) && !same(theirsById.get(id)!, a);
      const mine = clash ? renamed(a) : a;
      if (!clash && ours.context[id]) context[id] = ours.context[id]!;
      // the same thing corrected in both windows: ours replaces theirs rather than stacking on it
      for (const [otherId, other] of result)
        if (otherId !== mine.id && !oursById.has(otherId) && keyOf(other) === keyOf(mine)) result.delete(otherId);
      result.set(mine.id, mine);
    }
    return [...result.values()].sort(order);
  };
  const bySpan = (a: Annotation, b: Annotation) => a.start - b.start || a.end - b.end;
  const added = list((c) => c.added, spanKey, bySpan),
    rejected = list((c) => c.rejected, spanKey, bySpan);
  const facts = list(
    (c) => c.facts ?? [],
    (f) => spanKey(f.anchor),
    (a, b) => bySpan(a.anchor, b.anchor),
  );
  const rules = list(
    (c) => c.rules ?? [],
    ruleKey,
    (a, b) => a.text.localeCompare(b.text),
  );
  const live = new Set([...added, ...rejected, ...facts, ...rules].map((a) => a.id));
  const articleDate = ours.articleDate !== base.articleDate ? ours.articleDate : theirs.articleDate;
  return {
    added,
    rejected,
    ...(facts.length ? { facts } : {}),
    ...(rules.length ? { rules } : {}),
    context: Object.fromEntries(Object.entries(context).filter(([id]) => live.has(id))),
    ...(articleDate ? { articleDate } : {}),
  };
}

/** The next free manual id: m1, m2, … after the highest taken (w1, w2, … for the workspace's rules). */
export function nextId(taken: Iterable<string>, prefix = 'm'): string {
  let n = 0;
  for (const id of taken) if (id.startsWith(prefix)) n = Math.max(n, Number(/^\D+(\d+)$/.exec(id)?.[1] ?? 0));
  return `${prefix}${n + 1}`;
}

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((a) => [a.id, a]));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
