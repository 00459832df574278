import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { daysOf } from './date-span.js';
import { cellOf, type DocTable } from './doc-table.js';
import { bylinePeople } from './entities.js';
import { countFacets } from './facets.js';
import { nameIndex } from './names.js';

/**
 * Articles 1…n of two papers over three months (article i: month i % 3, paper i % 2, page i % 5 with 0
 * unknown, or with `runs` in the order of an archive ingested as printed: months in thirds, papers in tens,
 * pages in sixes); article i bylined by the names `byline(i)`. With or without the cell column.
 */
function table(n: number, byline: (id: number) => number[], values: string[], cells: boolean, runs = false): DocTable {
  const col = (f: (id: number) => number) => Int32Array.from({ length: n + 1 }, (_, id) => f(id));
  const start = new Int32Array(n + 2);
  const names: number[] = [];
  for (let id = 0; id <= n; id++) {
    if (id > 0) names.push(...byline(id));
    start[id + 1] = names.length;
  }
  const index = nameIndex([{ start, names: Int32Array.from(names), values }], n + 1);
  const [m, pp, pg] = runs ? [(id: number) => Math.floor((3 * id) / (n + 1)), (id: number) => Math.floor(id / 10) % 2, (id: number) => Math.floor(id / 6) % 5] : [(id: number) => id % 3, (id: number) => id % 2, (id: number) => id % 5];
  const [month, paper, page] = [col(m), col(pp), col((id) => (pg(id) === 0 ? -1 : pg(id)))];
  return {
    ...{ ids: col((id) => id).subarray(1), seg: col(() => 1), length: col(() => 10), avgLength: 10, date: col(() => 20250310) },
    days: daysOf(col((id) => id).subarray(1), col(() => 20250310)),
    ...{ month, months: ['2025-01', '2025-02', '2025-03'], page, maxPage: 4, paper, papers: ['云溪报', '云溪晚报'] },
    cell: cells ? col((id) => cellOf(month[id]!, paper[id]!, page[id]!, 2, 4)) : null,
    names: () => index,
  };
}

describe('countFacets', () => {
  it('should count months, years, papers and pages by cell or column alike, and name the 20 people with the most hits (ties in name order)', () => {
    // 30 names (sorted, as the table keeps them); name k bylines the articles whose id is divisible by k+1,
    // and names 17–29 share one count: only the first three of them make the 20.
    const values = Array.from({ length: 30 }, (_, k) => `记者${String(k).padStart(2, '0')}`);
    const every = (k: number) => Math.min(k + 1, 18);
    for (const cells of [false, true]) {
      const t = table(600, (id) => values.flatMap((_, k) => (id % every(k) === 0 ? [k] : [])), values, cells);
      const f = countFacets(t.ids, t, [bylinePeople]);
      assert.deepEqual(f.month, ['2025-03', '2025-02', '2025-01'].map((value) => ({ value, count: 200 })));
      assert.deepEqual(f.year, [{ value: '2025', count: 600 }]);
      assert.deepEqual(f.paper, [{ value: '云溪报', count: 300 }, { value: '云溪晚报', count: 300 }]);
      assert.deepEqual(f.page, [1, 2, 3, 4].map((pg) => ({ value: String(pg), count: 120 })), 'unknown pages (-1) are not a value');
      // People over every article, a third of them, and most of them.
      for (const keep of [() => true, (id: number) => id % 3 === 0, (id: number) => id % 7 !== 0]) {
        const hits = t.ids.filter(keep);
        const want = values
          .map((value, k) => ({ value, count: hits.filter((id) => id % every(k) === 0).length }))
          .filter((c) => c.count > 0)
          .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
          .slice(0, 20);
        assert.deepEqual(countFacets(hits, t, [bylinePeople]).person, want);
      }
    }
  });

  it('should count the cells of hits that come in runs (an archive in printed order) as the columns do', () => {
    const [byCell, byColumn] = [true, false].map((cells) => table(3000, () => [], [], cells, true));
    for (const keep of [() => true, (id: number) => id % 4 !== 0, (id: number) => id % 97 === 0, (id: number) => id > 2900]) {
      const hits = byCell!.ids.filter(keep);
      const { person: _, ...want } = countFacets(hits, byColumn!, []);
      const { person: __, ...got } = countFacets(hits, byCell!, []);
      assert.deepEqual(got, want);
      assert.equal(got.month.reduce((n, c) => n + c.count, 0), hits.length);
    }
  });
});
