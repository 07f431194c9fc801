import type { Interval, Token } from '../types';
import { TOLERANCE } from '../thresholds';
import { wordTable } from '../text/word-table';
import { MONTHS } from './dates';
import { startsUpper, stem } from '../text/tokens';

const UNIT_WORDS = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
});
/** "two", "Twelve", "dozen": a number written in words. */
export const isNumberWord = (norm: string) => norm in UNIT_WORDS;
const NUMBER_STEMS = new Set(Object.keys(UNIT_WORDS).map(stem));
/** A context term that is a number written in words: "five", "twelv". */
export const isNumberStem = (term: string) => NUMBER_STEMS.has(term);

// "the sixth round", "his 16th in a row": ordinals from third on; "first" and "second" mean too
// much else ("first lady", "a second term").
const ORDINAL_WORDS = wordTable<number>({
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
});
const SCALES = wordTable<number>({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
});
// Amounts that name no number: "dozens of", "a handful of". Wide intervals, never exact.
const VAGUE = wordTable<[number, number]>({
  handful: [2, 9], few: [2, 9], several: [3, 12], couple: [2, 3], dozens: [24, 200],
  scores: [40, 400], hundreds: [200, 2000], thousands: [2000, 20000], millions: [2e6, 2e7],
  tens: [20, 99],
});

type Hedge = 'about' | 'over' | 'at-least' | 'under' | 'at-most' | 'nearly';
// Phrases before a number, longest first; the value is how they bend it.
const HEDGES: Array<[string[], Hedge]> = [
  [['more', 'than'], 'over'], [['greater', 'than'], 'over'], [['upwards', 'of'], 'over'],
  [['in', 'excess', 'of'], 'over'], [['at', 'least'], 'at-least'], [['no', 'fewer', 'than'], 'at-least'],
  [['fewer', 'than'], 'under'], [['less', 'than'], 'under'], [['up', 'to'], 'at-most'],
  [['as', 'many', 'as'], 'at-most'], [['as', 'much', 'as'], 'at-most'], [['no', 'more', 'than'], 'at-most'],
  [['at', 'most'], 'at-most'], [['close', 'to'], 'about'], [['an', 'estimated'], 'about'],
  [['just', 'over'], 'over'], [['just', 'under'], 'under'],
  [['about'], 'about'], [['around'], 'about'], [['roughly'], 'about'], [['approximately'], 'about'],
  [['some'], 'about'], [['circa'], 'about'], [['nearly'], 'nearly'], [['almost'], 'nearly'],
  [['over'], 'over'], [['exceeded'], 'over'], [['exceeding'], 'over'], [['exceeds'], 'over'], [['exceed'], 'over'], [['topped'], 'over'], [['tops'], 'over'], [['top'], 'over'],
  [['passed'], 'over'], [['passes'], 'over'], [['surpassed'], 'over'], [['surpasses'], 'over'],
  [['under'], 'under'], [['below'], 'under'], [['within'], 'at-most'],
];

/** A number found in a sentence: tokens [start, end) and the interval it stands for. */
export interface NumberMention {
  /** First token of the mention, hedge included ("about" in "about 300"). */
  start: number;
  /** First token of the number itself, after any hedge. */
  numberStart: number;
  /** One past the last token of the number (its scale word included). */
  end: number;
  amount: Interval;
  /** The value as written, before any hedge: 150 for "150", 2.5 for "two and a half". */
  value: number;
  hedge?: Hedge;
  /** A second number making a range ("30 to 41"): its value. */
  rangeTo?: number;
  /** The word of a vague amount: "dozens", "a handful". */
  vague?: string;
  /** A score or vote tally, "2-1" or "52-to-48": both numbers, which are never a range. */
  tally?: [number, number];
  /** Written as an ordinal: "88th", "21st". */
  ordinal?: boolean;
  /** "a mile and a half": one past the fraction that follows the unit, counted in the value. */
  fractionEnd?: number;
}

const CURRENCY_SIGNS = new Map([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR']]);

/** The currency whose sign is token i: "$", "€", or the word of agency style glued to its figure ("euro110 billion"). */
export function currencySignAt(tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  return CURRENCY_SIGNS.get(t.text) ?? (t.norm === 'euro' && glued(t, tokens[i + 1]) && isDigits(tokens[i + 1]) ? 'EUR' : undefined);
}

const isDigits = (t: Token | undefined) => !!t && /^\d/.test(t.norm);

/** Reads the number that starts at token i: digits with a scale ("1.5 million") or words. */
export function readNumber(tokens: Token[], i: number, end: number): { value: number; end: number; precision: number } | null {
  const t = tokens[i];
  if (isDigits(t)) {
    if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(t.norm)) return null;
    const value = Number(t.norm.replace(/,/g, ''));
    const decimals = t.norm.split('.')[1]?.length ?? 0;
    // "50-billion-euro": a scale joined by a hyphen.
    const at = tokens[i + 1]?.text === '-' && tokens[i + 1].start === t.end && i + 2 < end && tokens[i + 2].norm in SCALES && tokens[i + 2].norm.length > 2 ? i + 2 : i + 1;
    const next = tokens[at];
    // "$27.5MM": a financial writer's million, in capitals ("5mm" is millimetres).
    const scale = next && at < end && (next.text === 'MM' ? 1e6 : SCALES[next.norm]);
    // "2.3bn", "1.5 million": the scale multiplies, and the last written digit sets the precision.
    if (scale && (next.start === tokens[at - 1].end || next.norm.length > 2)) {
      // toPrecision: 4.1 × 1e9 is 4,099,999,999.9999995 in floating point.
      return { value: Number((value * scale).toPrecision(15)), end: at + 1, precision: scale * 10 ** -decimals * 0.99 };
    }
    return { value, end: i + 1, precision: 0 };
  }
  return readNumberWords(tokens, i, end);
}

// "two", "twenty-five", "one hundred and twelve", "two and a half", "a dozen", "half".
function readNumberWords(tokens: Token[], i: number, end: number): { value: number; end: number; precision: number } | null {
  let j = i;
  if (tokens[j]?.norm === 'a' && (tokens[j + 1]?.norm === 'dozen' || tokens[j + 1]?.norm === 'half')) j++;
  // "half an hour", "half a day"
  if (tokens[j]?.norm === 'half') return { value: 0.5, end: tokens[j + 1]?.norm === 'a' || tokens[j + 1]?.norm === 'an' ? j + 2 : j + 1, precision: 0 };
  let total = 0;
  let current = 0;
  let seen = false;
  let last = j;
  while (j < end) {
    const w = tokens[j].norm;
    // "two dozen" is 24, "a dozen" 12.
    if (w === 'dozen' && seen) current *= 12;
    else if (w in UNIT_WORDS) {
      current += UNIT_WORDS[w];
    } else if (w in SCALES && w.length > 2 && seen) {
      const scale = SCALES[w];
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else break;
    seen = true;
    last = j + 1;
    // Joiners inside one number: "twenty-five", "one hundred and twelve".
    const joiner = tokens[j + 1]?.norm;
    const after = tokens[j + 2]?.norm;
    if ((joiner === '-' || joiner === 'and') && after !== undefined && after in UNIT_WORDS && !(after in SCALES)) j += 2;
    else j += 1;
  }
  if (!seen) return null;
  let value = total + current;
  // "two and a half", "three and a quarter"
  const n = tokens;
  if (n[last]?.norm === 'and' && n[last + 1]?.norm === 'a' && last + 2 < end) {
    const frac = n[last + 2].norm === 'half' ? 0.5 : n[last + 2].norm === 'quarter' ? 0.25 : 0;
    if (frac) {
      value += frac;
      last += 3;
    }
  }
  return { value, end: last, precision: 0 };
}

function readHedge(tokens: Token[], i: number, sentenceStart: number): { hedge: Hedge; start: number } | null {
  for (const [words, hedge] of HEDGES) {
    const start = i - words.length;
    if (start < sentenceStart) continue;
    if (words.every((w, k) => tokens[start + k].norm === w)) return { hedge, start };
  }
  return null;
}

/** The interval a written value stands for, given its hedge and precision. */
export function toInterval(value: number, precision: number, hedge?: Hedge): Interval {
  const half = precision / 2;
  const firm: Interval = half ? { min: value - half, max: value + half, exact: false } : { min: value, max: value, exact: true };
  switch (hedge) {
    case undefined:
      return firm;
    case 'about':
      return { min: value * (1 - TOLERANCE.about), max: value * (1 + TOLERANCE.about), exact: false, around: value };
    case 'nearly':
      return { min: value * (1 - TOLERANCE.nearly), max: value, exact: false };
    case 'over':
    case 'at-least':
      return { min: value, max: null, exact: false };
    case 'under':
    case 'at-most':
      return { min: 0, max: value, exact: false };
  }
}

/**
 * Every number in tokens [from, to): digits, words, vague amounts, ranges, with their hedges.
 * Numbers that are part of a name or a code ("Air Force Two", "F-16", "COVID-19") are skipped.
 */
export function findNumbers(tokens: Token[], from: number, to: number): NumberMention[] {
  const found: NumberMention[] = [];
  for (let i = from; i < to; i++) {
    const vague = readVague(tokens, i, to) ?? readDecade(tokens, i);
    if (vague) {
      found.push(vague);
      i = vague.end - 1;
      continue;
    }
    const ordinal = readOrdinalWord(tokens, i, from);
    if (ordinal) {
      found.push(ordinal);
      continue;
    }
    const fraction = articleAndFraction(tokens, i, to);
    const num = readNumber(tokens, i, to) ?? fraction ?? hedgedArticle(tokens, i, from, to) ?? readTimesWord(tokens, i);
    if (!num || isPartOfName(tokens, i, from) || isNegatedOne(tokens, i) || isSlashed(tokens, i)) continue;
    const mention = readTally(tokens, i, num, to) ?? readOrdinal(tokens, i, num) ?? withRangeAndHedge(tokens, i, num, from, to);
    found.push(fraction ? { ...mention, fractionEnd: fraction.fractionEnd } : mention);
    i = mention.end - 1;
  }
  return found;
}

/**
 * "41/2 months" (a "4½" whose glyph was lost), "3/4", "24/7": digits glued to a slash are one
 * figure that no part of reads alone; the "2 months" of "41/2 months" is no length.
 */
const isSlashed = (tokens: Token[], i: number) => {
  const slashAt = (k: number) => tokens[k]?.text === '/' && glued(tokens[k - 1], tokens[k]) && glued(tokens[k], tokens[k + 1]) && /^\d/.test(tokens[k - 1].text) && /^\d/.test(tokens[k + 1]?.text ?? '');
  return slashAt(i - 1) || slashAt(i + 1);
};

// "shot twice", "struck him thrice": how many times, as "three times" is.
const TIMES_WORDS = wordTable<number>({ twice: 2, thrice: 3 });
// "twice as many", "twice the size", "twice a day", "twice weekly": a multiple or a rate, no count.
const MULTIPLE_OR_RATE = new Set(['as', 'the', 'that', 'this', 'what', 'its', 'their', 'his', 'her', 'a', 'an', 'per', 'each', 'every', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'over']);

/** Whether a token is a word of how many times: "twice". */
export const isTimesWord = (t: Token | undefined) => !!t && t.norm in TIMES_WORDS;

function readTimesWord(tokens: Token[], i: number): { value: number; end: number; precision: number } | null {
  if (!isTimesWord(tokens[i]) || MULTIPLE_OR_RATE.has(tokens[i + 1]?.norm ?? '')) return null;
  return { value: TIMES_WORDS[tokens[i].norm], end: i + 1, precision: 0 };
}

/** "No one was hurt", "not one home was lost": "one" after a negation counts nothing. */
const isNegatedOne = (tokens: Token[], i: number) => tokens[i].norm === 'one' && (tokens[i - 1]?.norm === 'no' || tokens[i - 1]?.norm === 'not');

const ARTICLE_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century']);

const FRACTIONS = wordTable<number>({ half: 0.5, quarter: 0.25 });

/**
 * "a mile and a half", "an hour and a quarter": the article is one of the unit after it, and the
 * fraction after the unit adds to it. Whether the word is a unit is the reader of units' call
 * (measures drops the mention otherwise).
 */
function articleAndFraction(tokens: Token[], i: number, to: number): { value: number; end: number; precision: number; fractionEnd: number } | null {
  const [article, and, a, fraction] = [tokens[i], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (!/^an?$/.test(article.norm) || i + 4 >= to || and.norm !== 'and' || a.norm !== 'a' || !(fraction.norm in FRACTIONS)) return null;
  return { value: 1 + FRACTIONS[fraction.norm], end: i + 1, precision: 0, fractionEnd: i + 5 };
}

/**
 * "less than an hour", "nearly a decade": after a hedge, "a" or "an" before a unit of time is one;
 * so it is before a word that sets two moments apart: "a month ago", "a day later".
 */
function hedgedArticle(tokens: Token[], i: number, from: number, to: number): { value: number; end: number; precision: number } | null {
  if ((tokens[i].norm !== 'a' && tokens[i].norm !== 'an') || i + 1 >= to || !ARTICLE_UNITS.has(tokens[i + 1].norm)) return null;
  return readHedge(tokens, i, from) || APART_WORDS.has(tokens[i + 2]?.norm ?? '') ? { value: 1, end: i + 1, precision: 0 } : null;
}
const APART_WORDS = new Set(['ago', 'later', 'earlier']);

/** Whether two tokens touch, with no space between: "45" and "C" of "45C". */
export const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** Whether token k is an ordinal's suffix, glued to the number before it: the "th" of "88th". */
export const isOrdinalSuffix = (tokens: Token[], k: number) => /^(st|nd|rd|th)$/.test(tokens[k]?.norm ?? '') && glued(tokens[k - 1], tokens[k]);

// "2-1", "52-to-48": digits joined by hyphens with no space; "a 12-all game", a tie, is 12-12.
function readTally(tokens: Token[], i: number, num: { value: number; end: number }, to: number): NumberMention | null {
  if (!/^\d+$/.test(tokens[i].norm) || num.end !== i + 1) return null;
  const dash = tokens[i + 1];
  if (dash?.text !== '-' || !glued(tokens[i], dash)) return null;
  if (tokens[i + 2]?.norm === 'all' && glued(dash, tokens[i + 2]) && i + 3 <= to) {
    return { start: i, numberStart: i, end: i + 3, amount: { min: num.value, max: num.value, exact: true }, value: num.value, tally: [num.value, num.value] };
  }
  const viaTo = tokens[i + 2]?.norm === 'to' && tokens[i + 3]?.text === '-';
  const second = tokens[viaTo ? i + 4 : i + 2];
  const end = (viaTo ? i + 4 : i + 2) + 1;
  if (end > to || !second || !/^\d+$/.test(second.norm) || !glued(tokens[end - 2], second)) return null;
  const [a, b] = [num.value, Number(second.norm)];
  if (isYearSpan(tokens[i].norm, second.norm)) return null;
  return { start: i, numberStart: i, end, amount: { min: a, max: a, exact: true }, value: a, tally: [a, b] };
}

/** "1995-99", "2010-2014", "1939-45": a span of years, not a score. */
function isYearSpan(first: string, second: string): boolean {
  const from = Number(first);
  if (first.length !== 4 || from < 1800 || from > 2100) return false;
  const until = second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : Number(second);
  return (second.length === 2 || second.length === 4) && until > from && until - from <= 100;
}

// "88th", "21st": the suffix belongs to the number.
function readOrdinal(tokens: Token[], i: number, num: { value: number; end: number }): NumberMention | null {
  if (!isOrdinalSuffix(tokens, num.end)) return null;
  return ordinalMention(i, num.end + 1, num.value);
}

const ordinalMention = (start: number, end: number, value: number): NumberMention => ({ start, numberStart: start, end, amount: { min: value, max: value, exact: true }, value, ordinal: true });

/** "the sixth round", "a sixth term"; not a fraction ("a third of voters", "two fifths"), not a name ("Fifth Avenue"). */
function readOrdinalWord(tokens: Token[], i: number, sentenceStart: number): NumberMention | null {
  const t = tokens[i];
  if (!(t.norm in ORDINAL_WORDS) || tokens[i + 1]?.norm === 'of' || (startsUpper(t.text) && i > sentenceStart)) return null;
  if (i > sentenceStart && readNumber(tokens, i - 1, i)) return null;
  return ordinalMention(i, i + 1, ORDINAL_WORDS[t.norm]);
}

const scaleWord = (t: Token | undefined) => SCALES[t?.norm ?? ''] ?? 0;

/**
 * "between $19 and $22 million", "3 to 4 billion": a scale of thousands or more written once,
 * after the second number, is the first one's too. 1 when there is none to share.
 */
function sharedScale(tokens: Token[], first: { end: number }, second: { end: number } | null): number {
  const scale = second ? scaleWord(tokens[second.end - 1]) : 0;
  return scale >= 1000 && !scaleWord(tokens[first.end - 1]) ? scale : 1;
}

const RANGE_JOINERS = new Set(['to', 'and', '–', 'or']);

function withRangeAndHedge(
  tokens: Token[],
  i: number,
  num: { value: number; end: number; precision: number },
  from: number,
  to: number,
): NumberMention {
  // "more than $80,000": the hedge stands before the currency sign; "up to a 2.7GHz chip", before
  // an article.
  const at = currencySignAt(tokens, i - 1) && i > from ? i - 1 : i;
  const hedged = readHedge(tokens, at, from) ?? (/^(a|an)$/.test(tokens[at - 1]?.norm ?? '') && at - 1 > from ? readHedge(tokens, at - 1, from) : null);
  const start = hedged?.start ?? i;
  const tally = votesTally(tokens, i, num, to);
  if (tally && !hedged) return { ...tally, start };
  const joiner = tokens[num.end]?.norm;
  // "$15 billion to $20 billion": the second number may repeat the currency sign.
  const secondAt = currencySignAt(tokens, num.end + 1) ? num.end + 2 : num.end + 1;
  const second = RANGE_JOINERS.has(joiner ?? '') && secondAt < to ? readNumber(tokens, secondAt, to) : null;
  const scale = sharedScale(tokens, num, second);
  // "between $19 and $22 million": the word may stand before the currency sign.
  // "between $1,799 and $2,199" stays two prices, as reports of several models write them.
  const beforeStart = currencySignAt(tokens, start - 1) && start - 1 > from && scale > 1 ? start - 2 : start - 1;
  // "between the ages of 12 and 16": the words of what is ranged may stand after "between".
  const opener = isAgesOf(tokens, beforeStart) && beforeStart - 3 >= from ? beforeStart - 3 : beforeStart;
  const isBetween = tokens[opener]?.norm === 'between' || tokens[opener]?.norm === 'from';
  // "30 to 41 months", "between 2004 and 2011"; but "52-to-48" (hyphens) is a tally, not a range.
  // "20 or 30 people": a range too, as an estimate.
  const isOr = joiner === 'or' && /^\d/.test(tokens[num.end + 1]?.norm ?? '');
  if ((joiner === 'to' && tokens[num.end - 1].end < tokens[num.end].start) || (joiner === 'and' && isBetween) || joiner === '–' || isOr) {
    const low = second && num.value * scale < second.value ? num.value * scale : num.value;
    if (second && second.value > low) {
      return {
        start: isBetween ? opener : start,
        numberStart: i,
        end: second.end,
        amount: { min: low, max: second.value, exact: false, vague: true },
        value: low,
        rangeTo: second.value,
      };
    }
    // "a vote of 52 to 48": a range never falls, so a falling pair of whole numbers is a tally.
    if (second && joiner === 'to' && !hedged && second.value < num.value && Number.isInteger(num.value) && Number.isInteger(second.value)) {
      return { start, numberStart: i, end: second.end, amount: { min: num.value, max: num.value, exact: true }, value: num.value, tally: [num.value, second.value] };
    }
  }
  // "a dozen or so", "40-odd", "20 or more": a hedge after the number.
  const after = hedgeAfter(tokens, num.end, to);
  const hedge = hedged?.hedge ?? after?.hedge;
  return { start, numberStart: i, end: after?.end ?? num.end, amount: toInterval(num.value, num.precision, hedge), value: num.value, hedge };
}

/** Whether token `at` ends "the ages of": "between the ages of 12 and 16". */
export const isAgesOf = (tokens: Token[], at: number) => tokens[at]?.norm === 'of' && tokens[at - 1]?.norm === 'ages' && tokens[at - 2]?.norm === 'the';

function hedgeAfter(tokens: Token[], at: number, to: number): { hedge: Hedge; end: number } | undefined {
  const [first, second] = [tokens[at]?.norm, tokens[at + 1]?.norm];
  if (at + 1 >= to || first !== 'or') return undefined;
  if (second === 'so') return { hedge: 'about', end: at + 2 };
  // "anyone 19 or older", "children 12 or younger": an age with its bound after it.
  if (second === 'more' || second === 'older') return { hedge: 'at-least', end: at + 2 };
  return second === 'younger' ? { hedge: 'at-most', end: at + 2 } : undefined;
}

/** "by 312 votes to 198": a vote tally that names its unit after the first number. */
function votesTally(tokens: Token[], i: number, num: { value: number; end: number }, to: number): NumberMention | null {
  if (!/^votes?$/.test(tokens[num.end]?.norm ?? '') || tokens[num.end + 1]?.norm !== 'to' || num.end + 2 >= to) return null;
  const second = readNumber(tokens, num.end + 2, to);
  if (!second || !(second.value < num.value) || !Number.isInteger(num.value) || !Number.isInteger(second.value)) return null;
  return { start: i, numberStart: i, end: second.end, amount: { min: num.value, max: num.value, exact: true }, value: num.value, tally: [num.value, second.value] };
}

function readVague(tokens: Token[], i: number, to: number): NumberMention | null {
  const w = tokens[i].norm;
  const article = w === 'a' || w === 'several' ? 1 : 0;
  const word = tokens[i + article]?.norm;
  if (!word || !(word in VAGUE) || i + article >= to) return null;
  if (article && word === 'several') return null;
  // "a few", "a handful of", "dozens of", "tens of thousands of"
  let end = i + article + 1;
  let [min, max] = VAGUE[word];
  if (word === 'tens' || word === 'hundreds') {
    if (tokens[end]?.norm !== 'of') return word === 'hundreds' ? vagueMention(tokens, i, end, min, max) : null;
    const scale = SCALES[tokens[end + 1]?.norm.replace(/s$/, '') ?? ''];
    if (scale && scale >= 1000) {
      [min, max] = [min * scale, max * scale];
      end += 2;
    }
  }
  if (word === 'few' && !article) return null; // "few people" means almost none, not a count
  // "a couple of days" is two or three; "the couple donated" is a pair of people, no amount.
  if (word === 'couple' && tokens[end]?.norm !== 'of') return null;
  return vagueMention(tokens, i, end, min, max);
}

// "in her 40s", "in his early 60s": an age by decade.
export function readDecade(tokens: Token[], i: number): NumberMention | null {
  const t = tokens[i];
  const s = tokens[i + 1];
  if (!/^[1-9]0$/.test(t?.norm ?? '') || s?.norm !== 's' || s.start !== t.end) return null;
  const owner = tokens[i - 1]?.norm === 'early' || tokens[i - 1]?.norm === 'late' || tokens[i - 1]?.norm === 'mid' ? i - 2 : i - 1;
  if (!/^(his|her|their)$/.test(tokens[owner]?.norm ?? '') || tokens[owner - 1]?.norm !== 'in') return null;
  const decade = Number(t.norm);
  const part = tokens[owner + 1]?.norm;
  const [min, max] = part === 'early' ? [decade, decade + 3] : part === 'late' ? [decade + 7, decade + 9] : part === 'mid' ? [decade + 3, decade + 6] : [decade, decade + 9];
  return { start: owner - 1, numberStart: i, end: i + 2, amount: { min, max, exact: false, vague: true }, value: min, vague: `in ${tokens.slice(owner, i + 1).map((x) => x.norm).join(' ')}s` };
}

function vagueMention(tokens: Token[], start: number, end: number, min: number, max: number): NumberMention {
  const vague = tokens.slice(start, end).map((t) => t.norm).join(' ');
  return { start, numberStart: start, end, amount: { min, max, exact: false, vague: true }, value: min, vague };
}

/** Words after which a number that follows a name ends the name: function words, and what a source does ("Channel 4 reported"). */
const NAME_ENDS = new Set(['and', 'or', 'in', 'on', 'at', 'of', 'to', 'from', 'was', 'is', 'which', 'that', 'news', 'reported', 'reports', 'said', 'says', 'told', 'tells', 'aired', 'broadcast', 'quoted', 'cited']);

function isPartOfName(tokens: Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // "F-16", "COVID-19", "G7": a number glued to letters.
  if (prev && prev.norm === '-' && prev.start === t.start - 1 && i - 2 >= sentenceStart) {
    const word = tokens[i - 2];
    if (word.end === prev.start && /^\p{L}+$/u.test(word.norm) && !(word.norm in UNIT_WORDS) && !/^(foot|feet|year|month|day|week|hour|minute|inch|magnitude)$/.test(word.norm)) return true;
  }
  if (prev && prev.end === t.start && /\p{L}$/u.test(prev.text) && !currencySignAt(tokens, i - 1)) return true;
  // "Air Force Two", "Catch-22": a capitalised number word after a capitalised word.
  if (startsUpper(t.text) && i > sentenceStart && startsUpper(prev?.text ?? '') && !/^\d/.test(t.text)) return true;
  // "six AK 47 rifles": after a count, a short code in capitals and a number are one model's name.
  if (/^\p{Lu}{1,3}$/u.test(prev?.text ?? '') && i - 2 >= sentenceStart && /^\d+$/.test(t.norm) && readNumber(tokens, i - 2, i - 1)) return true;
  // "on Route 9 and …", "Flight 370.", "Channel 4 reported", "KSHB 41 said": a bare whole number
  // right after a name word and before a word that counts nothing. "City 2-1", "Biden 51 percent"
  // are still values.
  const next = tokens[i + 1];
  const bare = !next || /^[,.;:)]$/.test(next.text) || NAME_ENDS.has(next.norm);
  return bare && /^\d+$/.test(t.norm) && followsNameWord(tokens, i, sentenceStart);
}

/**
 * Whether the word before the number at token i may name something the number belongs to: a
 * capitalised word or an acronym ("Route 9", "KSHB 41"), not the sentence's first word (which may
 * be any word) nor a month in any of its forms ("May 5" and "Sept. 3" are dates).
 */
export function followsNameWord(tokens: Token[], i: number, sentenceStart: number): boolean {
  const prev = tokens[i - 1];
  return i - 1 > sentenceStart && /^\p{Lu}(\p{Ll}|\p{Lu}+$)/u.test(prev?.text ?? '') && !(prev.norm.replace(/\.$/, '') in MONTHS);
}

/** "5,000", "2.5", "1.5 million": a number as people write it. */
export function formatNumber(n: number): string {
  if (Math.abs(n) >= 1e9 && n % 1e7 === 0) return `${trim(n / 1e9)} billion`;
  if (Math.abs(n) >= 1e6 && n % 1e4 === 0) return `${trim(n / 1e6)} million`;
  return groupDigits(n);
}

/**
 * n.toLocaleString('en-US', { maximumFractionDigits: 2 }) without Intl: "12,345.67", "2.5". Its
 * first use starts ICU, which costs about 60 ms, a third of a whole comparison of two reports.
 */
export function groupDigits(n: number): string {
  // "5e-7", "1e+21": too small or too large for the digits below; rare enough for ICU.
  if (!Number.isFinite(n) || /e/.test(String(n))) return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  // Rounded from the shortest decimal form, as ICU does: 1.005 → 1.01.
  const hundredths = Math.round(Number(`${Math.abs(n)}e2`));
  const whole = String(Math.floor(hundredths / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  const cents = hundredths % 100;
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${whole}${cents ? `.${String(cents).padStart(2, '0').replace(/0$/, '')}` : ''}`;
}

const trim = (n: number) => String(Number(n.toFixed(2)));

const HEDGE_WORDS: Record<Hedge, string> = {
  about: 'about', nearly: 'nearly', over: 'over', 'at-least': 'at least', under: 'under', 'at-most': 'up to',
};

/** "over 5,000 people", "30–41 months", "2 h 30 min": a mention as compared, in plain words. */
export function describeMention(mention: NumberMention, format: (n: number) => string): string {
  if (mention.tally) return mention.tally.join('-');
  if (mention.rangeTo !== undefined) return `${format(mention.value)}–${format(mention.rangeTo)}`;
  const { min, max } = mention.amount;
  if (mention.vague) return `${mention.vague} (${format(min ?? 0)}–${format(max ?? 0)})`;
  if (mention.hedge) return `${HEDGE_WORDS[mention.hedge]} ${format(mention.value)}`;
  return format(mention.value);
}
