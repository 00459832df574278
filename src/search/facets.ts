// Facet counts over every hit from the in-memory article columns: year, month, page, paper, and people and
// organisations from the entity sources' (article, name) pairs.
import type { DocTable, Pairs } from './doc-table.js';
import type { EntitySource } from './entities.js';
import type { FacetCount, Facets } from './types.js';

export function countFacets(ids: Int32Array, t: DocTable, sources: readonly EntitySource[]): Facets {
  const months = new Int32Array(t.months.length);
  const papers = new Int32Array(t.papers.length);
  const pageCounts = new Int32Array(t.maxPage + 1);
  const add = (m: number, pp: number, pg: number, n: number) => {
    if (m >= 0) months[m]! += n;
    if (pp >= 0) papers[pp]! += n;
    if (pg >= 0) pageCounts[pg]! += n;
  };
  if (t.cell) {
    // One count per hit in its (month, paper, page) cell, then the cells added up. Four counters a cell,
    // taken in turn: hits of one edition share a cell, and one counter bumped again and again waits on itself.
    const { cell } = t;
    const counts = new Int32Array(4 * (t.months.length + 1) * (t.papers.length + 1) * (t.maxPage + 2));
    for (let i = 0; i < ids.length; i++) counts[4 * cell[ids[i]!]! + (i & 3)]!++;
    const [P, G] = [t.papers.length + 1, t.maxPage + 2];
    for (let c = 0; 4 * c < counts.length; c++) {
      const n = counts[4 * c]! + counts[4 * c + 1]! + counts[4 * c + 2]! + counts[4 * c + 3]!;
      if (n > 0) add(Math.floor(c / (P * G)) - 1, (Math.floor(c / G) % P) - 1, (c % G) - 1, n);
    }
  } else {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      add(t.month[id]!, t.paper[id]!, t.page[id]!, 1);
    }
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
      const n = valueCounts(ids, t.ids, p);
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

/**
 * How many of the hits have each value. Over most of the archive (a common character), the totals less
 * the articles that are not hits: fewer to count, and a value count is a random access per pair.
 */
function valueCounts(ids: Int32Array, all: Int32Array, p: Pairs): Int32Array {
  const { start, names, only } = p;
  const most = 2 * ids.length > all.length;
  const n = most ? p.totals.slice() : new Int32Array(p.values.length);
  const by = most ? -1 : 1;
  // Over most of the archive, the articles of `all` (ascending, like `ids`, which it holds) not in `ids`.
  for (let i = 0, j = 0; i < (most ? all.length : ids.length); i++) {
    let id: number;
    if (!most) id = ids[i]!;
    else if (j < ids.length && ids[j] === all[i]) {
      j++;
      continue;
    } else id = all[i]!;
    const v = only[id]!;
    if (v >= 0) n[v]! += by;
    else if (v === -2) for (let k = start[id]!, end = start[id + 1]!; k < end; k++) n[names[k]!]! += by;
  }
  return n;
}
