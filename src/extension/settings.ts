import * as vscode from 'vscode';
import { notify } from './notify';
import { DEFAULTS, SettingsSchema, settingTitle, type SettingKey, type Settings } from './settingsSchema';

// Settings are read through one zod schema (settingsSchema.ts): a wrong value gets one clear message
// naming the setting, and its default is used instead, so a typo never turns the extension off silently.
export { DEFAULTS, settingTitle, type SettingKey, type Settings } from './settingsSchema';

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
    else
      problems.push({
        setting: `newsAnnotator.${key}`,
        message: parsed.error.issues[0]?.message ?? 'has an invalid value',
        value: JSON.stringify(value) ?? 'undefined',
      });
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
      void notify
        .warn(`${settingTitle(key)} ${p.message}; using ${JSON.stringify(DEFAULTS[key])}.`, 'Open Settings')
        .then((choice) => {
          if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', p.setting);
        });
    }
    for (const setting of [...this.told.keys()])
      if (!problems.some((p) => p.setting === setting)) this.told.delete(setting);
    return settings;
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
