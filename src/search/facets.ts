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
  const byValueDesc = (a: FacetCount, b: FacetCount) => b.value.localeCompare(a.value);
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
  const paper: FacetCount[] = [];
  papers.forEach((n, p) => n > 0 && paper.push({ value: t.papers[p]!, count: n }));

  let marks: Uint8Array | null = null;
  const entity = (kind: 'person' | 'org'): FacetCount[] | null => {
    const of = sources.filter((s) => s.kind === kind);
    if (of.length === 0) return null;
    if (!marks) {
      marks = new Uint8Array(t.seg.length);
      for (let i = 0; i < ids.length; i++) marks[ids[i]!] = 1;
    }
    const counts = new Map<string, number>();
    for (const s of of) {
      const p = t.pairs(s);
      const n = new Int32Array(p.values.length);
      for (let i = 0; i < p.docs.length; i++) if (marks[p.docs[i]!] === 1) n[p.names[i]!]!++;
      n.forEach((c, k) => c > 0 && counts.set(p.values[k]!, (counts.get(p.values[k]!) ?? 0) + c));
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
