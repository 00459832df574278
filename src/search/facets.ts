// Facet counts over every hit from the in-memory article columns: year, month, page, paper, and people and
// organisations from the entity sources' (article, name) pairs.
import type { DocTable } from './doc-table.js';
import type { EntitySource } from './entities.js';
import { topNames } from './names.js';
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
    // One count per hit's (month, paper, page) cell, or per run of hits in one cell: an archive ingested in
    // printed order stores an edition's articles together, so its hits come in runs. Where they do not (runs
    // of one), checking for runs only costs: the first 256 hits decide.
    const { cell } = t;
    const counts = new Int32Array((t.months.length + 1) * (t.papers.length + 1) * (t.maxPage + 2));
    const probe = Math.min(ids.length, 256);
    let [i, runs] = [0, 0];
    const run = () => {
      const c = cell[ids[i]!]!;
      let j = i + 1;
      while (j < ids.length && cell[ids[j]!] === c) j++;
      counts[c]! += j - i;
      (i = j), runs++;
    };
    while (i < probe) run();
    if (2 * runs > probe) for (; i < ids.length; i++) counts[cell[ids[i]!]!]!++;
    else while (i < ids.length) run();
    const [P, G] = [t.papers.length + 1, t.maxPage + 2];
    for (let c = 0; c < counts.length; c++) {
      const n = counts[c]!;
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
    return of.length === 0 ? null : topNames(t.names(of), ids, t.ids.length, 20);
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
