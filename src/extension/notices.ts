import * as vscode from 'vscode';
import type { AnnotationService } from './annotationService';
import { fileName } from './articles';
import { notify } from './notify';
import { LANGUAGE_NAMES } from '../core';

/**
 * Tells once per file that it was too large to annotate (and offers to annotate it anyway), or that it
 * is not in English; only for files on screen, so that lowering the limit does not raise one notice per open file.
 */
export function registerArticleNotices(context: vscode.ExtensionContext, service: AnnotationService): void {
  const told = new Set<string>();
  const maybeTell = (document: vscode.TextDocument) => {
    const state = service.state(document);
    const key = document.uri.toString();
    if (
      state?.kind === 'annotated' &&
      state.language &&
      !told.has(key) &&
      vscode.window.visibleTextEditors.some((e) => e.document === document)
    ) {
      told.add(key);
      void notify.info(
        `${fileName(document.uri)} reads as ${LANGUAGE_NAMES[state.language] ?? state.language}. Only English is supported: country names are marked, counts, dates and deadlines are not.`,
      );
      return;
    }
    if (
      state?.kind !== 'tooLarge' ||
      told.has(key) ||
      !vscode.window.visibleTextEditors.some((e) => e.document === document)
    )
      return;
    told.add(key);
    void notify
      .info(
        `${fileName(document.uri)} (${state.sizeKB.toLocaleString('en')} KB) is larger than the ${state.limitKB.toLocaleString('en')} KB limit, so it was not annotated.`,
        'Annotate Anyway',
        'Change Limit',
      )
      .then((choice) => {
        if (choice === 'Annotate Anyway') service.annotateAnyway(document);
        if (choice === 'Change Limit')
          void vscode.commands.executeCommand('workbench.action.openSettings', 'newsAnnotator.maxFileSizeKB');
      });
  };
  context.subscriptions.push(
    vscode.workspace.onDidCloseTextDocument((d) => told.delete(d.uri.toString())),
    service.onDidChange(maybeTell),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => maybeTell(e.document))),
  );
}
