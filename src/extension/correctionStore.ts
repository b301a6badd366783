import * as vscode from 'vscode';
import { z } from 'zod';
import {
  mergeCorrections,
  nextId,
  ruleKey,
  sameSpan,
  shiftSpan,
  spanKey,
  type Annotation,
  type Corrections,
  type CorrectionSet,
  type FactCorrection,
  type Rule,
} from '../core';
import { AnnotationSchema, describeSchemaError, FactCorrectionSchema, RuleSchema } from '../core/schema';
import { calendarDate } from '../core/timex';
import { CONTEXT_CHARS, reanchor } from '../formats/import';
import { fileName } from './articles';
import { writeAtomically } from './atomicFile';
import { notify } from './notify';
import type { WorkspaceRules } from './workspaceRules';

// Manual corrections per article, kept in a sidecar next to it (<article>.annotations.json): the
// added annotations (source "manual"), the rejected automatic ones, each with the text around it
// so that it can be found again after the article was edited elsewhere, and an article date the
// user set. Promises kept here:
// - a sidecar that cannot be read, or that is a folder or a symbolic link, is never written over;
// - every document has its own save timer, and pending saves are written on close and deactivate;
// - a save re-reads the sidecar and merges (three-way) what another window saved meanwhile, and a
//   change on disk is merged in as soon as the file watcher reports it: no writer drops the other's;
// - a save that fails says so, naming the file.

const SAVE_DELAY_MS = 500;
const Context = z.object({ prefix: z.string(), suffix: z.string() });
const SidecarSchema = z.object({
  schema: z.literal('news-annotator/v1'),
  offsetUnit: z.literal('utf16'),
  kind: z.literal('corrections'),
  annotations: z.array(AnnotationSchema),
  rejected: z.array(AnnotationSchema),
  context: z.record(z.string(), Context),
  facts: z.array(FactCorrectionSchema).optional(),
  rules: z.array(RuleSchema).optional(),
  articleDate: z
    .string()
    .refine((d) => calendarDate(d) !== null, 'expected a calendar date as YYYY-MM-DD')
    .optional(),
});

interface Loaded {
  status: 'ok';
  /** what is applied now (offsets follow the user's typing) */
  current: CorrectionSet;
  /** what the sidecar held when last read or written: the base of the next merge */
  base: CorrectionSet;
  persisted: boolean;
  /** changes not yet written */
  dirty: boolean;
  timer?: ReturnType<typeof setTimeout>;
  /** the text last written, to tell our own writes from another window's in the watcher */
  written?: string;
}

type State = { status: 'loading'; loaded: Promise<void> } | Loaded | { status: 'refused'; problem: string };

const EMPTY: CorrectionSet = { added: [], rejected: [], context: {} };
export const sidecarUri = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.json` });

type FactFix = Omit<FactCorrection, 'id' | 'anchor'>;

export class CorrectionStore implements vscode.Disposable {
  private readonly states = new Map<string, State>();
  /** the document of each sidecar we hold, for the watcher */
  private readonly bySidecar = new Map<string, vscode.TextDocument>();
  /** saves in flight per document, so that one window never writes one sidecar twice at once */
  private readonly writing = new Map<string, Promise<void>>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** the corrections made in this window per document, latest last, for Undo Last Correction */
  private readonly history = new Map<string, Array<{ kind: 'add' | 'reject'; id: string; text: string }>>();

  constructor(private readonly workspaceRules: WorkspaceRules) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
    const external = (uri: vscode.Uri) => void this.reloadFromDisk(uri);
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(external),
      watcher.onDidCreate(external),
      watcher.onDidDelete(external),
      vscode.workspace.onDidChangeTextDocument((e) => this.shift(e)),
      vscode.workspace.onDidCloseTextDocument((d) => void this.close(d)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.startSaving()),
      workspaceRules.onDidChange(() => {
        for (const d of vscode.workspace.textDocuments) if (this.states.has(d.uri.toString())) this.changed.fire(d);
      }),
    );
  }

  /** Trust granted: corrections made in Restricted Mode are merged into the sidecars (base: none read). */
  private startSaving(): void {
    for (const document of vscode.workspace.textDocuments) {
      const s = this.states.get(document.uri.toString());
      if (s?.status !== 'ok' || s.persisted || !this.persists(document)) continue;
      s.persisted = true;
      s.dirty = true;
      this.bySidecar.set(sidecarUri(document.uri).toString(), document);
      this.schedule(document, s);
    }
  }

  /** Why corrections of this document are kept in memory only, or undefined when they are saved beside it. */
  inMemoryOnly(document: vscode.TextDocument): string | undefined {
    if (document.uri.scheme === 'untitled') return 'this document is untitled';
    if (vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) return 'this document is read-only';
    if (!vscode.workspace.isTrusted) return 'the workspace is in Restricted Mode';
    return undefined;
  }

  persists(document: vscode.TextDocument): boolean {
    return this.inMemoryOnly(document) === undefined;
  }

  /** The corrections to apply now, the workspace's rules under the article's own; loading starts on first use and fires onDidChange when done. */
  get(document: vscode.TextDocument): Corrections | undefined {
    const s = this.stateOf(document);
    return s.status === 'ok' ? this.withWorkspaceRules(document.uri, s.current) : undefined;
  }

  /** What applies to an article read from disk without its sidecar: the workspace's rules, if any. */
  workspaceOnly(uri: vscode.Uri): Corrections | undefined {
    const rules = this.workspaceRules.rulesFor(uri);
    return rules.length ? { added: [], rejected: [], rules } : undefined;
  }

  /** The rules that hold for this article, the workspace's and its own, for the panel's Rules node. */
  rulesOf(uri: vscode.Uri): Array<{ rule: Rule; scope: 'workspace' | 'article' }> {
    const s = this.states.get(uri.toString());
    const own = s?.status === 'ok' ? (s.current.rules ?? []) : [];
    return [
      ...this.workspaceRules.rulesFor(uri).map((rule) => ({ rule, scope: 'workspace' as const })),
      ...own.map((rule) => ({ rule, scope: 'article' as const })),
    ];
  }

  private withWorkspaceRules(uri: vscode.Uri, own: CorrectionSet): Corrections {
    const shared = this.workspaceRules.rulesFor(uri);
    return shared.length ? { ...own, rules: [...shared, ...(own.rules ?? [])] } : own;
  }

  /** The article date the user set for this document, kept in its sidecar. */
  articleDate(document: vscode.TextDocument): string | undefined {
    const s = this.stateOf(document);
    return s.status === 'ok' ? s.current.articleDate : undefined;
  }

  /** The corrections once loaded (waits for the sidecar to be read). */
  async ready(document: vscode.TextDocument): Promise<Corrections | undefined> {
    const s = this.stateOf(document);
    if (s.status === 'loading') await s.loaded;
    return this.get(document);
  }

  problem(document: vscode.TextDocument): string | undefined {
    const s = this.states.get(document.uri.toString());
    return s?.status === 'refused' ? s.problem : undefined;
  }

  private stateOf(document: vscode.TextDocument): State {
    const key = document.uri.toString();
    let s = this.states.get(key);
    if (!s) {
      s = { status: 'loading', loaded: this.load(document) };
      this.states.set(key, s);
    }
    return s;
  }

  private async load(document: vscode.TextDocument): Promise<void> {
    await Promise.resolve(); // let stateOf record the loading state first
    const key = document.uri.toString();
    const persisted = this.persists(document);
    let state: State;
    if (!persisted) state = { status: 'ok', current: EMPTY, base: EMPTY, persisted, dirty: false };
    else {
      const uri = sidecarUri(document.uri);
      this.bySidecar.set(uri.toString(), document);
      const read = await readSidecar(uri);
      if ('problem' in read) {
        state = { status: 'refused', problem: read.problem };
        this.offerRecovery(document, read.problem, read.canReset);
      } else {
        const placed = placeOnText(read.set, document.getText());
        if (placed.lost.length)
          void notify.warn(
            `${placed.lost.length} correction(s) in ${fileName(uri)} no longer match the article: ${placed.lost.join('; ')}. They are kept in the file.`,
          );
        state = { status: 'ok', current: placed.set, base: read.set, persisted, dirty: false, written: read.text };
      }
    }
    if (this.states.get(key)?.status === 'loading') this.states.set(key, state);
    this.changed.fire(document);
  }

  private offerRecovery(document: vscode.TextDocument, problem: string, canReset: boolean): void {
    const actions = canReset ? ['Back Up and Start Fresh', 'Open File'] : [];
    void notify
      .error(`${problem}. Highlights come from the engine alone, and the file is left untouched.`, ...actions)
      .then((choice) => {
        if (choice === 'Back Up and Start Fresh') void this.backUpAndReset(document);
        if (choice === 'Open File') void vscode.window.showTextDocument(sidecarUri(document.uri));
      });
  }

  /** Moves a corrupt sidecar aside (…annotations.json.bak-<time>) and starts with no corrections. */
  async backUpAndReset(document: vscode.TextDocument): Promise<vscode.Uri> {
    const uri = sidecarUri(document.uri);
    const backup = uri.with({ path: `${uri.path}.bak-${new Date().toISOString().replace(/[:.]/g, '-')}` });
    await vscode.workspace.fs.rename(uri, backup, { overwrite: false });
    this.states.set(document.uri.toString(), {
      status: 'ok',
      current: EMPTY,
      base: EMPTY,
      persisted: true,
      dirty: false,
    });
    this.changed.fire(document);
    return backup;
  }

  async add(document: vscode.TextDocument, annotation: Omit<Annotation, 'id' | 'source'>): Promise<Annotation> {
    return (await this.addAll(document, [annotation]))[0]!;
  }

  /** Adds many corrections with one save and one refresh (an import of thousands stays fast). */
  async addAll(document: vscode.TextDocument, annotations: Omit<Annotation, 'id' | 'source'>[]): Promise<Annotation[]> {
    const text = document.getText();
    const made: Annotation[] = [];
    await this.update(document, (c) => {
      const taken = new Set([...c.added, ...c.rejected].map((a) => a.id));
      let added = c.added;
      const context = { ...c.context };
      for (const annotation of annotations) {
        const a = { ...annotation, id: nextId(taken), source: 'manual' } as Annotation;
        taken.add(a.id);
        made.push(a);
        context[a.id] = contextOf(text, a);
      }
      const spans = new Set(made.map(spanKey));
      added = [...added.filter((m) => !spans.has(spanKey(m))), ...made];
      return { ...c, added, context };
    });
    for (const a of made) this.remember(document, 'add', a);
    return made;
  }

  async reject(document: vscode.TextDocument, annotation: Annotation): Promise<void> {
    const text = document.getText();
    // a manual annotation of this article is removed; one a rule made is rejected like the engine's
    const own = (c: CorrectionSet) => annotation.source === 'manual' && c.added.some((m) => m.id === annotation.id);
    await this.update(document, (c) =>
      own(c)
        ? { ...c, added: c.added.filter((m) => m.id !== annotation.id) }
        : {
            ...c,
            rejected: [...c.rejected.filter((r) => !sameSpan(r, annotation)), annotation],
            context: { ...c.context, [annotation.id]: contextOf(text, annotation) },
          },
    );
    if (annotation.source !== 'manual') this.remember(document, 'reject', annotation);
  }

  /** Corrects a fact (or rejects it), holding on to its count or deadline annotation; a second correction of the same fact replaces the first. */
  correctFact(document: vscode.TextDocument, anchor: Annotation, fix: FactFix): Promise<void> {
    return this.correctFacts(document, [{ anchor, fix }]);
  }

  /** Corrects many facts with one save and one refresh (an import). */
  async correctFacts(document: vscode.TextDocument, fixes: Array<{ anchor: Annotation; fix: FactFix }>): Promise<void> {
    if (!fixes.length) return;
    const text = document.getText();
    await this.update(document, (c) => {
      let facts = c.facts ?? [];
      const context = { ...c.context };
      for (const { anchor, fix } of fixes) {
        const previous = facts.find((f) => sameSpan(f.anchor, anchor));
        const id = previous?.id ?? nextId([...c.added, ...c.rejected, ...facts].map((a) => a.id));
        facts = [...facts.filter((f) => f.id !== id), { ...previous, ...fix, id, anchor }];
        context[id] = contextOf(text, anchor);
      }
      return { ...c, facts, context };
    });
  }

  /** Adds a rule of this article (the same words and action as one it has replace it); returns it with its id. */
  async addRule(document: vscode.TextDocument, rule: Omit<Rule, 'id'>): Promise<Rule> {
    let made!: Rule;
    await this.update(document, (c) => {
      const rules = c.rules ?? [];
      made = { ...rule, id: nextId([...c.added, ...c.rejected, ...(c.facts ?? []), ...rules].map((a) => a.id)) };
      return { ...c, rules: [...rules.filter((r) => ruleKey(r) !== ruleKey(made)), made] };
    });
    return made;
  }

  async removeRule(document: vscode.TextDocument, id: string): Promise<boolean> {
    let found = false;
    await this.update(document, (c) => {
      found = !!c.rules?.some((r) => r.id === id);
      return { ...c, rules: (c.rules ?? []).filter((r) => r.id !== id) };
    });
    return found;
  }

  /** The automatic annotations the user rejected in this document (for the panel's "Rejected" node and Restore). */
  rejected(document: vscode.TextDocument): Annotation[] {
    const s = this.states.get(document.uri.toString());
    return s?.status === 'ok' ? s.current.rejected : [];
  }

  /** Undoes a rejection: the engine's annotation shows again. */
  async restore(document: vscode.TextDocument, id: string): Promise<boolean> {
    let found = false;
    await this.update(document, (c) => {
      found = c.rejected.some((r) => r.id === id);
      return { ...c, rejected: c.rejected.filter((r) => r.id !== id) };
    });
    return found;
  }

  /** Undoes the last correction made in this window: the last rejection is restored, the last added annotation removed. */
  async undoLast(document: vscode.TextDocument): Promise<string | undefined> {
    const last = this.history.get(document.uri.toString())?.pop();
    if (!last) return undefined;
    await this.update(document, (c) =>
      last.kind === 'reject'
        ? { ...c, rejected: c.rejected.filter((r) => r.id !== last.id) }
        : { ...c, added: c.added.filter((a) => a.id !== last.id) },
    );
    return last.text;
  }

  private remember(document: vscode.TextDocument, kind: 'add' | 'reject', a: Annotation): void {
    const key = document.uri.toString();
    const list = this.history.get(key) ?? [];
    list.push({ kind, id: a.id, text: a.text });
    if (list.length > 100) list.shift();
    this.history.set(key, list);
  }

  /** Sets (or, with undefined, clears) the article date of this document; kept in the sidecar. */
  async setArticleDate(document: vscode.TextDocument, date: string | undefined): Promise<void> {
    await this.update(document, ({ articleDate: _old, ...c }) => (date ? { ...c, articleDate: date } : c));
  }

  private async update(document: vscode.TextDocument, change: (c: CorrectionSet) => CorrectionSet): Promise<void> {
    await this.ready(document);
    const s = this.states.get(document.uri.toString());
    if (!s || s.status !== 'ok')
      throw new Error(
        s?.status === 'refused' ? `${s.problem}. Back it up and start fresh first.` : 'corrections are not loaded',
      );
    s.current = change(s.current);
    s.dirty = true;
    this.changed.fire(document);
    if (s.persisted) await this.save(document);
    else
      void notify.info(
        `${this.inMemoryOnly(document)}, so its corrections are kept in memory only (they are included in exports).`,
      );
  }

  /** Writes pending changes now: merged with what is on disk. */
  save(document: vscode.TextDocument): Promise<void> {
    return this.inTurn(document, () => this.write(document));
  }

  /** Runs sidecar reads-and-merges and writes of one document one after another, never interleaved. */
  private inTurn(document: vscode.TextDocument, work: () => Promise<void>): Promise<void> {
    const key = document.uri.toString();
    const next = (this.writing.get(key) ?? Promise.resolve()).then(work);
    this.writing.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  private async write(document: vscode.TextDocument): Promise<void> {
    const s = this.states.get(document.uri.toString());
    if (s?.status !== 'ok' || !s.dirty || !s.persisted) return;
    clearTimeout(s.timer);
    const ours = s.current;
    const uri = sidecarUri(document.uri);
    const disk = await readSidecar(uri);
    if ('problem' in disk) {
      // someone made the sidecar unreadable, or a folder or link, since we read it: never write over it
      this.states.set(document.uri.toString(), { status: 'refused', problem: disk.problem });
      this.changed.fire(document);
      throw new Error(`${disk.problem}; your latest correction was not saved`);
    }
    const merged = mergeCorrections(s.base, ours, disk.set);
    const text = sidecarText(merged);
    await writeAtomically(uri, text);
    s.written = text;
    s.base = merged;
    // what the user changed while this was written goes on top of what was written, and stays pending
    s.dirty = s.current !== ours;
    const now = s.dirty ? mergeCorrections(ours, s.current, merged) : merged;
    if (sidecarText(now) !== sidecarText(s.current)) {
      s.current = now;
      this.changed.fire(document);
    }
    if (s.dirty) this.schedule(document, s);
  }

  /** Another window (or a person) changed the sidecar: merge what they saved into what is shown. */
  private async reloadFromDisk(uri: vscode.Uri): Promise<void> {
    const document = this.bySidecar.get(uri.toString());
    if (document) await this.inTurn(document, () => this.mergeFromDisk(document, uri));
  }

  private async mergeFromDisk(document: vscode.TextDocument, uri: vscode.Uri): Promise<void> {
    const s = this.states.get(document.uri.toString());
    if (s?.status !== 'ok') return;
    const disk = await readSidecar(uri);
    if ('problem' in disk || disk.text === s.written) return;
    const merged = mergeCorrections(s.base, s.current, disk.set);
    s.current = placeOnText(merged, document.getText()).set;
    s.base = disk.set;
    s.written = disk.text;
    s.dirty = sidecarText(merged) !== disk.text;
    this.changed.fire(document);
    if (s.dirty) this.schedule(document, s);
  }

  /** Keeps corrections on their text while the user types: offsets move with the edits before them. */
  private shift(e: vscode.TextDocumentChangeEvent): void {
    const s = this.states.get(e.document.uri.toString());
    if (
      s?.status !== 'ok' ||
      (!s.current.added.length && !s.current.rejected.length && !s.current.facts?.length) ||
      !e.contentChanges.length
    )
      return;
    const text = e.document.getText();
    const move = (a: Annotation): Annotation | null => {
      let start = a.start,
        end = a.end;
      for (const c of e.contentChanges) {
        const delta = c.text.length - c.rangeLength,
          cEnd = c.rangeOffset + c.rangeLength;
        if (cEnd <= start) {
          start += delta;
          end += delta;
        } else if (c.rangeOffset < end) return null; // the edit touched the annotated text
      }
      return shiftSpan(a, start - a.start);
    };
    const moveAll = (list: Annotation[]) =>
      list.map(move).filter((a): a is Annotation => a !== null && text.slice(a.start, a.end) === a.text);
    const facts = (s.current.facts ?? []).flatMap((f) => moveAll([f.anchor]).map((anchor) => ({ ...f, anchor })));
    s.current = {
      ...s.current,
      added: moveAll(s.current.added),
      rejected: moveAll(s.current.rejected),
      ...(facts.length ? { facts } : {}),
    };
    s.dirty = true;
    if (s.persisted) this.schedule(e.document, s);
  }

  private schedule(document: vscode.TextDocument, s: Loaded): void {
    clearTimeout(s.timer);
    s.timer = setTimeout(
      () =>
        void this.save(document).catch((e) =>
          notify.error(`could not save the corrections of ${fileName(document.uri)}: ${(e as Error).message}`),
        ),
      SAVE_DELAY_MS,
    );
  }

  /** Writes what is pending for a closing document, then forgets it. */
  private async close(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    try {
      await this.save(document);
    } catch (e) {
      void notify.error(
        `could not save the corrections of ${fileName(document.uri)} on close: ${(e as Error).message}`,
      );
    }
    this.states.delete(key);
    this.bySidecar.delete(sidecarUri(document.uri).toString());
  }

  /** Writes every pending save (deactivate waits for this). */
  async flushAll(): Promise<void> {
    const open = [...this.bySidecar.values()];
    await Promise.all(
      open.map((d) =>
        this.save(d).catch((e) =>
          notify.error(`could not save the corrections of ${fileName(d.uri)}: ${(e as Error).message}`),
        ),
      ),
    );
  }

  dispose(): void {
    for (const s of this.states.values()) if (s.status === 'ok') clearTimeout(s.timer);
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
  }
}

type SidecarRead = { set: CorrectionSet; text: string | undefined } | { problem: string; canReset: boolean };

/** The sidecar as it is on disk: none yet (empty), its corrections, or why it must be left alone. */
async function readSidecar(uri: vscode.Uri): Promise<SidecarRead> {
  const name = fileName(uri);
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return { set: EMPTY, text: undefined }; // no sidecar yet
  }
  if (stat.type & vscode.FileType.SymbolicLink)
    return {
      problem: `${name} is a symbolic link; News Annotator does not write through links. Replace it with a regular file or remove it`,
      canReset: false,
    };
  if (stat.type & vscode.FileType.Directory)
    return {
      problem: `${name} is a folder, not a corrections file; rename or remove the folder to keep corrections for this article`,
      canReset: false,
    };
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const parsed = SidecarSchema.safeParse(JSON.parse(text));
    if (!parsed.success)
      throw new Error(`it does not follow the corrections schema: ${describeSchemaError(parsed.error)}`);
    const { annotations, rejected, context, articleDate, facts, rules } = parsed.data;
    return {
      text,
      set: {
        added: annotations,
        rejected,
        context,
        ...(facts?.length ? { facts } : {}),
        ...(rules?.length ? { rules } : {}),
        ...(articleDate ? { articleDate } : {}),
      },
    };
  } catch (e) {
    return { problem: `${name} cannot be read: ${(e as Error).message}`, canReset: true };
  }
}

/** The corrections re-anchored on the text as it is now, and the quotes no longer in it. */
function placeOnText(set: CorrectionSet, text: string): { set: CorrectionSet; lost: string[] } {
  const lost: string[] = [];
  const place = (list: Annotation[]) =>
    reanchor(
      list.map((a) => ({ annotation: a, ...set.context[a.id] })),
      text,
    ).flatMap((r) => {
      if (r.status !== 'lost') return [r.annotation];
      lost.push(r.problem!);
      return [];
    });
  // a fact correction holds on to its fact's count or deadline: placed like a correction, under its own id
  const facts = (set.facts ?? []).flatMap((f) =>
    place([{ ...f.anchor, id: f.id }]).map(({ id: _id, ...anchor }) => ({
      ...f,
      anchor: { ...anchor, id: f.anchor.id } as Annotation,
    })),
  );
  return {
    set: { ...set, added: place(set.added), rejected: place(set.rejected), ...(facts.length ? { facts } : {}) },
    lost,
  };
}

function sidecarText(set: CorrectionSet): string {
  const sidecar = {
    schema: 'news-annotator/v1',
    offsetUnit: 'utf16',
    kind: 'corrections',
    annotations: set.added,
    rejected: set.rejected,
    context: set.context,
    ...(set.facts?.length ? { facts: set.facts } : {}),
    ...(set.rules?.length ? { rules: set.rules } : {}),
    ...(set.articleDate ? { articleDate: set.articleDate } : {}),
  };
  return `${JSON.stringify(sidecar, null, 2)}\n`;
}

function contextOf(text: string, a: Annotation) {
  return {
    prefix: text.slice(Math.max(0, a.start - CONTEXT_CHARS), a.start),
    suffix: text.slice(a.end, a.end + CONTEXT_CHARS),
  };
}
