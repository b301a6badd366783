import * as vscode from 'vscode';
import { ImportError, parseImport, reanchor } from '../formats/import';
import type { CorrectionStore } from './correctionStore';

/**
 * News Annotator: Import Annotations… — a schema-v1 JSON, W3C or brat file onto the active article,
 * as manual annotations; each one is re-anchored, and what no longer matches is listed, not dropped.
 */
export function registerImport(context: vscode.ExtensionContext, corrections: CorrectionStore): void {
  context.subscriptions.push(vscode.commands.registerCommand('newsAnnotator.import', async (file?: string) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return vscode.window.showInformationMessage('News Annotator: open the article to import onto first.');
    const uri = file ? vscode.Uri.parse(file) : (await vscode.window.showOpenDialog({ title: 'Import annotations onto this article', filters: { Annotations: ['json', 'jsonld', 'ann'] } }))?.[0];
    if (!uri) return undefined;
    const name = uri.path.split('/').pop()!;
    const text = editor.document.getText();
    try {
      const anchored = reanchor(parseImport(name, new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), text), text);
      const placed = anchored.filter((a) => a.status !== 'lost');
      for (const a of placed) {
        const { id: _id, source: _source, ...rest } = a.annotation;
        await corrections.add(editor.document, rest);
      }
      const lost = anchored.filter((a) => a.status === 'lost');
      const moved = anchored.filter((a) => a.status === 'moved').length;
      const summary = `News Annotator: imported ${placed.length} of ${anchored.length} annotations from ${name}${moved ? ` (${moved} re-anchored after edits)` : ''}.`;
      if (lost.length) void vscode.window.showWarningMessage(`${summary} Not found in the article: ${lost.map((l) => l.problem).join('; ')}`);
      else void vscode.window.showInformationMessage(summary);
      return { placed: placed.length, moved, lost: lost.map((l) => l.problem) };
    } catch (e) {
      void vscode.window.showErrorMessage(`News Annotator: ${e instanceof ImportError ? e.message : `cannot import ${name}: ${(e as Error).message}`}`);
      return undefined;
    }
  }));
}
