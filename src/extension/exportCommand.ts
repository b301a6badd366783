import * as vscode from 'vscode';
import { DocumentSchema, describeSchemaError } from '../core/schema';
import { exportName, FORMATS, formatDocument, type FormatName } from '../formats';
import { BRAT_CONF } from '../formats/brat';
import type { AnnotationService } from './annotationService';
import { fileName, type ArticleWithText } from './articles';
import type { CorrectionStore } from './correctionStore';
import type { SettingsStore } from './settings';
import { readWorkspaceArticles } from './workspaceArticles';
import { notify } from './notify';
import { trustedFor } from './trust';
import { COMMANDS } from './commandIds';

export interface ExportRequest {
  format?: FormatName;
  scope?: 'active' | 'open' | 'workspace';
  /**
   * a file (one article, or a combined JSONL), a folder (one file per article), or "untitled" (one
   * output, opened in an untitled editor: nothing written); asked for when missing
   */
  target?: string;
  /** tests and scripts: replace existing files without asking */
  overwrite?: boolean;
}

/** Where one output goes: a file (then the save dialog) or an untitled editor. */
async function askSingleTarget(label: string): Promise<'file' | 'untitled' | undefined> {
  const pick = await vscode.window.showQuickPick(
    [
      { label: '$(save) Save to a file…', where: 'file' as const },
      {
        label: '$(new-file) Open in an untitled editor',
        description: 'nothing is written',
        where: 'untitled' as const,
      },
    ],
    { title: `Export ${label}: where` },
  );
  return pick?.where;
}

/** An article's path below its workspace folder ("politics/index.md"), or its name outside any folder. */
function relativePath(uri: vscode.Uri, name: string): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder ? vscode.workspace.asRelativePath(uri, false) : name;
}

/** News Annotator: Export Annotations… — format, scope, destination; never overwrites without asking. */
export function registerExport(
  context: vscode.ExtensionContext,
  service: AnnotationService,
  store: SettingsStore,
  corrections: CorrectionStore,
): void {
  const collect = async (
    scope: ExportRequest['scope'],
    token: vscode.CancellationToken,
  ): Promise<ArticleWithText[]> => {
    const fromDocument = async (d: vscode.TextDocument): Promise<ArticleWithText[]> => {
      await corrections.ready(d);
      const doc = service.flush(d) ?? service.refresh(d);
      return doc ? [{ uri: d.uri, name: fileName(d.uri), text: d.getText(), doc }] : [];
    };
    if (scope === 'active') {
      const d = vscode.window.activeTextEditor?.document;
      return d ? fromDocument(d) : [];
    }
    if (scope === 'open') return (await Promise.all(service.articles().map(fromDocument))).flat();
    const { articles, skipped } = await readWorkspaceArticles(
      service,
      store,
      corrections,
      () => undefined,
      () => token.isCancellationRequested,
    );
    if (skipped.length) void notify.warn(`not exported: ${skipped.join(', ')}.`);
    return articles;
  };

  const exists = async (uri: vscode.Uri) =>
    vscode.workspace.fs.stat(uri).then(
      () => true,
      () => false,
    );

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.export, async (request: ExportRequest = {}) => {
      if (!trustedFor('Exporting annotations')) return undefined;
      const format =
        request.format ??
        (
          await vscode.window.showQuickPick(
            (Object.entries(FORMATS) as Array<[FormatName, (typeof FORMATS)[FormatName]]>).map(([name, f]) => ({
              label: f.label,
              description: `offsets: ${f.offsetUnit}`,
              name,
            })),
            { title: 'Export annotations: format' },
          )
        )?.name;
      if (!format) return undefined;
      const scope =
        request.scope ??
        (
          await vscode.window.showQuickPick(
            [
              { label: '$(file) Current article', scope: 'active' as const },
              { label: '$(files) All open articles', scope: 'open' as const },
              { label: '$(root-folder) Every article in the workspace folders', scope: 'workspace' as const },
            ],
            { title: 'Export annotations: which articles' },
          )
        )?.scope;
      if (!scope) return undefined;
      const f = FORMATS[format];
      return vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'News Annotator: exporting', cancellable: true },
        async (_progress, token) => {
          const items = await collect(scope, token);
          if (token.isCancellationRequested) return undefined;
          if (!items.length) {
            void notify.info('no annotated article to export.');
            return undefined;
          }
          for (const it of items) {
            const r = DocumentSchema.safeParse(it.doc);
            if (!r.success)
              throw new Error(
                `${it.name}: the export failed validation (${describeSchemaError(r.error)}); nothing was written`,
              );
          }
          const created = new Date().toISOString();
          const render = (it: ArticleWithText) =>
            formatDocument(format, it.doc, { text: it.text, fileName: it.name, sourceUri: it.uri.toString(), created });
          const single = items.length === 1 || f.combinable;
          let outputs: Array<{ uri: vscode.Uri; content: string }>;
          if (single) {
            const suggested =
              items.length === 1
                ? vscode.Uri.joinPath(items[0]!.uri, '..', exportName(format, items[0]!.name))
                : vscode.Uri.joinPath(
                    vscode.workspace.workspaceFolders?.[0]?.uri ?? items[0]!.uri,
                    `articles${f.extension}`,
                  );
            const where = request.target ?? (await askSingleTarget(f.label));
            if (!where) return undefined;
            if (where === 'untitled') {
              const language = f.extension.endsWith('.json') || f.extension.endsWith('.jsonld') ? 'json' : 'plaintext';
              const opened = await vscode.workspace.openTextDocument({ content: items.map(render).join(''), language });
              await vscode.window.showTextDocument(opened, { preview: false });
              return [opened.uri.toString()];
            }
            const target =
              where === 'file'
                ? await vscode.window.showSaveDialog({ defaultUri: suggested, title: `Export ${f.label}` })
                : vscode.Uri.parse(where);
            if (!target) return undefined;
            outputs = [{ uri: target, content: items.map(render).join('') }];
            // brat opens an .ann only with the annotation.conf of its types in the same folder
            if (format === 'brat')
              outputs.push({ uri: vscode.Uri.joinPath(target, '..', 'annotation.conf'), content: BRAT_CONF });
          } else {
            const folder = request.target
              ? vscode.Uri.parse(request.target)
              : (
                  await vscode.window.showOpenDialog({
                    canSelectFolders: true,
                    canSelectFiles: false,
                    title: `Export ${items.length} articles (${f.label}) into folder…`,
                  })
                )?.[0];
            if (!folder) return undefined;
            // the articles' paths below their workspace folder, so that two index.md never meet in one file
            outputs = items.map((it) => ({
              uri: vscode.Uri.joinPath(folder, ...exportName(format, relativePath(it.uri, it.name)).split('/')),
              content: render(it),
            }));
            if (format === 'brat')
              outputs.push({ uri: vscode.Uri.joinPath(folder, 'annotation.conf'), content: BRAT_CONF });
          }
          const existing = [];
          for (const o of outputs)
            if (await exists(o.uri)) existing.push(vscode.workspace.asRelativePath(o.uri, false));
          if (
            existing.length &&
            !request.overwrite &&
            !(await notify.confirm(
              `Replace ${existing.length} existing file(s): ${existing.slice(0, 5).join(', ')}${existing.length > 5 ? '…' : ''}?`,
              'Replace',
            ))
          )
            return undefined;
          for (const o of outputs) await vscode.workspace.fs.writeFile(o.uri, new TextEncoder().encode(o.content));
          const manual = items.some((it) => it.doc.annotations.some((a) => a.source === 'manual'));
          void notify
            .info(
              `exported ${items.length} article(s) as ${f.label} (offsets: ${f.offsetUnit})${manual ? ', with your corrections' : ''}.`,
              'Open',
            )
            .then((choice) => {
              if (choice === 'Open')
                void vscode.commands.executeCommand(single ? 'vscode.open' : 'revealInExplorer', outputs[0]!.uri);
            });
          return outputs.map((o) => o.uri.toString());
        },
      );
    }),
  );
}
