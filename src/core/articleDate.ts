import type { ArticleDateSource } from './schema';
import { addDays, calendarDate, formatDate, pad, parseDate } from './timex';
import { MONTHS } from './timeWords';

export interface ArticleDate {
  date: string | null;
  source: ArticleDateSource;
}

const HEADER = /^\s*(?:date|published|dated)\s*:?\s*(\d{4}-\d{2}-\d{2})\b/i;
// "Date: November 3, 2023", "Published: 3 November 2023"
const HEADER_WORDS =
  /^\s*(?:date|published|dated)\s*:?\s*(?:(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?|(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)\.?,?)\s+(\d{4})\b/iu;
// line ends of any convention: \n, \r\n, or the old Mac \r alone
const FRONT_MATTER = /^---(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)---/;
const FRONT_MATTER_DATE = /^date\s*:\s*["']?(\d{4}-\d{2}-\d{2})/m;
// "MOSCOW, March 30 (Reuters) -", "BRUSSELS, Mar 30, 2022 (AP) —", "WASHINGTON (AP) March 30, 2022 —"
const DATELINE =
  /^[\p{Lu}][\p{Lu} .'-]+,?\s+(?:[\p{Lu}][\p{L}.]+\s+)?(?:\([^)]{1,40}\)\s*[-–—]?\s*)?([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?/mu;
const FILE_NAME = /(\d{4})-(\d{2})-(\d{2})/;

function fromIso(iso: string): string | null {
  const date = calendarDate(iso);
  return date && formatDate(date);
}
const valid = (y: number, m: number, d: number) => fromIso(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);

function fromWords(header: RegExpExecArray): string | null {
  const month = MONTHS.get((header[1] ?? header[4]!).toLowerCase());
  return month ? valid(+header[5]!, month, +(header[2] ?? header[3])!) : null;
}

/**
 * The date an article was published, from (in this order) a header line, YAML front matter,
 * a dateline in the first lines, or a date in the file name. A dateline without a year takes
 * the year of the file name when there is one, and otherwise stays unresolved.
 */
/** The dateline of a text's first lines: "MOSCOW, March 30 (Reuters) -" (its month, day and year if written). */
function datelineOf(text: string): RegExpExecArray | null {
  // the first twelve lines (the regex's "^" takes a line start after \n; an old Mac \r alone ends its line too)
  let end = Math.min(text.length, DATELINE_REACH);
  for (let lines = 0, k = text.indexOf('\n'); k >= 0 && k < end; k = text.indexOf('\n', k + 1))
    if (++lines === 12) end = k;
  const head = text.slice(0, end);
  return DATELINE.exec(head.includes('\r') ? head.replace(/\r\n?/g, '\n') : head);
}
/** a dateline stands in the first lines, after a headline at most */
const DATELINE_REACH = 1000;

/**
 * The day a story was written when its dateline says it is the day after the article date: wires
 * date a story by when it was filed and datelines it with the day it tells of, and its "yesterday"
 * and weekdays count from the dateline (DEADLINES.md). Null when the dateline is the article date,
 * gives a year, or is any other day (then the article date stands).
 */
export function datelineDayAfter(text: string, articleDate: string): string | null {
  const dct = parseDate(articleDate);
  const dl = dct && datelineOf(text);
  if (!dct || !dl || dl[3]) return null;
  const next = addDays(dct, 1);
  return MONTHS.get(dl[1]!.toLowerCase()) === next.m && +dl[2]! === next.d ? formatDate(next) : null;
}

export function findArticleDate(text: string, fileName?: string): ArticleDate {
  const head = text.slice(0, 2000);
  const header = HEADER.exec(head);
  if (header && fromIso(header[1]!)) return { date: fromIso(header[1]!), source: 'header' };
  const wordsHeader = HEADER_WORDS.exec(head);
  const wordsDate = wordsHeader && fromWords(wordsHeader);
  if (wordsDate) return { date: wordsDate, source: 'header' };
  const fm = FRONT_MATTER.exec(head);
  const fmDate = fm && FRONT_MATTER_DATE.exec(fm[1]!);
  if (fmDate && fromIso(fmDate[1]!)) return { date: fromIso(fmDate[1]!), source: 'front-matter' };
  const fileDate = fileName ? FILE_NAME.exec(fileName) : null;
  const dl = datelineOf(head);
  const month = dl ? MONTHS.get(dl[1]!.toLowerCase()) : undefined;
  const year = dl?.[3] ? +dl[3] : fileDate ? +fileDate[1]! : undefined;
  if (dl && month && year) {
    const date = valid(year, month, +dl[2]!);
    if (date) return { date, source: 'dateline' };
  }
  if (fileDate) {
    const date = valid(+fileDate[1]!, +fileDate[2]!, +fileDate[3]!);
    if (date) return { date, source: 'filename' };
  }
  return { date: null, source: 'none' };
}
