import type { Token } from '../../types';
import type { DateReading } from './reading';
import { wordTable } from '../../text/word-table';
import { twoDigits } from '../../normalise/dates';
import { isOrdinalSuffix } from '../../normalise/numbers';
import { startsWithDigit } from '../../text/tokens';

const MERIDIEM = /^(a\.?m\.?|p\.?m\.?)$/i;
// How a hedge bends a time of day, in minutes either side.
const TIME_HEDGES: Array<[string[], number, number]> = [
  [['shortly', 'after'], 0, 60], [['just', 'after'], 0, 30], [['shortly', 'before'], -60, 0], [['just', 'before'], -30, 0],
  [['soon', 'after'], 0, 60], [['around'], -30, 30], [['about'], -30, 30], [['approximately'], -30, 30], [['after'], 0, 120], [['before'], -120, 0],
];

const NAMED_TIMES = wordTable({ midnight: 0, noon: 720, midday: 720 });

// Time zones that mark a 24-hour time: "0737 GMT", "06:00 BST", "17:00 UTC".
const ZONES = new Set(['gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'wet', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'ist', 'jst', 'wib', 'aest', 'aedt']);

/**
 * A 24-hour time: "0737 GMT", "06:00 BST", "at 1100 hours", and "06:00" with its leading zero. Other
 * times without a meridiem are left alone: "with 4:43 left" is a game clock (gameClock), "in 1353" a year.
 */
function readTwentyFour(tokens: Token[], i: number, end: number): { at: number; to: number } | null {
  const glued = /^([01]\d|2[0-3])([0-5]\d)$/.exec(tokens[i].norm);
  const colon = !glued && /^\d{2}$/.test(tokens[i].norm) && tokens[i + 1]?.text === ':' && /^[0-5]\d$/.test(tokens[i + 2]?.norm ?? '') && tokens[i + 3]?.text !== ':';
  const [hour, minute, j] = glued ? [Number(glued[1]), Number(glued[2]), i + 1] : colon ? [Number(tokens[i].norm), Number(tokens[i + 2].norm), i + 3] : [NaN, NaN, i];
  if (!(hour <= 23) || j > end) return null;
  const at = hour * 60 + minute;
  const zoneAt = (k: number) => k < end && ZONES.has(tokens[k].norm);
  if (zoneAt(j)) return { at, to: j + 1 };
  const zeroLed = tokens[i].norm.startsWith('0');
  // "at 1100 hours", "0915 hrs IST"; "2000 hours of service" is a length.
  if (j < end && /^(hours|hrs)$/.test(tokens[j].norm) && (zeroLed || tokens[i - 1]?.norm === 'at')) return { at, to: zoneAt(j + 1) ? j + 2 : j + 1 };
  return colon && zeroLed ? { at, to: j } : null;
}

/** Minutes after midnight of the time at token i, and one past its last token: "4:30 p.m.", "noon", "0737 GMT". */
function readClock(tokens: Token[], i: number, end: number): { at: number; to: number } | null {
  if (tokens[i].norm in NAMED_TIMES) return { at: NAMED_TIMES[tokens[i].norm], to: i + 1 };
  // Every other time starts with a digit: asked of every token, the first character settles most.
  if (!startsWithDigit(tokens[i].norm)) return null;
  const twentyFour = readTwentyFour(tokens, i, end);
  if (twentyFour) return twentyFour;
  // "11.10pm": British style, the minutes after a dot (read as one number token).
  const dotted = /^(\d{1,2})\.([0-5]\d)$/.exec(tokens[i].norm);
  const hour = dotted ? Number(dotted[1]) : /^\d{1,2}$/.test(tokens[i].norm) ? Number(tokens[i].norm) : NaN;
  if (!(hour >= 1 && hour <= 12)) return null;
  let j = i + 1;
  let minute = dotted ? Number(dotted[2]) : 0;
  if (!dotted && tokens[j]?.text === ':' && /^\d{2}$/.test(tokens[j + 1]?.norm ?? '')) {
    minute = Number(tokens[j + 1].norm);
    j += 2;
  }
  if (j >= end || !MERIDIEM.test(tokens[j].text)) return null;
  return { at: ((hour % 12) + (/^p/i.test(tokens[j].text) ? 12 : 0)) * 60 + minute, to: j + 1 };
}

/**
 * "2 a.m.", "4:30 p.m.", "midnight", with its hedge: "shortly after 2 a.m." is 2:00–3:00.
 * Compared in minutes after midnight; "about 12:20 a.m." may reach back before midnight.
 */
export function clockTime(tokens: Token[], i: number, start: number, end: number): DateReading | null {
  const clock = readClock(tokens, i, end);
  if (!clock) return null;
  const { at } = clock;
  const j = clock.to - 1;
  const name = `${twoDigits(Math.floor(at / 60))}:${twoDigits(at % 60)}`;
  for (const [words, below, above] of TIME_HEDGES) {
    const from = i - words.length;
    if (from >= start && words.every((w, k) => tokens[from + k].norm === w)) {
      return { from, to: j + 1, days: [at + below, at + above], name: `${words.join(' ')} ${name}`, rule: 'date/time', key: 'date|time' };
    }
  }
  return { from: i, to: j + 1, days: [at, at], name, rule: 'date/time', key: 'date|time' };
}

/** "the 88th minute", "a 17th-minute lead", "on 17 minutes": a moment of a match. */
export function matchMinute(tokens: Token[], i: number, end: number): DateReading | null {
  const n = /^\d{1,3}$/.test(tokens[i].norm) ? Number(tokens[i].norm) : NaN;
  if (!(n >= 1 && n <= 130)) return null;
  let j = i + 1;
  const ordinal = isOrdinalSuffix(tokens, j);
  if (ordinal) j++;
  if (tokens[j]?.text === '-') j++;
  const named = j < end && /^minutes?$/.test(tokens[j].norm);
  const to = named ? j + 1 : ordinal && (listedBeforeMinutes(tokens, j, end) || repeatsMinute(tokens, i, j, end)) ? j : -1;
  if (to < 0 || !(ordinal || tokens[i - 1]?.norm === 'on')) return null;
  // "in the 88th minute" is the whole expression of the moment.
  const from = tokens[i - 1]?.norm === 'the' && tokens[i - 2]?.norm === 'in' ? i - 2 : i;
  return { from, to, days: [n, n], name: `minute ${n}`, rule: 'date/match-minute', key: 'date|minute' };
}

const isOrdinalAt = (tokens: Token[], k: number) => /^\d{1,3}$/.test(tokens[k]?.norm ?? '') && isOrdinalSuffix(tokens, k + 1);

/** "the 17th and 88th minutes", "the 5th, 52nd and 88th minutes": an ordinal listed before the minutes it shares. */
function listedBeforeMinutes(tokens: Token[], j: number, end: number): boolean {
  let linked = false;
  while (j < end && (tokens[j].text === ',' || tokens[j].norm === 'and')) {
    j += tokens[j].text === ',' && tokens[j + 1]?.norm === 'and' ? 2 : 1;
    if (!isOrdinalAt(tokens, j)) return false;
    j += 2;
    linked = true;
  }
  return linked && j < end && tokens[j].norm === 'minutes';
}

/** "in the 17th minute and again in the 88th": "in the" and an ordinal ending its clause, a minute named just before. */
function repeatsMinute(tokens: Token[], i: number, j: number, end: number): boolean {
  if (tokens[i - 1]?.norm !== 'the' || tokens[i - 2]?.norm !== 'in') return false;
  if (j < end && !/^[,.;:)]$/.test(tokens[j].text) && tokens[j].norm !== 'and') return false;
  for (let k = i - 3; k >= Math.max(0, i - 15) && tokens[k].sentence === tokens[i].sentence; k--) if (/^minutes?$/.test(tokens[k].norm)) return true;
  return false;
}

// "with 4:43 left", "13:41 remaining", "4:43 to play": what is left of a period of a game.
const LEFT = new Set(['left', 'remaining']);
const TO_GO = new Set(['play', 'go']);

/** "with 4:43 left in the first half": a moment of a game, as the time left on its clock, in seconds. */
export function gameClock(tokens: Token[], i: number, end: number): DateReading | null {
  if (!/^\d{1,2}$/.test(tokens[i].norm) || tokens[i + 1]?.text !== ':' || !/^[0-5]\d$/.test(tokens[i + 2]?.norm ?? '') || i + 3 >= end) return null;
  const after = tokens[i + 3].norm;
  const to = LEFT.has(after) ? i + 4 : after === 'to' && TO_GO.has(tokens[i + 4]?.norm ?? '') ? i + 5 : -1;
  if (to < 0) return null;
  const seconds = Number(tokens[i].norm) * 60 + Number(tokens[i + 2].norm);
  return { from: i, to: i + 3, days: [seconds, seconds], name: `${tokens[i].norm}:${tokens[i + 2].norm} left`, rule: 'date/game-clock', key: 'date|clock' };
}

// Parts of the day in minutes after midnight: how a report times what it does not time to the minute.
const DAY_PARTS = wordTable<[number, number]>({ morning: [300, 720], afternoon: [720, 1080], evening: [1020, 1440], night: [1200, 1440] });
// "before dawn", "early Friday": the hours after midnight, named alike however a report words them.
export const SMALL_HOURS = 'small hours';
const SMALL_HOURS_SPAN: [number, number] = [0, 420];

/** A part of the day, hedged: "late afternoon" its last half, "early morning" the small hours. */
function hedgedPart(edge: string, part: string): { days: [number, number]; name: string } {
  const [from, to] = DAY_PARTS[part];
  const half = (from + to) / 2;
  if (edge === 'early') return part === 'morning' ? { days: SMALL_HOURS_SPAN, name: SMALL_HOURS } : { days: [from, half], name: `early ${part}` };
  return edge === 'late' ? { days: [half, to], name: `late ${part}` } : { days: [from, to], name: part };
}

/**
 * "Thursday morning", "early Friday", "late Monday afternoon": the part of the day a weekday
 * reading names, as a time of day beside it. A bare hedge names the day's far end: "early
 * Friday" is its small hours, "late Friday" its evening.
 */
export function dayPart(tokens: Token[], weekday: DateReading, start: number, end: number): DateReading | null {
  const after = weekday.to < end ? tokens[weekday.to].norm : '';
  const before = weekday.from > start ? tokens[weekday.from - 1].norm : '';
  const part = after in DAY_PARTS ? after : '';
  const edge = before === 'early' || before === 'late' ? before : '';
  if (!part && !edge) return null;
  const from = edge ? weekday.from - 1 : weekday.from;
  const to = part ? weekday.to + 1 : weekday.to;
  const written = tokens.slice(from, to).map((t) => t.text).join(' ');
  return { from, to, ...hedgedPart(edge, part || (edge === 'early' ? 'morning' : 'evening')), written, rule: 'date/day-part', key: 'date|time' };
}

/** "before dawn", "pre-dawn", "predawn": the small hours. */
export function beforeDawn(tokens: Token[], i: number, start: number): DateReading | null {
  const w = tokens[i].norm;
  if (w !== 'dawn' && w !== 'predawn') return null;
  const from = w === 'predawn' ? i : tokens[i - 1]?.text === '-' && tokens[i - 2]?.norm === 'pre' ? i - 2 : tokens[i - 1]?.norm === 'before' ? i - 1 : -1;
  if (from < start) return null;
  return { from, to: i + 1, days: SMALL_HOURS_SPAN, name: SMALL_HOURS, rule: 'date/day-part', key: 'date|time' };
}
