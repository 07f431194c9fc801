// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so dates compare as intervals.
import { wordTable } from '../text/word-table';

export const MONTHS = wordTable<number>({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const DAY_MS = 86400000;

export const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const weekdayOf = (day: number) => new Date(day * DAY_MS).getUTCDay();

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "2025-05-20" → day number; undefined when not a real date. */
export function parseIsoDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayNumber(y, mo, d);
}

/** The latest given weekday on or before `day`: "Monday" in a report published on a Tuesday. */
export function lastWeekday(day: number, weekday: number): number {
  return day - ((weekdayOf(day) - weekday + 7) % 7);
}

/** The earliest given weekday on or after `day`: "will appear on Thursday" in a report published on a Tuesday. */
export function nextWeekday(day: number, weekday: number): number {
  return day + ((weekday - weekdayOf(day) + 7) % 7);
}

/** "03": a month, day, hour or minute in two digits. */
export const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * A date as written, as a period to compare events by: "March 3" → "?-03-03", "March" → "?-03",
 * "February 2022" → "2022-02", "May 14, 2024" → "2024-05-14", "2011" → "2011". Other wordings are
 * kept as they are ("last year").
 */
export function periodOf(display: string): string {
  const m = /^([A-Z][a-z]+)(?: (\d{1,2}))?(?:,? (\d{4}))?$/.exec(display);
  const month = m ? MONTHS[m[1].toLowerCase()] : undefined;
  if (m && month) return [m[3] ?? '?', twoDigits(month), ...(m[2] ? [twoDigits(Number(m[2]))] : [])].join('-');
  return display.toLowerCase();
}

/** Two periods of one event: the same, or one inside the other ("March" and "March 3"). */
export const samePeriod = (a: string, b: string) => a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
