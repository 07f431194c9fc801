import type { Claim, ClaimValue, Doc, Token } from '../../types';
import { dayNumber, daysInMonth, isoDay, lastWeekday, MONTH_NAMES, MONTHS, nextWeekday, parseIsoDay, WEEKDAYS } from '../../normalise/dates';
import { makeClaim, relateAmounts } from '../claim';
import type { KindSpec } from '../spec';
import { peopleIn } from '../person';
import { ALIGN } from '../../thresholds';
import type { DateReading } from './reading';
import { beforeDawn, clockTime, dayPart, gameClock, matchMinute, SMALL_HOURS } from './moments';
import { actorOf, differentActors, differentOrdinals, eventWords, ordinalOf, shareEvent } from './event';
import { isOrdinalSuffix } from '../../normalise/numbers';
import { STOPWORDS } from '../../text/context';
import { isInQuotation } from '../../text/quotations';
import { startsUpper, startsWithDigit } from '../../text/tokens';

// Words before a bare month or year that make it a date: "in January", "since 1998".
const DATE_PREPOSITIONS = new Set(['in', 'since', 'until', 'by', 'from', 'before', 'after', 'early', 'late', 'mid', 'during', 'of', 'last', 'next', 'this', 'through']);
// How a date bounds what it dates, by the word before it: "report to prison by Aug. 1" is a
// deadline, "the first deaths since 1991" the start of a period; neither is when it happened.
const BOUNDS: Record<string, string> = { by: 'deadline', until: 'deadline', till: 'deadline', since: 'since', from: 'since' };
// "from 2010 to 2013" is the whole period, not its start.
const boundsPeriod = (r: DateReading, word: string | undefined) => word === 'from' && r.rule === 'date/year-range';
// Words before "May" that only a month follows: "in May", "since May", "last May"; "by May" and
// "after May" are as often the name.
const MAY_PREPOSITIONS = new Set(['in', 'since', 'until', 'during', 'early', 'late', 'mid', 'last', 'next']);
const possessive = (t: Token) => /['’]s$/.test(t.text);
const RELATIVE_UNITS = new Set(['week', 'month', 'year', 'weekend']);
const PARTS_OF_TODAY = new Set(['morning', 'afternoon', 'evening']);
// "over the weekend", "at the weekend" (British), "on the weekend" (American): the last one, or
// the next in a clause of what is to come; "the weekend of May 3" is that one.
const WEEKEND_PREPOSITIONS = new Set(['over', 'at', 'on', 'during']);

const cap = (t: Token | undefined) => !!t && startsUpper(t.text);
// Asked of every token: the first character settles most.
const intOf = (t: Token | undefined) => (t && startsWithDigit(t.norm) && /^\d{1,4}$/.test(t.norm) ? Number(t.norm) : undefined);
const isYear = (n: number | undefined) => n !== undefined && n >= 1800 && n <= 2100;

/** A word without its final full stop: asked of every token, so without a pattern. */
const withoutStop = (word: string) => (word.endsWith('.') ? word.slice(0, -1) : word);

function monthDate(tokens: Token[], i: number, end: number, published?: number): DateReading | null {
  const month = MONTHS[withoutStop(tokens[i].norm)];
  if (!month || !cap(tokens[i])) return null;
  let j = i + 1;
  if (tokens[j]?.text === '.') j++;
  const day = j < end ? intOf(tokens[j]) : undefined;
  if (day !== undefined && day >= 1 && day <= 31 && !isYear(day)) {
    let k = j + 1;
    if (/^(st|nd|rd|th)$/.test(tokens[k]?.norm ?? '')) k++;
    const yearAt = tokens[k]?.text === ',' ? k + 1 : k;
    const year = yearAt < end ? intOf(tokens[yearAt]) : undefined;
    const name = `${MONTH_NAMES[month - 1]} ${day}`;
    if (isYear(year)) return single(i, yearAt + 1, year!, month, day, `${name}, ${year}`, 'date/month-day-year');
    if (published === undefined) return { from: i, to: k, name, rule: 'date/month-day' };
    return single(i, k, yearNear(published, month, day), month, day, name, 'date/month-day');
  }
  // "October 2014", and "October of 2014".
  const yearAt = tokens[j]?.norm === 'of' ? j + 1 : j;
  const year = yearAt < end ? intOf(tokens[yearAt]) : undefined;
  if (isYear(year)) {
    const first = dayNumber(year!, month, 1);
    return { from: i, to: yearAt + 1, days: [first, first + daysInMonth(year!, month) - 1], name: `${MONTH_NAMES[month - 1]} ${year}`, rule: 'date/month-year' };
  }
  // A bare month: "in January". "May" alone is too often the verb or a name ("after May spoke").
  const before = tokens[i - 1]?.norm ?? '';
  if (!(tokens[i].norm === 'may' ? MAY_PREPOSITIONS.has(before) && !possessive(tokens[i]) : DATE_PREPOSITIONS.has(before))) return null;
  return { from: i, to: i + 1, name: MONTH_NAMES[month - 1], rule: 'date/month' };
}

// "17 May", "3 September 2024": the day before the month, as most of the world writes it.
function dayMonth(tokens: Token[], i: number, end: number, published?: number): DateReading | null {
  const day = intOf(tokens[i]);
  if (day === undefined) return null;
  // "17 May", and "the 5th of January".
  const m = isOrdinalSuffix(tokens, i + 1) && tokens[i + 2]?.norm === 'of' ? i + 3 : i + 1;
  const month = tokens[m] && m < end ? MONTHS[tokens[m].norm] : undefined;
  if (day < 1 || day > 31 || !month || !cap(tokens[m]) || (m === i + 1 && tokens[i].end === tokens[i + 1].start)) return null;
  const year = m + 1 < end ? intOf(tokens[m + 1]) : undefined;
  // "the 19 Sept. 11 hijackers": a day after the month is the month's, the number before it a count.
  if (year !== undefined && year >= 1 && year <= 31) return null;
  const name = `${MONTH_NAMES[month - 1]} ${day}`;
  if (isYear(year)) return single(i, m + 2, year!, month, day, `${name}, ${year}`, 'date/day-month-year');
  if (published === undefined) return { from: i, to: m + 1, name, rule: 'date/day-month' };
  return single(i, m + 1, yearNear(published, month, day), month, day, name, 'date/day-month');
}

/** The year of a day-and-month without one: the publication year, or the year before for a date far ahead. */
function yearNear(published: number, month: number, day: number): number {
  const y = new Date(published * 86400000).getUTCFullYear();
  return dayNumber(y, month, day) > published + 31 ? y - 1 : y;
}

function single(from: number, to: number, y: number, m: number, d: number, name: string, rule: string): DateReading | null {
  if (d > daysInMonth(y, m)) return null;
  const day = dayNumber(y, m, d);
  return { from, to, days: [day, day], name, rule };
}

function weekday(tokens: Token[], i: number, start: number, published?: number): DateReading | null {
  const w = WEEKDAYS.indexOf(tokens[i].norm);
  if (w < 0 || !cap(tokens[i])) return null;
  const name = tokens[i].norm[0].toUpperCase() + tokens[i].norm.slice(1);
  const tense = tenseBefore(tokens, i, start);
  if (published === undefined || tense === 'unsure') return { from: i, to: i + 1, name, rule: 'date/weekday' };
  // A weekday in a report is the last one before it, unless its clause speaks of what is to come.
  const day = tense === 'future' ? nextWeekday(published, w) : lastWeekday(published, w);
  return { from: i, to: i + 1, days: [day, day], name: `${name} (${isoDay(day)})`, rule: 'date/weekday' };
}

// "will appear in court on Thursday", "is due to be sentenced on Friday", "next Monday", and
// "set to" ("set" alone is as often a past: "arsonists set the fire on Monday").
const FUTURE = new Set(['will', 'shall', 'due', 'scheduled', 'expected', 'next', 'upcoming', 'planned']);
// "said he would resign on Friday": a future seen from a past the report does not date.
const UNSURE = new Set(['would', 'could', 'might']);

/** The tense of a weekday's clause, from the words before it back to the clause's start. */
function tenseBefore(tokens: Token[], i: number, start: number): 'future' | 'unsure' | 'past' {
  for (let k = i - 1; k >= Math.max(start, i - 8); k--) {
    if (/^[,;:—–()]$/.test(tokens[k].text)) break;
    if (FUTURE.has(tokens[k].norm) || (tokens[k].norm === 'set' && tokens[k + 1]?.norm === 'to')) return 'future';
    if (UNSURE.has(tokens[k].norm)) return 'unsure';
  }
  return 'past';
}

const RANGE_LINKS = new Set(['-', 'to', 'through', 'until']);

/** "from 1974 to 1978", "1995-99", "between 2010 and 2013": the years from the first to the last. */
function yearRange(tokens: Token[], i: number, end: number): DateReading | null {
  const first = intOf(tokens[i]);
  const link = tokens[i + 1]?.norm ?? '';
  const between = tokens[i - 1]?.norm === 'between' && link === 'and';
  if (!isYear(first) || tokens[i].norm.length !== 4 || i + 2 >= end || !(RANGE_LINKS.has(link) || between)) return null;
  if (link !== '-' && !DATE_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') && !between) return null;
  const written = tokens[i + 2].norm;
  // "1995-99": the last year in two digits, in the first one's century.
  const last = /^\d{2}$/.test(written) && link === '-' ? first! - (first! % 100) + Number(written) : written.length === 4 ? intOf(tokens[i + 2]) : undefined;
  if (!isYear(last) || last! <= first!) return null;
  return { from: i, to: i + 3, days: [dayNumber(first!, 1, 1), dayNumber(last!, 12, 31)], name: `${first}–${last}`, rule: 'date/year-range' };
}

// "the early 1990s" is 1990–1993, "the mid-1930s" 1933–1936, "the late '90s" 1996–1999.
const DECADE_PARTS: Record<string, [number, number]> = { early: [0, 3], mid: [3, 6], late: [6, 9] };
const adjacent = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** A decade's "s", glued to its year: "1930s", "1930's". The index after it, or -1. */
function decadeEnd(tokens: Token[], i: number): number {
  const s = /^['’]$/.test(tokens[i + 1]?.text ?? '') && adjacent(tokens[i], tokens[i + 1]) ? i + 2 : i + 1;
  return tokens[s]?.text === 's' && adjacent(tokens[s - 1], tokens[s]) ? s + 1 : -1;
}

/**
 * "the 1930s", "the mid-1930s", "the 1940s and '50s": a decade, or part of one. A decade in two
 * digits ("'50s") is read only after one in four, whose century it takes.
 */
function decade(tokens: Token[], i: number, start: number, found: DateReading[]): DateReading | null {
  const apostrophe = /^['’]$/.test(tokens[i].text) && adjacent(tokens[i], tokens[i + 1]);
  const at = apostrophe ? i + 1 : i;
  const written = tokens[at]?.norm ?? '';
  if (!/^\d{2}(\d{2})?$/.test(written) || Number(written) % 10 !== 0 || (written.length === 2 && !apostrophe)) return null;
  const end = decadeEnd(tokens, at);
  if (end < 0) return null;
  const century = written.length === 4 ? 0 : centuryBefore(tokens, i, found);
  if (century === undefined) return null;
  const first = century + Number(written);
  if (!isYear(first)) return null;
  const partAt = tokens[i - 1]?.text === '-' ? i - 2 : i - 1;
  const part = partAt >= start ? DECADE_PARTS[tokens[partAt].norm] : undefined;
  const [from, years] = part ? [partAt, part] : [i, [0, 9]];
  const name = `${part ? `${tokens[partAt].norm}-` : ''}${first}s`;
  return { from, to: end, days: [dayNumber(first + years[0], 1, 1), dayNumber(first + years[1], 12, 31)], name, rule: 'date/decade' };
}

/** The century of a decade read just before in this sentence, in years: "the 1940s and '50s" → 1900. */
function centuryBefore(tokens: Token[], i: number, found: DateReading[]): number | undefined {
  const last = found[found.length - 1];
  const year = last?.rule === 'date/decade' && tokens[last.from].sentence === tokens[i].sentence ? /(\d{2})\d0s$/.exec(last.name) : null;
  return year ? Number(year[1]) * 100 : undefined;
}

// "in 2015", "since 1998", and a year naming an event: "the 2011 floods", "Brazil's 2014 World Cup".
function year(tokens: Token[], i: number): DateReading | null {
  const y = intOf(tokens[i]);
  if (!isYear(y) || tokens[i].norm.length !== 4 || tokens[i + 1]?.text === '-') return null;
  const before = tokens[i - 1];
  const days: [number, number] = [dayNumber(y!, 1, 1), dayNumber(y!, 12, 31)];
  // "by the end of 2007": its last months, in which "December 2007" falls, not the whole year.
  if (before?.norm === 'of' && tokens[i - 2]?.norm === 'end') return yearEnd(tokens, i, y!);
  // "dating back to 1909": a period's start.
  const backTo = before?.norm === 'to' && tokens[i - 2]?.norm === 'back';
  if (DATE_PREPOSITIONS.has(before?.norm ?? '') || backTo) return { from: i, to: i + 1, days, name: String(y), rule: 'date/year' };
  // "the 2011 floods", "the 1976 Foreign Sovereign Immunities Act".
  const modifies = /^\p{L}/u.test(tokens[i + 1]?.text ?? '') && !STOPWORDS.has(tokens[i + 1].norm);
  if (modifies && (before?.norm === 'the' || before?.norm === 'a' || /['’]s$/.test(before?.text ?? ''))) return { from: i, to: i + 1, days, name: String(y), rule: 'date/year-modifier' };
  return null;
}

/** "the end of 2007": the year's last quarter. */
function yearEnd(tokens: Token[], i: number, y: number): DateReading {
  const from = tokens[i - 3]?.norm === 'the' ? i - 3 : i - 2;
  return { from, to: i + 1, days: [dayNumber(y, 10, 1), dayNumber(y, 12, 31)], name: `end of ${y}`, rule: 'date/year-end' };
}

// "last week", "earlier this year", "yesterday": compared as written unless the report is dated.
function relative(tokens: Token[], i: number, start: number, published?: number): DateReading | null {
  const w = tokens[i].norm;
  if (w === 'yesterday' || w === 'today') {
    const days: [number, number] | undefined = published === undefined ? undefined : [published - (w === 'yesterday' ? 1 : 0), published - (w === 'yesterday' ? 1 : 0)];
    return { from: i, to: i + 1, days, name: w, rule: 'date/relative' };
  }
  // "were this morning called in": a part of the report's own day.
  if (w === 'this' && PARTS_OF_TODAY.has(tokens[i + 1]?.norm ?? '')) {
    const days: [number, number] | undefined = published === undefined ? undefined : [published, published];
    return { from: i, to: i + 2, days, name: `this ${tokens[i + 1].norm}`, rule: 'date/relative' };
  }
  if (WEEKEND_PREPOSITIONS.has(w) && tokens[i + 1]?.norm === 'the' && tokens[i + 2]?.norm === 'weekend' && tokens[i + 3]?.norm !== 'of') {
    const tense = tenseBefore(tokens, i, start);
    return { from: i, to: i + 3, days: published === undefined || tense === 'unsure' ? undefined : weekendOf(published, tense), name: 'the weekend', rule: 'date/relative' };
  }
  if ((w === 'last' || w === 'this' || w === 'next') && RELATIVE_UNITS.has(tokens[i + 1]?.norm ?? '')) {
    const from = tokens[i - 1]?.norm === 'earlier' || tokens[i - 1]?.norm === 'later' ? i - 1 : i;
    const name = tokens.slice(from, i + 2).map((t) => t.norm).join(' ');
    return { from, to: i + 2, days: published === undefined ? undefined : relativeDays(w, tokens[i + 1].norm, published), name, rule: 'date/relative' };
  }
  return null;
}

/** "over the weekend" in a report: the last Saturday and the Sunday after it; "will meet at the weekend", the next. */
function weekendOf(published: number, tense: 'future' | 'past'): [number, number] {
  const saturday = (tense === 'future' ? nextWeekday : lastWeekday)(published, WEEKDAYS.indexOf('saturday'));
  return [saturday, saturday + 1];
}

function relativeDays(which: string, unit: string, published: number): [number, number] | undefined {
  const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'week' || unit === 'weekend') {
    const monday = published - ((new Date(published * 86400000).getUTCDay() + 6) % 7) + 7 * shift;
    return [monday, monday + 6];
  }
  const d = new Date(published * 86400000);
  if (unit === 'month') {
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1 + shift;
    const [yy, mm] = m < 1 ? [y - 1, 12] : m > 12 ? [y + 1, 1] : [y, m];
    return [dayNumber(yy, mm, 1), dayNumber(yy, mm, daysInMonth(yy, mm))];
  }
  const y = d.getUTCFullYear() + shift;
  return [dayNumber(y, 1, 1), dayNumber(y, 12, 31)];
}


function read(doc: Doc, published?: number): DateReading[] {
  const found: DateReading[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const reading =
        matchMinute(tokens, i, s.endToken) ?? gameClock(tokens, i, s.endToken) ?? clockTime(tokens, i, s.firstToken, s.endToken) ?? dayMonth(tokens, i, s.endToken, published) ??
        monthDate(tokens, i, s.endToken, published) ?? weekday(tokens, i, s.firstToken, published) ?? decade(tokens, i, s.firstToken, found) ??
        yearRange(tokens, i, s.endToken) ?? year(tokens, i) ??
        relative(tokens, i, s.firstToken, published) ?? beforeDawn(tokens, i, s.firstToken);
      // A quotation's "this morning" is of when the words were said, not of the report.
      if (!reading || (reading.rule === 'date/relative' && isInQuotation(doc, tokens[reading.from].start))) continue;
      const r = reading.rule === 'date/weekday' ? (withDateAfter(tokens, reading, s.endToken, published) ?? reading) : reading;
      found.push(r);
      // "Thursday morning" is a day and a time of it.
      const part = reading.rule === 'date/weekday' ? dayPart(tokens, reading, s.firstToken, s.endToken) : null;
      if (part) found.push(part);
      i = Math.max(r.to, part?.to ?? 0) - 1;
    }
  }
  return found.map((r, k) => (r.rule === 'date/time' ? withWeekday(tokens, r, found[k - 1], found[k + 1]) : r));
}

/**
 * "at 9.25 a.m. on Thursday", "Thursday at 9.25 a.m.": a time of day and the weekday it is said of,
 * shown together ("Thursday 09:25") as a part of a day is ("Thursday morning").
 */
function withWeekday(tokens: Token[], time: DateReading, before: DateReading | undefined, after: DateReading | undefined): DateReading {
  const link = (from: number, to: number) => to - from === 0 || (to - from === 1 && (tokens[from].norm === 'on' || tokens[from].norm === 'at'));
  const day = after?.rule === 'date/weekday' && link(time.to, after.from) ? after : before?.rule === 'date/weekday' && link(before.to, time.from) ? before : undefined;
  return day ? { ...time, written: `${day.name.split(' ')[0]} ${time.name}` } : time;
}

/** "Saturday, 8 October 2011", "Tuesday Sept. 3": a weekday before a date is that date, not the last such weekday. */
function withDateAfter(tokens: Token[], weekdayReading: DateReading, end: number, published?: number): DateReading | null {
  const at = tokens[weekdayReading.to]?.text === ',' ? weekdayReading.to + 1 : weekdayReading.to;
  if (at >= end) return null;
  const dated = dayMonth(tokens, at, end, published) ?? monthDate(tokens, at, end, published);
  return dated && /day/.test(dated.rule) ? { ...dated, from: weekdayReading.from } : null;
}

const UNITS: Record<string, string> = { 'date|time': 'minute of the day', 'date|minute': 'minute of the match', 'date|clock': 'seconds left in the period' };

/** The value of a date; its role is what happened then, the words of its clause (event.ts). */
function toValue(r: DateReading, role: string[]): ClaimValue {
  const unit = UNITS[r.key ?? ''] ?? 'day';
  const what = role.length ? { role: role.join(' ') } : {};
  return r.days ? { amount: { min: r.days[0], max: r.days[1], exact: r.days[0] === r.days[1] }, unit, name: r.name, ...what, display: r.written ?? r.name } : { name: r.name, ...what, display: r.name };
}

// "since his April 2006 victory": words between a bound and the date it bounds.
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

function ruleOf(doc: Doc, r: DateReading): string {
  let k = r.from - 1;
  while (DETERMINERS.has(doc.tokens[k]?.norm ?? '')) k--;
  const [word, before] = [doc.tokens[k]?.norm, doc.tokens[k - 1]?.norm];
  // "ballots cast as of 4 p.m.": a count up to then; "dating back to 1909": a period's start.
  const bound = word === 'of' && before === 'as' ? 'deadline' : word === 'to' && before === 'back' ? 'since' : BOUNDS[word ?? ''];
  return bound && !boundsPeriod(r, word) && !(bound === 'deadline' && happenedThen(doc.tokens, word!, before, r.to)) ? `${r.rule}/${bound}` : r.rule;
}

/**
 * "It was not until 2003 that he admitted it", "until April 2003, when he appeared in court": the
 * date something at last happened, not a deadline.
 */
function happenedThen(tokens: Token[], word: string, before: string | undefined, to: number): boolean {
  if (word !== 'until' && word !== 'till') return false;
  return before === 'not' || !!before?.endsWith("n't") || (tokens[to]?.text === ',' && tokens[to + 1]?.norm === 'when');
}
const boundOf = (c: Claim) => /\/(deadline|since)$/.exec(c.rule)?.[1];

/**
 * Mentions of one date in one source are one group (date.entity): all their clauses say what
 * happened then. "Pre-dawn" and "early Friday" are one time (the small hours are seldom given a
 * day), "Thursday night" and "Wednesday night" two.
 */
function mention(key: string, rule: string, name: string, display: string): string {
  const dated = rule.startsWith('date/day-part') && name !== SMALL_HOURS ? `${name} ${weekdayIn(display) ?? ''}` : name;
  return `${key}|${dated.toLowerCase()}`;
}
const mentionOf = (r: DateReading) => mention(r.key ?? 'date', r.rule, r.name, r.written ?? r.name);
const weekdayIn = (display: string) => display.toLowerCase().split(' ').find((w) => WEEKDAYS.includes(w));

function rolesOfMentions(doc: Doc, readings: DateReading[]): Map<string, string[]> {
  const roles = new Map<string, Set<string>>();
  for (const r of readings) {
    const { firstToken, endToken } = doc.sentences[doc.tokens[r.from].sentence];
    const words = roles.get(mentionOf(r)) ?? roles.set(mentionOf(r), new Set()).get(mentionOf(r))!;
    for (const w of eventWords(doc.tokens, r.from, r.to, firstToken, endToken)) words.add(w);
    for (const marker of [actorOf(doc, r.from), ordinalOf(doc.tokens, r.from, firstToken)]) if (marker) words.add(marker);
  }
  return new Map([...roles].map(([m, words]) => [m, [...words].sort()]));
}

/** The person nearest a moment of a match in its sentence, as a context term: "by:liam carter". */
function playerOf(doc: Doc, minute: Claim): string {
  let nearest: Claim | undefined;
  const distance = (p: Claim) => Math.min(Math.abs(p.start - minute.end), Math.abs(minute.start - p.end));
  for (const p of peopleIn(doc)) if (p.sentence === minute.sentence && (!nearest || distance(p) < distance(nearest))) nearest = p;
  return `by:${nearest?.value.name?.toLowerCase() ?? ''}`;
}

// Two moments of a match by one named player ("Carter scored in the 88th minute").
const samePlayer = (a: Claim, b: Claim) => a.context.some((t) => t.startsWith('by:') && t !== 'by:' && b.context.includes(t));

/**
 * Two conflicting dates are of one happening only when they bound it alike ("by 6:40 a.m." is
 * no rival to "at 3:30 a.m.") and their clauses say alike what happened: the names of a story's
 * people and places are in every sentence of it, the dates of its other events with them; and
 * they are not said of two different people. A moment of a match is named by its player instead.
 */
const SCALES = ['day', 'week', 'month', 'year'];

/** How much of the calendar a date names: "yesterday" and "Monday" a day, "last year" and "2010" a year. */
function scaleOf(c: Claim): number {
  if (c.rule.startsWith('date/relative')) return SCALES.indexOf(/(week|month|year)/.exec(c.value.name ?? '')?.[1] ?? 'day');
  if (c.rule.startsWith('date/year') || c.rule.startsWith('date/decade')) return SCALES.indexOf('year');
  return SCALES.indexOf(/^date\/month(-year)?(\/|$)/.test(c.rule) ? 'month' : 'day');
}

const isDecade = (c: Claim) => c.rule.startsWith('date/decade');
const isDayPart = (c: Claim) => c.rule.startsWith('date/day-part');
const weekdayOf = (c: Claim) => weekdayIn(c.value.display);
/** "Thursday morning" and "Wednesday morning", "3 p.m. on Monday" and "Tuesday at 3 p.m." are times of two days. */
const timesOfTwoDays = (a: Claim, b: Claim) => !!weekdayOf(a) && !!weekdayOf(b) && weekdayOf(a) !== weekdayOf(b);
/** "At 9.25 a.m. on Thursday" and "on Thursday morning": a time of one day, and the part of it it falls in. */
const timeInPartOfItsDay = (a: Claim, b: Claim) => isDayPart(a) !== isDayPart(b) && !!weekdayOf(a) && weekdayOf(a) === weekdayOf(b);
const WEEKEND = ['saturday', 'sunday'];
const isRelative = (c: Claim) => c.rule.startsWith('date/relative');
const isWeekday = (c: Claim) => c.rule.startsWith('date/weekday');
/** "Tuesday" of "Tuesday (2004-07-20)": the date in the report's words. */
const asWritten = (c: Claim) => (c.value.name ?? '').replace(/ \(.*\)$/, '').toLowerCase();

/**
 * An undated report's "yesterday" or "last year" may be another's "Monday" or "2010": said of
 * one happening, they are one fact that cannot be checked. The affinity of such a pair: whole on
 * one scale of the calendar, and at least that of one shared noun, since sharing the happening
 * ("the quake struck yesterday", "struck on Tuesday") is evidence enough to pair; discounted when
 * the relative date is the wider ("next month" and "Dec. 12"), so that the same date written alike
 * wins; none for two weekdays or a relative date narrower than the other.
 */
function unresolvedAffinity(a: Claim, b: Claim, similarity: number): number | null {
  const [relative, other] = isRelative(a) ? [a, b] : [b, a];
  // "over the weekend", "this weekend" may be another's "Sunday" whatever their clauses say, never its "Monday".
  if (relative.value.name?.endsWith('weekend') && isWeekday(other)) return WEEKEND.includes(asWritten(other)) ? similarity : null;
  if (!isRelative(relative) || !shareEvent(a, b) || scaleOf(relative) < scaleOf(other)) return null;
  return scaleOf(relative) === scaleOf(other) ? Math.max(similarity, ALIGN.sharedNoun) : similarity * ALIGN.namedApart;
}

/**
 * "Feb. 28" in an undated report and "February 28, 2019": the same day and month, one written
 * without its year. A month with a year ("February 2022") is not enough: an undated "February 12"
 * is as often of another year.
 */
const yearOmitted = (a: Claim, b: Claim) => {
  if (a.value.amount && b.value.amount) return false;
  const [without, withYear] = a.value.amount ? [b, a] : [a, b];
  return /^date\/(month-day|day-month)$/.test(without.rule) && (withYear.value.name ?? '').startsWith(`${without.value.name}, `);
};

/**
 * "At that March 2 event" in an undated report and "in March 2008": one month, one report giving
 * its day, the other its year. Whether it is one fact is left to their contexts.
 */
const monthOfOmittedYear = (a: Claim, b: Claim) => {
  if (a.value.amount && b.value.amount) return false;
  const [without, withYear] = a.value.amount ? [b, a] : [a, b];
  return /^date\/(month-day|day-month|month)$/.test(without.rule) && /^date\/month-year$/.test(withYear.rule) && monthNameOf(without) === monthNameOf(withYear);
};
const monthNameOf = (c: Claim) => c.value.name?.split(' ')[0];

/**
 * "At 9.25 a.m." and "around 9.25 am": one minute of the day, not on the hour or half hour, is
 * seldom written alike in two reports of one event by chance.
 */
const samePreciseTime = (a: Claim, b: Claim) => {
  const [x, y] = [a, b].map((c) => (c.key === 'date|time' ? /(\d{2}):(\d{2})$/.exec(c.value.name ?? '') : null));
  return !!x && !!y && x[0] === y[0] && x[2] !== '00' && x[2] !== '30';
};

const oneHappening = (a: Claim, b: Claim) =>
  (a.key === 'date|minute' && samePlayer(a, b)) || (boundOf(a) === boundOf(b) && shareEvent(a, b) && !differentActors(a, b) && !differentOrdinals(a, b));

export const date: KindSpec = {
  kind: 'date',
  // "Tuesday" said three times in one report is one date, shown with all its mentions.
  entity: (c) => mention(c.key, c.rule, c.value.name!, c.value.display),
  extract(doc) {
    const published = doc.source.published ? parseIsoDay(doc.source.published) : undefined;
    const readings = read(doc, published);
    const roles = rolesOfMentions(doc, readings);
    return readings.map((r): Claim => {
      const claim = makeClaim(doc, { kind: 'date', from: r.from, to: r.to, value: toValue(r, roles.get(mentionOf(r))!), key: r.key ?? 'date', rule: ruleOf(doc, r) });
      if (r.key === 'date|minute') claim.context.push(playerOf(doc, claim));
      return claim;
    });
  },
  relate(a, b) {
    const x = a.value;
    const y = b.value;
    // "Tuesday" in two reports, resolved a week apart or in one only: their publication dates
    // differ, not their words. Two reports' "today" may well be two days.
    const written = isWeekday(a) && isWeekday(b) && asWritten(a) === asWritten(b);
    const asWrittenVerdict = { relation: 'equal' as const, reason: `both ${asWritten(a)} as written` };
    if (x.amount && y.amount) {
      const verdict = relateAmounts(a, b);
      return written && verdict.relation === 'conflict' ? asWrittenVerdict : verdict;
    }
    if (written) return asWrittenVerdict;
    if (x.name?.toLowerCase() === y.name?.toLowerCase()) return { relation: 'equal', reason: `both ${x.display}` };
    if (yearOmitted(a, b)) return { relation: 'compatible', reason: `${x.display} and ${y.display} are one day, one written without its year` };
    if (monthOfOmittedYear(a, b)) return { relation: 'compatible', reason: `${x.display} and ${y.display} are of one month, one written without its year` };
    // "Monday" against "May 19" without a publication date: nothing to compare on.
    return { relation: 'compatible', reason: `${x.display} and ${y.display} cannot be compared without a publication date (--date)` };
  },
  affinity(a, b, similarity) {
    const { relation } = date.relate(a, b);
    if (yearOmitted(a, b) || samePreciseTime(a, b)) return Math.max(similarity, ALIGN.sharedNoun);
    if (monthOfOmittedYear(a, b)) return similarity;
    if (relation === 'compatible' && !(a.value.amount && b.value.amount)) return unresolvedAffinity(a, b, similarity);
    // A game's clock shows many moments: only one shown alike in two reports is one of them.
    if (a.key === 'date|clock') return relation === 'equal' ? Math.max(similarity, ALIGN.sharedNoun) : null;
    // "In the 1950s" is how a report dates what it cannot date to the year, "Thursday morning" what
    // it cannot time to the hour: no rival to a year or a clock.
    if (relation === 'conflict' && (!oneHappening(a, b) || isDecade(a) || isDecade(b) || isDayPart(a) || isDayPart(b))) return null;
    if (a.key === 'date|time' && timesOfTwoDays(a, b)) return null;
    // A report of several days names a weekday for many things: one said of two people
    // ("Keane said Tuesday", "Rudd planned a rally Tuesday") in clauses of two happenings is two.
    if (isWeekday(a) && isWeekday(b) && differentActors(a, b) && !shareEvent(a, b)) return null;
    // "today" in two reports is one word for whatever happened that day: only a shared happening or context pairs it.
    if (isRelative(a) && isRelative(b) && !shareEvent(a, b)) return similarity;
    // So is "Thursday night": the hospital's statement and the game may both be then.
    if (isDayPart(a) && isDayPart(b) && !shareEvent(a, b)) return similarity;
    // A date given alike in two reports of one event is most likely one fact. A moment of a match
    // is named by the player in its sentence ("Carter scored in the 88th minute").
    if (a.key === 'date|minute' && samePlayer(a, b)) return Math.max(similarity, ALIGN.sharedRole);
    // A decade holds ten years: that a year falls in it, in a clause of the same happening ("built
    // in 1935", "built in the 1930s"), says little; their contexts must say it.
    if (isDecade(a) !== isDecade(b)) return similarity;
    // "Lowest since the 1970s" and "a 1970s-era law": a period's start and a time something
    // happened are one fact only when their clauses say the same happening, or their contexts do.
    if (boundOf(a) !== boundOf(b) && !shareEvent(a, b)) return similarity;
    // "Paid taxes since 2007" and "gave $3 million in 2007" name one year, not one time: that
    // their clauses share a word says little.
    if (boundOf(a) !== boundOf(b) && relation === 'equal') return similarity * ALIGN.namedApart;
    // Dates that overlap ("from 2007 to 2014" and "since 2007") and are said of one happening, too.
    const alike = relation === 'equal' || (relation !== 'conflict' && (shareEvent(a, b) || timeInPartOfItsDay(a, b)));
    return alike ? Math.max(similarity, ALIGN.sharedNoun) : similarity;
  },
};
