// The settings' rules and defaults, without the vscode module, so that a plain unit test holds them
// against package.json's contributes.configuration (one source of truth checked, as cSpell checks its schema).
import { z } from 'zod';
import { calendarDate } from '../core';

// Settings are read through one zod schema: a wrong value gets one clear message naming the
// setting, and its default is used instead, so a typo never turns the extension off silently.
// Each rule carries the words a user reads when a value breaks it ("must be a positive number"), so
// that no message speaks zod.
const flag = z.boolean({ error: 'must be true or false' });
export const SettingsSchema = z.object({
  'highlight.countries': flag,
  'highlight.counts': flag,
  'highlight.deadlines': flag,
  'highlight.dates': flag,
  languages: z.array(z.string().min(1), { error: 'must be a list of language identifiers such as "plaintext"' }),
  include: z.array(z.string().min(1), { error: 'must be a list of glob patterns such as "**/*.txt"' }),
  articleDate: z
    .string({ error: 'must be a date written YYYY-MM-DD, or empty' })
    .refine((d) => d === '' || calendarDate(d) !== null, 'must be a calendar date written YYYY-MM-DD, or empty'),
  maxFileSizeKB: z.number({ error: 'must be a positive number' }).positive('must be a positive number'),
  debounceMs: z
    .number({ error: 'must be a number of milliseconds from 0 to 5000' })
    .min(0, 'must be a number of milliseconds from 0 to 5000')
    .max(5000, 'must be a number of milliseconds from 0 to 5000'),
  'facts.groupBy': z.enum(['country', 'kind'], { error: 'must be "country" or "kind"' }),
  'facts.scope': z.enum(['activeFile', 'openFiles', 'workspace'], {
    error: 'must be "activeFile", "openFiles" or "workspace"',
  }),
  'diagnostics.totals': flag,
  'diagnostics.disagreements': flag,
});

/** "facts.groupBy" → "Facts: Group By", as the Settings editor titles it */
export function settingTitle(key: string): string {
  const words = (s: string) =>
    s
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/^./, (c) => c.toUpperCase())
      .replace(/\bKb\b/i, 'KB')
      .replace(/\bMs\b/, 'Ms');
  return key.split('.').map(words).join(': ');
}

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULTS: Settings = {
  'highlight.countries': true,
  'highlight.counts': true,
  'highlight.deadlines': true,
  'highlight.dates': false,
  languages: ['news-article', 'plaintext', 'markdown'],
  include: [],
  articleDate: '',
  maxFileSizeKB: 2048,
  debounceMs: 75,
  'facts.groupBy': 'country',
  'facts.scope': 'activeFile',
  'diagnostics.totals': true,
  'diagnostics.disagreements': true,
};
