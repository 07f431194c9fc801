import type { Interval, Relation } from '../types';

const lo = (i: Interval) => i.min ?? -Infinity;
const hi = (i: Interval) => i.max ?? Infinity;
const EPSILON = 1e-9;
// Open ends (Infinity) are equal to each other, which subtraction (NaN) would not say.
const same = (x: number, y: number) => x === y || Math.abs(x - y) < EPSILON;

const inside = (x: number, i: Interval) => x >= lo(i) - EPSILON && x <= hi(i) + EPSILON;

/**
 * "about 150 metres" and "approximately 200 metres": two rounded figures whose margins only touch
 * (127.5–172.5, 170–230) disagree, since neither figure is within the other's margin. "About 100"
 * and "about 112" still agree.
 */
const apartAround = (a: Interval, b: Interval) => a.around !== undefined && b.around !== undefined && !inside(a.around, b) && !inside(b.around, a);

/**
 * How two amounts relate: the same exact value; one inside the other ("in her 40s" and 47);
 * overlapping ("about 2 hours" and "two hours"); or apart, which is a conflict.
 */
export function relateIntervals(a: Interval, b: Interval): Relation {
  // The same interval is the same value, hedged or not: "$1.2 million" and "$1.2 million".
  if (same(lo(a), lo(b)) && same(hi(a), hi(b))) return 'equal';
  if (lo(a) > hi(b) + EPSILON || lo(b) > hi(a) + EPSILON || apartAround(a, b)) return 'conflict';
  const aInB = lo(a) >= lo(b) - EPSILON && hi(a) <= hi(b) + EPSILON;
  const bInA = lo(b) >= lo(a) - EPSILON && hi(b) <= hi(a) + EPSILON;
  // "47" inside "in her 40s", "12" inside "a dozen or so": the one says more than the other. A
  // hedge ("about 2 hours", "more than $80,000") is compatible with what it hedges.
  if ((aInB && a.exact && b.vague) || (bInA && b.exact && a.vague)) return 'more-specific';
  return 'compatible';
}

/** The interval in another unit: "2 hours" × 60 = 120 minutes. */
export function scaleInterval(i: Interval, factor: number, extra = 0): Interval {
  // Rounded to 9 decimals, so 6 ft 2 in is 1.8796 m and not 1.8796000000000002.
  const scale = (n: number | null) => (n === null ? null : Math.round((n * factor + extra) * 1e9) / 1e9);
  return { ...i, min: scale(i.min), max: scale(i.max), ...(i.around === undefined ? {} : { around: scale(i.around)! }) };
}
