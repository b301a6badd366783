// What the Overview pictures (a timeline of deadlines, a world map of countries) for a set of
// articles: pure, so that the webview only draws and the figures are tested in plain Node.
import { countryName } from './gazetteer';
import type { AnnotatedDocument } from './schema';
import { sentenceAt, splitSentences, type Sentence } from './sentences';
import { tokenize } from './tokenize';

export interface OverviewArticle {
  name: string;
  uri: string;
  text: string;
  doc: AnnotatedDocument;
}

export interface OverviewDeadline {
  uri: string;
  article: string;
  /** the deadline's words ("two weeks") and the sentence they are in */
  text: string;
  sentence: string;
  due: string;
  /** the article's date: where the deadline was counted from */
  articleDate: string | null;
  action: string | null;
  overdue: boolean;
  start: number;
  end: number;
}

export interface OverviewCountry {
  code: string;
  name: string;
  mentions: number;
  /** acts in at least one fact */
  acting: boolean;
}

export interface Overview {
  today: string;
  articles: Array<{ name: string; uri: string; date: string | null }>;
  /** by due date */
  deadlines: OverviewDeadline[];
  /** deadlines whose due date the engine could not compute (no article date) */
  undated: number;
  /** most mentioned first */
  countries: OverviewCountry[];
}

const SENTENCE_CHARS = 240;

export function overviewOf(articles: readonly OverviewArticle[], today: string): Overview {
  const deadlines: OverviewDeadline[] = [];
  let undated = 0;
  const countries = new Map<string, OverviewCountry>();
  for (const { name, uri, text, doc } of articles) {
    let sentences: Sentence[] | undefined;
    for (const a of doc.annotations) {
      if (a.kind === 'country') {
        const c = countries.get(a.country.code) ?? {
          code: a.country.code,
          name: countryName(a.country.code),
          mentions: 0,
          acting: false,
        };
        c.mentions++;
        countries.set(c.code, c);
      }
      if (a.kind !== 'time' || !a.time.deadline) continue;
      const due = a.time.deadline.due;
      if (!due) {
        undated++;
        continue;
      }
      sentences ??= splitSentences(tokenize(text));
      const { start: from, end: to } = sentences[sentenceAt(sentences, a.start)] ?? { start: a.start, end: a.end };
      deadlines.push({
        uri,
        article: name,
        text: a.text,
        sentence: clip(text.slice(from, to)),
        due,
        articleDate: doc.articleDate,
        action: a.time.deadline.action,
        overdue: due.slice(0, 10) < today,
        start: a.start,
        end: a.end,
      });
    }
    for (const f of doc.facts) {
      const actor = f.actor && countries.get(f.actor.code);
      if (actor) actor.acting = true;
      else if (f.actor) {
        // an actor the user set, or one named by a metonym the sentence does not spell as the country
        countries.set(f.actor.code, { code: f.actor.code, name: f.actor.name, mentions: 0, acting: true });
      }
    }
  }
  return {
    today,
    articles: articles.map((a) => ({ name: a.name, uri: a.uri, date: a.doc.articleDate })),
    deadlines: deadlines.sort((a, b) => a.due.localeCompare(b.due) || a.article.localeCompare(b.article)),
    undated,
    countries: [...countries.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
  };
}

const clip = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > SENTENCE_CHARS ? `${one.slice(0, SENTENCE_CHARS - 1)}…` : one;
};
