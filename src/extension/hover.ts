import * as vscode from 'vscode';
import { flagOf, type Annotation } from '../core';
import { ARTICLE_LANGUAGES, type AnnotationService } from './annotationService';

const VIA: Record<string, string> = {
  name: 'by its name', alias: 'by another name', demonym: 'by a demonym', capital: 'by its capital, standing for the government',
  city: 'by a city', metonym: 'by a seat of government',
};

/** Markdown for one annotation; article text is escaped so that it can never inject markup or links. */
export function describe(a: Annotation): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  if (a.kind === 'country') {
    md.appendMarkdown(`**Country** ${flagOf(a.country.code)} `);
    md.appendText(`${a.country.name} (${a.country.code})`);
    md.appendMarkdown(`\n\nrecognized ${VIA[a.country.via] ?? a.country.via}: `);
    md.appendText(`“${a.text}”`);
  } else if (a.kind === 'count') {
    md.appendMarkdown('**Count** ');
    md.appendText(`${a.count.value}${a.count.noun ? ` ${a.count.noun}` : ''} (${a.count.qualifier})`);
  } else {
    md.appendMarkdown(`**${a.time.deadline ? 'Deadline' : 'Time'}** `);
    md.appendText(`${a.time.type} ${a.time.value}${a.time.deadline?.due ? ` → due ${a.time.deadline.due}` : ''}`);
  }
  return md;
}

export function registerHover(context: vscode.ExtensionContext, service: AnnotationService): void {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      const result = service.get(document) ?? service.refresh(document);
      if (!result) return undefined;
      const offset = document.offsetAt(position);
      const hits = result.annotations.filter((a) => a.start <= offset && offset < a.end);
      if (hits.length === 0) return undefined;
      const start = Math.min(...hits.map((a) => a.start)), end = Math.max(...hits.map((a) => a.end));
      return new vscode.Hover(hits.map(describe), new vscode.Range(document.positionAt(start), document.positionAt(end)));
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider(ARTICLE_LANGUAGES.map((language) => ({ language })), provider));
}
