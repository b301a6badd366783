// Calendar arithmetic for TIMEX3 values, in UTC so that no time zone of the machine leaks in.

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const formatDate = ({ y, m, d }: YMD) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const formatMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

/**
 * Article dates and anchors the engine accepts: a real calendar day (no 2022-02-30, no month 13)
 * in years 1000–9899, so that a due date counted from it is still a four-digit year.
 */
export const FIRST_YEAR = 1000,
  LAST_YEAR = 9899;

/** The calendar day a "YYYY-MM-DD" names, or null when the text is not one (the one rule for every front end). */
export function calendarDate(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const y = +m[1]!,
    mo = +m[2]!,
    d = +m[3]!;
  if (y < FIRST_YEAR || y > LAST_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

/** A TIMEX3 length of a known size: "P90D", "PT48H", "P5Y" (not "PXY", a few years). */
export const DEFINITE_LENGTH = /^PT?\d/;

/** Whether a TIMEX3 value is a whole day of a known year: "2017-03-15" (not "XXXX-03-15", "2017-03", "2017-W11"). */
export const isDayValue = (value: string) => DAY_VALUE.test(value);
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a date given by a user or a file is refused, in words; null when it is a calendar day. */
export function dateProblem(iso: string): string | null {
  if (calendarDate(iso)) return null;
  if (!/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(iso)) return `"${iso}" is not a date written YYYY-MM-DD`;
  return `${iso.trim()} is not a day of the calendar (years ${FIRST_YEAR}–${LAST_YEAR})`;
}

/** The article date or an anchor as a calendar day; anything else (a malformed or impossible date) is none. */
export function parseDate(iso: string | null): YMD | null {
  if (!iso) return null;
  if (iso === lastParsed.iso) return lastParsed.date; // the article date, asked for by every paragraph
  const c = calendarDate(iso.slice(0, 10));
  const date = c && Object.freeze(c);
  lastParsed = { iso, date };
  return date;
}
let lastParsed: { iso: string; date: YMD | null } = { iso: '', date: null };

const toUtc = ({ y, m, d }: YMD) => Date.UTC(y, m - 1, d);
const fromUtc = (t: number): YMD => {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};

/** Days in month m of year y (February of an unknown year may have 29). */
export const daysInMonth = (y: number | null, m: number) => new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate();

export const addDays = (a: YMD, n: number): YMD => fromUtc(toUtc(a) + n * 86_400_000);

export function addMonths(a: YMD, n: number): YMD {
  const total = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(total / 12),
    m = (total % 12) + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export const weekday = (a: YMD) => ((new Date(toUtc(a)).getUTCDay() + 6) % 7) + 1;

export function isoWeek(a: YMD): { year: number; week: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor((toUtc(thursday) - toUtc(jan1)) / 86_400_000 / 7) + 1 };
}
export const formatWeek = (a: YMD) => {
  const w = isoWeek(a);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
};

/** The Monday of ISO week w of year y (week 1 holds January 4). */
export function isoWeekMonday(y: number, w: number): YMD {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, 7 * (w - 1) - (weekday(jan4) - 1));
}
export const quarterOf = (a: YMD) => Math.floor((a.m - 1) / 3) + 1;

export const daysBetween = (a: YMD, b: YMD) => Math.round((toUtc(b) - toUtc(a)) / 86_400_000);

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const weekdayName = (a: YMD) => WEEKDAY_NAMES[weekday(a) - 1]!;

/** The weekday (1–7) nearest the anchor in the given direction; "same" counts the anchor itself. */
export function resolveWeekday(anchor: YMD, day: number, direction: 'past' | 'future'): YMD {
  const diff = day - weekday(anchor);
  if (direction === 'past') return addDays(anchor, diff <= 0 ? diff : diff - 7);
  return addDays(anchor, diff >= 0 ? diff : diff + 7);
}

/** Adds a TIMEX3 duration value (P2W, PT72H, P1Y, P10D) to a date; null for vague ones (PXY). */
export function addDuration(a: YMD, value: string, hour = 0, businessDays = false): { date: YMD; hour: number } | null {
  const days = businessDays ? /^P(\d+)D$/.exec(value) : null;
  const due = days ? { date: addWeekdays(a, +days[1]!), hour } : addLength(a, value, hour);
  // "two million quarters": a length that ends past the calendar schema v1 writes has no date
  return due && Number.isFinite(due.date.y) && due.date.y >= 1 && due.date.y <= 9999 ? due : null;
}

/** `n` days from `a` that are Monday to Friday ("20 business days after Thursday"), the whole weeks at once. */
export function addWeekdays(a: YMD, n: number): YMD {
  let date = addDays(a, 7 * Math.floor(n / 5));
  for (let left = n % 5; left > 0;) {
    date = addDays(date, 1);
    if (weekday(date) <= 5) left--;
  }
  // a whole number of weeks from a Saturday or Sunday ends on one: the limit is the Friday before
  while (weekday(date) > 5) date = addDays(date, -1);
  return date;
}

function addLength(a: YMD, value: string, hour: number): { date: YMD; hour: number } | null {
  const m = /^P(T?)(\d+(?:\.\d+)?)(Y|M|W|D|H|Q|DE|CE)$/.exec(value);
  if (!m) return null;
  const n = Number(m[2]),
    time = m[1] === 'T';
  if (time) {
    const unit = m[3] === 'H' ? 1 : m[3] === 'M' ? 1 / 60 : 0;
    if (!unit) return null;
    const hours = hour + n * unit;
    return { date: addDays(a, Math.floor(hours / 24)), hour: hours % 24 };
  }
  if (m[3] === 'D') return { date: addDays(a, n), hour };
  if (m[3] === 'W') return { date: addDays(a, 7 * n), hour };
  // ("two 1/2 quarters", seven and a half months: a part of a month ends on no day the calendar gives)
  const months = MONTHS_IN[m[3]!];
  return months !== undefined && Number.isInteger(months * n) ? { date: addMonths(a, months * n), hour } : null;
}
const MONTHS_IN: Record<string, number> = { M: 1, Q: 3, Y: 12, DE: 120 };

/** a value an anaphoric time may count from: a year, a month or a day of the calendar */
export const ANCHOR_VALUE = /^\d{4}(-\d{2}){0,2}$/;
