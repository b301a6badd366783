// Links the annotations of one sentence into facts a reader would tally: who (acting country) did
// what (action lemma) to how many of what (count, noun), of which country, with what deadline.
import type { Annotation, CountAnnotation, CountryAnnotation, Fact, TimeAnnotation } from './schema';
import { splitSentences, type Sentence } from './sentences';
import type { Token } from './tokenize';
import { lastStartingAtOrBefore } from './shift';
import { paragraphBreaks } from './paragraphs';
import { QuickMap, QuickSet } from './quickSet';

/** Inflected forms of the actions news reports in tallies, mapped to their lemma. */
const ACTIONS = new QuickMap<string>(Object.entries({
  expel: 'expel expels expelled expelling', oust: 'oust ousts ousted ousting', remove: 'remove removes removed removing',
  order: 'order orders ordered ordering', request: 'request requests requested requesting', ask: 'ask asks asked asking',
  declare: 'declare declares declared declaring', ban: 'ban bans banned banning', deport: 'deport deports deported deporting',
  sanction: 'sanction sanctioned sanctioning', arrest: 'arrest arrests arrested arresting', detain: 'detain detains detained detaining',
  kill: 'kill kills killed killing', evacuate: 'evacuate evacuates evacuated evacuating', withdraw: 'withdraw withdraws withdrew withdrawn withdrawing',
  recall: 'recall recalls recalled recalling', summon: 'summon summons summoned summoning', send: 'send sends sent sending',
  deploy: 'deploy deploys deployed deploying', release: 'release releases released releasing', give: 'give gives gave given giving',
  target: 'targeted targeting', freeze: 'freeze freezes froze frozen freezing', close: 'close closes closed closing',
}).flatMap(([lemma, forms]) => forms.split(' ').map((f) => [f, lemma] as const)));

/** Every form of the actions: a paragraph without one yields no fact. */
export const ACTION_WORDS: readonly string[] = [...ACTIONS.keys()];

/** Verbs that hand over a time limit rather than act on their own ("gave them two weeks"). */
const GRANTING = new Set(['give', 'order']);

interface Verb {
  lemma: string;
  start: number;
  end: number;
  /** "would be expelled", "were ordered": what is acted on stands before the verb */
  passive: boolean;
}

const BE_FORMS = new QuickSet(['be', 'been', 'being', 'was', 'were', 'is', 'are']);

const COLLECTIVE_SUBJECTS = /\b(countries|nations|states|governments|allies|members|capitals)\b/i;

/** Singular form of a counted noun for grouping ("diplomats" and "diplomat" are one noun). */
export function nounLemma(noun: string): string {
  const n = noun.toLowerCase();
  if (/(ss|us|is)$/.test(n)) return n;
  if (/ies$/.test(n)) return `${n.slice(0, -3)}y`;
  if (/(ches|shes|xes|ses)$/.test(n)) return n.slice(0, -2);
  if (n === 'people' || n === 'police' || n === 'personnel' || n === 'staff') return n;
  if (n === 'men' || n === 'women' || n === 'children') return { men: 'man', women: 'woman', children: 'child' }[n];
  return n.endsWith('s') ? n.slice(0, -1) : n;
}

export function linkFacts(text: string, tokens: readonly Token[], annotations: readonly Annotation[]): Fact[] {
  const sentences = splitSentences(tokens);
  const facts: Fact[] = [];
  const breaks = paragraphBreaks(text).map(([start]) => start);
  let paragraph = 0, ai = 0;
  let lastFactParagraph = -1;
  for (const s of sentences) {
    // annotations and sentences are both in text order: one pointer walks each
    while (ai < annotations.length && annotations[ai]!.start < s.start) ai++;
    const inside: Annotation[] = [];
    let tallied = false; // a count or a deadline: without one no fact can come of the sentence
    for (let k = ai; k < annotations.length && annotations[k]!.start < s.end; k++) {
      const a = annotations[k]!;
      if (a.end > s.end) continue;
      inside.push(a);
      tallied ||= a.kind === 'count' || (a.kind === 'time' && !!a.time.deadline);
    }
    if (!tallied) continue;
    while (paragraph < breaks.length && breaks[paragraph]! < s.start) paragraph++;
    const countries = inside.filter((a): a is CountryAnnotation => a.kind === 'country');
    const counts = inside.filter((a): a is CountAnnotation => a.kind === 'count' && !(a.count.noun && /^times?$/.test(a.count.noun)));
    const deadlines = inside.filter((a): a is TimeAnnotation => a.kind === 'time' && !!a.time.deadline);
    if (counts.length === 0 && deadlines.length === 0) continue; // its counts were all of "times"
    const verbs = findActions(tokens, s);
    const sentenceFacts: Fact[] = [];
    const usedDeadlines = new Set<TimeAnnotation>();
    const paragraphStart = paragraph > 0 ? breaks[paragraph - 1]! : 0;
    const push = (verb: Verb, actor: CountryAnnotation | null, count: CountAnnotation | null, target: CountryAnnotation | null, deadline: TimeAnnotation | null) => {
      const total = !actor && !!count && (count.count.total === true || COLLECTIVE_SUBJECTS.test(text.slice(Math.max(s.start, verb.start - 200), verb.start)));
      // "Germany expelled 40 Russian diplomats, and France 35": a bare count means what the same action counted just before
      // (a noun borrowed from a count nearby, outside the count's own span, is such an ellipsis too)
      const c = count?.count;
      const elided = c && (c.noun === null || (c.nounStart !== null && (c.nounStart < count!.start || c.nounStart >= count!.end))) ? lastCounted(facts, verb.lemma, paragraphStart) : undefined;
      const fact: Fact = {
        id: `f${facts.length + 1}`,
        sentenceStart: s.start,
        sentenceEnd: s.end,
        actor: actor ? { code: actor.country.code, name: actor.country.name } : null,
        action: verb.lemma,
        count: count ? { value: count.count.value, ...(count.count.max !== undefined ? { max: count.count.max } : {}), qualifier: count.count.qualifier, noun: count.count.noun ?? elided?.count?.noun ?? null } : null,
        target: target ? { code: target.country.code, name: target.country.name } : (elided?.target ?? null),
        deadline: deadline ? deadlineOf(deadline) : null,
        total,
        evidence: [actor, count, target, deadline].filter((a): a is NonNullable<typeof a> => !!a).map((a) => a.id),
      };
      facts.push(fact);
      sentenceFacts.push(fact);
    };
    let idle: { verb: Verb; actor: CountryAnnotation | null; target: CountryAnnotation | null } | null = null;
    verbs.forEach((verb, k) => {
      // a verb governs what follows it up to the next action verb
      const scopeEnd = verbs[k + 1]?.start ?? s.end;
      // every lookup is a binary search in the sorted lists, so a sentence that never ends stays linear
      const previousVerbEnd = verbs[k - 1]?.end ?? s.start;
      // "eight Russian diplomats would be expelled": in the passive the count comes before the verb
      const count = firstFrom(counts, verb.end, scopeEnd) ?? (verb.passive ? lastBefore(counts, verb.start, ACTOR_REACH, (c) => c.start >= previousVerbEnd) : null);
      const deadline = firstFrom(deadlines, verb.end, scopeEnd, (d) => !usedDeadlines.has(d));
      if (deadline) usedDeadlines.add(deadline);
      const countsBetween = k > 0 && firstFrom(counts, previousVerbEnd, verb.start) !== null;
      const actor = lastBefore(countries, verb.start, ACTOR_REACH, (c) => c.end <= verb.start && !afterPreposition(tokens, c)
        && (c.start >= previousVerbEnd || k === 0 || !countsBetween) && !insideAny(counts, c));
      const targetFrom = count && count.start < verb.start ? count.start : verb.end; // a passive's target is the country in its count
      const target = firstFrom(countries, targetFrom, scopeEnd, (c) => c.country.code !== actor?.country.code && (targetFrom === verb.end || c.end <= count!.end || c.start >= verb.end));
      if (!count && deadline && GRANTING.has(verb.lemma)) {
        // "… expelled the ambassador and gave him five days to leave": the limit belongs to the expulsion
        const previous = sentenceFacts[sentenceFacts.length - 1] ?? (countries.length === 0 && lastFactParagraph === paragraph ? facts[facts.length - 1] : undefined);
        if (previous && !previous.deadline) {
          previous.deadline = deadlineOf(deadline);
          previous.evidence.push(deadline.id);
          return;
        }
        if (idle) {
          push(idle.verb, idle.actor, null, idle.target, deadline);
          return;
        }
      }
      if (!count && !deadline) {
        idle = { verb, actor, target };
        return;
      }
      push(verb, actor, count, target, deadline);
    });
    if (sentenceFacts.length) {
      lastFactParagraph = paragraph;
      continue;
    }
    // "They have all been given two weeks to leave": a limit for the fact just before, in the same paragraph
    const previous = facts[facts.length - 1];
    const free = deadlines.find((d) => !usedDeadlines.has(d));
    if (free && previous && !previous.deadline && lastFactParagraph === paragraph && countries.length === 0) {
      previous.deadline = deadlineOf(free);
      previous.evidence.push(free.id);
    }
  }
  return facts;
}

function deadlineOf(d: TimeAnnotation): NonNullable<Fact['deadline']> {
  return { due: d.time.deadline?.due ?? null, value: d.time.value, text: d.text };
}

const PREPOSITIONS = new Set(['on', 'against', 'to', 'from', 'with', 'of', 'in', 'into', 'toward', 'towards', 'for', 'at', 'by', 'over', 'about']);

/** "sanctions on Russia", "talks with Ukraine": an object, not the one acting. */
function afterPreposition(tokens: readonly Token[], c: CountryAnnotation): boolean {
  const k = lastStartingAtOrBefore(tokens, c.start - 1);
  const before = tokens[k];
  const word = before && before.lower === 'the' ? tokens[k - 1] : before;
  return !!word && PREPOSITIONS.has(word.lower);
}

/** How far back (in annotations) an acting country is looked for before its verb. */
const ACTOR_REACH = 12;

/** The first item starting in [from, to) that passes the test. */
function firstFrom<T extends { start: number }>(sorted: readonly T[], from: number, to: number, test?: (a: T) => boolean): T | null {
  for (let k = lastStartingAtOrBefore(sorted, from - 1) + 1; k < sorted.length && sorted[k]!.start < to; k++) if (!test || test(sorted[k]!)) return sorted[k]!;
  return null;
}

/** The last item starting before `offset` that passes the test, among the `reach` nearest. */
function lastBefore<T extends { start: number }>(sorted: readonly T[], offset: number, reach: number, test: (a: T) => boolean): T | null {
  for (let k = lastStartingAtOrBefore(sorted, offset - 1), n = 0; k >= 0 && n < reach; k--, n++) if (test(sorted[k]!)) return sorted[k]!;
  return null;
}

/** Whether the span lies inside one of the sorted spans (a country nested in a count). */
function insideAny(sorted: readonly Annotation[], a: Annotation): boolean {
  const k = lastStartingAtOrBefore(sorted, a.start);
  return k >= 0 && sorted[k]!.end >= a.end;
}

/** how many facts back an elided count looks for what it counts: a list of expulsions, not the whole article (and linear time) */
const ELISION_REACH = 8;

/** The latest fact of the paragraph with the same action and a counted noun, whose noun and target an elided count takes. */
function lastCounted(facts: readonly Fact[], action: string, paragraphStart: number): Fact | undefined {
  for (let k = facts.length - 1; k >= 0 && k >= facts.length - ELISION_REACH && facts[k]!.sentenceStart >= paragraphStart; k--) {
    const f = facts[k]!;
    if (f.action === action && f.count?.noun) return f;
  }
  return undefined;
}

function findActions(tokens: readonly Token[], s: Sentence): Verb[] {
  const out: Verb[] = [];
  for (let k = s.first; k <= s.last; k++) {
    const lemma = ACTIONS.getAt(tokens, k);
    if (!lemma) continue;
    // "were expelled", "have been quietly expelled"
    const passive = k > s.first && (BE_FORMS.hasAt(tokens, k - 1) || (k - 1 > s.first && BE_FORMS.hasAt(tokens, k - 2) && tokens[k - 1]!.lower.endsWith('ly')));
    out.push({ lemma, start: tokens[k]!.start, end: tokens[k]!.end, passive });
  }
  return out;
}
