import * as vscode from 'vscode';
import { categoryOf, type Category } from '../core';
import type { AnnotationService } from './annotationService';
import type { Settings, SettingsStore } from './settings';

export { categoryOf, type Category } from '../core';

// Countries get a background, counts and deadlines a border, so that a country nested in a count
// ("43 Russian diplomats") stays visible inside it.
function createTypes(): Record<Category, vscode.TextEditorDecorationType> {
  const ruler = vscode.OverviewRulerLane.Right;
  return {
    country: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('newsAnnotator.countryBackground'),
      overviewRulerColor: new vscode.ThemeColor('newsAnnotator.countryBackground'),
      overviewRulerLane: ruler,
      borderRadius: '2px',
    }),
    count: vscode.window.createTextEditorDecorationType({
      border: '1px solid',
      borderColor: new vscode.ThemeColor('newsAnnotator.countBorder'),
      overviewRulerColor: new vscode.ThemeColor('newsAnnotator.countBorder'),
      overviewRulerLane: ruler,
      borderRadius: '2px',
    }),
    deadline: vscode.window.createTextEditorDecorationType({
      border: '1px solid',
      borderColor: new vscode.ThemeColor('newsAnnotator.deadlineBorder'),
      backgroundColor: new vscode.ThemeColor('newsAnnotator.deadlineBackground'),
      overviewRulerColor: new vscode.ThemeColor('newsAnnotator.deadlineBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
      borderRadius: '2px',
    }),
    date: vscode.window.createTextEditorDecorationType({
      textDecoration: 'underline dotted',
      color: new vscode.ThemeColor('newsAnnotator.dateForeground'),
    }),
  };
}

// Manual annotations (added or corrected by the user) also get a solid outline on top of their
// category's style, so that they can be told apart from the engine's; no glyph after them, which
// would push the text past the wrap column.
const manualType = () =>
  vscode.window.createTextEditorDecorationType({
    outline: '1px solid',
    outlineColor: new vscode.ThemeColor('newsAnnotator.manualOutline'),
    overviewRulerColor: new vscode.ThemeColor('newsAnnotator.manualOutline'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });

export interface AppliedDecorations {
  /** ranges per category as last applied to an editor of the document, for tests and diagnostics */
  get(uri: vscode.Uri): Record<Category, vscode.Range[]> | undefined;
  /** ranges of the manual annotations, outlined */
  manual(uri: vscode.Uri): vscode.Range[] | undefined;
}

const SETTING_OF: Record<Category, keyof Settings> = {
  country: 'highlight.countries',
  count: 'highlight.counts',
  deadline: 'highlight.deadlines',
  date: 'highlight.dates',
};

export function registerDecorations(
  context: vscode.ExtensionContext,
  service: AnnotationService,
  store: SettingsStore,
): AppliedDecorations {
  const types = createTypes();
  const manual = manualType();
  const applied = new Map<string, Record<Category, vscode.Range[]>>();
  const appliedManual = new Map<string, vscode.Range[]>();
  const categories = Object.keys(types) as Category[];

  const paint = (editor: vscode.TextEditor) => {
    const result = service.get(editor.document);
    const ranges: Record<Category, vscode.Range[]> = { country: [], count: [], deadline: [], date: [] };
    if (!result && !applied.has(editor.document.uri.toString())) return;
    for (const a of result?.annotations ?? []) {
      const category = categoryOf(a);
      if (!store.settings[SETTING_OF[category]]) continue;
      ranges[category].push(new vscode.Range(editor.document.positionAt(a.start), editor.document.positionAt(a.end)));
    }
    for (const c of categories) editor.setDecorations(types[c], ranges[c]);
    const manualRanges = (result?.annotations ?? [])
      .filter((a) => a.source === 'manual')
      .map((a) => new vscode.Range(editor.document.positionAt(a.start), editor.document.positionAt(a.end)));
    editor.setDecorations(manual, manualRanges);
    applied.set(editor.document.uri.toString(), ranges);
    appliedManual.set(editor.document.uri.toString(), manualRanges);
  };
  const paintDocument = (document: vscode.TextDocument) => {
    for (const e of vscode.window.visibleTextEditors) if (e.document === document) paint(e);
  };

  context.subscriptions.push(
    ...Object.values(types),
    manual,
    service.onDidChange(paintDocument),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(paint)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      applied.delete(d.uri.toString());
      appliedManual.delete(d.uri.toString());
    }),
  );
  vscode.window.visibleTextEditors.forEach(paint);
  return { get: (uri) => applied.get(uri.toString()), manual: (uri) => appliedManual.get(uri.toString()) };
}
