import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pairs } from './doc-table.js';
import { byNameFirst, countByArticle, countByName, nameIndex, topNames } from './names.js';

/** Pairs over articles 1…n from `namesOf(id)` (indexes into `values`, sorted). */
function pairs(n: number, values: string[], namesOf: (id: number) => number[]): Pairs {
  const start = new Int32Array(n + 2);
  const names: number[] = [];
  for (let id = 0; id <= n; id++) {
    if (id > 0) names.push(...namesOf(id));
    start[id + 1] = names.length;
  }
  return { start, names: Int32Array.from(names), values };
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The k most frequent names over the hits by brute force: count desc, then name. */
function expected(sources: Pairs[], hits: Int32Array, k: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const p of sources) for (const id of hits) for (let j = p.start[id]!; j < p.start[id + 1]!; j++) counts.set(p.values[p.names[j]!]!, (counts.get(p.values[p.names[j]!]!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
}

describe('names facet', () => {
  const n = 3000;
  const rnd = random(7);
  // Skewed totals with many ties: name k is drawn with weight 1/(k+1), 0–3 names an article.
  const values = Array.from({ length: 200 }, (_, k) => `人${String(k).padStart(3, '0')}`);
  const draw = () => Math.min(values.length - 1, Math.floor(Math.exp(rnd() * Math.log(values.length + 1))) - 1);
  const bylines = pairs(n, values, () => Array.from({ length: Math.floor(rnd() * 4) }, draw));
  // A second source over a subset of the names, in its own value order (as another table lists them).
  const others = values.filter((_, k) => k % 3 === 0).reverse();
  const mentions = pairs(n, [...others].sort(), (id) => (id % 5 === 0 ? [id % others.length] : []));

  it('should count the same top names by article and by name, equal to a brute-force count, for any share of hits', () => {
    for (const sources of [[bylines], [bylines, mentions]]) {
      const ix = nameIndex(sources, n + 1);
      for (const share of [0.001, 0.01, 0.1, 0.5, 0.9, 1]) {
        const hits = Int32Array.from({ length: n }, (_, i) => i + 1).filter(() => rnd() < share);
        for (const k of [1, 5, 20]) {
          const want = expected(sources, hits, k);
          const named = (top: [number, number][]) => top.map(([v, c]) => [ix.values[v]!, c]);
          assert.deepEqual(named(countByArticle(ix, hits, k)), want, `by article, share ${share}, k ${k}`);
          assert.deepEqual(named(countByName(ix, hits, k)), want, `by name, share ${share}, k ${k}`);
          assert.deepEqual(topNames(ix, hits, n, k), want.map(([value, count]) => ({ value, count })));
        }
      }
    }
  });

  it('should still count a name whose total only equals the count to beat, as it wins the tie by name', () => {
    // 甲 bylines articles 1–2, 乙 articles 3–5; hits 1, 2, 3, 4: both have 2, and 甲 comes first.
    const ix = nameIndex([pairs(5, ['甲', '乙'], (id) => [id <= 2 ? 0 : 1])], 6);
    assert.deepEqual(countByName(ix, Int32Array.of(1, 2, 3, 4), 1), [[0, 2]]);
  });

  it('should choose to count by name over most of the archive and by article over a few hits', () => {
    const ix = nameIndex([bylines], n + 1);
    const first = (share: number) => Int32Array.from({ length: Math.round(share * n) }, (_, i) => i + 1);
    assert.equal(byNameFirst(ix, first(0.9), n, 20), true);
    assert.equal(byNameFirst(ix, first(0.002), n, 20), false);
  });
});
