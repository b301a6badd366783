import * as vscode from 'vscode';
import { dateProblem, parseUserDate } from '../core';
import { timexWords } from './describe';
import type { AnnotationService } from './annotationService';
import { notify } from './notify';
import type { SettingsStore } from './settings';
import { COMMANDS } from './commandIds';

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
export function registerCommands(
  context: vscode.ExtensionContext,
  service: AnnotationService,
  store: SettingsStore,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.refresh, () => service.refreshAll()),
    vscode.commands.registerCommand(COMMANDS.toggleCategory, async (key?: string) => {
      const pick = key
        ? CATEGORIES.find((c) => c.key === key)
        : await vscode.window
            .showQuickPick(
              CATEGORIES.map((c) => ({
                label: `${store.settings[c.key] ? '$(eye)' : '$(eye-closed)'} ${c.label}`,
                description: store.settings[c.key] ? 'shown' : 'hidden',
                c,
              })),
              { title: 'News Annotator: toggle a highlight category' },
            )
            .then((p) => p?.c);
      if (pick) await config().update(pick.key, !store.settings[pick.key], vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand(COMMANDS.setArticleDate, async (date?: string) => {
      const document = activeArticle(service);
      if (!document) return notify.info('open an article first.');
      // digits are read in the order of the user's locale, and the date it makes is shown before it is kept
      const monthFirst = /^en-us$/i.test(vscode.env.language);
      const order = monthFirst ? 'month/day/year' : 'day/month/year';
      const typed =
        date ??
        (await vscode.window.showInputBox({
          title: 'Article date for relative dates and due dates',
          prompt: `2023-11-03, November 3, 2023 or 3/11/2023 (${order}); empty to use the date the article states`,
          value: service.get(document)?.articleDate ?? '',
          validateInput: (v) => {
            if (v.trim() === '') return undefined;
            const parsed = parseUserDate(v, monthFirst);
            if (!parsed)
              return `Not a date I can read as ${order} or with a month name: ${dateProblem(v) ?? 'no such day'}`;
            return {
              message: `Will use ${timexWords('DATE', parsed)} (${parsed})`,
              severity: vscode.InputBoxValidationSeverity.Info,
            };
          },
        }));
      if (typed === undefined) return undefined;
      const value = typed.trim() ? parseUserDate(typed, monthFirst) : '';
      if (value === null) return notify.error(`${dateProblem(typed) ?? 'not a date'}; the article date is unchanged.`);
      try {
        await service.setArticleDate(document, value || undefined);
      } catch (e) {
        return notify.error(`could not keep the article date: ${(e as Error).message}`);
      }
    }),
    vscode.commands.registerCommand(COMMANDS.groupByCountry, () =>
      config().update('facts.groupBy', 'country', vscode.ConfigurationTarget.Global),
    ),
    vscode.commands.registerCommand(COMMANDS.groupByKind, () =>
      config().update('facts.groupBy', 'kind', vscode.ConfigurationTarget.Global),
    ),
    vscode.commands.registerCommand(COMMANDS.changeScope, async (scope?: string) => {
      const current = store.settings['facts.scope'];
      const items = [
        { label: '$(file) Active article', scope: 'activeFile' },
        { label: '$(files) All open articles', scope: 'openFiles' },
        { label: '$(root-folder) Every article in the workspace folders', scope: 'workspace' },
      ].map((i) => ({ ...i, description: i.scope === current ? '(current)' : undefined }));
      const choice =
        scope ?? (await vscode.window.showQuickPick(items, { title: 'News Annotator: Facts scope' }))?.scope;
      if (choice) await config().update('facts.scope', choice, vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand(COMMANDS.annotateAnyway, () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document) service.annotateAnyway(document);
    }),
  );
}
