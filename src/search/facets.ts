// Facet counts over every hit from the in-memory article columns: year, month, page, paper, and people and
// organisations from the entity sources' (article, name) pairs.
import type { DocTable } from './doc-table.js';
import type { EntitySource } from './entities.js';
import type { FacetCount, Facets } from './types.js';

export function countFacets(ids: Int32Array, t: DocTable, sources: readonly EntitySource[]): Facets {
  const months = new Int32Array(t.months.length);
  const papers = new Int32Array(t.papers.length);
  const pageCounts = new Int32Array(t.maxPage + 1);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const m = t.month[id]!;
    if (m >= 0) months[m]!++;
    const pp = t.paper[id]!;
    if (pp >= 0) papers[pp]!++;
    const pg = t.page[id]!;
    if (pg >= 0) pageCounts[pg]!++;
  }
  const page: FacetCount[] = [];
  pageCounts.forEach((n, pg) => n > 0 && page.push({ value: String(pg), count: n }));
  const years = new Map<string, number>();
  const month: FacetCount[] = [];
  months.forEach((n, m) => {
    if (n === 0) return;
    const value = t.months[m]!;
    month.push({ value, count: n });
    years.set(value.slice(0, 4), (years.get(value.slice(0, 4)) ?? 0) + n);
  });
  // Code-unit order: localeCompare costs more than the counting.
  const byValueDesc = (a: FacetCount, b: FacetCount) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0);
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || -byValueDesc(a, b);
  const paper: FacetCount[] = [];
  papers.forEach((n, p) => n > 0 && paper.push({ value: t.papers[p]!, count: n }));

  const entity = (kind: 'person' | 'org'): FacetCount[] | null => {
    const of = sources.filter((s) => s.kind === kind);
    if (of.length === 0) return null;
    const counts = new Map<string, number>();
    for (const s of of) {
      const p = t.pairs(s);
      const n = new Int32Array(p.values.length);
      for (let i = 0; i < ids.length; i++) for (let k = p.start[ids[i]!]!, end = p.start[ids[i]! + 1]!; k < end; k++) n[p.names[k]!]!++;
      // Only the top 20 of each source are named (values are sorted, so equal counts keep value order).
      const ranked = new Float64Array(p.values.length);
      let m = 0;
      n.forEach((c, k) => c > 0 && (ranked[m++] = (2 ** 31 - c) * 2 ** 21 + k));
      for (const r of ranked.subarray(0, m).sort().subarray(0, of.length === 1 ? 20 : m)) {
        const value = p.values[r % 2 ** 21]!;
        counts.set(value, (counts.get(value) ?? 0) + n[r % 2 ** 21]!);
      }
    }
    return [...counts].map(([value, count]) => ({ value, count })).sort(byCount).slice(0, 20);
  };
  return {
    year: [...years].map(([value, count]) => ({ value, count })).sort(byValueDesc),
    month: month.sort(byValueDesc),
    page,
    paper: paper.sort(byCount).slice(0, 20),
    person: entity('person'),
    org: entity('org'),
  };
}
