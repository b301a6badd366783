import * as vscode from 'vscode';
import type { Annotation } from '../core';
import { ImportError, parseImport, reanchor } from '../formats/import';
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
}

/**
 * News Annotator: Import Annotations… — a schema-v1 JSON, W3C or brat file onto the active article.
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
              filters: { Annotations: ['json', 'jsonld', 'ann'] },
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
        const summary: ImportSummary = {
          corrected: fresh.length,
          confirmed: placed.length - fresh.length,
          moved: anchored.filter((a) => a.status === 'moved').length,
          lost: anchored.filter((a) => a.status === 'lost').map((a) => a.problem!),
          rejected: parsed.rejected,
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

function report(name: string, s: ImportSummary): void {
  const total = s.corrected + s.confirmed + s.lost.length + s.rejected.length;
  const parts = [
    `${s.corrected} new correction${s.corrected === 1 ? '' : 's'}`,
    `${s.confirmed} already found by the engine`,
    ...(s.moved ? [`${s.moved} re-anchored after edits`] : []),
  ];
  const head = `imported ${total} annotation${total === 1 ? '' : 's'} from ${name}: ${parts.join(', ')}.`;
  const problems = [
    ...(s.lost.length
      ? [
          `Not found in the article: ${s.lost.slice(0, 10).join('; ')}${s.lost.length > 10 ? ` (+${s.lost.length - 10} more)` : ''}.`,
        ]
      : []),
    ...(s.rejected.length
      ? [
          `Invalid, not imported: ${s.rejected.slice(0, 10).join('; ')}${s.rejected.length > 10 ? ` (+${s.rejected.length - 10} more)` : ''}.`,
        ]
      : []),
  ];
  if (problems.length) void notify.warn(`${head} ${problems.join(' ')}`);
  else void notify.info(head);
}
