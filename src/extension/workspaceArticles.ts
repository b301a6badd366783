import * as vscode from 'vscode';
import { annotate, applyCorrections, type AnnotatedDocument } from '../core';
import { articleOptions, type AnnotationService } from './annotationService';
import type { CorrectionStore } from './correctionStore';
import type { SettingsStore } from './settings';

export interface WorkspaceArticle {
  uri: vscode.Uri;
  name: string;
  text: string;
  doc: AnnotatedDocument;
}

export const ARTICLE_GLOB = '**/*.{txt,md,markdown,news,article}';
const EXCLUDE = '**/{node_modules,.git,.vscode-test}/**';

/**
 * Every article in the workspace folders, read through workspace.fs (so it works in VS Code for
 * the Web), annotated with the user's corrections applied; open documents give their live result.
 * Files over the size limit and binary files are listed in `skipped`, never dropped silently.
 */
export async function readWorkspaceArticles(
  service: AnnotationService, store: SettingsStore, corrections: CorrectionStore,
  report: (name: string, share: number) => void, cancelled: () => boolean,
): Promise<{ articles: WorkspaceArticle[]; skipped: string[] }> {
  const uris = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE);
  const articles: WorkspaceArticle[] = [];
  const skipped: string[] = [];
  const limitKB = store.settings.maxFileSizeKB;
  for (const [i, uri] of uris.entries()) {
    if (cancelled()) break;
    const name = uri.path.split('/').pop() ?? uri.toString();
    report(name, 100 / uris.length);
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.length > limitKB * 1024) {
      skipped.push(`${name} (${Math.ceil(bytes.length / 1024)} KB, over the ${limitKB} KB limit)`);
      continue;
    }
    const text = new TextDecoder().decode(bytes);
    if (text.includes('\u0000')) {
      skipped.push(`${name} (binary)`);
      continue;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const fixes = await corrections.ready(document);
    const live = service.flush(document);
    const auto = live ?? annotate(text, articleOptions(text, name, undefined, store.settings.articleDate));
    articles.push({ uri, name, text: document.getText(), doc: live || !fixes ? auto : applyCorrections(auto, text, fixes) });
    if (i % 20 === 19) await new Promise((r) => setTimeout(r, 0)); // stay responsive
  }
  return { articles: articles.sort((a, b) => a.name.localeCompare(b.name)), skipped };
}
