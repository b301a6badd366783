import * as vscode from 'vscode';
import type { AnnotationService } from './annotationService';
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
      if (!document) return vscode.window.showInformationMessage('News Annotator: open an article first.');
      const value = date ?? await vscode.window.showInputBox({
        title: 'Article date for relative dates and due dates',
        prompt: 'YYYY-MM-DD; empty to use the date the article states',
        value: service.get(document)?.articleDate ?? '',
        validateInput: (v) => (v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))) ? undefined : 'Enter a date as YYYY-MM-DD'),
      });
      if (value !== undefined) service.setArticleDate(document, value || undefined);
    }),
    vscode.commands.registerCommand('newsAnnotator.groupByCountry', () => config().update('facts.groupBy', 'country', vscode.ConfigurationTarget.Global)),
    vscode.commands.registerCommand('newsAnnotator.groupByKind', () => config().update('facts.groupBy', 'kind', vscode.ConfigurationTarget.Global)),
    vscode.commands.registerCommand('newsAnnotator.changeScope', async (scope?: string) => {
      const choice = scope ?? (await vscode.window.showQuickPick([
        { label: '$(file) Active article', scope: 'activeFile' },
        { label: '$(files) All open articles', scope: 'openFiles' },
        { label: '$(root-folder) Every article in the workspace folders', scope: 'workspace' },
      ], { title: 'News Annotator: Facts scope' }))?.scope;
      if (choice) await config().update('facts.scope', choice, vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand('newsAnnotator.annotateAnyway', () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document) service.annotateAnyway(document);
    }),
  );
}
