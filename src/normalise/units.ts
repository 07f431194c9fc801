import type { Token } from '../types';
import { currencySignAt, glued, isAgesOf, isTimesWord, type NumberMention } from './numbers';
import { wordTable } from '../text/word-table';
import { startsUpper } from '../text/tokens';

/** What a number measures, read from the words around it. */
export interface UnitReading {
  kind: 'duration' | 'quantity';
  /** "min" for durations; "USD", "percent", "age", "km", "count"… for quantities. */
  unit: string;
  /** Multiplier into the unit: minutes per hour, metres per kilometre. */
  factor: number;
  /** Token where the claim's span starts (a currency sign before the number) and ends (past the unit). */
  start: number;
  end: number;
  /** The unit word as written, for display: "millimetres" (compared as metres). */
  label?: string;
  /** Added after scaling, in the unit: the 2 inches of "6-foot-2". */
  extra?: number;
  /** Degrees of no stated scale ("45 degrees"): Celsius or Fahrenheit, whichever the outlet uses. */
  eitherScale?: boolean;
  /** Compared as written, not rounded: a height in feet and inches is as precise as its inches. */
  asWritten?: boolean;
}

/** Minutes in each unit of time. */
export const MINUTES = wordTable<number>({
  second: 1 / 60, sec: 1 / 60, minute: 1, min: 1, hour: 60, hr: 60, day: 1440, night: 1440, week: 10080,
  fortnight: 20160, month: 43830, year: 525960, yr: 525960, decade: 5259600, century: 52596000,
});
const MEASURES = wordTable<[string, number]>({
  km: ['m', 1000], kilometre: ['m', 1000], kilometer: ['m', 1000], metre: ['m', 1], meter: ['m', 1],
  cm: ['m', 0.01], centimetre: ['m', 0.01], centimeter: ['m', 0.01], mm: ['m', 0.001], millimetre: ['m', 0.001], millimeter: ['m', 0.001],
  mile: ['m', 1609.344], feet: ['m', 0.3048], foot: ['m', 0.3048], ft: ['m', 0.3048],
  inch: ['m', 0.0254], yard: ['m', 0.9144], yd: ['m', 0.9144], kg: ['kg', 1], kilogram: ['kg', 1], tonne: ['kg', 1000],
  ton: ['kg', 907.18], lb: ['kg', 0.4536], gram: ['kg', 0.001], acre: ['m²', 4046.86], hectare: ['m²', 1e4],
  mph: ['km/h', 1.609344], kph: ['km/h', 1], storey: ['storeys', 1], story: ['storeys', 1],
});
/** The units measures are compared in: a length, a weight, an area, a speed, a temperature. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([...Object.values(MEASURES).map(([unit]) => unit), '°C']);
const TEMPERATURE_SCALES = wordTable<'C' | 'F'>({ c: 'C', celsius: 'C', centigrade: 'C', f: 'F', fahrenheit: 'F' });

/** "45C", "45°C", "113 degrees Fahrenheit", "45 degrees": a temperature, compared in °C. */
function readTemperature(tokens: Token[], m: NumberMention, j: number, to: number): UnitReading | null {
  let k = j;
  const degrees = k < to && (tokens[k].text === '°' || /^degrees?$/.test(tokens[k].norm));
  if (degrees) k++;
  // A bare C or F names a scale only glued to the number or after a degree sign: "45C", "45°C",
  // and "45C." at a sentence's end, where the tokenizer keeps the dot as it would an initial's.
  const scale = k < to && (degrees || (glued(tokens[k - 1], tokens[k]) && /^[CF]\.?$/.test(tokens[k].text))) ? TEMPERATURE_SCALES[tokens[k].norm] : undefined;
  if (!scale && !degrees) return null;
  const end = scale ? k + 1 : k;
  const reading = { kind: 'quantity' as const, unit: '°C', start: m.start, end, label: scale ? `°${scale}` : 'degrees' };
  if (scale === 'F') return { ...reading, factor: 5 / 9, extra: (-32 * 5) / 9 };
  return { ...reading, factor: 1, ...(scale ? {} : { eitherScale: true }) };
}
const CURRENCY_WORDS = wordTable<string>({
  dollar: 'USD', euro: 'EUR', yen: 'JPY', yuan: 'CNY', rupee: 'INR', rouble: 'RUB', ruble: 'RUB', pound: 'GBP', franc: 'CHF',
});

/** "hours" → "hour", "centuries" → "century", "inches" → "inch": enough English for unit names. */
export function singular(word: string): string {
  if (word === 'feet') return 'foot';
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') && !word.endsWith('ss') && word.length > 3 ? word.slice(0, -1) : word;
}
const PERCENT = new Set(['%', 'percent', 'pct']);

/** Reads the unit around a number mention: "$" before it, "hours", "-day", "%", "-year-old" after. */
export function readUnit(tokens: Token[], m: NumberMention, to: number): UnitReading {
  const sign = currencySignAt(tokens, m.numberStart - 1);
  if (sign) {
    const us = tokens[m.numberStart - 2]?.text === 'US' ? 'USD' : sign;
    return { kind: 'quantity', unit: us, factor: 1, start: Math.min(m.start, m.numberStart - 1), end: m.end };
  }
  if (m.tally) return { kind: 'quantity', unit: 'score', factor: 1, start: m.start, end: m.end };
  if (isTimesWord(tokens[m.numberStart])) return { kind: 'quantity', unit: 'count', factor: 1, start: m.start, end: m.end, label: 'times' };
  const at = (k: number) => (k < to ? tokens[k]?.norm : undefined);
  let j = m.end;
  const hyphen = tokens[j]?.text === '-';
  if (hyphen) j++;
  const word = j < to ? tokens[j] : undefined;
  const quantity = (unit: string, end: number, factor = 1): UnitReading => ({ kind: 'quantity', unit, factor, start: m.start, end });
  // "a magnitude 6.8 earthquake", "magnitude-6.8", "a 6.7-magnitude quake": an earthquake's size.
  // "a magnitude of 7.0", "7.0 on the Richter scale" too.
  const magnitudeAt = tokens[m.start - 1]?.text === '-' || tokens[m.start - 1]?.norm === 'of' ? m.start - 2 : m.start - 1;
  if (tokens[magnitudeAt]?.norm === 'magnitude' && magnitudeAt >= 0) return { ...quantity('magnitude', m.end), start: magnitudeAt };
  if (at(m.end) === 'on' && at(m.end + 1) === 'the' && at(m.end + 2) === 'richter') return quantity('magnitude', at(m.end + 3) === 'scale' ? m.end + 4 : m.end + 3);
  const temperature = readTemperature(tokens, m, j, to);
  if (temperature) return temperature;
  if (isBareRate(tokens, m, word)) return quantity('percent', m.end);
  if (!word) return quantity('count', m.end);
  const unitWord = singular(word.norm);
  if (unitWord === 'magnitude') return quantity('magnitude', j + 1);
  if (PERCENT.has(word.norm) || (word.norm === 'per' && at(j + 1) === 'cent')) {
    return quantity(at(j + 1) === 'point' || at(j + 1) === 'points' ? 'percentage points' : 'percent', word.norm === 'per' ? j + 2 : j + 1);
  }
  if (unitWord === 'year' && ((at(j + 1) === '-' && at(j + 2) === 'old') || at(j + 1) === 'old')) {
    return quantity('age', at(j + 1) === '-' ? j + 3 : j + 2);
  }
  if (unitWord in MINUTES && !(hyphen && unitWord === 'night')) return { kind: 'duration', unit: 'min', factor: MINUTES[unitWord], start: m.start, end: j + 1 };
  if (unitWord in CURRENCY_WORDS) return quantity(CURRENCY_WORDS[unitWord], j + 1);
  // "13- and 15-inch models": the unit is written once, after the last number.
  const later = hyphen ? suspendedHyphenNoun(tokens, j, to) : undefined;
  if (later !== undefined && singular(tokens[later].norm) in MEASURES) {
    const [unit, factor] = MEASURES[singular(tokens[later].norm)];
    return { ...quantity(unit, j, factor), label: tokens[later].norm };
  }
  if (unitWord in MEASURES && (word.start - tokens[j - 1].end <= 1)) {
    const [unit, factor] = MEASURES[unitWord];
    // "6-foot-2": a height in feet and inches.
    const inches = unitWord === 'foot' && tokens[j + 1]?.text === '-' && /^\d{1,2}$/.test(tokens[j + 2]?.norm ?? '') && j + 2 < to ? Number(tokens[j + 2].norm) : undefined;
    if (inches !== undefined) return { ...quantity(unit, j + 3, factor), label: `foot ${inches}`, extra: inches * MEASURES.inch[1], asWritten: true };
    // "50 miles per hour", "80 kilometres an hour", "80 km/h": a speed, not a distance.
    const perHour = ((at(j + 1) === 'per' || at(j + 1) === 'an') && at(j + 2) === 'hour') || (at(j + 1) === '/' && at(j + 2) === 'h');
    if (perHour && unit === 'm') return { ...quantity('km/h', j + 3, factor / 1000), label: tokens.slice(j, j + 3).map((t) => t.norm).join(at(j + 1) === '/' ? '' : ' ') };
    return { ...quantity(unit, j + 1, factor), label: word.norm };
  }
  return quantity('count', m.end);
}

/**
 * The word a suspended hyphen leaves to the compound after it: "inch" in "13- and 15-inch",
 * "bedroom" in "two- or three-bedroom"; `j` is the token after the hyphen.
 */
export function suspendedHyphenNoun(tokens: Token[], j: number, to: number): number | undefined {
  const isNumber = (t: Token | undefined) => !!t && (/^\d/.test(t.norm) || NUMBER_WORDS_BEFORE_HYPHEN.has(t.norm));
  return /^(and|or|to)$/.test(tokens[j]?.norm ?? '') && isNumber(tokens[j + 1]) && tokens[j + 2]?.text === '-' && j + 3 < to && /^\p{L}/u.test(tokens[j + 3].text) ? j + 3 : undefined;
}
const NUMBER_WORDS_BEFORE_HYPHEN = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred']);

/**
 * "her 2014 tax rate was 35.72, and …": a rate's bare number, no unit after it and its clause
 * ending, is a percentage, the unit left out as the sentence's other rates give it.
 */
function isBareRate(tokens: Token[], m: NumberMention, next: Token | undefined): boolean {
  const linked = /^(was|is|of|at)$/.test(tokens[m.start - 1]?.norm ?? '') && tokens[m.start - 2]?.norm === 'rate';
  return linked && (!next || /^[,.;]$/.test(next.text));
}

const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'teenager', 'teen', 'child', 'victim', 'suspect', 'driver', 'mother', 'father', 'son', 'daughter', 'husband', 'wife', 'resident', 'student', 'officer', 'worker', 'pilot', 'passenger', 'defendant', 'survivor']);

const isWholeAge = (tokens: Token[], m: NumberMention) =>
  m.value > 0 && m.value < 120 && Number.isInteger(m.value) && m.end === m.numberStart + 1 && /^\d+$/.test(tokens[m.numberStart].norm);

/**
 * "He was 77.", "when she was 14,": a person's age, as a pronoun's complement that ends its
 * clause. "He was 77 when…" too; "she was 14 points behind" is not.
 */
function isAgeOfPronoun(tokens: Token[], m: NumberMention): boolean {
  const [pronoun, verb, after] = [tokens[m.start - 2], tokens[m.start - 1], tokens[m.end]];
  const endsClause = !after || /^[,.;]$/.test(after.text) || after.norm === 'when' || after.norm === 'at';
  return /^(he|she)$/.test(pronoun?.norm ?? '') && /^(was|is)$/.test(verb?.norm ?? '') && endsClause && isWholeAge(tokens, m);
}

const DEATH_WORDS = new Set(['died', 'dies', 'dead', 'death']);
const DEATH_REACH = 6;

/** "died Thursday at 91.", "who died yesterday in federal prison at 77,": the age at death. */
function isAgeAtDeath(tokens: Token[], m: NumberMention, from: number): boolean {
  if (tokens[m.start - 1]?.norm !== 'at' || !/^[,.;]$/.test(tokens[m.end]?.text ?? '') || !isWholeAge(tokens, m)) return false;
  for (let i = m.start - 2; i >= Math.max(from, m.start - DEATH_REACH); i--) {
    if (DEATH_WORDS.has(tokens[i].norm)) return true;
    if (/^[,;:]$/.test(tokens[i].text)) return false;
  }
  return false;
}

/** "Smith, 62," and "aged 62": an age written without the word "year". */
export function isBareAge(tokens: Token[], m: NumberMention, from: number): boolean {
  const prev = tokens[m.start - 1];
  if (m.vague?.startsWith('in ')) return true;
  if (prev && (prev.norm === 'aged' || prev.norm === 'age')) return true;
  if (isAgesOf(tokens, m.numberStart - 1)) return true;
  // "19 or older", "12 or younger": only an age is older or younger.
  if (/^(older|younger)$/.test(tokens[m.end - 1]?.norm ?? '')) return true;
  // "at the age of nine"
  if (prev?.norm === 'of' && tokens[m.start - 2]?.norm === 'age') return true;
  if (isAgeOfPronoun(tokens, m) || isAgeAtDeath(tokens, m, from)) return true;
  const name = tokens[m.start - 2];
  // "Smith, 62," and "a teenager, 17.": a name or a word for a person, then the age between commas.
  const person = m.start - 2 >= from && (startsUpper(name.text) || PERSON_NOUNS.has(name.norm));
  return (
    prev?.text === ',' && /^[,.]$/.test(tokens[m.end]?.text ?? '') && person && isWholeAge(tokens, m)
  );
}
