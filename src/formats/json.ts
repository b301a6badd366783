import { computeTally, type AnnotatedDocument } from '../core';
import type { FormatInput } from './index';
import { jsonChunks } from './jsonChunks';

/**
 * Schema v1 with the source file name and the tally (per country, and each stated total beside the
 * sum of its parts). Offsets are UTF-16 code units, as offsetUnit says.
 */
export function* toJson(doc: AnnotatedDocument, input: FormatInput): Generator<string> {
  const tally = computeTally(doc.facts);
  yield* jsonChunks({
    ...doc,
    file: input.fileName,
    tally: {
      countries: tally.countries.map((c) => ({
        code: c.code,
        name: c.name,
        facts: c.facts.map((f) => f.id),
        counted: c.counted,
      })),
      totals: tally.totals.map((t) => ({
        fact: t.fact.id,
        value: t.value,
        qualifier: t.qualifier,
        noun: t.noun,
        parts: t.parts.map((p) => p.fact.id),
        sameNounSum: t.sameNounSum,
        allPartsSum: t.allPartsSum,
        agrees: t.agrees,
      })),
    },
  });
  yield '\n';
}
