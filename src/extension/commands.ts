import * as vscode from 'vscode';
import { dateProblem } from '../core';
import type { AnnotationService } from './annotationService';
import { notify } from './notify';
import type { SettingsStore } from './settings';

const CATEGORIES = [
  { label: 'Countries', key: 'highlight.countries' },
  { label: 'Counts', key: 'highlight.counts' },
  { label: 'Deadlines', key: 'highlight.deadlines' },
  { label: 'Other dates, times and durations', key: 'highlight.dates' },
] as const;

const config = () => vscode.workspace.getConfiguration('newsAnnotator');
const activeArticle = (service: AnnotationService) => {
  const d = vscode.window.activeTextEditor?.document;
  return d && service.isArticle(d) ? d : undefined;
};

/** The palette commands that change what is shown; the panel and reveal commands live with the panel. */
export function registerCommands(context: vscode.ExtensionContext, service: AnnotationService, store: SettingsStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsAnnotator.refresh', () => service.refreshAll()),
    vscode.commands.registerCommand('newsAnnotator.toggleCategory', async (key?: string) => {
      const pick = key ? CATEGORIES.find((c) => c.key === key) : await vscode.window.showQuickPick(
        CATEGORIES.map((c) => ({ label: `${store.settings[c.key] ? '$(eye)' : '$(eye-closed)'} ${c.label}`, description: store.settings[c.key] ? 'shown' : 'hidden', c })),
        { title: 'News Annotator: toggle a highlight category' },
      ).then((p) => p?.c);
      if (pick) await config().update(pick.key, !store.settings[pick.key], vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand('newsAnnotator.setArticleDate', async (date?: string) => {
      const document = activeArticle(service);
      if (!document) return notify.info('open an article first.');
      const value = date ?? await vscode.window.showInputBox({
        title: 'Article date for relative dates and due dates',
        prompt: 'YYYY-MM-DD; empty to use the date the article states',
        value: service.get(document)?.articleDate ?? '',
        validateInput: (v) => (v.trim() === '' ? undefined : dateProblem(v) ?? undefined),
      });
      if (value === undefined) return undefined;
      const problem = value.trim() ? dateProblem(value) : null;
      if (problem) return notify.error(`${problem}; the article date is unchanged.`);
      try {
        await service.setArticleDate(document, value.trim() || undefined);
      } catch (e) {
        return notify.error(`could not keep the article date: ${(e as Error).message}`);
      }
    }),
    vscode.commands.registerCommand('newsAnnotator.groupByCountry', () => config().update('facts.groupBy', 'country', vscode.ConfigurationTarget.Global)),
    vscode.commands.registerCommand('newsAnnotator.groupByKind', () => config().update('facts.groupBy', 'kind', vscode.ConfigurationTarget.Global)),
    vscode.commands.registerCommand('newsAnnotator.changeScope', async (scope?: string) => {
      const current = store.settings['facts.scope'];
      const items = [
        { label: '$(file) Active article', scope: 'activeFile' },
        { label: '$(files) All open articles', scope: 'openFiles' },
        { label: '$(root-folder) Every article in the workspace folders', scope: 'workspace' },
      ].map((i) => ({ ...i, description: i.scope === current ? '(current)' : undefined }));
      const choice = scope ?? (await vscode.window.showQuickPick(items, { title: 'News Annotator: Facts scope' }))?.scope;
      if (choice) await config().update('facts.scope', choice, vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand('newsAnnotator.annotateAnyway', () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document) service.annotateAnyway(document);
    }),
  );
}
