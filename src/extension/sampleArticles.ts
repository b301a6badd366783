// News Annotator: Open Sample Article — the articles shipped in the extension (seeds/), opened as
// untitled documents, so that a new user sees highlights, hovers and facts before opening their own
// (and a correction never tries to write beside a file inside the extension's install folder).
import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { notify } from './notify';

/** the shipped samples, with what each shows; the first is opened when the user does not choose */
const SAMPLES: ReadonlyArray<{ file: string; language: string; description: string }> = [
  {
    file: 'diplomat-expulsions-2022-03-30.txt',
    language: 'news-article',
    description: 'expulsions, counts, two deadlines and a stated total',
  },
  { file: 'ultimatum-dateline.news', language: 'news-article', description: 'a dateline and an ultimatum' },
  { file: 'sanctions-frontmatter.md', language: 'markdown', description: 'Markdown with a date in its front matter' },
  { file: 'undated-ceasefire.txt', language: 'news-article', description: 'no article date: deadlines wait for one' },
];

export function registerSampleArticles(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openSample, async (file?: string) => {
      const sample =
        SAMPLES.find((s) => s.file === file) ??
        (
          await vscode.window.showQuickPick(
            SAMPLES.map((s) => ({ label: s.file, description: s.description, sample: s })),
            {
              title: 'News Annotator: open a sample article',
              placeHolder: 'An article shipped with the extension, opened as an untitled document',
            },
          )
        )?.sample;
      if (!sample) return;
      let content: string;
      try {
        content = new TextDecoder().decode(
          await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'seeds', sample.file)),
        );
      } catch (e) {
        void notify.error(
          `the sample ${sample.file} could not be read (${(e as Error).message}); reinstalling the extension restores it.`,
        );
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ content, language: sample.language });
      await vscode.window.showTextDocument(doc);
    }),
  );
}
