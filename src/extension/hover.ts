import * as vscode from 'vscode';
import { flagOf, type AnnotatedDocument, type Annotation } from '../core';
import type { AnnotationService } from './annotationService';
import { countWords, factLine, kindLabel, relativeDays, timexWords, VIA_WORDS, weekdayOf } from './describe';
import { markdownText } from './escape';
import { COMMANDS } from './commandIds';

/**
 * Markdown for one annotation. Text from the article or a sidecar only ever goes through
 * markdownText, which escapes every punctuation mark (appendText leaves "<command:…>" autolinks and
 * bare URLs alive), so no file can inject markup or links; command links are ours and carry only ids.
 */
export function describeAnnotation(
  a: Annotation,
  doc: AnnotatedDocument,
  uri: vscode.Uri,
  today = new Date(),
  articleText?: string,
): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.supportHtml = false;
  md.isTrusted = {
    enabledCommands: [
      COMMANDS.showInFacts,
      COMMANDS.reject,
      COMMANDS.rejectEverywhere,
      COMMANDS.editValue,
      COMMANDS.relabel,
      COMMANDS.setArticleDate,
    ],
  };
  const text = (t: string) => md.appendMarkdown(markdownText(t));
  md.appendMarkdown(`**${kindLabel(a)}** `);
  if (a.kind === 'country') {
    text(`${flagOf(a.country.code)} ${a.country.name} (${a.country.code})`);
    md.appendMarkdown('\n\n');
    text(`Recognized ${VIA_WORDS[a.country.via] ?? a.country.via}: “${a.text}”`);
  } else if (a.kind === 'count') {
    // the article's words, then what they resolve to: "as many as 43 Russian diplomats — at most 43 diplomats"
    text(`“${a.text}” — ${countWords(a.count)}`);
    const whose = doc.annotations.find((o) => o.kind === 'country' && o.start >= a.start && o.end <= a.end);
    if (whose?.kind === 'country') text(` — of ${whose.country.name}`);
    if (a.count.total) text(' (a stated total)');
  } else {
    // in words first ("2 weeks", "Tuesday 29 March 2022"), the TIMEX3 value second for those who need it
    text(`“${a.text}” — ${timexWords(a.time.type, a.time.value)}`);
    md.appendMarkdown(' · ');
    text(`TIMEX3 ${a.time.value}`);
    const d = a.time.deadline;
    if (d) {
      md.appendMarkdown('\n\n');
      if (d.due) {
        text(`Due ${weekdayOf(d.due)} ${d.due.replace('T', ' ')} (${relativeDays(d.due, today)})`);
        md.appendMarkdown('\n\n');
      } else if (!doc.articleDate) {
        text('Due date unknown: the article has no date. ');
        // the fix, right where the problem shows
        md.appendMarkdown(`[$(calendar) Set article date…](command:${COMMANDS.setArticleDate})`);
        md.appendMarkdown('\n\n');
      } else text('Due date unknown: the limit counts from a time the article does not give. ');
      text(`Counted from ${d.anchor ?? 'an unknown date'} · cue “${d.cue}”${d.action ? ` · to ${d.action}` : ''}`);
    }
  }
  const fact = doc.facts.find((f) => f.evidence.includes(a.id));
  if (fact) {
    md.appendMarkdown('\n\n---\n\n');
    text(factLine(fact));
    // the sentence the fact was read from, so that a wrong fact can be traced to its words
    if (articleText) {
      const sentence = articleText.slice(fact.sentenceStart, fact.sentenceEnd).replace(/\s+/g, ' ').trim();
      md.appendMarkdown('\n\n');
      text(`From: “${sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence}”`);
    }
  }
  const args = encodeURIComponent(JSON.stringify([uri.toString(), a.id]));
  md.appendMarkdown(
    `\n\n[$(list-tree) Show in Facts panel](command:${COMMANDS.showInFacts}?${args}) · [$(edit) Edit value](command:${COMMANDS.editValue}?${args}) · [$(tag) Relabel](command:${COMMANDS.relabel}?${args}) · [$(close) Reject](command:${COMMANDS.reject}?${args}) · [$(circle-slash) Reject everywhere…](command:${COMMANDS.rejectEverywhere}?${args})`,
  );
  if (a.source === 'manual') md.appendMarkdown(' · *your correction*');
  return md;
}

export function registerHover(context: vscode.ExtensionContext, service: AnnotationService): void {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      // a hover right after opening may come before the first annotation: annotate now rather than show nothing
      const result = service.flush(document) ?? service.refresh(document);
      if (!result) return undefined;
      const offset = document.offsetAt(position);
      const hits = result.annotations.filter((a) => a.start <= offset && offset < a.end);
      if (hits.length === 0) return undefined;
      // the innermost first: a country inside a count is what the pointer is on
      hits.sort((a, b) => a.end - a.start - (b.end - b.start));
      const range = new vscode.Range(document.positionAt(hits[0]!.start), document.positionAt(hits[0]!.end));
      return new vscode.Hover(
        hits.map((a) => describeAnnotation(a, result, document.uri, new Date(), document.getText())),
        range,
      );
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider({ scheme: '*' }, provider));
}
