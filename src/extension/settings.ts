import * as vscode from 'vscode';
import { z } from 'zod';
import { calendarDate } from '../core';
import { notify } from './notify';

// Settings are read through one zod schema: a wrong value gets one clear message naming the
// setting, and its default is used instead, so a typo never turns the extension off silently.
// Each rule carries the words a user reads when a value breaks it ("must be a positive number"), so
// that no message speaks zod.
const flag = z.boolean({ error: 'must be true or false' });
const SettingsSchema = z.object({
  'highlight.countries': flag,
  'highlight.counts': flag,
  'highlight.deadlines': flag,
  'highlight.dates': flag,
  languages: z.array(z.string().min(1), { error: 'must be a list of language identifiers such as "plaintext"' }),
  include: z.array(z.string().min(1), { error: 'must be a list of glob patterns such as "**/*.txt"' }),
  articleDate: z.string({ error: 'must be a date written YYYY-MM-DD, or empty' }).refine((d) => d === '' || calendarDate(d) !== null, 'must be a calendar date written YYYY-MM-DD, or empty'),
  maxFileSizeKB: z.number({ error: 'must be a positive number' }).positive('must be a positive number'),
  debounceMs: z.number({ error: 'must be a number of milliseconds from 0 to 5000' }).min(0, 'must be a number of milliseconds from 0 to 5000').max(5000, 'must be a number of milliseconds from 0 to 5000'),
  'facts.groupBy': z.enum(['country', 'kind'], { error: 'must be "country" or "kind"' }),
  'facts.scope': z.enum(['activeFile', 'openFiles', 'workspace'], { error: 'must be "activeFile", "openFiles" or "workspace"' }),
  'diagnostics.totals': flag,
});

/** "facts.groupBy" → "Facts: Group By", as the Settings editor titles it */
export function settingTitle(key: string): string {
  const words = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()).replace(/\bKb\b/i, 'KB').replace(/\bMs\b/, 'Ms');
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
  debounceMs: 200,
  'facts.groupBy': 'country',
  'facts.scope': 'activeFile',
  'diagnostics.totals': true,
};

export interface SettingsProblem {
  setting: string;
  message: string;
  /** the value as it was given, to tell it once per change */
  value: string;
}

/** Reads every setting; invalid ones fall back to their default and are reported. */
export function readSettings(): { settings: Settings; problems: SettingsProblem[] } {
  const config = vscode.workspace.getConfiguration('newsAnnotator');
  const settings = { ...DEFAULTS } as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  for (const key of Object.keys(DEFAULTS) as SettingKey[]) {
    const value = config.get(key, DEFAULTS[key]);
    const parsed = SettingsSchema.shape[key].safeParse(value);
    if (parsed.success) settings[key] = parsed.data;
    else problems.push({ setting: `newsAnnotator.${key}`, message: parsed.error.issues[0]?.message ?? 'has an invalid value', value: JSON.stringify(value) ?? 'undefined' });
  }
  return { settings: settings as Settings, problems };
}

/** Current settings, re-read on change; reports each invalid value once per change. */
export class SettingsStore implements vscode.Disposable {
  private current: Settings;
  private readonly changed = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.changed.event;
  private readonly listener: vscode.Disposable;
  lastProblems: SettingsProblem[] = [];

  constructor() {
    this.current = this.load();
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('newsAnnotator')) return;
      this.current = this.load();
      this.changed.fire(this.current);
    });
  }

  get settings(): Settings {
    return this.current;
  }

  /** the invalid values already told about: each is told once, again only after it changes */
  private readonly told = new Map<string, string>();

  private load(): Settings {
    const { settings, problems } = readSettings();
    this.lastProblems = problems;
    for (const p of problems) {
      if (this.told.get(p.setting) === p.value) continue;
      this.told.set(p.setting, p.value);
      const key = p.setting.slice('newsAnnotator.'.length) as SettingKey;
      void notify.warn(`${settingTitle(key)} ${p.message}; using ${JSON.stringify(DEFAULTS[key])}.`, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', p.setting);
      });
    }
    for (const setting of [...this.told.keys()]) if (!problems.some((p) => p.setting === setting)) this.told.delete(setting);
    return settings;
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
