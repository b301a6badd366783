// A date typed by a person (Set Article Date…): ISO, or written the way people write dates, with the
// order of day and month in digits taken from their locale and stated back to them before it is kept.
import { calendarDate, formatDate } from './timex';
import { MONTHS } from './timeWords';

/**
 * "2023-11-03", "November 3, 2023", "3 Nov 2023", "3/11/2023" (day first unless `monthFirst`, as in
 * en-US) → "2023-11-03"; null for anything else or a day the calendar lacks.
 */
export function parseUserDate(input: string, monthFirst: boolean): string | null {
  const s = input.trim().replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  const iso = calendarDate(s);
  if (iso) return formatDate(iso);
  let m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s); // November 3, 2023
  if (m) return build(+m[3]!, MONTHS.get(m[1]!.toLowerCase()), +m[2]!);
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(s); // 3 November 2023
  if (m) return build(+m[3]!, MONTHS.get(m[2]!.toLowerCase()), +m[1]!);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s); // 3/11/2023
  if (m) return monthFirst ? build(+m[3]!, +m[1]!, +m[2]!) : build(+m[3]!, +m[2]!, +m[1]!);
  return null;
}

function build(y: number, m: number | undefined, d: number): string | null {
  if (!m) return null;
  const date = calendarDate(
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
  return date && formatDate(date);
}
