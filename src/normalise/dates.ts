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

/** A publication date, and its time in UTC when one was written. */
export interface PublicationTime {
  /** The day as written, YYYY-MM-DD: the day in the report's own time zone. */
  published: string;
  /** "2025-05-20T12:05:00Z", when a time of day was given; a time without a zone is read as UTC. */
  publishedAt?: string;
}

// "2025-05-20", "2025-05-20T14:05", "2025-05-20 14:05:00+02:00", "2025-05-20T14:05:00.000Z".
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const MINUTE_MS = 60000;

/** Minutes east of UTC of a zone written "Z", "+02:00", "-0530"; undefined when out of range. */
function zoneMinutes(zone: string | undefined): number | undefined {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const [hours, minutes] = [Number(zone.slice(1, 3)), Number(zone.slice(-2))];
  if (hours > 14 || minutes > 59) return undefined;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * A publication date or timestamp as metadata writes it; undefined when it is no real calendar
 * date or time ("2025-13-45", "2025-02-30", "2025-05-20T25:00").
 */
export function parsePublicationTime(text: string): PublicationTime | undefined {
  const m = TIMESTAMP.exec(text.trim());
  const day = m ? parseIsoDay(m[1]) : undefined;
  if (!m || day === undefined) return undefined;
  if (m[2] === undefined) return { published: m[1] };
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  const zone = zoneMinutes(m[5]);
  if (hour > 23 || minute > 59 || second > 59 || zone === undefined) return undefined;
  const utc = day * DAY_MS + ((hour * 60 + minute - zone) * 60 + second) * 1000;
  return { published: m[1], publishedAt: new Date(utc).toISOString().replace(/\.\d+Z$/, 'Z') };
}

/** Minutes from one UTC timestamp to another. */
export const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / MINUTE_MS;

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

/** One value tied to a dated period of its story's background ("in 1970", "on April 8, 2012"), the other to none: a background fact either may be. */
export const backgroundDateAndUndated = (a: string, b: string) => (!a || !b) && /^\d{4}(-\d\d)*$/.test(a || b);
