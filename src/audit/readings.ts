import type { ClaimValue } from '../types';
import { relateIntervals } from '../normalise/intervals';

/** What a value without an amount says, in lower case: its name, its words, or as displayed. */
const textOf = (v: ClaimValue) => (v.name ?? v.words?.join(' ') ?? v.display).toLowerCase();

/** What a value says, as a key: equal keys are one reading of the fact. */
export function readingKey(value: ClaimValue): string {
  if (value.amount) return `${value.unit}|${value.amount.min}|${value.amount.max}|${value.amount.exact}`;
  return textOf(value);
}

const wordsOf = (v: ClaimValue) => textOf(v).split(/\s+/);

/**
 * Whether a value contradicts another: amounts that cannot both be true, or other readings that
 * differ, unless one only shortens the other ("Holm" beside "Katarina Holm").
 */
export function contradicts(value: ClaimValue, other: ClaimValue): boolean {
  if (value.amount && other.amount) return value.unit !== other.unit || relateIntervals(value.amount, other.amount) === 'conflict';
  const [a, b] = [wordsOf(value), wordsOf(other)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return !short.every((w) => long.includes(w));
}
