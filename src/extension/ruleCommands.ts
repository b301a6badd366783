import * as vscode from 'vscode';
import { categoryOf, type Annotation, type Rule } from '../core';
import type { AnnotationService } from './annotationService';
import { COMMANDS } from './commandIds';
import { annotationOfSelection, guard, target, type Resolution } from './correctionCommands';
import type { CorrectionStore } from './correctionStore';
import type { FactsNode } from './factsView';
import { describeRule } from './describe';
import { notify } from './notify';
import type { WorkspaceRules } from './workspaceRules';

// "Reject Everywhere" and "Annotate All Occurrences As…": one correction for every occurrence of the
// words, kept as a rule for this article (in its sidecar) or for every article of the workspace
// folder (.vscode/news-annotator.json); "Remove Rule" from the Facts panel's Rules node undoes it.

export type RuleScope = 'article' | 'workspace';

export function registerRuleCommands(
  context: vscode.ExtensionContext,
  service: AnnotationService,
  corrections: CorrectionStore,
  rules: WorkspaceRules,
): void {
  const store = async (document: vscode.TextDocument, rule: Omit<Rule, 'id'>, scope?: RuleScope) => {
    const where = scope ?? (await askScope(document, rule));
    if (!where) return;
    if (where === 'workspace') await rules.add(document.uri, rule);
    else await corrections.addRule(document, rule);
    void vscode.window.setStatusBarMessage(
      `News Annotator: ${describeRule({ ...rule, id: '' })}, in ${where === 'workspace' ? 'every article of the workspace' : 'this article'}`,
      4000,
    );
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(
      COMMANDS.rejectEverywhere,
      (uri?: string | FactsNode, id?: string, scope?: RuleScope) =>
        guard(async () => {
          const t = await target(service, uri, id);
          if (t)
            await store(
              t.document,
              { action: 'reject', text: t.annotation.text, category: categoryOf(t.annotation) },
              scope,
            );
        }),
    ),
    vscode.commands.registerCommand(
      COMMANDS.annotateAllOccurrences,
      (kind?: string, resolved?: Resolution, scope?: RuleScope) =>
        guard(async () => {
          const made = await annotationOfSelection('Annotate every', kind, resolved);
          if (!made) return;
          const annotation = { ...made.annotation, id: 'rule', source: 'manual' } as Annotation;
          const rule = {
            action: 'annotate' as const,
            text: annotation.text,
            category: categoryOf(annotation),
            annotation,
          };
          await store(made.document, rule, scope);
        }),
    ),
    vscode.commands.registerCommand(COMMANDS.removeRule, (node?: FactsNode) =>
      guard(async () => {
        if (node?.type !== 'rule') return notify.info('choose a rule in the Facts panel (Rules) to remove.');
        const document = await vscode.workspace.openTextDocument(node.article.uri);
        const removed =
          node.scope === 'workspace'
            ? await rules.remove(document.uri, node.rule.id)
            : await corrections.removeRule(document, node.rule.id);
        if (!removed) notify.info('that rule is no longer there.');
      }),
    ),
  );
}

async function askScope(document: vscode.TextDocument, rule: Omit<Rule, 'id'>): Promise<RuleScope | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const items = [
    { label: '$(file) This article', description: 'kept in its corrections file', scope: 'article' as const },
    ...(folder
      ? [
          {
            label: `$(folder) Every article in ${folder.name}`,
            description: '.vscode/news-annotator.json',
            scope: 'workspace' as const,
          },
        ]
      : []),
  ];
  return (await vscode.window.showQuickPick(items, { title: `${describeRule({ ...rule, id: '' })}: where?` }))?.scope;
}
