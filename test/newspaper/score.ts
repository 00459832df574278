// Reading-order score: 1 − normalised edit distance between the paragraphs a reader produced and the
// paragraphs in the order they were set (insert, delete or substitute one paragraph costs 1).
import type { PageSource } from '../../src/model/index.js';
import type { PageRecord } from '../../src/store/types.js';

/** The composed paragraphs of a positioned source, page furniture left out. */
export function paragraphsOf(source: PageSource): string[] {
  const out: string[] = [];
  let at = 0;
  for (const para of source.text.split('\n\n')) {
    const line = source.lines.find((l) => l.start >= at && l.start < at + para.length + 1);
    if (line?.role !== 'furniture' && para.trim()) out.push(para);
    at += para.length + 2;
  }
  return out;
}

export function editDistance<T>(a: readonly T[], b: readonly T[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

export function readingOrderScore(got: readonly string[], want: readonly string[]): number {
  const n = Math.max(got.length, want.length);
  return n === 0 ? 1 : 1 - editDistance(got, want) / n;
}

/** What a careful reader checks of each article; the headline block as one list of lines, in order. */
export function articleSummary(records: readonly PageRecord[]) {
  return records.flatMap((r) =>
    r.articles.map(({ article: a }) => ({
      heads: [a.kicker, a.headline, a.subheadline].filter((n) => n !== null).map((n) => n.text.replace(/\s+/g, '')),
      byline: a.byline?.people.map((p) => `${p.title}:${p.name}`) ?? [],
      paragraphs: a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text),
      source: a.source?.name ?? null,
      jumpTo: a.jumpTo?.page ?? null,
      jumpFrom: a.jumpFrom?.page ?? null,
    })),
  );
}
