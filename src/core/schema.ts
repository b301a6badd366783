// The document contract (schema v1, docs/ARCHITECTURE.md). Every front end speaks this shape; whatever is
// imported or read from disk is validated against it. Offsets are UTF-16 code units, end exclusive.
import { z } from 'zod';
import { calendarDate } from './timex';

const isoDate = z
  .string()
  .refine((s) => calendarDate(s) !== null && !/\s/.test(s), 'expected a calendar date as YYYY-MM-DD');

export const CountrySchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/),
  name: z.string(),
  via: z.enum(['name', 'alias', 'demonym', 'capital', 'city', 'metonym']),
});

export const QualifierSchema = z.enum(['exact', 'approx', 'at-least', 'at-most', 'more-than', 'less-than', 'range']);

export const CountSchema = z.object({
  value: z.number(),
  max: z.number().optional(),
  qualifier: QualifierSchema,
  total: z.boolean().optional(),
  numberStart: z.number().int().nonnegative(),
  numberEnd: z.number().int().nonnegative(),
  noun: z.string().nullable(),
  nounStart: z.number().int().nonnegative().nullable(),
  nounEnd: z.number().int().nonnegative().nullable(),
});

export const DeadlineSchema = z.object({
  due: z
    .string()
    .refine(
      (s) => /^\d{4}-\d{2}-\d{2}(T(([01]\d|2[0-3]):[0-5]\d|24:00))?$/.test(s) && calendarDate(s.slice(0, 10)) !== null,
      'expected a due date as YYYY-MM-DD or YYYY-MM-DDTHH:MM',
    )
    .nullable(),
  anchor: isoDate.nullable(),
  cue: z.string(),
  action: z.string().nullable(),
});

export const TimeSchema = z.object({
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
  deadline: DeadlineSchema.optional(),
});

const base = {
  id: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  source: z.enum(['auto', 'manual']),
};

export const AnnotationSchema = z
  .discriminatedUnion('kind', [
    z.object({ ...base, kind: z.literal('country'), country: CountrySchema }),
    z.object({ ...base, kind: z.literal('count'), count: CountSchema }),
    z.object({ ...base, kind: z.literal('time'), time: TimeSchema }),
  ])
  .refine((a) => a.end >= a.start, { message: 'end must not be before start' });

export const FactSchema = z.object({
  id: z.string(),
  sentenceStart: z.number().int().nonnegative(),
  sentenceEnd: z.number().int().nonnegative(),
  actor: z.object({ code: z.string(), name: z.string() }).nullable(),
  action: z.string().nullable(),
  /** other verbs that share the count ("arrested and charged 11 men": action "arrest", also "charge") */
  alsoActions: z.array(z.string()).optional(),
  count: z
    .object({ value: z.number(), max: z.number().optional(), qualifier: QualifierSchema, noun: z.string().nullable() })
    .nullable(),
  target: z.object({ code: z.string(), name: z.string() }).nullable(),
  deadline: z.object({ due: z.string().nullable(), value: z.string(), text: z.string() }).nullable(),
  total: z.boolean(),
  /** the action's word in the text (the trigger of the fact as an event, in brat): UTF-16 offsets like every other */
  verb: z
    .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() })
    .optional(),
  /** a sub-count ("killed 40 people, including 9 Britons"): the id of the fact it is part of, never summed into it */
  partOf: z.string().optional(),
  /** a user corrected this fact (its actor, target, action or count): the sidecar says how */
  corrected: z.boolean().optional(),
  evidence: z.array(z.string()),
});

export const ArticleDateSourceSchema = z.enum([
  'header',
  'front-matter',
  'dateline',
  'filename',
  'setting',
  'option',
  'none',
]);

export const DocumentSchema = z.object({
  schema: z.literal('news-annotator/v1'),
  offsetUnit: z.literal('utf16'),
  articleDate: isoDate.nullable(),
  articleDateSource: ArticleDateSourceSchema,
  annotations: z.array(AnnotationSchema),
  facts: z.array(FactSchema),
});

const FactPartySchema = z.object({ code: z.string().regex(/^[A-Z]{2}$/), name: z.string() }).nullable();

/** A user's correction of a fact, as the sidecar keeps it (see corrections.ts). */
export const FactCorrectionSchema = z.object({
  id: z.string().min(1),
  anchor: AnnotationSchema,
  actor: FactPartySchema.optional(),
  target: FactPartySchema.optional(),
  action: z
    .string()
    .regex(/^[a-z][a-z -]*$/, 'an action is a verb lemma in lower case')
    .optional(),
  value: z.number().nonnegative().optional(),
  rejected: z.boolean().optional(),
});

/** A correction of every occurrence of some words (see rules.ts), as sidecars and the workspace's rules file keep it. */
export const RuleSchema = z
  .object({
    id: z.string().min(1),
    text: z.string().min(1),
    action: z.enum(['reject', 'annotate']),
    category: z.enum(['country', 'count', 'deadline', 'date']),
    annotation: AnnotationSchema.optional(),
  })
  .refine((r) => r.action === 'reject' || r.annotation !== undefined, {
    message: 'a rule that annotates says what with its annotation',
  });

export type Country = z.infer<typeof CountrySchema>;
export type Count = z.infer<typeof CountSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type TimeValue = z.infer<typeof TimeSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;
export type CountryAnnotation = Extract<Annotation, { kind: 'country' }>;
export type CountAnnotation = Extract<Annotation, { kind: 'count' }>;
export type TimeAnnotation = Extract<Annotation, { kind: 'time' }>;
export type Fact = z.infer<typeof FactSchema>;
export type ArticleDateSource = z.infer<typeof ArticleDateSourceSchema>;
export type AnnotatedDocument = z.infer<typeof DocumentSchema>;

/** Formats a zod error as one line per problem, with the path, for messages users read. */
export function describeSchemaError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(document)'}: ${i.message}`).join('; ');
}
