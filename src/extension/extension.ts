import * as vscode from 'vscode';
import type { AnnotatedDocument } from '../core';
import { AnnotationService, type ArticleState } from './annotationService';
import { registerCommands } from './commands';
import { registerCorrectionCommands } from './correctionCommands';
import { CorrectionStore } from './correctionStore';
import { registerExport } from './exportCommand';
import { registerImport } from './importCommand';
import { registerDecorations, type Category } from './decorations';
import { registerTotalsDiagnostics } from './diagnostics';
import { registerFactsView, type FactsNode, type FactsTreeProvider } from './factsView';
import { registerHover } from './hover';
import { registerOverview, type OverviewHandle } from './overview';
import { registerRuleCommands } from './ruleCommands';
import { registerSampleArticles } from './sampleArticles';
import { registerArticleNotices } from './notices';
import { SettingsStore, type SettingsProblem } from './settings';
import { registerStatusBar } from './statusBar';
import { WorkspaceRules } from './workspaceRules';

/** What integration tests read to assert on what the extension shows. */
export interface NewsAnnotatorApi {
  annotationsOf(document: vscode.TextDocument): AnnotatedDocument | undefined;
  stateOf(document: vscode.TextDocument): ArticleState | undefined;
  firstPaintOf(document: vscode.TextDocument): ArticleState | undefined;
  decorationsOf(uri: vscode.Uri): Record<Category, vscode.Range[]> | undefined;
  manualDecorationsOf(uri: vscode.Uri): vscode.Range[] | undefined;
  /** runs a pending (debounced) re-annotation now and returns the result */
  flush(document: vscode.TextDocument): AnnotatedDocument | undefined;
  facts: FactsTreeProvider;
  factsView: vscode.TreeView<FactsNode>;
  statusBar: vscode.StatusBarItem;
  diagnostics: vscode.DiagnosticCollection;
  settingsProblems(): SettingsProblem[];
  correctionProblem(document: vscode.TextDocument): string | undefined;
  /** what deactivate runs: writes every correction still waiting for its save timer */
  flushCorrections(): Promise<void>;
  overview: OverviewHandle;
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const store = new SettingsStore();
  const rules = new WorkspaceRules();
  const corrections = new CorrectionStore(rules);
  const service = new AnnotationService(store, corrections);
  context.subscriptions.push(store, rules, corrections, service);
  const decorations = registerDecorations(context, service, store);
  registerHover(context, service);
  const { provider, view } = registerFactsView(context, service, store, corrections);
  const statusBar = registerStatusBar(context, service);
  const diagnostics = registerTotalsDiagnostics(context, service, store);
  registerArticleNotices(context, service);
  registerCommands(context, service, store);
  registerCorrectionCommands(context, service, corrections);
  registerRuleCommands(context, service, corrections, rules);
  registerExport(context, service, store, corrections);
  registerImport(context, service, corrections);
  registerSampleArticles(context);
  const overview = registerOverview(context, service, provider);
  flushOnDeactivate = () => corrections.flushAll();
  return {
    annotationsOf: (d) => service.get(d),
    stateOf: (d) => service.state(d),
    firstPaintOf: (d) => service.firstPaint(d),
    decorationsOf: (uri) => decorations.get(uri),
    manualDecorationsOf: (uri) => decorations.manual(uri),
    flush: (d) => service.flush(d),
    facts: provider,
    factsView: view,
    statusBar,
    diagnostics,
    settingsProblems: () => store.lastProblems,
    correctionProblem: (d) => corrections.problem(d),
    flushCorrections: () => corrections.flushAll(),
    overview,
  };
}

let flushOnDeactivate: (() => Promise<void>) | undefined;

/** VS Code waits for the returned promise: corrections still waiting for their save timer are written. */
export function deactivate(): Promise<void> | undefined {
  return flushOnDeactivate?.();
}
