import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocTable, Pairs } from './doc-table.js';
import { bylinePeople } from './entities.js';
import { countFacets } from './facets.js';

/** Articles 1…n, all on page 1 of one paper in 2025-03; article i bylined by the names `byline(i)`. */
function table(n: number, byline: (id: number) => number[], values: string[]): DocTable {
  const col = (v: number) => new Int32Array(n + 1).fill(v);
  const start = new Int32Array(n + 2);
  const names: number[] = [];
  for (let id = 0; id <= n; id++) {
    if (id > 0) names.push(...byline(id));
    start[id + 1] = names.length;
  }
  const pairs: Pairs = { start, names: Int32Array.from(names), values };
  return { ids: Int32Array.from({ length: n }, (_, i) => i + 1), seg: col(1), length: col(10), avgLength: 10, date: col(20250310), month: col(0), months: ['2025-03'], page: col(1), maxPage: 1, paper: col(0), papers: ['云溪报'], pairs: () => pairs };
}

describe('countFacets', () => {
  it('should name the 20 people with the most hits, most first, equal counts in name order', () => {
    // 30 names (sorted, as the table keeps them); name k bylines the articles whose id is divisible by k+1,
    // and names 17–29 share one count: only the first three of them make the 20.
    const values = Array.from({ length: 30 }, (_, k) => `记者${String(k).padStart(2, '0')}`);
    const every = (k: number) => Math.min(k + 1, 18);
    const t = table(600, (id) => values.flatMap((_, k) => (id % every(k) === 0 ? [k] : [])), values);
    const f = countFacets(t.ids, t, [bylinePeople]);
    const want = values.map((v, k) => ({ value: v, count: Math.floor(600 / every(k)) })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, 20);
    assert.deepEqual(f.person, want);
    assert.deepEqual(f.month, [{ value: '2025-03', count: 600 }]);
  });
});
