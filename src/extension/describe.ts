// Words for what an annotation resolves to, shared by the hover, the facts panel and the status bar.
import { flagOf, type Annotation, type Fact } from '../core';

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '', approx: 'about ', 'at-least': 'at least ', 'at-most': 'at most ', 'more-than': 'more than ', 'less-than': 'fewer than ', range: '',
};

export const VIA_WORDS: Record<string, string> = {
  name: 'by its name', alias: 'by another name', demonym: 'by a demonym', capital: 'by its capital, standing for the government',
  city: 'by a city', metonym: 'by a seat of government standing for it',
};

export function countWords(c: { value: number; max?: number; qualifier: string; noun: string | null }): string {
  const n = c.max !== undefined ? `${c.value.toLocaleString('en')}–${c.max.toLocaleString('en')}` : c.value.toLocaleString('en');
  return `${QUALIFIER_WORDS[c.qualifier] ?? ''}${n}${c.noun ? ` ${c.noun}` : ''}`;
}

export function weekdayOf(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
}

/** "in 3 days", "today", "passed 1,702 days ago", counted in whole calendar days from `today`. */
export function relativeDays(isoDate: string, today: Date): string {
  const due = Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10));
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((due - now) / 86_400_000);
  if (days === 0) return 'today';
  if (days > 0) return `in ${days.toLocaleString('en')} day${days === 1 ? '' : 's'}`;
  return `passed ${(-days).toLocaleString('en')} day${days === -1 ? '' : 's'} ago`;
}

/** One line for a fact: "Belgium remove 21 diplomats (of Russia) — due 2022-04-13". */
export function factLine(f: Fact, withActor = true): string {
  // without an acting country the line starts with the action: "kill 24 people (Israel)"
  const who = f.actor ? `${flagOf(f.actor.code)} ${f.actor.name}`.trim() : f.total ? 'Stated total' : null;
  const what = f.count ? ` ${countWords(f.count)}` : '';
  const whose = f.target ? ` (${f.target.name})` : '';
  const due = f.deadline ? ` — ${f.deadline.text}${f.deadline.due ? `, due ${f.deadline.due}` : ''}` : '';
  const line = `${f.action ?? 'states'}${what}${whose}${due}`;
  return withActor && who ? `${who}: ${line}` : line;
}

export function kindLabel(a: Annotation): string {
  if (a.kind === 'country') return 'Country';
  if (a.kind === 'count') return 'Count';
  return a.time.deadline ? 'Deadline' : a.time.type === 'DURATION' ? 'Duration' : a.time.type === 'SET' ? 'Recurring time' : a.time.type === 'TIME' ? 'Time' : 'Date';
}
