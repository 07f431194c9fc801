import { relateIntervals, scaleInterval } from '../../src/normalise/intervals';
import type { Interval, Relation } from '../../src/types';

const point = (n: number): Interval => ({ min: n, max: n, exact: true });
const range = (min: number | null, max: number | null): Interval => ({ min, max, exact: false });
/** A range or vague amount, as opposed to a hedged number: "in her 40s", "30 to 41". */
const vague = (min: number, max: number): Interval => ({ min, max, exact: false, vague: true });
/** "about n": n ± 15 %. */
const around = (n: number): Interval => ({ min: n * 0.85, max: n * 1.15, exact: false, around: n });

describe('relateIntervals', () => {
  // [what the reports say, a, b, relation]
  test.each<[string, Interval, Interval, Relation]>([
    ['"two hours" and "120 minutes"', point(120), point(120), 'equal'],
    ['"two hours" and "two and a half hours"', point(120), point(150), 'conflict'],
    ['"a 20-page ruling" and "a 21-page ruling"', point(20), point(21), 'conflict'],
    ['"in her 40s" and "47"', vague(40, 49), point(47), 'more-specific'],
    ['"47" and "in her 40s" (order does not matter)', point(47), vague(40, 49), 'more-specific'],
    ['"about 47" and "47": a hedge is compatible, not less specific', range(42.3, 51.7), point(47), 'compatible'],
    ['"in her 40s" and "52"', vague(40, 49), point(52), 'conflict'],
    ['"about 300" and "310" overlap', range(270, 330), range(300, 320), 'compatible'],
    ['"over 5,000" and "more than 5,000": the same value', range(5000, null), range(5000, null), 'equal'],
    ['"over 5,000" and "about 6,000"', range(5000, null), range(5400, 6600), 'compatible'],
    ['"under 10" and "over 20"', range(0, 10), range(20, null), 'conflict'],
    ['"dozens" and "hundreds" touching at an edge overlap', range(24, 200), range(200, 2000), 'compatible'],
    ['"about 150 metres" and "approximately 200 metres": margins touch, figures apart', around(150), around(200), 'conflict'],
    ['"about 100" and "about 112": each figure in the other\'s margin', around(100), around(112), 'compatible'],
  ])('%s → %s', (_what, a, b, relation) => {
    expect(relateIntervals(a, b)).toBe(relation);
  });

  test('the relation is symmetric', () => {
    const samples = [point(5), point(7), range(4, 6), range(5, null), range(0, 5), range(6, 9), around(6), around(8)];
    for (const a of samples) for (const b of samples) expect(relateIntervals(a, b)).toBe(relateIntervals(b, a));
  });

  test('floating-point noise is not a conflict: 2.5 years in minutes equals 30 months in minutes', () => {
    expect(relateIntervals(point(2.5 * 525960), point(30 * 43830))).toBe('equal');
  });
});

describe('scaleInterval', () => {
  test('hours to minutes keeps open ends open', () => {
    expect(scaleInterval({ min: 2, max: null, exact: false }, 60)).toEqual({ min: 120, max: null, exact: false });
    expect(scaleInterval(point(2.5), 60)).toEqual(point(150));
  });
});
