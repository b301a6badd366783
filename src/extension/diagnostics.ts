import * as vscode from 'vscode';
import { compareArticles, computeTally, type AnnotatedDocument, type Fact } from '../core';
import type { AnnotationService } from './annotationService';
import { fileName } from './articles';
import { countWords } from './describe';
import type { SettingsStore } from './settings';

/**
 * Information diagnostics a fact-checker reads as findings: a stated total that the parts the article
 * lists do not add up to (related information at each part), and a fact that another open article
 * tells differently (core/compare.ts; related information at the other article's sentence).
 */
export function registerTotalsDiagnostics(
  context: vscode.ExtensionContext,
  service: AnnotationService,
  store: SettingsStore,
): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('newsAnnotator');
  // a change in one article can change what another disagrees with: every open article is looked at again
  const update = () => {
    const open = service.articles().flatMap((document) => {
      const doc = service.get(document);
      return doc ? [{ document, doc }] : [];
    });
    const disagreements = store.settings['diagnostics.disagreements']
      ? disagreementDiagnostics(open)
      : new Map<string, vscode.Diagnostic[]>();
    for (const { document, doc } of open) {
      const totals = store.settings['diagnostics.totals'] ? totalDiagnostics(document, doc) : [];
      collection.set(document.uri, [...totals, ...(disagreements.get(document.uri.toString()) ?? [])]);
    }
  };
  // off the keystroke's path and once for a burst of changes: the highlights are painted first
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(update, UPDATE_DELAY_MS);
  };
  context.subscriptions.push(
    collection,
    service.onDidChange((document) => {
      if (!service.get(document)) collection.delete(document.uri);
      schedule();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      collection.delete(d.uri);
      schedule();
    }),
    { dispose: () => clearTimeout(timer) },
  );
  return collection;
}

/** how long the diagnostics wait after a change, so that a burst of changes is looked at once */
const UPDATE_DELAY_MS = 50;

const rangeOf = (document: vscode.TextDocument, start: number, end: number) =>
  new vscode.Range(document.positionAt(start), document.positionAt(end));

/** The range of a fact's count in its document, else of its sentence. */
function factRange(document: vscode.TextDocument, doc: AnnotatedDocument, fact: Fact): vscode.Range {
  const count = doc.annotations.find((a) => fact.evidence.includes(a.id) && a.kind === 'count');
  return count ? rangeOf(document, count.start, count.end) : rangeOf(document, fact.sentenceStart, fact.sentenceEnd);
}

function totalDiagnostics(document: vscode.TextDocument, doc: AnnotatedDocument): vscode.Diagnostic[] {
  return computeTally(doc.facts)
    .totals.filter((t) => !t.agrees)
    .flatMap((t) => {
      const count = doc.annotations.find((a) => t.fact.evidence.includes(a.id) && a.kind === 'count');
      if (!count) return [];
      const parts = t.parts.map((p) => p.value).join(' + ') || 'nothing';
      const d = new vscode.Diagnostic(
        rangeOf(document, count.start, count.end),
        `Stated total ${countWords(t.fact.count!)} does not match the parts the article lists: ${parts} = ${t.sameNounSum}${t.allPartsSum !== t.sameNounSum ? ` (${t.allPartsSum} counting every noun)` : ''}.`,
        vscode.DiagnosticSeverity.Information,
      );
      d.source = 'News Annotator';
      d.code = 'total-mismatch';
      d.relatedInformation = t.parts.flatMap((p) => {
        const part = doc.annotations.find((a) => p.fact.evidence.includes(a.id) && a.kind === 'count');
        return part
          ? [
              new vscode.DiagnosticRelatedInformation(
                new vscode.Location(document.uri, rangeOf(document, part.start, part.end)),
                `${p.fact.actor?.name ?? 'part'}: ${p.value}`,
              ),
            ]
          : [];
      });
      return [d];
    });
}

/** Per document (by URI), a diagnostic on each of its facts that another open article tells differently. */
function disagreementDiagnostics(
  open: Array<{ document: vscode.TextDocument; doc: AnnotatedDocument }>,
): Map<string, vscode.Diagnostic[]> {
  const out = new Map<string, vscode.Diagnostic[]>();
  if (open.length < 2) return out;
  const byUri = new Map(open.map((o) => [o.document.uri.toString(), o]));
  const { disagreements } = compareArticles(open.map((o) => ({ name: o.document.uri.toString(), doc: o.doc })));
  for (const d of disagreements) {
    const said = (fact: Fact) => (d.what === 'count' ? countWords(fact.count!) : `due ${fact.deadline!.due}`);
    for (const [mine, theirs] of [
      [d.a, d.b],
      [d.b, d.a],
    ] as const) {
      const here = byUri.get(mine.article)!,
        there = byUri.get(theirs.article)!;
      const diagnostic = new vscode.Diagnostic(
        factRange(here.document, here.doc, mine.fact),
        `${d.group}: ${said(mine.fact)} here, ${said(theirs.fact)} in ${fileName(there.document.uri)}.`,
        vscode.DiagnosticSeverity.Information,
      );
      diagnostic.source = 'News Annotator';
      diagnostic.code = d.what === 'count' ? 'count-disagrees' : 'due-disagrees';
      diagnostic.relatedInformation = [
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(
            there.document.uri,
            rangeOf(there.document, theirs.fact.sentenceStart, theirs.fact.sentenceEnd),
          ),
          `${fileName(there.document.uri)}: ${said(theirs.fact)}`,
        ),
      ];
      const list = out.get(mine.article) ?? [];
      list.push(diagnostic);
      out.set(mine.article, list);
    }
  }
  return out;
}
