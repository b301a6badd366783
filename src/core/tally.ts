// The tally a reader makes of an article's facts: per acting country, the counts per noun; and
// each stated total ("as many as 43 … diplomats") beside the sum of the parts it covers.
import type { Fact, Qualifier } from './schema';
import { nounLemma } from './facts';

export interface CountryTally {
  code: string;
  name: string;
  facts: Fact[];
  /** summed counts per noun lemma ("diplomat" → 39) */
  counted: Record<string, number>;
}

export interface StatedTotal {
  fact: Fact;
  value: number;
  qualifier: Qualifier;
  noun: string | null;
  /** the parts with the same noun, and their sum */
  parts: Array<{ fact: Fact; value: number }>;
  sameNounSum: number;
  /** all counted parts whatever their noun (officials are diplomats too, for a reader) */
  allPartsSum: number;
  agrees: boolean;
}

export interface Tally {
  countries: CountryTally[];
  totals: StatedTotal[];
}

function consistent(stated: number, qualifier: Qualifier, sum: number): boolean {
  switch (qualifier) {
    case 'at-most':
      return sum <= stated;
    case 'at-least':
      return sum >= stated;
    case 'more-than':
      return sum > stated;
    case 'less-than':
      return sum < stated;
    case 'approx':
      return Math.abs(sum - stated) <= Math.max(1, stated * 0.1);
    default:
      return sum === stated;
  }
}

const sameNoun = (p: Fact, lemma: string | null) => !!p.count?.noun && nounLemma(p.count.noun) === lemma;

export function computeTally(facts: readonly Fact[]): Tally {
  const byCountry = new Map<string, CountryTally>();
  for (const f of facts) {
    if (!f.actor) continue;
    let t = byCountry.get(f.actor.code);
    if (!t) byCountry.set(f.actor.code, (t = { code: f.actor.code, name: f.actor.name, facts: [], counted: {} }));
    t.facts.push(f);
    if (f.count?.noun && !f.partOf) {
      const lemma = nounLemma(f.count.noun);
      t.counted[lemma] = (t.counted[lemma] ?? 0) + f.count.value;
    }
  }
  // parts: facts with an acting country and a count, but never a sub-count ("including 9 Britons")
  const parts = facts.filter((f) => f.actor && f.count && !f.partOf);
  const totals = facts
    .filter((f) => f.total && f.count)
    .map((f): StatedTotal => {
      const lemma = f.count!.noun ? nounLemma(f.count!.noun) : null;
      const same = parts.filter((p) => sameNoun(p, lemma)).map((p) => ({ fact: p, value: p.count!.value }));
      const sameNounSum = same.reduce((a, p) => a + p.value, 0);
      const allPartsSum = parts.reduce((a, p) => a + p.count!.value, 0);
      const { value, qualifier } = f.count!;
      return {
        fact: f,
        value,
        qualifier,
        noun: f.count!.noun,
        parts: same,
        sameNounSum,
        allPartsSum,
        agrees: consistent(value, qualifier, sameNounSum) || consistent(value, qualifier, allPartsSum),
      };
    });
  return { countries: [...byCountry.values()], totals };
}
