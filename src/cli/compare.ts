// news-annotator compare FILE…: the facts of several articles about one story, grouped by event,
// and where the articles disagree (core/compare.ts), as JSON or as text for people. Exit code 0
// either way: a disagreement is a finding, not a failure.
import { basename } from 'node:path';
import { annotate, compareArticles, type FactInArticle } from '../core';
import { readArticle } from './tasks';

export interface CompareOptions {
  date?: string;
  format: 'json' | 'text';
  paths: string[];
}

/** Reads, annotates and compares the articles; returns what to print and what to say on stderr. */
export function compareFiles(o: CompareOptions): { out: string; problems: string[] } {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  const articles = o.paths.flatMap((path) => {
    let text: string;
    try {
      ({ text } = readArticle(path, (m) => problems.push(m)));
    } catch (e) {
      problems.push(`${(e as Error).message}; left out`);
      return [];
    }
    texts.set(path, text);
    return [
      {
        name: path,
        doc: annotate(text, { articleDate: o.date, articleDateSource: 'option', fileName: basename(path) }),
      },
    ];
  });
  const { groups, disagreements } = compareArticles(articles);
  const sentence = (f: FactInArticle) =>
    texts.get(f.article)!.slice(f.fact.sentenceStart, f.fact.sentenceEnd).replace(/\s+/g, ' ').trim();
  const ref = (f: FactInArticle) => ({
    article: f.article,
    fact: f.fact.id,
    sentenceStart: f.fact.sentenceStart,
    sentenceEnd: f.fact.sentenceEnd,
    sentence: sentence(f),
  });
  if (o.format === 'json') {
    const json = {
      articles: articles.map((a) => a.name),
      disagreements: disagreements.map((d) => ({
        event: d.group,
        what: d.what,
        detail: d.detail,
        a: ref(d.a),
        b: ref(d.b),
      })),
      events: groups.map((g) => ({
        event: g.label,
        actor: g.actor,
        action: g.action,
        target: g.target,
        noun: g.noun,
        facts: g.facts.map((f) => ({ ...ref(f), count: f.fact.count, deadline: f.fact.deadline })),
      })),
    };
    return { out: `${JSON.stringify(json, null, 2)}\n`, problems };
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    `${plural(articles.length, 'article')}, ${plural(groups.length, 'event')} told by more than one, ${plural(disagreements.length, 'disagreement')}`,
  ];
  if (disagreements.length) lines.push('', 'Disagreements:', ...disagreements.map((d) => `  ${d.group}: ${d.detail}`));
  for (const g of groups) {
    lines.push('', `${g.label}:`);
    for (const f of g.facts) lines.push(`  ${f.article}: “${sentence(f)}”`);
  }
  return { out: `${lines.join('\n')}\n`, problems };
}
