import * as vscode from 'vscode';
import type { Annotation } from '../core';
import { factCorrections, ImportError, parseImport, reanchor } from '../formats/import';
import type { AnnotationService } from './annotationService';
import { fileName } from './articles';
import type { CorrectionStore } from './correctionStore';
import { notify } from './notify';
import { trustedFor } from './trust';
import { COMMANDS } from './commandIds';

/** What an import did, for the user's notice and for tests. */
export interface ImportSummary {
  /** new corrections written */
  corrected: number;
  /** annotations the engine already has as imported: nothing to store */
  confirmed: number;
  moved: number;
  lost: string[];
  rejected: string[];
  /** facts the file corrects or rejects, and those the engine already states as the file does */
  factsCorrected: number;
  factsConfirmed: number;
  /** facts of the file with no engine fact to correct */
  factsUnmatched: string[];
}

/**
 * News Annotator: Import Annotations… — a schema-v1 JSON, W3C, Label Studio or brat file onto the active article.
 * Each annotation is validated and re-anchored; those that differ from what the engine finds become
 * corrections (in one save and one refresh), those it already finds are confirmations and change
 * nothing; what no longer matches or is invalid is listed, never dropped silently.
 */
export function registerImport(
  context: vscode.ExtensionContext,
  service: AnnotationService,
  corrections: CorrectionStore,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.import, async (file?: string): Promise<ImportSummary | undefined> => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return void notify.info('open the article to import onto first.');
      if (!trustedFor('Importing annotations')) return undefined;
      const uri = file
        ? vscode.Uri.parse(file)
        : (
            await vscode.window.showOpenDialog({
              title: 'Import annotations onto this article',
              filters: { Annotations: ['json', 'jsonld', 'jsonl', 'ann'] },
            })
          )?.[0];
      if (!uri) return undefined;
      const name = fileName(uri);
      const document = editor.document;
      const text = document.getText();
      try {
        const parsed = parseImport(name, new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), text);
        const anchored = reanchor(parsed.imported, text);
        const placed = anchored.filter((a) => a.status !== 'lost').map((a) => a.annotation);
        const shown = service.flush(document)?.annotations ?? [];
        const known = new Set(shown.map(essence));
        const fresh = placed.filter((a) => !known.has(essence(a)));
        await corrections.addAll(
          document,
          fresh.map(({ id: _id, source: _source, ...rest }) => rest),
        );
        // facts are compared with what the engine links from the annotations now in place
        const placedOrLost = anchored.map((a) => (a.status === 'lost' ? null : a.annotation));
        const withAnnotations = service.flush(document);
        const facts = withAnnotations
          ? factCorrections(withAnnotations, parsed, placedOrLost)
          : { fixes: [], confirmed: 0, unmatched: [] };
        await corrections.correctFacts(document, facts.fixes);
        const summary: ImportSummary = {
          corrected: fresh.length,
          confirmed: placed.length - fresh.length,
          moved: anchored.filter((a) => a.status === 'moved').length,
          lost: anchored.filter((a) => a.status === 'lost').map((a) => a.problem!),
          rejected: parsed.rejected,
          factsCorrected: facts.fixes.length,
          factsConfirmed: facts.confirmed,
          factsUnmatched: facts.unmatched,
        };
        report(name, summary);
        return summary;
      } catch (e) {
        void notify.error(e instanceof ImportError ? e.message : `cannot import ${name}: ${(e as Error).message}`);
        return undefined;
      }
    }),
  );
}

/** An annotation's span, kind and what it resolves to: equal essences need no correction. */
function essence(a: Annotation): string {
  const payload =
    a.kind === 'country'
      ? a.country.code
      : a.kind === 'count'
        ? [a.count.value, a.count.max, a.count.qualifier, a.count.noun]
        : [a.time.type, a.time.value, a.time.deadline?.due];
  return JSON.stringify([a.kind, a.start, a.end, payload]);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const listed = (label: string, items: string[]) =>
  items.length
    ? [`${label}: ${items.slice(0, 10).join('; ')}${items.length > 10 ? ` (+${items.length - 10} more)` : ''}.`]
    : [];

function report(name: string, s: ImportSummary): void {
  const total = s.corrected + s.confirmed + s.lost.length + s.rejected.length;
  const parts = [
    `${plural(s.corrected, 'new correction')}`,
    `${s.confirmed} already found by the engine`,
    ...(s.moved ? [`${s.moved} re-anchored after edits`] : []),
  ];
  const facts =
    s.factsCorrected + s.factsConfirmed
      ? ` Facts: ${plural(s.factsCorrected, 'correction')}, ${s.factsConfirmed} as the engine states them.`
      : '';
  const head = `imported ${plural(total, 'annotation')} from ${name}: ${parts.join(', ')}.${facts}`;
  const problems = [
    ...listed('Not found in the article', s.lost),
    ...listed('Invalid, not imported', s.rejected),
    ...listed('No fact to correct', s.factsUnmatched),
  ];
  if (problems.length) void notify.warn(`${head} ${problems.join(' ')}`);
  else void notify.info(head);
}
