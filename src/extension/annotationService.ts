import * as vscode from 'vscode';
import { annotate, type AnnotatedDocument } from '../core';

export const ARTICLE_LANGUAGES = ['news-article', 'plaintext', 'markdown'];

/** The engine's latest result per open article, recomputed on open and edit (debounced). */
export class AnnotationService implements vscode.Disposable {
  private readonly results = new Map<string, AnnotatedDocument>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly debounceMs = 250) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.results.delete(d.uri.toString())),
    );
    for (const d of vscode.workspace.textDocuments) this.refresh(d);
  }

  isArticle(document: vscode.TextDocument): boolean {
    return ARTICLE_LANGUAGES.includes(document.languageId) && document.uri.scheme !== 'output';
  }

  get(document: vscode.TextDocument): AnnotatedDocument | undefined {
    return this.results.get(document.uri.toString());
  }

  refresh(document: vscode.TextDocument): AnnotatedDocument | undefined {
    if (!this.isArticle(document)) return undefined;
    const result = annotate(document.getText(), { fileName: document.uri.path.split('/').pop() });
    this.results.set(document.uri.toString(), result);
    this.changed.fire(document);
    return result;
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.refresh(document);
    }, this.debounceMs));
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
