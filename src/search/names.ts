// The people and organisations facets: the names most hits carry. A kind's (article, name) pairs, merged
// over its sources, are kept both ways: by article, to count the names of a few thousand hits directly,
// and by name, largest total first, so over most of the archive only the names whose total could still
// reach the 20th count are counted (a threshold algorithm: exact, and it stops after a few hundred names).
import type { Pairs } from './doc-table.js';

export interface NameIndex {
  /** Names in code-unit order, so an index orders ties. */
  values: string[];
  /** By article: names[start[id] … start[id + 1]) index `values`. */
  start: Int32Array;
  names: Int32Array;
  /** By name: docs[docStart[v] … docStart[v + 1]) are its articles, a pair per source (counts add up). */
  docStart: Int32Array;
  docs: Int32Array;
  /** Names by their number of pairs, most first (ties: lower index first). */
  byTotal: Int32Array;
  /** reach[r]: the pairs of the first r names of `byTotal`, what counting them reads. */
  reach: Float64Array;
}

/** One index over the pairs of every source of a kind (each source's `start` spans the same article ids). */
export function nameIndex(sources: readonly Pairs[], idSpan: number): NameIndex {
  const values = sources.length === 1 ? sources[0]!.values : [...new Set(sources.flatMap((p) => p.values))].sort();
  const { start, names } = sources.length === 1 ? sources[0]! : mergeByArticle(sources, values, idSpan);
  const docStart = new Int32Array(values.length + 1);
  for (let j = 0; j < names.length; j++) docStart[names[j]! + 1]!++;
  for (let v = 0; v < values.length; v++) docStart[v + 1]! += docStart[v]!;
  const docs = new Int32Array(names.length);
  const next = docStart.slice(0, values.length);
  for (let id = 0; id < idSpan; id++) for (let j = start[id]!; j < start[id + 1]!; j++) docs[next[names[j]!]!++] = id;
  const total = (v: number) => docStart[v + 1]! - docStart[v]!;
  const byTotal = Int32Array.from(values.keys()).sort((a, b) => total(b) - total(a) || a - b);
  const reach = new Float64Array(values.length + 1);
  byTotal.forEach((v, r) => (reach[r + 1] = reach[r]! + total(v)));
  return { values, start, names, docStart, docs, byTotal, reach };
}

/** Several sources' pairs as one list by article, their names re-indexed into the merged `values`. */
function mergeByArticle(sources: readonly Pairs[], values: string[], idSpan: number): { start: Int32Array; names: Int32Array } {
  const at = new Map(values.map((v, i) => [v, i]));
  const remaps = sources.map((p) => Int32Array.from(p.values, (v) => at.get(v)!));
  const start = new Int32Array(idSpan + 1);
  for (const p of sources) for (let id = 0; id < idSpan; id++) start[id + 1]! += p.start[id + 1]! - p.start[id]!;
  for (let id = 0; id < idSpan; id++) start[id + 1]! += start[id]!;
  const names = new Int32Array(start[idSpan]!);
  const fill = start.slice(0, idSpan);
  sources.forEach((p, s) => {
    for (let id = 0; id < idSpan; id++) for (let j = p.start[id]!; j < p.start[id + 1]!; j++) names[fill[id]!++] = remaps[s]![p.names[j]!]!;
  });
  return { start, names };
}

/** The `k` names most `hits` (ascending article ids, among `articles` indexed) carry, most first, ties in name order. */
export function topNames(ix: NameIndex, hits: Int32Array, articles: number, k: number): { value: string; count: number }[] {
  const top = byNameFirst(ix, hits, articles, k) ? countByName(ix, hits, k) : countByArticle(ix, hits, k);
  return top.map(([v, count]) => ({ value: ix.values[v]!, count }));
}

/**
 * Whether counting name by name reads less than counting every hit's names. It reads the names whose total
 * reaches the k-th count; a guess of that count (the k-th total, scaled by the share of the archive hit)
 * picks the method, and only the time, never the counts, depends on the guess.
 */
export function byNameFirst(ix: NameIndex, hits: Int32Array, articles: number, k: number): boolean {
  const { byTotal, docStart } = ix;
  if (byTotal.length === 0 || articles === 0) return false;
  const total = (r: number) => docStart[byTotal[r]! + 1]! - docStart[byTotal[r]!]!;
  const guess = 0.75 * (hits.length / articles) * total(Math.min(k, byTotal.length) - 1);
  let [lo, hi] = [0, byTotal.length]; // the first rank whose total is below the guess
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (total(mid) < guess) hi = mid;
    else lo = mid + 1;
  }
  return ix.reach[lo]! < (hits.length * ix.docs.length) / articles;
}

/** Every hit's names counted, then the k largest counts picked in one pass. */
export function countByArticle(ix: NameIndex, hits: Int32Array, k: number): [number, number][] {
  const { start, names } = ix;
  const n = new Int32Array(ix.values.length);
  for (let i = 0; i < hits.length; i++) for (let j = start[hits[i]!]!, end = start[hits[i]! + 1]!; j < end; j++) n[names[j]!]!++;
  const best: [number, number][] = []; // [name, count], best first
  for (let v = 0; v < n.length; v++) offer(best, k, v, n[v]!);
  return best;
}

// The hits marked for countByName, a bit each (125 kB at 1M, in cache), in one array kept between calls: a
// fresh one a query adds to the external memory whose growth sets off old-space collections.
let marks = new Int32Array(0);

/** Names in order of their totals, each counted over the hits, until no total left can reach the k-th count. */
export function countByName(ix: NameIndex, hits: Int32Array, k: number): [number, number][] {
  const { docStart, docs, byTotal } = ix;
  const words = (ix.start.length + 31) >> 5;
  if (marks.length < words) marks = new Int32Array(words);
  const hit = marks.fill(0, 0, words);
  for (let i = 0; i < hits.length; i++) hit[hits[i]! >> 5]! |= 1 << (hits[i]! & 31);
  const best: [number, number][] = [];
  for (let r = 0; r < byTotal.length; r++) {
    const v = byTotal[r]!;
    const [from, to] = [docStart[v]!, docStart[v + 1]!];
    if (best.length === k && to - from < best[k - 1]![1]) break;
    let c = 0;
    for (let j = from; j < to; j++) c += (hit[docs[j]! >> 5]! >>> (docs[j]! & 31)) & 1;
    offer(best, k, v, c);
  }
  return best;
}

/** Keeps name v with `count` among the k best (most first; ties: lower index first) when it belongs there. */
function offer(best: [number, number][], k: number, v: number, count: number): void {
  if (count === 0 || (best.length === k && !before(count, v, best[k - 1]!))) return;
  let at = best.length;
  while (at > 0 && before(count, v, best[at - 1]!)) at--;
  best.splice(at, 0, [v, count]);
  if (best.length > k) best.pop();
}

const before = (count: number, v: number, [w, c]: [number, number]) => count > c || (count === c && v < w);
