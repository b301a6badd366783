import * as vscode from 'vscode';
import {
  allCountries,
  annotationsById,
  categoryOf,
  countryName,
  factAnchor,
  flagOf,
  type Annotation,
  type Candidate,
  type Fact,
  type FactCorrection,
} from '../core';
import type { AnnotationService } from './annotationService';
import type { CorrectionStore } from './correctionStore';
import type { FactsNode } from './factsView';
import { notify } from './notify';
import { COMMANDS } from './commandIds';

type NewAnnotation = Candidate;

/** Finds the annotation a command is about: a Facts panel item, a uri and id (hover link), else the one at the cursor. */
export async function target(
  service: AnnotationService,
  uriOrNode?: string | FactsNode,
  id?: string,
): Promise<{ document: vscode.TextDocument; annotation: Annotation } | undefined> {
  let uri = typeof uriOrNode === 'string' ? uriOrNode : undefined;
  if (typeof uriOrNode === 'object' && uriOrNode.type === 'annotation') {
    uri = uriOrNode.article.uri.toString();
    id = uriOrNode.annotation.id;
  }
  const document = uri
    ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri))
    : vscode.window.activeTextEditor?.document;
  const doc = document && service.get(document);
  if (!document || !doc) return undefined;
  if (id) {
    const annotation = doc.annotations.find((a) => a.id === id);
    return annotation && { document, annotation };
  }
  const offset = document.offsetAt(vscode.window.activeTextEditor!.selection.active);
  const hits = doc.annotations
    .filter((a) => a.start <= offset && offset < a.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  if (hits.length === 0) {
    void notify.info('place the cursor on a highlighted country, count or deadline first (or use the Facts panel).');
    return undefined;
  }
  if (hits.length === 1) return { document, annotation: hits[0]! };
  const pick = await vscode.window.showQuickPick(
    hits.map((a) => ({ label: a.text, description: a.kind, a })),
    { title: 'Which annotation?' },
  );
  return pick && { document, annotation: pick.a };
}

type FactFix = Omit<FactCorrection, 'id' | 'anchor'>;

/** Asks which part of the fact is wrong and what is right; undefined when the user cancels. */
async function askFactFix(fact: Fact): Promise<FactFix | undefined> {
  const party = (p: Fact['actor']) => (p ? `${flagOf(p.code)} ${p.name}`.trim() : 'none');
  const pick = await vscode.window.showQuickPick(
    [
      { label: '$(person) Actor', description: party(fact.actor), part: 'actor' },
      { label: '$(target) Target', description: party(fact.target), part: 'target' },
      { label: '$(symbol-event) Action', description: fact.action ?? '', part: 'action' },
      ...(fact.count
        ? [{ label: '$(symbol-number) Count', description: String(fact.count.value), part: 'count' }]
        : []),
      { label: '$(close) Reject this fact', description: 'it is not a fact of the article', part: 'reject' },
    ],
    { title: 'Correct the fact: which part is wrong?' },
  );
  if (!pick) return undefined;
  if (pick.part === 'reject') return { rejected: true };
  if (pick.part === 'actor' || pick.part === 'target') {
    const none = { label: '$(circle-slash) No country', description: '', code: '' };
    const items = [
      none,
      ...allCountries().map((c) => ({
        label: `${flagOf(c.code)} ${c.name}`.trim(),
        description: c.code,
        code: c.code,
      })),
    ];
    const choice = await vscode.window.showQuickPick(items, {
      title: `The ${pick.part} (type a name or ISO code)`,
      matchOnDescription: true,
    });
    if (!choice) return undefined;
    const value = choice.code ? { code: choice.code, name: countryName(choice.code) } : null;
    return pick.part === 'actor' ? { actor: value } : { target: value };
  }
  if (pick.part === 'action') {
    const action = await vscode.window.showInputBox({
      title: 'The action: a verb in its base form (expel, arrest, kill)',
      value: fact.action ?? '',
      validateInput: (v) => (/^[a-z][a-z -]*$/.test(v.trim()) ? undefined : 'A verb in lower case, such as "expel"'),
    });
    return action === undefined ? undefined : { action: action.trim() };
  }
  const value = await vscode.window.showInputBox({
    title: 'The count',
    value: String(fact.count?.value ?? ''),
    validateInput: (v) =>
      Number.isFinite(Number(v)) && Number(v) >= 0 && v.trim() !== '' ? undefined : 'Enter a number',
  });
  return value === undefined ? undefined : { value: Number(value) };
}

async function askCountry(initial?: string): Promise<string | undefined> {
  const items = allCountries().map((c) => ({
    label: `${flagOf(c.code)} ${c.name}`.trim(),
    description: c.code,
    code: c.code,
    picked: c.code === initial,
  }));
  return (
    await vscode.window.showQuickPick(items, { title: 'Country (type a name or ISO code)', matchOnDescription: true })
  )?.code;
}

/** Asks what the span is and what it resolves to; undefined when the user cancels. */
export async function askAnnotation(
  kind: string,
  text: string,
  start: number,
  end: number,
  previous?: Annotation,
): Promise<NewAnnotation | undefined> {
  if (kind === 'country') {
    const code = await askCountry(previous?.kind === 'country' ? previous.country.code : undefined);
    return code
      ? {
          kind: 'country',
          start,
          end,
          text,
          country: { code, name: countryName(code), via: previous?.kind === 'country' ? previous.country.via : 'name' },
        }
      : undefined;
  }
  if (kind === 'count') {
    const guess =
      previous?.kind === 'count'
        ? String(previous.count.value)
        : (/\d[\d,.]*/.exec(text)?.[0]?.replace(/,/g, '') ?? '');
    const value = await vscode.window.showInputBox({
      title: 'Count: the number',
      value: guess,
      validateInput: (v) => (Number.isFinite(Number(v)) && v.trim() !== '' ? undefined : 'Enter a number'),
    });
    if (value === undefined) return undefined;
    const noun = await vscode.window.showInputBox({
      title: 'Count: what is counted (noun)',
      value: previous?.kind === 'count' ? (previous.count.noun ?? '') : (text.split(/\s+/).pop() ?? ''),
    });
    if (noun === undefined) return undefined;
    return {
      kind: 'count',
      start,
      end,
      text,
      count: {
        value: Number(value),
        qualifier: previous?.kind === 'count' ? previous.count.qualifier : 'exact',
        numberStart: start,
        numberEnd: end,
        noun: noun || null,
        nounStart: null,
        nounEnd: null,
      },
    };
  }
  const isDeadline = kind === 'deadline';
  const old = previous?.kind === 'time' ? previous.time : undefined;
  const value = await vscode.window.showInputBox({
    title: isDeadline
      ? 'Deadline: due date (YYYY-MM-DD, optionally THH:MM)'
      : 'Date: TIMEX3 value (e.g. 2022-03-30, P2W)',
    value: isDeadline ? (old?.deadline?.due ?? '') : (old?.value ?? ''),
    validateInput: (v) =>
      isDeadline
        ? /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(v)
          ? undefined
          : 'Enter YYYY-MM-DD or YYYY-MM-DDTHH:MM'
        : v.trim()
          ? undefined
          : 'Enter a value',
  });
  if (value === undefined) return undefined;
  if (!isDeadline) return { kind: 'time', start, end, text, time: { type: old?.type ?? 'DATE', value } };
  return {
    kind: 'time',
    start,
    end,
    text,
    time: {
      type: old?.type ?? 'DATE',
      value: old?.value ?? value,
      deadline: {
        due: value,
        anchor: old?.deadline?.anchor ?? null,
        cue: old?.deadline?.cue ?? 'manual',
        action: old?.deadline?.action ?? null,
      },
    },
  };
}

const KIND_ITEMS = [
  { label: '$(globe) Country', value: 'country' },
  { label: '$(symbol-number) Count', value: 'count' },
  { label: '$(clock) Deadline', value: 'deadline' },
  { label: '$(calendar) Date', value: 'date' },
];

/** What a selection resolves to, as a command's arguments give it (tests, scripts): all but where it stands. */
export type Resolution = Omit<NewAnnotation, 'start' | 'end' | 'text'>;

/**
 * The selection in the active editor as an annotation: of the kind and resolution given, else as the
 * user answers (undefined when there is no selection or the user cancels). `verb` titles the questions.
 */
export async function annotationOfSelection(
  verb: string,
  kind?: string,
  resolved?: Resolution,
): Promise<{ document: vscode.TextDocument; annotation: NewAnnotation } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) return void notify.info('select the text to annotate first.');
  const start = editor.document.offsetAt(editor.selection.start),
    end = editor.document.offsetAt(editor.selection.end);
  const text = editor.document.getText(editor.selection);
  const k = kind ?? (await vscode.window.showQuickPick(KIND_ITEMS, { title: `${verb} “${text}” as…` }))?.value;
  const annotation =
    k && (resolved ? ({ ...resolved, start, end, text } as NewAnnotation) : await askAnnotation(k, text, start, end));
  return annotation ? { document: editor.document, annotation } : undefined;
}

/** Runs a command's work; what goes wrong is said in an error notification, never thrown at VS Code. */
export async function guard(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (e) {
    void notify.error(`${(e as Error).message}`);
  }
}

/** Annotate Selection As…, Reject, Relabel and Edit Value: corrections stored beside the article. */
export function registerCorrectionCommands(
  context: vscode.ExtensionContext,
  service: AnnotationService,
  corrections: CorrectionStore,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.annotateSelectionAs, (kind?: string, resolved?: Resolution) =>
      guard(async () => {
        const made = await annotationOfSelection('Annotate', kind, resolved);
        if (made) await corrections.add(made.document, made.annotation);
      }),
    ),
    vscode.commands.registerCommand(COMMANDS.reject, (uri?: string | FactsNode, id?: string) =>
      guard(async () => {
        const t = await target(service, uri, id);
        if (t) await corrections.reject(t.document, t.annotation);
      }),
    ),
    // "Restore": undo a rejection, from the panel's Rejected node or with an id
    vscode.commands.registerCommand(COMMANDS.restore, (uri?: string | FactsNode, id?: string) =>
      guard(async () => {
        const node = typeof uri === 'object' && uri.type === 'rejected' ? uri : undefined;
        const documentUri = node
          ? node.article.uri
          : uri
            ? vscode.Uri.parse(uri as string)
            : vscode.window.activeTextEditor?.document.uri;
        const rejectedId = node ? node.annotation.id : id;
        if (!documentUri || !rejectedId)
          return notify.info('choose a rejected annotation to restore (Facts panel → Rejected).');
        const document = await vscode.workspace.openTextDocument(documentUri);
        if (!(await corrections.restore(document, rejectedId)))
          return notify.info('that annotation is no longer rejected.');
      }),
    ),
    vscode.commands.registerCommand(COMMANDS.undoCorrection, () =>
      guard(async () => {
        const document = vscode.window.activeTextEditor?.document;
        if (!document) return notify.info('open the article whose correction you want to undo.');
        const undone = await corrections.undoLast(document);
        if (undone === undefined) return notify.info('no correction made in this window to undo for this article.');
        void vscode.window.setStatusBarMessage(
          `News Annotator: undid the correction of “${undone.replace(/\s+/g, ' ')}”`,
          4000,
        );
      }),
    ),
    // a fact row's "Correct Fact…": its actor, target, action or count, or reject it; `fix` answers the questions (tests, scripts)
    vscode.commands.registerCommand(COMMANDS.correctFact, (node?: FactsNode, fix?: FactFix) =>
      guard(async () => {
        if (node?.type !== 'fact') return notify.info('choose a fact in the Facts panel to correct.');
        const document = await vscode.workspace.openTextDocument(node.article.uri);
        const doc = service.get(document);
        const anchor = doc && factAnchor(node.fact, annotationsById(doc));
        if (!anchor)
          return notify.info('this fact has no count or deadline to hold the correction; annotate one first.');
        const answer = fix ?? (await askFactFix(node.fact));
        if (!answer) return undefined;
        await corrections.correctFact(document, anchor, answer);
      }),
    ),
    vscode.commands.registerCommand(COMMANDS.relabel, (uri?: string | FactsNode, id?: string) =>
      guard(async () => {
        const t = await target(service, uri, id);
        if (!t) return;
        const k = (await vscode.window.showQuickPick(KIND_ITEMS, { title: `Relabel “${t.annotation.text}” as…` }))
          ?.value;
        const annotation = k && (await askAnnotation(k, t.annotation.text, t.annotation.start, t.annotation.end));
        if (!annotation) return;
        await corrections.reject(t.document, t.annotation);
        await corrections.add(t.document, annotation);
      }),
    ),
    vscode.commands.registerCommand(
      COMMANDS.editValue,
      (uri?: string | FactsNode, id?: string, resolved?: NewAnnotation) =>
        guard(async () => {
          const t = await target(service, uri, id);
          if (!t) return;
          const a = t.annotation;
          const kind = categoryOf(a);
          const annotation = resolved ?? (await askAnnotation(kind, a.text, a.start, a.end, a));
          if (annotation) await corrections.add(t.document, annotation);
        }),
    ),
  );
}
