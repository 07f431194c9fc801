import { MONTHS, dayNumber, daysInMonth, isoDay } from '../normalise/dates';

// A dateline or byline date in the first lines: "May 20, 2025", "20 May 2025", "2025-05-20".
const HEAD_CHARS = 400;
const MONTH_DAY_YEAR = /\b([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})\b/;
const DAY_MONTH_YEAR = /\b(\d{1,2}) ([A-Z][a-z]{2,8}) (\d{4})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

const valid = (y: number, m: number | undefined, d: number) => (m && d >= 1 && d <= daysInMonth(y, m) ? isoDay(dayNumber(y, m, d)) : undefined);

/** The publication date a report gives in its first lines, as YYYY-MM-DD, if any. */
export function publicationDate(text: string): string | undefined {
  const head = text.slice(0, HEAD_CHARS);
  const iso = ISO.exec(head);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(head);
  if (mdy) return valid(Number(mdy[3]), MONTHS[mdy[1].toLowerCase()], Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(head);
  if (dmy) return valid(Number(dmy[3]), MONTHS[dmy[2].toLowerCase()], Number(dmy[1]));
  return undefined;
}
