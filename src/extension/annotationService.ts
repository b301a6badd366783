import * as vscode from 'vscode';
import {
  annotate,
  applyCorrections,
  findArticleDate,
  languageOf,
  notText,
  ParagraphCache,
  paragraphBreaks,
  shiftFact,
  shiftSpan,
  utf8Bytes,
  type AnnotatedDocument,
  type AnnotateOptions,
  type ParagraphFailure,
} from '../core';
import { OUR_OUTPUTS } from '../core/articleFiles';
import { fileName } from './articles';
import type { CorrectionStore } from './correctionStore';
import { notify } from './notify';
import type { SettingsStore } from './settings';

/**
 * A date set for this document wins; then the article's own date; then the setting. The date found
 * is passed on, so the engine does not look for it again (nor does a partial run on a slice).
 */
export function articleOptions(
  text: string,
  name: string | undefined,
  override: string | undefined,
  setting: string,
): AnnotateOptions {
  if (override) return { articleDate: override, articleDateSource: 'option', fileName: name };
  const found = findArticleDate(text, name);
  if (found.date) return { articleDate: found.date, articleDateSource: found.source, fileName: name };
  return setting
    ? { articleDate: setting, articleDateSource: 'setting', fileName: name }
    : { articleDate: null, fileName: name };
}

/** The size rule of the editor and the workspace scan alike: UTF-8 bytes, as the file is on disk. */
export function overLimit(bytes: number, limitKB: number): { sizeKB: number; limitKB: number } | null {
  return bytes > limitKB * 1024 ? { sizeKB: Math.ceil(bytes / 1024), limitKB } : null;
}

/**
 * The rules for counts, dates and deadlines are English: in another language they would mark "4 avril"
 * as a count. Country names are kept (what the gazetteer matches there is precise); nothing else is.
 */
function onlyCountries(doc: AnnotatedDocument): AnnotatedDocument {
  return { ...doc, annotations: doc.annotations.filter((a) => a.kind === 'country'), facts: [] };
}

/** Above this many characters, the visible paragraphs are annotated (and shown) before the rest. */
export const VISIBLE_FIRST_CHARS = 200_000;

export type ArticleState =
  | {
      kind: 'annotated';
      result: AnnotatedDocument;
      ms: number;
      partial?: { start: number; end: number };
      language?: string;
    }
  | { kind: 'tooLarge'; sizeKB: number; limitKB: number }
  | { kind: 'binary'; reason: string }
  | { kind: 'failed'; message: string };

/** Everything kept for one open article, cleared in one place when it closes. */
interface Entry {
  state?: ArticleState;
  firstPaint?: ArticleState;
  cache?: ParagraphCache;
  timer?: ReturnType<typeof setTimeout>;
  /** the full pass of a large file is queued after its first (visible) paint */
  fullPending?: boolean;
  /** annotate though over the size limit: the user asked */
  forced?: boolean;
  /** the error of the last failed run was shown; shown again only after a success */
  told?: boolean;
  /** the paragraph failures already shown (by message), so that typing does not repeat them */
  toldParagraphs?: Set<string>;
}

/**
 * The engine's latest result per open article: computed on open, on edit (debounced, re-annotating
 * only the paragraphs an edit touched) and when settings change. Files over the size limit and
 * binary files are not annotated, and say so through their state; an article the engine fails on
 * says so (status bar and one message naming it) while every other article goes on working.
 */
export class AnnotationService implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: SettingsStore,
    private readonly corrections: CorrectionStore,
  ) {
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
    if (OUR_OUTPUTS.test(document.uri.path)) return false; // our own sidecars and exports
    const { languages, include } = this.store.settings;
    if (languages.includes(document.languageId)) return true;
    return include.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }

  state(document: vscode.TextDocument): ArticleState | undefined {
    return this.entries.get(document.uri.toString())?.state;
  }

  get(document: vscode.TextDocument): AnnotatedDocument | undefined {
    const s = this.state(document);
    return s?.kind === 'annotated' ? s.result : undefined;
  }

  articles(): vscode.TextDocument[] {
    return vscode.workspace.textDocuments.filter((d) => this.entries.get(d.uri.toString())?.state);
  }

  /** Annotates a file over the size limit after the user asked to; says why when there is nothing to do. */
  annotateAnyway(document: vscode.TextDocument): void {
    if (this.state(document)?.kind !== 'tooLarge') {
      void notify.info(`${fileName(document.uri)} is within the size limit and already annotated; nothing to do.`);
      return;
    }
    this.entry(document).forced = true;
    this.refresh(document);
  }

  /** Sets or clears the article date of a document; kept in its sidecar, so it outlives a reload. */
  async setArticleDate(document: vscode.TextDocument, date: string | undefined): Promise<void> {
    await this.corrections.setArticleDate(document, date);
  }

  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.refresh(d);
  }

  refresh(document: vscode.TextDocument): AnnotatedDocument | undefined {
    const key = document.uri.toString();
    if (!this.isArticle(document)) {
      const had = this.entries.get(key)?.state;
      this.clear(key);
      if (had) this.changed.fire(document);
      return undefined;
    }
    const entry = this.entry(document);
    let state: ArticleState;
    try {
      state = this.compute(document, entry);
      entry.told = false;
    } catch (e) {
      // one article the engine cannot handle must not take the others (or activation) down with it
      const message = (e as Error).message || String(e);
      state = { kind: 'failed', message };
      entry.cache = undefined; // a half-filled cache must not serve the next run
      if (!entry.told)
        void notify.error(
          `could not annotate ${fileName(document.uri)}: ${message}. Other articles are not affected; please report this with the file.`,
        );
      entry.told = true;
    }
    entry.state = state;
    if (state.kind === 'annotated' && !entry.firstPaint) entry.firstPaint = state;
    this.changed.fire(document);
    return state.kind === 'annotated' ? state.result : undefined;
  }

  private compute(document: vscode.TextDocument, entry: Entry): ArticleState {
    const text = document.getText();
    const refused = notText(text);
    if (refused) return { kind: 'binary', reason: refused };
    const tooLarge = overLimit(utf8Bytes(text), this.store.settings.maxFileSizeKB);
    if (tooLarge && !entry.forced) return { kind: 'tooLarge', ...tooLarge };
    if (text.length > VISIBLE_FIRST_CHARS && !entry.cache && !entry.fullPending) {
      // a large file opens with the paragraphs on screen annotated first; the rest follows at once
      entry.fullPending = true;
      setTimeout(() => {
        entry.fullPending = false;
        entry.cache = new ParagraphCache(); // with a cache in place the next run is the full one
        if (this.entries.get(document.uri.toString()) === entry) this.refresh(document);
      }, 0);
      return this.visibleFirst(document, entry, text);
    }
    entry.cache ??= new ParagraphCache();
    const t0 = Date.now();
    const result = this.withCorrections(
      document,
      text,
      this.annotateTelling(document, entry, text, { ...this.dateOptions(document, text), cache: entry.cache }),
    );
    const language = languageOf(text);
    if (language && language !== 'en')
      return { kind: 'annotated', result: onlyCountries(result), ms: Date.now() - t0, language };
    return { kind: 'annotated', result, ms: Date.now() - t0 };
  }

  /**
   * The engine's document for `text` (the document's own, or a part of it from offset `start`). A paragraph the
   * engine failed on gives no annotations while the rest of the article keeps its own: the user is told which
   * line, once per problem, and asked to report it.
   */
  private annotateTelling(
    document: vscode.TextDocument,
    entry: Entry,
    text: string,
    options: AnnotateOptions,
    start = 0,
  ): AnnotatedDocument {
    const failures: ParagraphFailure[] = [];
    const result = annotate(text, { ...options, onParagraphError: (f) => failures.push(f) });
    const told = (entry.toldParagraphs ??= new Set());
    const fresh = failures.filter((f) => !told.has(f.message));
    if (!fresh.length) return result;
    for (const f of fresh) told.add(f.message);
    const lines = fresh.map((f) => document.positionAt(start + f.start).line + 1);
    const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
    void notify.warn(
      `could not annotate the paragraph at ${where} of ${fileName(document.uri)}: ${fresh[0]!.message}. The rest of the article is annotated; please report this with the file.`,
    );
    return result;
  }

  private withCorrections(document: vscode.TextDocument, text: string, auto: AnnotatedDocument): AnnotatedDocument {
    const corrections = this.corrections.get(document);
    return corrections ? applyCorrections(auto, text, corrections) : auto;
  }

  /** The first result shown for a document, for tests of the visible-range-first path. */
  firstPaint(document: vscode.TextDocument): ArticleState | undefined {
    return this.entries.get(document.uri.toString())?.firstPaint;
  }

  private visibleFirst(document: vscode.TextDocument, entry: Entry, text: string): ArticleState {
    const t0 = Date.now();
    const ranges = vscode.window.visibleTextEditors
      .filter((e) => e.document === document)
      .flatMap((e) => e.visibleRanges);
    const from = ranges.length ? Math.min(...ranges.map((r) => document.offsetAt(r.start))) : 0;
    const to = ranges.length ? Math.max(...ranges.map((r) => document.offsetAt(r.end))) : Math.min(text.length, 20_000);
    // widen to whole paragraphs (the engine's own paragraph rule) so that no sentence is cut
    const breaks = paragraphBreaks(text);
    const start = breaks.filter(([, e]) => e <= from).pop()?.[1] ?? 0;
    const end = breaks.find(([s]) => s >= to)?.[0] ?? text.length;
    const part = this.annotateTelling(document, entry, text.slice(start, end), this.dateOptions(document, text), start);
    const shifted: AnnotatedDocument = {
      ...part,
      annotations: part.annotations.map((a) => shiftSpan(a, start)),
      facts: part.facts.map((f) => shiftFact(f, start)),
    };
    return {
      kind: 'annotated',
      result: this.withCorrections(document, text, shifted),
      ms: Date.now() - t0,
      partial: { start, end },
    };
  }

  private dateOptions(document: vscode.TextDocument, text: string): AnnotateOptions {
    return articleOptions(
      text,
      fileName(document.uri),
      this.corrections.articleDate(document),
      this.store.settings.articleDate,
    );
  }

  private entry(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let e = this.entries.get(key);
    if (!e) this.entries.set(key, (e = {}));
    return e;
  }

  private schedule(document: vscode.TextDocument): void {
    const entry = this.entry(document);
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      this.refresh(document);
    }, this.store.settings.debounceMs);
  }

  /** Runs a pending re-annotation now (tests, commands that need the latest result). */
  flush(document: vscode.TextDocument): AnnotatedDocument | undefined {
    const entry = this.entries.get(document.uri.toString());
    if (entry?.timer !== undefined) {
      clearTimeout(entry.timer);
      entry.timer = undefined;
      return this.refresh(document);
    }
    return this.get(document);
  }

  private clear(key: string): void {
    clearTimeout(this.entries.get(key)?.timer);
    this.entries.delete(key);
  }

  private forget(document: vscode.TextDocument): void {
    this.clear(document.uri.toString());
    this.changed.fire(document);
  }

  dispose(): void {
    for (const key of [...this.entries.keys()]) this.clear(key);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
