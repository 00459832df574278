// A date filter as a range of article ids. An archive ingested in the order it was printed stores an
// edition's articles after the earlier editions', so the articles of a date range are one run of ids: the
// hits inside it are found by two binary searches instead of reading the date of every hit.
import { lowerBound } from '../model/index.js';

/** The distinct edition dates (YYYYMMDD, ascending), each with its lowest and highest article id and count. */
export interface Days {
  date: Int32Array;
  first: Int32Array;
  last: Int32Array;
  count: Int32Array;
}

/** The days of the indexed articles `ids` (ascending) by their `date` column. */
export function daysOf(ids: Int32Array, date: Int32Array): Days {
  const at = new Map<number, number>();
  const first: number[] = [];
  const last: number[] = [];
  const count: number[] = [];
  let prev = -1;
  let d = -1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    // An edition's articles stand together: look the date up only where it changes.
    if (date[id] !== prev) {
      prev = date[id]!;
      d = at.get(prev) ?? -1;
      if (d < 0) at.set(prev, (d = first.push(id) - 1)), last.push(id), count.push(0);
    }
    last[d] = id;
    count[d]!++;
  }
  const order = [...at.keys()].sort((a, b) => a - b);
  const pick = (column: number[]) => Int32Array.from(order, (day) => column[at.get(day)!]!);
  return { date: Int32Array.from(order), first: pick(first), last: pick(last), count: pick(count) };
}

/**
 * The ids [lo, hi] holding exactly the indexed articles dated from `from` to `to` (inclusive), or null
 * when other articles stand among them (an archive ingested out of order): then every hit's date is read.
 */
export function dateSpan(days: Days, ids: Int32Array, from: number, to: number): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  let n = 0;
  for (let d = lowerBound(days.date, from); d < days.date.length && days.date[d]! <= to; d++) {
    lo = Math.min(lo, days.first[d]!);
    hi = Math.max(hi, days.last[d]!);
    n += days.count[d]!;
  }
  if (n === 0) return [1, 0];
  return lowerBound(ids, hi + 1) - lowerBound(ids, lo) === n ? [lo, hi] : null;
}
