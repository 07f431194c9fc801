/**
 * The last index whose value is at or before `x`, in ascending values read by `valueAt`; 0 when
 * none is. Finds the token at an offset, or the line an offset stands on.
 */
export function lastAtOrBefore(length: number, valueAt: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (valueAt(mid) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
