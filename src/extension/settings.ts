import * as vscode from 'vscode';
import { z } from 'zod';
import { calendarDate } from '../core';
import { notify } from './notify';

// Settings are read through one zod schema: a wrong value gets one clear message naming the
// setting, and its default is used instead, so a typo never turns the extension off silently.
const SettingsSchema = z.object({
  'highlight.countries': z.boolean(),
  'highlight.counts': z.boolean(),
  'highlight.deadlines': z.boolean(),
  'highlight.dates': z.boolean(),
  languages: z.array(z.string().min(1)),
  include: z.array(z.string().min(1)),
  articleDate: z.string().refine((d) => d === '' || calendarDate(d) !== null, 'must be a calendar date as YYYY-MM-DD, or empty'),
  maxFileSizeKB: z.number().positive(),
  debounceMs: z.number().min(0).max(5000),
  'facts.groupBy': z.enum(['country', 'kind']),
  'facts.scope': z.enum(['activeFile', 'openFiles', 'workspace']),
  'diagnostics.totals': z.boolean(),
});

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
    else problems.push({ setting: `newsAnnotator.${key}`, message: parsed.error.issues[0]?.message ?? 'invalid value' });
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

  private load(): Settings {
    const { settings, problems } = readSettings();
    this.lastProblems = problems;
    for (const p of problems) {
      void notify.warn(`the setting "${p.setting}" is invalid (${p.message}); using its default.`, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', p.setting);
      });
    }
    return settings;
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
