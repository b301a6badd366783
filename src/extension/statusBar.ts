import * as vscode from 'vscode';
import { LANGUAGE_NAMES } from '../core';
import type { AnnotationService } from './annotationService';
import { categoryOf } from './decorations';
import { COMMANDS } from './commandIds';

const SOURCE_WORDS: Record<string, string> = {
  header: 'a header line',
  'front-matter': 'the front matter',
  dateline: 'the dateline',
  filename: 'the file name',
  setting: 'the newsAnnotator.articleDate setting',
  option: 'the date you set for this article (kept in its corrections file)',
  none: 'nowhere',
};

/** Counts per category of the active article; says so when a file is too large or has no date. */
export function registerStatusBar(context: vscode.ExtensionContext, service: AnnotationService): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'News Annotator';
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const state = editor && service.state(editor.document);
    if (!editor || !state) return item.hide();
    item.backgroundColor = undefined;
    if (state.kind === 'tooLarge') {
      item.text = `$(warning) News: not annotated (${state.sizeKB.toLocaleString('en')} KB)`;
      item.tooltip = `This file is larger than the newsAnnotator.maxFileSizeKB limit (${state.limitKB} KB). Click to annotate it anyway.`;
      item.command = COMMANDS.annotateAnyway;
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else if (state.kind === 'binary') {
      item.text = '$(warning) News: binary file';
      item.tooltip = `Not annotated: ${state.reason}.`;
      item.command = undefined;
    } else if (state.kind === 'failed') {
      item.text = '$(error) News: annotation failed';
      item.tooltip = `The engine failed on this article (${state.message}); other articles are not affected. Click to try again.`;
      item.command = COMMANDS.refresh;
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else {
      const n = { country: 0, count: 0, deadline: 0, date: 0 };
      for (const a of state.result.annotations) n[categoryOf(a)]++;
      const date = state.result.articleDate;
      item.text = `$(globe) ${n.country} $(symbol-number) ${n.count} $(clock) ${n.deadline}${date ? '' : ' $(calendar) no date'}${state.partial ? ' $(sync~spin)' : ''}`;
      if (state.language) item.text = `$(globe) ${n.country} $(info) English only`;
      item.tooltip = new vscode.MarkdownString(
        `**News Annotator** — ${n.country} countries, ${n.count} counts, ${n.deadline} deadlines, ${n.date} other dates, ${state.result.facts.length} facts\n\n` +
          (state.language
            ? `This article reads as ${LANGUAGE_NAMES[state.language] ?? state.language}: only English is supported, so only country names are marked (no counts, dates or deadlines).\n\n`
            : '') +
          (date
            ? `Article date ${date}, from ${SOURCE_WORDS[state.result.articleDateSource]}.`
            : 'No article date found: relative dates stay unresolved. Use *Set Article Date…*.') +
          `\n\nAnnotated in ${state.ms} ms. ${date ? 'Click to open the Facts panel.' : 'Click to set the article date.'}`,
      );
      // without a date the one thing to do is give it one
      item.command = date ? COMMANDS.focusFacts : COMMANDS.setArticleDate;
    }
    item.show();
  };
  context.subscriptions.push(item, service.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
  update();
  return item;
}
