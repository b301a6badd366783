import * as vscode from 'vscode';
import { z } from 'zod';
import { sameSpan, shiftSpan, type Annotation, type Corrections } from '../core';
import { AnnotationSchema, describeSchemaError } from '../core/schema';
import { atomicWrite } from '../formats/atomicWrite';
import { reanchor } from '../formats/import';

// Manual corrections per article, kept in a sidecar next to it (<article>.annotations.json): the
// added annotations (source "manual") and the rejected automatic ones, each with the text around it
// so that it can be found again after the article was edited elsewhere. A sidecar that cannot be
// read is never overwritten until the user decides.

const CONTEXT = 32;
const Context = z.object({ prefix: z.string(), suffix: z.string() });
const SidecarSchema = z.object({
  schema: z.literal('news-annotator/v1'),
  offsetUnit: z.literal('utf16'),
  kind: z.literal('corrections'),
  annotations: z.array(AnnotationSchema),
  rejected: z.array(AnnotationSchema),
  context: z.record(z.string(), Context),
});

type State =
  | { status: 'loading' }
  | { status: 'ok'; corrections: Corrections; context: Map<string, z.infer<typeof Context>>; persisted: boolean }
  | { status: 'corrupt'; problem: string };

export const sidecarUri = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.json` });

export class CorrectionStore implements vscode.Disposable {
  private readonly states = new Map<string, State>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private nextId = 1;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.subscriptions.push(vscode.workspace.onDidChangeTextDocument((e) => this.shift(e)), vscode.workspace.onDidCloseTextDocument((d) => this.states.delete(d.uri.toString())));
  }

  /** Whether corrections of this document are saved beside it (not for untitled or read-only ones). */
  persists(document: vscode.TextDocument): boolean {
    return document.uri.scheme !== 'untitled' && vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) !== false;
  }

  /** The corrections to apply now; loading starts on first use and fires onDidChange when done. */
  get(document: vscode.TextDocument): Corrections | undefined {
    const key = document.uri.toString();
    const s = this.states.get(key);
    if (!s) {
      this.states.set(key, { status: 'loading' });
      void this.load(document);
      return undefined;
    }
    return s.status === 'ok' ? s.corrections : undefined;
  }

  /** The corrections once loaded (waits for the sidecar to be read). */
  async ready(document: vscode.TextDocument): Promise<Corrections | undefined> {
    const key = document.uri.toString();
    if (this.get(document) || this.states.get(key)?.status !== 'loading') return this.get(document);
    await new Promise<void>((resolve) => {
      const sub = this.onDidChange((d) => {
        if (d.uri.toString() === key && this.states.get(key)?.status !== 'loading') {
          sub.dispose();
          resolve();
        }
      });
    });
    return this.get(document);
  }

  problem(document: vscode.TextDocument): string | undefined {
    const s = this.states.get(document.uri.toString());
    return s?.status === 'corrupt' ? s.problem : undefined;
  }

  private async load(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const persisted = this.persists(document);
    const empty = (): State => ({ status: 'ok', corrections: { added: [], rejected: [] }, context: new Map(), persisted });
    if (!persisted) {
      this.states.set(key, empty());
      this.changed.fire(document);
      return;
    }
    const uri = sidecarUri(document.uri);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      this.states.set(key, empty());
      this.changed.fire(document);
      return;
    }
    try {
      const parsed = SidecarSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
      if (!parsed.success) throw new Error(`it does not follow the corrections schema: ${describeSchemaError(parsed.error)}`);
      const text = document.getText();
      const ctx = new Map(Object.entries(parsed.data.context));
      const place = (list: Annotation[]) => reanchor(list.map((a) => ({ annotation: a, ...ctx.get(a.id) })), text);
      const added = place(parsed.data.annotations), rejected = place(parsed.data.rejected);
      const lost = [...added, ...rejected].filter((a) => a.status === 'lost');
      if (lost.length) void vscode.window.showWarningMessage(`News Annotator: ${lost.length} correction(s) in ${uri.path.split('/').pop()} no longer match the article: ${lost.map((l) => l.problem).join('; ')}. They are kept in the file.`);
      this.states.set(key, {
        status: 'ok', persisted, context: ctx,
        corrections: { added: added.filter((a) => a.status !== 'lost').map((a) => a.annotation), rejected: rejected.filter((a) => a.status !== 'lost').map((a) => a.annotation) },
      });
      for (const a of parsed.data.annotations) this.nextId = Math.max(this.nextId, Number(/^m(\d+)$/.exec(a.id)?.[1] ?? 0) + 1);
    } catch (e) {
      const problem = `${uri.path.split('/').pop()} cannot be read: ${(e as Error).message}`;
      this.states.set(key, { status: 'corrupt', problem });
      void vscode.window.showErrorMessage(`News Annotator: ${problem}. Highlights come from the engine alone, and the file is left untouched.`, 'Back Up and Start Fresh', 'Open File').then((choice) => {
        if (choice === 'Back Up and Start Fresh') void this.backUpAndReset(document);
        if (choice === 'Open File') void vscode.window.showTextDocument(uri);
      });
    }
    this.changed.fire(document);
  }

  /** Moves a corrupt sidecar aside (…annotations.json.bak-<time>) and starts with no corrections. */
  async backUpAndReset(document: vscode.TextDocument): Promise<vscode.Uri> {
    const uri = sidecarUri(document.uri);
    const backup = uri.with({ path: `${uri.path}.bak-${new Date().toISOString().replace(/[:.]/g, '-')}` });
    await vscode.workspace.fs.rename(uri, backup, { overwrite: false });
    this.states.set(document.uri.toString(), { status: 'ok', corrections: { added: [], rejected: [] }, context: new Map(), persisted: true });
    this.changed.fire(document);
    return backup;
  }

  async add(document: vscode.TextDocument, annotation: Omit<Annotation, 'id' | 'source'>): Promise<Annotation> {
    const a = { ...annotation, id: `m${this.nextId++}`, source: 'manual' } as Annotation;
    await this.update(document, (c, ctx) => {
      c.added = [...c.added.filter((m) => !sameSpan(m, a)), a];
      ctx.set(a.id, contextOf(document.getText(), a));
    });
    return a;
  }

  async reject(document: vscode.TextDocument, annotation: Annotation): Promise<void> {
    await this.update(document, (c, ctx) => {
      if (annotation.source === 'manual') c.added = c.added.filter((m) => m.id !== annotation.id);
      else {
        c.rejected = [...c.rejected, annotation];
        ctx.set(annotation.id, contextOf(document.getText(), annotation));
      }
    });
  }

  private async update(document: vscode.TextDocument, change: (c: Corrections, ctx: Map<string, z.infer<typeof Context>>) => void): Promise<void> {
    const key = document.uri.toString();
    await this.ready(document);
    const s = this.states.get(key);
    if (!s || s.status === 'corrupt') throw new Error(s?.status === 'corrupt' ? `${s.problem}. Back it up and start fresh first.` : 'corrections are not loaded');
    if (s.status !== 'ok') return;
    change(s.corrections, s.context);
    this.changed.fire(document);
    if (s.persisted) await this.save(document, s);
    else void vscode.window.showInformationMessage('News Annotator: this document is untitled or read-only, so its corrections are kept in memory only (they are included in exports).');
  }

  private async save(document: vscode.TextDocument, s: Extract<State, { status: 'ok' }>): Promise<void> {
    const ids = new Set([...s.corrections.added, ...s.corrections.rejected].map((a) => a.id));
    const sidecar = {
      schema: 'news-annotator/v1', offsetUnit: 'utf16', kind: 'corrections',
      annotations: s.corrections.added, rejected: s.corrections.rejected,
      context: Object.fromEntries([...s.context].filter(([id]) => ids.has(id))),
    };
    const uri = sidecarUri(document.uri);
    const fs = vscode.workspace.fs;
    const at = (p: string) => uri.with({ path: p });
    await atomicWrite({
      writeFile: (p, b) => Promise.resolve(fs.writeFile(at(p), b)),
      rename: (a, b) => Promise.resolve(fs.rename(at(a), at(b), { overwrite: true })),
      delete: (p) => Promise.resolve(fs.delete(at(p))),
    }, uri.path, new TextEncoder().encode(`${JSON.stringify(sidecar, null, 2)}\n`));
  }

  /** Keeps corrections on their text while the user types: offsets move with the edits before them. */
  private shift(e: vscode.TextDocumentChangeEvent): void {
    const s = this.states.get(e.document.uri.toString());
    if (s?.status !== 'ok' || (!s.corrections.added.length && !s.corrections.rejected.length) || !e.contentChanges.length) return;
    const move = (a: Annotation): Annotation | null => {
      let start = a.start, end = a.end;
      for (const c of e.contentChanges) {
        const delta = c.text.length - c.rangeLength, cEnd = c.rangeOffset + c.rangeLength;
        if (cEnd <= start) {
          start += delta;
          end += delta;
        } else if (c.rangeOffset < end) return null; // the edit touched the annotated text
      }
      return shiftSpan(a, start - a.start);
    };
    const moveAll = (list: Annotation[]) => list.map(move).filter((a): a is Annotation => a !== null && e.document.getText().slice(a.start, a.end) === a.text);
    s.corrections.added = moveAll(s.corrections.added);
    s.corrections.rejected = moveAll(s.corrections.rejected);
    if (!s.persisted) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(e.document, s), 500);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
  }
}

function contextOf(text: string, a: Annotation) {
  return { prefix: text.slice(Math.max(0, a.start - CONTEXT), a.start), suffix: text.slice(a.end, a.end + CONTEXT) };
}
