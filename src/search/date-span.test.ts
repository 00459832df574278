import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateSpan, daysOf } from './date-span.js';

/** Articles 1…n over `days` editions of n / days articles each, edition e dated day(e); some ids not indexed. */
function archive(n: number, editions: number, day: (e: number) => number) {
  const date = new Int32Array(n + 1);
  for (let id = 1; id <= n; id++) date[id] = day(Math.floor(((id - 1) * editions) / n));
  const ids = Int32Array.from({ length: n }, (_, i) => i + 1).filter((id) => id % 7 !== 3);
  return { ids, date, days: daysOf(ids, date) };
}

const dayOf = (e: number) => 20240101 + Math.floor(e / 28) * 100 + (e % 28); // 28 days a month

describe('dateSpan', () => {
  it('should give the one run of ids holding exactly the articles of a date range in an archive ingested in order', () => {
    const a = archive(2000, 100, dayOf);
    for (const [from, to] of [[20240101, 20240131], [20240215, 20240310], [20240105, 20240105], [0, 99999999], [20230101, 20231231], [20240301, 20240302]] as const) {
      const want = [...a.ids].filter((id) => a.date[id]! >= from && a.date[id]! <= to);
      const span = dateSpan(a.days, a.ids, from, to);
      assert.ok(span, `${from}..${to} is a run`);
      assert.deepEqual([...a.ids].filter((id) => id >= span[0] && id <= span[1]), want, `${from}..${to}`);
    }
  });

  it('should say no run when editions were ingested out of order, and never claim articles of other dates', () => {
    // Editions in the order 0, 2, 1, 3, 5, 4, …: every third pair swapped.
    const a = archive(2000, 100, (e) => dayOf(e % 3 === 1 ? e + 1 : e % 3 === 2 ? e - 1 : e));
    let runs = 0;
    for (let from = 20240101; from < 20240128; from++) {
      const to = from + 1;
      const span = dateSpan(a.days, a.ids, from, to);
      const want = [...a.ids].filter((id) => a.date[id]! >= from && a.date[id]! <= to);
      if (!span) continue;
      runs++;
      assert.deepEqual([...a.ids].filter((id) => id >= span[0] && id <= span[1]), want, `${from}..${to}`);
    }
    assert.ok(runs > 0 && runs < 27, 'some ranges are runs, some are not');
  });
});
