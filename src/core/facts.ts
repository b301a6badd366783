// Links the annotations of one sentence into facts a reader would tally: who (acting country) did
// what (action lemma) to how many of what (count, noun), of which country, with what deadline.
import type { Annotation, CountAnnotation, CountryAnnotation, Fact, TimeAnnotation } from './schema';
import { splitSentences, type Sentence } from './sentences';
import type { Token } from './tokenize';

/** Inflected forms of the actions news reports in tallies, mapped to their lemma. */
const ACTIONS = new Map<string, string>();
for (const [lemma, forms] of Object.entries({
  expel: 'expel expels expelled expelling', oust: 'oust ousts ousted ousting', remove: 'remove removes removed removing',
  order: 'order orders ordered ordering', request: 'request requests requested requesting', ask: 'ask asks asked asking',
  declare: 'declare declares declared declaring', ban: 'ban bans banned banning', deport: 'deport deports deported deporting',
  sanction: 'sanction sanctions sanctioned sanctioning', arrest: 'arrest arrests arrested arresting', detain: 'detain detains detained detaining',
  kill: 'kill kills killed killing', evacuate: 'evacuate evacuates evacuated evacuating', withdraw: 'withdraw withdraws withdrew withdrawn withdrawing',
  recall: 'recall recalls recalled recalling', summon: 'summon summons summoned summoning', send: 'send sends sent sending',
  deploy: 'deploy deploys deployed deploying', release: 'release releases released releasing', give: 'give gives gave given giving',
  target: 'targets targeted targeting', freeze: 'freeze freezes froze frozen freezing', close: 'close closes closed closing',
})) for (const f of forms.split(' ')) ACTIONS.set(f, lemma);

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
  const breaks = [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index);
  let paragraph = 0, ai = 0;
  let lastFactParagraph = -1;
  for (const s of sentences) {
    // annotations and sentences are both in text order: one pointer walks each
    while (ai < annotations.length && annotations[ai]!.start < s.start) ai++;
    const inside: Annotation[] = [];
    for (let k = ai; k < annotations.length && annotations[k]!.start < s.end; k++) if (annotations[k]!.end <= s.end) inside.push(annotations[k]!);
    while (paragraph < breaks.length && breaks[paragraph]! < s.start) paragraph++;
    const countries = inside.filter((a): a is CountryAnnotation => a.kind === 'country');
    const counts = inside.filter((a): a is CountAnnotation => a.kind === 'count');
    const deadlines = inside.filter((a): a is TimeAnnotation => a.kind === 'time' && !!a.time.deadline);
    const verb = findAction(tokens, s);
    const actor = verb ? ([...countries].reverse().find((c) => c.end <= verb.start && !counts.some((n) => c.start >= n.start && c.end <= n.end)) ?? null) : null;
    const objects = verb ? counts.filter((n) => n.start >= verb.end && !(n.count.noun && /^(time|times)$/.test(n.count.noun))) : [];
    if (!verb || (!actor && objects.length === 0)) {
      // "They have all been given two weeks to leave": a limit for the fact just before, in the same paragraph
      const previous = facts[facts.length - 1];
      if (deadlines.length && previous && !previous.deadline && lastFactParagraph === paragraph && countries.length === 0) {
        previous.deadline = deadlineOf(deadlines[0]!);
        previous.evidence.push(deadlines[0]!.id);
        continue;
      }
      if (!verb) continue;
    }
    const count = objects[0] ?? null;
    const target = countries.find((c) => c !== actor && c.start >= verb.end && c.country.code !== actor?.country.code) ?? null;
    if (!count && !deadlines.length) continue;
    const subjectText = text.slice(s.start, verb.start);
    const total = !actor && !!count && (count.count.total === true || COLLECTIVE_SUBJECTS.test(subjectText));
    const deadline = deadlines.find((d) => d.start >= verb.end) ?? deadlines[0] ?? null;
    facts.push({
      id: `f${facts.length + 1}`,
      sentenceStart: s.start,
      sentenceEnd: s.end,
      actor: actor ? { code: actor.country.code, name: actor.country.name } : null,
      action: verb.lemma,
      count: count ? { value: count.count.value, ...(count.count.max !== undefined ? { max: count.count.max } : {}), qualifier: count.count.qualifier, noun: count.count.noun } : null,
      target: target ? { code: target.country.code, name: target.country.name } : null,
      deadline: deadline ? deadlineOf(deadline) : null,
      total,
      evidence: [actor, count, target, deadline].filter((a): a is NonNullable<typeof a> => !!a).map((a) => a.id),
    });
    lastFactParagraph = paragraph;
  }
  return facts;
}

function deadlineOf(d: TimeAnnotation): NonNullable<Fact['deadline']> {
  return { due: d.time.deadline?.due ?? null, value: d.time.value, text: d.text };
}

function findAction(tokens: readonly Token[], s: Sentence): { lemma: string; start: number; end: number } | null {
  for (let k = s.first; k <= s.last; k++) {
    const lemma = ACTIONS.get(tokens[k]!.lower);
    if (lemma) return { lemma, start: tokens[k]!.start, end: tokens[k]!.end };
  }
  return null;
}
