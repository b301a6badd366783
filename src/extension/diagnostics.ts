import * as vscode from 'vscode';
import { computeTally } from '../core';
import type { AnnotationService } from './annotationService';
import { countWords } from './describe';
import type { SettingsStore } from './settings';

/**
 * An Information diagnostic on a stated total that the parts the article lists do not add up to,
 * with related information pointing at each part, so a reader can check the arithmetic.
 */
export function registerTotalsDiagnostics(
  context: vscode.ExtensionContext,
  service: AnnotationService,
  store: SettingsStore,
): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('newsAnnotator');
  const update = (document: vscode.TextDocument) => {
    const doc = service.get(document);
    if (!doc || !store.settings['diagnostics.totals']) return collection.delete(document.uri);
    const diagnostics = computeTally(doc.facts)
      .totals.filter((t) => !t.agrees)
      .flatMap((t) => {
        const count = doc.annotations.find((a) => t.fact.evidence.includes(a.id) && a.kind === 'count');
        if (!count) return [];
        const range = new vscode.Range(document.positionAt(count.start), document.positionAt(count.end));
        const parts = t.parts.map((p) => p.value).join(' + ') || 'nothing';
        const d = new vscode.Diagnostic(
          range,
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
                  new vscode.Location(
                    document.uri,
                    new vscode.Range(document.positionAt(part.start), document.positionAt(part.end)),
                  ),
                  `${p.fact.actor?.name ?? 'part'}: ${p.value}`,
                ),
              ]
            : [];
        });
        return [d];
      });
    collection.set(document.uri, diagnostics);
  };
  context.subscriptions.push(
    collection,
    service.onDidChange(update),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
  );
  return collection;
}
