// Facet counts over every hit from the in-memory article columns: year, month, page, paper, and people and
// organisations from the entity sources' (article, name) pairs.
import type { DocTable } from './doc-table.js';
import type { EntitySource } from './entities.js';
import type { FacetCount, Facets } from './types.js';

export function countFacets(ids: Int32Array, t: DocTable, sources: readonly EntitySource[]): Facets {
  const months = new Int32Array(t.months.length);
  const papers = new Int32Array(t.papers.length);
  const pageCounts = new Int32Array(t.maxPage + 1);
  // Columns in locals: a facet counts up to a million hits, and a property read per hit adds up.
  const { month: monthOf, paper: paperOf, page: pageOf } = t;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const m = monthOf[id]!;
    if (m >= 0) months[m]!++;
    const pp = paperOf[id]!;
    if (pp >= 0) papers[pp]!++;
    const pg = pageOf[id]!;
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
      const { start, names } = p;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        for (let k = start[id]!, end = start[id + 1]!; k < end; k++) n[names[k]!]!++;
      }
      // One source: only its top 20 are named, picked in one pass (values are sorted, so equal counts keep
      // value order); several: every count, as a name's counts add up across sources.
      for (const k of of.length === 1 ? topCounts(n, 20) : n.keys()) if (n[k]! > 0) counts.set(p.values[k]!, (counts.get(p.values[k]!) ?? 0) + n[k]!);
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

/** Indexes of the `k` largest counts (ties: lower index first), largest first, without sorting them all. */
function topCounts(n: Int32Array, k: number): number[] {
  const best: number[] = []; // ordered, best first
  for (let i = 0; i < n.length; i++) {
    const c = n[i]!;
    if (c === 0 || (best.length === k && c <= n[best[k - 1]!]!)) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && n[best[at - 1]!]! < c) at--;
    best.splice(at, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}
