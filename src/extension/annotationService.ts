import * as vscode from 'vscode';
import { annotate, applyCorrections, findArticleDate, ParagraphCache, shiftSpan, type AnnotatedDocument, type AnnotateOptions } from '../core';
import type { CorrectionStore } from './correctionStore';
import type { SettingsStore } from './settings';

/**
 * A date set for this document wins; then the article's own date; then the setting. The date found
 * is passed on, so the engine does not look for it again (nor does a partial run on a slice).
 */
export function articleOptions(text: string, fileName: string | undefined, override: string | undefined, setting: string): AnnotateOptions {
  if (override) return { articleDate: override, articleDateSource: 'option', fileName };
  const found = findArticleDate(text, fileName);
  if (found.date) return { articleDate: found.date, articleDateSource: found.source, fileName };
  return setting ? { articleDate: setting, articleDateSource: 'setting', fileName } : { articleDate: null, fileName };
}

/** Above this many characters, the visible paragraphs are annotated (and shown) before the rest. */
export const VISIBLE_FIRST_CHARS = 200_000;

export type ArticleState =
  | { kind: 'annotated'; result: AnnotatedDocument; ms: number; partial?: { start: number; end: number } }
  | { kind: 'tooLarge'; sizeKB: number; limitKB: number }
  | { kind: 'binary' };

/**
 * The engine's latest result per open article: computed on open, on edit (debounced, re-annotating
 * only the paragraphs an edit touched) and when settings change. Files over the size limit and
 * binary files are not annotated, and say so through their state; nothing is cut silently.
 */
export class AnnotationService implements vscode.Disposable {
  private readonly states = new Map<string, ArticleState>();
  private readonly caches = new Map<string, ParagraphCache>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly forced = new Set<string>();
  private readonly pendingFull = new Set<string>();
  private readonly firstPaints = new Map<string, ArticleState>();
  private readonly dateOverrides = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: SettingsStore, private readonly corrections: CorrectionStore) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      store.onDidChange(() => this.refreshAll()),
      corrections.onDidChange((d) => this.refresh(d)),
    );
    this.refreshAll();
  }

  isArticle(document: vscode.TextDocument): boolean {
    if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-settings') return false;
    const { languages, include } = this.store.settings;
    if (languages.includes(document.languageId)) return true;
    return include.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }

  state(document: vscode.TextDocument): ArticleState | undefined {
    return this.states.get(document.uri.toString());
  }

  get(document: vscode.TextDocument): AnnotatedDocument | undefined {
    const s = this.state(document);
    return s?.kind === 'annotated' ? s.result : undefined;
  }

  articles(): vscode.TextDocument[] {
    return vscode.workspace.textDocuments.filter((d) => this.states.has(d.uri.toString()));
  }

  /** Annotates a file over the size limit after the user asked to. */
  annotateAnyway(document: vscode.TextDocument): void {
    this.forced.add(document.uri.toString());
    this.refresh(document);
  }

  setArticleDate(document: vscode.TextDocument, date: string | undefined): void {
    if (date) this.dateOverrides.set(document.uri.toString(), date);
    else this.dateOverrides.delete(document.uri.toString());
    this.refresh(document);
  }

  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.refresh(d);
  }

  refresh(document: vscode.TextDocument): AnnotatedDocument | undefined {
    const key = document.uri.toString();
    if (!this.isArticle(document)) {
      if (this.states.delete(key)) this.changed.fire(document);
      return undefined;
    }
    const text = document.getText();
    const limitKB = this.store.settings.maxFileSizeKB;
    const sizeKB = Math.ceil(text.length / 1024);
    let state: ArticleState;
    if (text.includes('\u0000')) state = { kind: 'binary' };
    else if (sizeKB > limitKB && !this.forced.has(key)) state = { kind: 'tooLarge', sizeKB, limitKB };
    else if (text.length > VISIBLE_FIRST_CHARS && !this.caches.has(key) && !this.pendingFull.has(key)) {
      // a large file opens with the paragraphs on screen annotated first; the rest follows at once
      state = this.visibleFirst(document, text);
      this.pendingFull.add(key);
      setTimeout(() => {
        this.pendingFull.delete(key);
        // with a cache in place the next run is the full one
        this.caches.set(key, new ParagraphCache());
        if (this.states.has(key)) this.refresh(document);
      }, 0);
    } else {
      let cache = this.caches.get(key);
      if (!cache) this.caches.set(key, (cache = new ParagraphCache()));
      const t0 = Date.now();
      const auto = annotate(text, { ...this.dateOptions(document, text), cache });
      const corrections = this.corrections.get(document);
      const result = corrections ? applyCorrections(auto, text, corrections) : auto;
      state = { kind: 'annotated', result, ms: Date.now() - t0 };
    }
    this.states.set(key, state);
    if (state.kind === 'annotated' && this.firstPaints.get(key) === undefined) this.firstPaints.set(key, state);
    this.changed.fire(document);
    return state.kind === 'annotated' ? state.result : undefined;
  }

  /** The first result shown for a document, for tests of the visible-range-first path. */
  firstPaint(document: vscode.TextDocument): ArticleState | undefined {
    return this.firstPaints.get(document.uri.toString());
  }

  private visibleFirst(document: vscode.TextDocument, text: string): ArticleState {
    const t0 = Date.now();
    const ranges = vscode.window.visibleTextEditors.filter((e) => e.document === document).flatMap((e) => e.visibleRanges);
    const from = ranges.length ? Math.min(...ranges.map((r) => document.offsetAt(r.start))) : 0;
    const to = ranges.length ? Math.max(...ranges.map((r) => document.offsetAt(r.end))) : Math.min(text.length, 20_000);
    // widen to whole paragraphs so that no sentence is cut
    const start = Math.max(0, text.lastIndexOf('\n\n', from) + 1);
    const endAt = text.indexOf('\n\n', to);
    const end = endAt === -1 ? text.length : endAt;
    const part = annotate(text.slice(start, end), this.dateOptions(document, text));
    const result: AnnotatedDocument = {
      ...part,
      annotations: part.annotations.map((a) => shiftSpan(a, start)),
      facts: part.facts.map((f) => ({ ...f, sentenceStart: f.sentenceStart + start, sentenceEnd: f.sentenceEnd + start })),
    };
    return { kind: 'annotated', result, ms: Date.now() - t0, partial: { start, end } };
  }

  private dateOptions(document: vscode.TextDocument, text: string): AnnotateOptions {
    return articleOptions(text, document.uri.path.split('/').pop(), this.dateOverrides.get(document.uri.toString()), this.store.settings.articleDate);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      this.refresh(document);
    }, this.store.settings.debounceMs));
  }

  /** Runs a pending re-annotation now (tests, commands that need the latest result). */
  flush(document: vscode.TextDocument): AnnotatedDocument | undefined {
    const key = document.uri.toString();
    if (this.pending.has(key)) {
      clearTimeout(this.pending.get(key));
      this.pending.delete(key);
      return this.refresh(document);
    }
    return this.get(document);
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.states.delete(key);
    this.caches.delete(key);
    this.firstPaints.delete(key);
    this.changed.fire(document);
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
