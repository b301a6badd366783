// Facts compared across articles (a fact-checker's several versions of one story): facts that
// describe the same event — same acting country, action, target country and counted noun — are
// grouped, and where two articles disagree (counts whose intervals cannot both hold: "21" and "20";
// "as many as 43" agrees with 40; or different due dates) the pair is a disagreement.
import { countryName } from './countryTables';
import { nounLemma } from './facts';
import type { AnnotatedDocument, Fact } from './schema';

export interface ComparedArticle {
  /** how the article is named to the user: a file name or a path */
  name: string;
  doc: AnnotatedDocument;
}

export interface FactInArticle {
  article: string;
  fact: Fact;
}

export interface EventGroup {
  /** "Belgium expel diplomats (Russia)" */
  label: string;
  actor: string | null;
  action: string | null;
  target: string | null;
  noun: string | null;
  facts: FactInArticle[];
}

export interface Disagreement {
  group: string;
  what: 'count' | 'due';
  a: FactInArticle;
  b: FactInArticle;
  /** "21 in a.txt, 20 in b.txt" */
  detail: string;
}

export interface Comparison {
  /** events told by two or more articles, those with disagreements first */
  groups: EventGroup[];
  disagreements: Disagreement[];
}

/** The interval of values a count allows: "as many as 43" is [0, 43], "more than 300" [301, ∞). */
export function countInterval(c: NonNullable<Fact['count']>): [number, number] {
  switch (c.qualifier) {
    case 'at-most':
      return [0, c.value];
    case 'at-least':
      return [c.value, Infinity];
    case 'more-than':
      return [Math.floor(c.value) + 1, Infinity];
    case 'less-than':
      return [0, Math.ceil(c.value) - 1];
    // "about 2,000": within a tenth either way, as the tally reads it
    case 'approx':
      return [c.value - Math.max(1, c.value * 0.1), c.value + Math.max(1, c.value * 0.1)];
    case 'range':
      return [c.value, c.max ?? c.value];
    default:
      return [c.value, c.value];
  }
}

const overlap = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

/** "at most 43", "21", "10–20": a count as the article gives it. */
function countText(c: NonNullable<Fact['count']>): string {
  const words: Record<string, string> = {
    'at-most': 'at most ',
    'at-least': 'at least ',
    'more-than': 'more than ',
    'less-than': 'fewer than ',
    approx: 'about ',
  };
  return c.qualifier === 'range' ? `${c.value}–${c.max}` : `${words[c.qualifier] ?? ''}${c.value}`;
}

/** Groups the facts of several articles by event and finds where two articles disagree. */
export function compareArticles(articles: readonly ComparedArticle[]): Comparison {
  const byEvent = new Map<string, EventGroup>();
  for (const { name, doc } of articles) {
    for (const fact of doc.facts) {
      if (!fact.count && !fact.deadline) continue;
      if (fact.partOf) continue; // a sub-count is told with its total
      // without a country on either side ("police arrested 12 people") nothing ties two articles' facts to one event
      if (!fact.actor && !fact.target) continue;
      const noun = fact.count?.noun ? nounLemma(fact.count.noun) : null;
      const key = [fact.actor?.code ?? '', fact.action ?? '', fact.target?.code ?? '', noun ?? ''].join('\u0000');
      let group = byEvent.get(key);
      if (!group) {
        const who = fact.actor ? countryName(fact.actor.code) : 'No country acting';
        const whose = fact.target ? ` (${countryName(fact.target.code)})` : '';
        group = {
          label: `${who} ${fact.action ?? 'states'}${fact.count?.noun ? ` ${fact.count.noun}` : ''}${whose}`,
          actor: fact.actor?.code ?? null,
          action: fact.action,
          target: fact.target?.code ?? null,
          noun,
          facts: [],
        };
        byEvent.set(key, group);
      }
      group.facts.push({ article: name, fact });
    }
  }
  const groups = [...byEvent.values()].filter((g) => new Set(g.facts.map((f) => f.article)).size > 1);
  const disagreements = groups.flatMap(disagreementsIn);
  const disputed = new Set(disagreements.map((d) => d.group));
  groups.sort(
    (x, y) => Number(disputed.has(y.label)) - Number(disputed.has(x.label)) || x.label.localeCompare(y.label),
  );
  return { groups, disagreements };
}

/** Every pair of facts from two different articles in a group whose counts or due dates cannot both hold. */
function disagreementsIn(group: EventGroup): Disagreement[] {
  const out: Disagreement[] = [];
  group.facts.forEach((a, i) => {
    for (const b of group.facts.slice(i + 1)) {
      if (a.article === b.article) continue;
      const ca = a.fact.count,
        cb = b.fact.count;
      if (ca && cb && !overlap(countInterval(ca), countInterval(cb))) {
        out.push({
          group: group.label,
          what: 'count',
          a,
          b,
          detail: `${countText(ca)} in ${a.article}, ${countText(cb)} in ${b.article}`,
        });
      }
      const da = a.fact.deadline?.due,
        db = b.fact.deadline?.due;
      if (da && db && da !== db)
        out.push({ group: group.label, what: 'due', a, b, detail: `due ${da} in ${a.article}, ${db} in ${b.article}` });
    }
  });
  return out;
}
