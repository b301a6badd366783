import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'news-annotator.news-annotator';

export async function api(): Promise<NewsAnnotatorApi> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this host`);
  return ext.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Polls until check() returns a value (not undefined, and without throwing), for state that settles asynchronously. */
export async function eventually<T>(
  check: () => T | undefined | Promise<T | undefined>,
  what: string,
  ms = 10_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    let v: T | undefined, error: unknown;
    try {
      v = await check();
    } catch (e) {
      error = e;
    }
    if (v !== undefined) return v;
    if (Date.now() > until)
      throw new Error(`timed out waiting for ${what}${error ? ` (last error: ${(error as Error).message})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Asks the test runner to save a screenshot of the workbench (web host only): by its screenshot
 * service, or, from the web worker host (no environment there), by a line in the log it reads.
 */
export async function screenshot(name: string): Promise<void> {
  const url = process.env.NEWS_ANNOTATOR_SCREENSHOT_URL;
  if (!url) {
    console.log(`[integration] screenshot request: ${name}`);
    return new Promise((r) => setTimeout(r, 2000)); // the runner takes it meanwhile
  }
  await new Promise((r) => setTimeout(r, 600)); // let the workbench paint
  const res = await fetch(`${url}?name=${encodeURIComponent(name)}`);
  assert.equal(res.status, 200, `screenshot ${name} failed: ${await res.text()}`);
}

export function offsetOf(doc: vscode.TextDocument, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = doc.getText().indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" (#${nth}) not found in ${doc.uri.path}`);
  }
  return i;
}

export function hoverText(hovers: vscode.Hover[]): string {
  // as the user reads it: markdown escapes and non-breaking spaces undone
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
