// Words for what an annotation resolves to, shared by the hover, the facts panel and the status bar.
import { flagOf, type Annotation, type Category, type Fact, type Rule } from '../core';

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '',
  approx: 'about ',
  'at-least': 'at least ',
  'at-most': 'at most ',
  'more-than': 'more than ',
  'less-than': 'fewer than ',
  range: '',
};

export const VIA_WORDS: Record<string, string> = {
  name: 'by its name',
  alias: 'by another name',
  demonym: 'by a demonym',
  capital: 'by its capital, standing for the government',
  city: 'by a city',
  metonym: 'by a seat of government standing for it',
};

export function countWords(c: { value: number; max?: number; qualifier: string; noun: string | null }): string {
  const n =
    c.max !== undefined
      ? `${c.value.toLocaleString('en')}–${c.max.toLocaleString('en')}`
      : c.value.toLocaleString('en');
  return `${QUALIFIER_WORDS[c.qualifier] ?? ''}${n}${c.noun ? ` ${c.noun}` : ''}`;
}

const UNIT_WORDS: Record<string, string> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  H: 'hour',
  TM: 'minute',
  S: 'second',
  DE: 'decade',
  CE: 'century',
  Q: 'quarter',
};

const PART_WORDS: Record<string, string> = {
  Q1: 'the first quarter of',
  Q2: 'the second quarter of',
  Q3: 'the third quarter of',
  Q4: 'the fourth quarter of',
  H1: 'the first half of',
  H2: 'the second half of',
  SP: 'spring',
  SU: 'summer',
  FA: 'autumn',
  WI: 'winter',
};
const ordinal = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/** A TIMEX3 value in words: P2W → "2 weeks", PT72H → "72 hours", 2022-03-29 → "Tuesday 29 March 2022", 2022-W13 → "week 13 of 2022". */
export function timexWords(type: string, value: string): string {
  if (/^X{4}|^\d{4}-XX/.test(value)) return 'not resolved without the article date';
  const duration = /^P(T?)(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHS])$/.exec(value);
  if (duration) {
    const unit = UNIT_WORDS[duration[1] && duration[3] === 'M' ? 'TM' : duration[3]!]!;
    return duration[2] === 'X' ? `some ${unit}s` : `${duration[2]} ${unit}${duration[2] === '1' ? '' : 's'}`;
  }
  const day = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value);
  if (day) {
    const d = new Date(`${day[1]}T00:00:00Z`);
    const words = d
      .toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .replace(',', '');
    return day[2] ? `${words}, ${day[2] === '24:00' ? 'midnight' : day[2]}` : words;
  }
  const week = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (week) return `${week[3] ? 'the weekend of ' : ''}week ${+week[2]!} of ${week[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month)
    return new Date(`${value}-01T00:00:00Z`).toLocaleDateString('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  if (/^\d{4}$/.test(value)) return `the year ${value}`;
  const part = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value);
  if (part) return `${PART_WORDS[part[2]!]} ${part[1]}`;
  // TimeML writes a decade by its first three digits and a century by its first two
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{2}$/.test(value)) return `the ${ordinal(+value + 1)} century`;
  return (
    { PAST_REF: 'some time in the past', PRESENT_REF: 'now', FUTURE_REF: 'some time to come' }[value] ??
    `${type.toLowerCase()} ${value}`
  );
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
  const action = `${f.action ?? 'states'}${f.alsoActions?.length ? ` and ${f.alsoActions.join(', ')}` : ''}`; // "arrest and charge 11 men"
  const line = `${action}${what}${whose}${due}`;
  return withActor && who ? `${who}: ${line}` : line;
}

export function kindLabel(a: Annotation): string {
  if (a.kind === 'country') return 'Country';
  if (a.kind === 'count') return 'Count';
  return a.time.deadline
    ? 'Deadline'
    : a.time.type === 'DURATION'
      ? 'Duration'
      : a.time.type === 'SET'
        ? 'Recurring time'
        : a.time.type === 'TIME'
          ? 'Time'
          : 'Date';
}

const CATEGORY_LABEL: Record<Category, string> = {
  country: 'country',
  count: 'count',
  deadline: 'deadline',
  date: 'date',
};

/** How a rule reads in the panel and in messages. */
export function describeRule(rule: Rule): string {
  const words = `“${rule.text.replace(/\s+/g, ' ')}”`;
  if (rule.action === 'reject') return `${words} is not a ${CATEGORY_LABEL[rule.category]}`;
  const a = rule.annotation!;
  const what =
    a.kind === 'country'
      ? `${a.country.name} (${a.country.code})`
      : a.kind === 'count'
        ? `the count ${a.count.value}`
        : a.time.deadline
          ? `a deadline due ${a.time.deadline.due ?? '?'}`
          : `the date ${a.time.value}`;
  return `${words} is ${what}`;
}
