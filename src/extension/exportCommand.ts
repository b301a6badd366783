import * as vscode from 'vscode';
import type { AnnotatedDocument } from '../core';
import { DocumentSchema, describeSchemaError } from '../core/schema';
import { FORMATS, formatDocument, type FormatName } from '../formats';
import { BRAT_CONF } from '../formats/brat';
import type { AnnotationService } from './annotationService';
import type { CorrectionStore } from './correctionStore';
import type { SettingsStore } from './settings';
import { readWorkspaceArticles } from './workspaceArticles';

export interface ExportRequest {
  format?: FormatName;
  scope?: 'active' | 'open' | 'workspace';
  /** a file (one article, or a combined JSONL) or a folder (one file per article); asked for when missing */
  target?: string;
  /** tests and scripts: replace existing files without asking */
  overwrite?: boolean;
}

interface Item {
  uri: vscode.Uri;
  name: string;
  text: string;
  doc: AnnotatedDocument;
}


/** News Annotator: Export Annotations… — format, scope, destination; never overwrites without asking. */
export function registerExport(context: vscode.ExtensionContext, service: AnnotationService, store: SettingsStore, corrections: CorrectionStore): void {
  const collect = async (scope: ExportRequest['scope'], token: vscode.CancellationToken): Promise<Item[]> => {
    const fromDocument = async (d: vscode.TextDocument): Promise<Item[]> => {
      await corrections.ready(d);
      const doc = service.flush(d) ?? service.refresh(d);
      return doc ? [{ uri: d.uri, name: d.uri.path.split('/').pop() ?? 'untitled', text: d.getText(), doc }] : [];
    };
    if (scope === 'active') {
      const d = vscode.window.activeTextEditor?.document;
      return d ? fromDocument(d) : [];
    }
    if (scope === 'open') return (await Promise.all(service.articles().map(fromDocument))).flat();
    const { articles, skipped } = await readWorkspaceArticles(service, store, corrections, () => undefined, () => token.isCancellationRequested);
    if (skipped.length) void vscode.window.showWarningMessage(`News Annotator: not exported: ${skipped.join(', ')}.`);
    return articles;
  };

  const exists = async (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

  context.subscriptions.push(vscode.commands.registerCommand('newsAnnotator.export', async (request: ExportRequest = {}) => {
    const format = request.format ?? (await vscode.window.showQuickPick(
      (Object.entries(FORMATS) as Array<[FormatName, (typeof FORMATS)[FormatName]]>).map(([name, f]) => ({ label: f.label, description: `offsets: ${f.offsetUnit}`, name })),
      { title: 'Export annotations: format' },
    ))?.name;
    if (!format) return undefined;
    const scope = request.scope ?? (await vscode.window.showQuickPick([
      { label: '$(file) Current article', scope: 'active' as const }, { label: '$(files) All open articles', scope: 'open' as const },
      { label: '$(root-folder) Every article in the workspace folders', scope: 'workspace' as const },
    ], { title: 'Export annotations: which articles' }))?.scope;
    if (!scope) return undefined;
    const f = FORMATS[format];
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'News Annotator: exporting', cancellable: true }, async (_progress, token) => {
      const items = await collect(scope, token);
      if (token.isCancellationRequested) return undefined;
      if (!items.length) {
        void vscode.window.showInformationMessage('News Annotator: no annotated article to export.');
        return undefined;
      }
      for (const it of items) {
        const r = DocumentSchema.safeParse(it.doc);
        if (!r.success) throw new Error(`${it.name}: the export failed validation (${describeSchemaError(r.error)}); nothing was written`);
      }
      const created = new Date().toISOString();
      const render = (it: Item) => formatDocument(format, it.doc, { text: it.text, fileName: it.name, sourceUri: it.uri.toString(), created });
      const single = items.length === 1 || f.combinable;
      let outputs: Array<{ uri: vscode.Uri; content: string }>;
      if (single) {
        const suggested = items.length === 1 ? vscode.Uri.joinPath(items[0]!.uri, '..', `${items[0]!.name}${f.extension}`) : vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? items[0]!.uri, `articles${f.extension}`);
        const target = request.target ? vscode.Uri.parse(request.target) : await vscode.window.showSaveDialog({ defaultUri: suggested, title: `Export ${f.label}` });
        if (!target) return undefined;
        outputs = [{ uri: target, content: items.map(render).join('') }];
      } else {
        const folder = request.target ? vscode.Uri.parse(request.target) : (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: `Export ${items.length} articles (${f.label}) into folder…` }))?.[0];
        if (!folder) return undefined;
        outputs = items.map((it) => ({ uri: vscode.Uri.joinPath(folder, `${it.name}${f.extension}`), content: render(it) }));
        if (format === 'brat') outputs.push({ uri: vscode.Uri.joinPath(folder, 'annotation.conf'), content: BRAT_CONF });
      }
      const existing = [];
      for (const o of outputs) if (await exists(o.uri)) existing.push(o.uri.path.split('/').pop());
      if (existing.length && !request.overwrite) {
        const ok = await vscode.window.showWarningMessage(`Replace ${existing.length} existing file(s): ${existing.slice(0, 5).join(', ')}${existing.length > 5 ? '…' : ''}?`, { modal: true }, 'Replace');
        if (ok !== 'Replace') return undefined;
      }
      for (const o of outputs) await vscode.workspace.fs.writeFile(o.uri, new TextEncoder().encode(o.content));
      const manual = items.some((it) => it.doc.annotations.some((a) => a.source === 'manual'));
      void vscode.window.showInformationMessage(`News Annotator: exported ${items.length} article(s) as ${f.label} (offsets: ${f.offsetUnit})${manual ? ', with your corrections' : ''}.`);
      return outputs.map((o) => o.uri.toString());
    });
  }));
}
