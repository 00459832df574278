// Binary search over sorted numbers, shared by search (posting ids, dates) and enrich (mention times).

/** The first index of ascending `a` holding a value ≥ x (a.length when none does). */
export function lowerBound(a: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
