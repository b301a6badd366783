import * as vscode from 'vscode';
import { annotate, applyCorrections, notText } from '../core';
import { articleOptions, overLimit, type AnnotationService } from './annotationService';
import { articleGlobs, NOT_ARTICLES } from '../core/articleFiles';
import { fileName, type ArticleWithText } from './articles';
import { sidecarUri, type CorrectionStore } from './correctionStore';
import type { SettingsStore } from './settings';

/** At most this many files are read in one scan; the rest are named in a note, not dropped silently. */
export const MAX_WORKSPACE_FILES = 2000;

/**
 * Every article in the workspace folders, read through workspace.fs (so it works in VS Code for
 * the Web), annotated with the user's corrections applied; open documents give their live result.
 * The files are those of the article settings, less files.exclude and our own outputs; files over
 * the size limit (checked before reading), binary files and files that cannot be read are listed in
 * `skipped`, as is everything past MAX_WORKSPACE_FILES.
 */
export async function readWorkspaceArticles(
  service: AnnotationService,
  store: SettingsStore,
  corrections: CorrectionStore,
  report: (name: string, share: number) => void,
  cancelled: () => boolean,
): Promise<{ articles: ArticleWithText[]; skipped: string[] }> {
  const found = new Map<string, vscode.Uri>();
  // an undefined exclude applies the user's files.exclude
  for (const glob of articleGlobs(store.settings.languages, store.settings.include))
    for (const uri of await vscode.workspace.findFiles(glob, undefined, MAX_WORKSPACE_FILES + 1))
      found.set(uri.toString(), uri);
  // tested on the path inside the workspace folder: the folder itself may lie below one of these names
  const all = [...found.values()]
    .filter((uri) => !NOT_ARTICLES.test(vscode.workspace.asRelativePath(uri, false)))
    .sort((a, b) => a.path.localeCompare(b.path));
  const uris = all.slice(0, MAX_WORKSPACE_FILES);
  const articles: ArticleWithText[] = [];
  const skipped: string[] =
    all.length > uris.length
      ? [
          `${all.length - uris.length > MAX_WORKSPACE_FILES ? 'more than ' : ''}${all.length - uris.length} more file(s): only the first ${MAX_WORKSPACE_FILES} are read`,
        ]
      : [];
  for (const [i, uri] of uris.entries()) {
    if (cancelled()) break;
    const name = fileName(uri);
    report(name, 100 / uris.length);
    try {
      const article = await readArticle(uri, name, service, store, corrections);
      if (typeof article === 'string') skipped.push(`${vscode.workspace.asRelativePath(uri)} (${article})`);
      else articles.push(article);
    } catch (e) {
      skipped.push(`${vscode.workspace.asRelativePath(uri)} (cannot be read: ${(e as Error).message})`);
    }
    if (i % 20 === 19) await new Promise((r) => setTimeout(r, 0)); // stay responsive
  }
  return { articles: articles.sort((a, b) => a.name.localeCompare(b.name)), skipped };
}

/** One article annotated, or why it is not. */
async function readArticle(
  uri: vscode.Uri,
  name: string,
  service: AnnotationService,
  store: SettingsStore,
  corrections: CorrectionStore,
): Promise<ArticleWithText | string> {
  const limit = overLimit((await vscode.workspace.fs.stat(uri)).size, store.settings.maxFileSizeKB);
  if (limit) return `${limit.sizeKB.toLocaleString('en')} KB, over the ${limit.limitKB.toLocaleString('en')} KB limit`;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    await corrections.ready(open);
    const live = service.flush(open) ?? service.refresh(open);
    return live ? { uri, name, text: open.getText(), doc: live } : 'not annotated in its editor';
  }
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const refused = notText(text);
  if (refused) return 'binary';
  // only an article with a sidecar is opened (for its corrections): the others are annotated from their text
  const hasSidecar = await vscode.workspace.fs.stat(sidecarUri(uri)).then(
    () => true,
    () => false,
  );
  const document = hasSidecar ? await vscode.workspace.openTextDocument(uri) : undefined;
  const fixes = document ? await corrections.ready(document) : corrections.workspaceOnly(uri);
  const auto = annotate(
    text,
    articleOptions(text, name, document && corrections.articleDate(document), store.settings.articleDate),
  );
  return { uri, name, text, doc: fixes ? applyCorrections(auto, text, fixes) : auto };
}
