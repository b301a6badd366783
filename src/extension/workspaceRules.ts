import * as vscode from 'vscode';
import { z } from 'zod';
import { nextId, ruleKey, type Rule } from '../core';
import { describeSchemaError, RuleSchema } from '../core/schema';
import { writeAtomically } from './atomicFile';
import { notify } from './notify';

// The rules that hold for every article of a workspace folder ("'Chad' here is a person"), kept in
// <folder>/.vscode/news-annotator.json so that a team shares them with the folder. The file is read
// when the extension starts and whenever it changes on disk; one that cannot be read is named in an
// error and never written over (its rules are not applied until it is fixed).

export const RULES_FILE = '.vscode/news-annotator.json';
const RulesFileSchema = z.object({
  schema: z.literal('news-annotator/v1'),
  kind: z.literal('rules'),
  rules: z.array(RuleSchema),
});

type FolderRules = { rules: Rule[] } | { problem: string };

export class WorkspaceRules implements vscode.Disposable {
  private readonly folders = new Map<string, FolderRules>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** settles when every folder's file has been read once */
  readonly loaded: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RULES_FILE}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) void this.read(folder).then(() => this.changed.fire());
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.readAll()),
    );
    this.loaded = this.readAll();
  }

  /** The rules that hold for this article: those of its workspace folder. */
  rulesFor(uri: vscode.Uri): Rule[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const entry = folder && this.folders.get(folder.uri.toString());
    return entry && 'rules' in entry ? entry.rules : [];
  }

  /** Adds a rule for every article of the folder this article is in; the same words and action replace an older rule. */
  async add(article: vscode.Uri, rule: Omit<Rule, 'id'>): Promise<Rule> {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (!folder)
      throw new Error(
        'this article is not in a workspace folder: keep the rule for this article only, or open its folder',
      );
    let made!: Rule;
    await this.change(folder, (rules) => {
      made = {
        ...rule,
        id: nextId(
          rules.map((r) => r.id),
          'w',
        ),
      };
      return [...rules.filter((r) => ruleKey(r) !== ruleKey(made)), made];
    });
    return made;
  }

  async remove(article: vscode.Uri, id: string): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    let found = false;
    if (folder)
      await this.change(folder, (rules) => {
        found = rules.some((r) => r.id === id);
        return rules.filter((r) => r.id !== id);
      });
    return found;
  }

  /** Re-reads the file (another window may have written it), changes it and writes it atomically. */
  private async change(folder: vscode.WorkspaceFolder, edit: (rules: Rule[]) => Rule[]): Promise<void> {
    if (!vscode.workspace.isTrusted)
      throw new Error('workspace rules are written to .vscode: trust the workspace first');
    const entry = await this.read(folder);
    if ('problem' in entry) throw new Error(`${entry.problem}. Fix or remove it first`);
    const rules = edit(entry.rules);
    const file = vscode.Uri.joinPath(folder.uri, RULES_FILE);
    const text = `${JSON.stringify({ schema: 'news-annotator/v1', kind: 'rules', rules }, null, 2)}\n`;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.vscode'));
    await writeAtomically(file, text);
    this.folders.set(folder.uri.toString(), { rules });
    this.changed.fire();
  }

  private async readAll(): Promise<void> {
    this.folders.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.read(f)));
    this.changed.fire();
  }

  private async read(folder: vscode.WorkspaceFolder): Promise<FolderRules> {
    const file = vscode.Uri.joinPath(folder.uri, RULES_FILE);
    let entry: FolderRules;
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      const parsed = RulesFileSchema.safeParse(JSON.parse(text));
      entry = parsed.success
        ? { rules: parsed.data.rules as Rule[] }
        : { problem: `${RULES_FILE} does not follow the rules schema: ${describeSchemaError(parsed.error)}` };
    } catch (e) {
      entry =
        e instanceof vscode.FileSystemError && e.code === 'FileNotFound'
          ? { rules: [] }
          : { problem: `${RULES_FILE} cannot be read: ${(e as Error).message}` };
    }
    const was = this.folders.get(folder.uri.toString());
    if ('problem' in entry && !(was && 'problem' in was && was.problem === entry.problem))
      void notify.error(`${entry.problem} (in ${folder.name}). Its rules are not applied until it is fixed.`);
    this.folders.set(folder.uri.toString(), entry);
    return entry;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
