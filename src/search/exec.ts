// Evaluating a plan (plan.ts) to the exact set of hits with their scores, from baoku's own posting lists:
// a one-token term is its list, a longer term its tokens' lists checked position by position (phrase.ts);
// combined as sorted id arrays (AND intersects, OR unites, NOT subtracts, scores add up). Scores are FTS5's
// bm25 formula (k1 1.2, b 0.75, IDF floored at 1e-6, the article's length over every field); nearness of
// the terms adds the same bm25 over how often they stand close, when the rarest term is rare enough.
import { dateSpan } from './date-span.js';
import type { DocTable } from './doc-table.js';
import { lowerBound } from '../model/index.js';
import { type DecodedList, type FieldWeights } from './postings.js';
import { NEAR, type Plan, type PlanNode, type TermNode } from './plan.js';
import { nearness, phraseList, phraseStarts, slotList, unite, type Slot, type TokenRows } from './phrase.js';

export interface Hits {
  ids: Int32Array;
  score: Float64Array;
}

/** Nearness is scored when the rarest positive term matches at most this many articles. */
export const NEAR_MAX = 20_000;
const K1 = 1.2;
const B = 0.75;

export interface Weights {
  /** [headline, deck, names, body] of a term found anywhere, of a headline: term, of words, of pinyin. */
  text: FieldWeights;
  headline: FieldWeights;
  words: FieldWeights;
  pinyin: FieldWeights;
}

export interface Sources {
  table: DocTable;
  /** A token's posting segments; with positions when asked. */
  postings(token: string, positions: boolean): TokenRows;
  /** The stored tokens starting with a prefix. */
  expand(prefix: string): string[];
  weights: Weights;
  /** Hits of terms already evaluated against this version of the index. */
  cache: TermCache;
  /** Where ORs unite their hits, for a caller done with them before its next query; fresh arrays without. */
  buffers?: UnionBuffers;
}

/**
 * Buffers for the unions of a query's ORs, each union its own, taken back when the next query starts. An
 * OR of two common terms unites a million hits (~12 MB): fresh arrays each time cost page faults, and their
 * growth of external memory set off old-space collections (11–16 ms pauses at 1M) inside the next queries.
 */
export class UnionBuffers {
  private readonly sets: { ids: Int32Array; score: Float64Array }[] = [];
  private used = 0;
  /** Every buffer free again: the hits of the previous query are no longer read. */
  reset(): void {
    this.used = 0;
  }
  take(n: number): { ids: Int32Array; score: Float64Array } {
    let s = this.sets[this.used];
    if (!s || s.ids.length < n) this.sets[this.used] = s = { ids: new Int32Array(n), score: new Float64Array(n) };
    this.used++;
    return s;
  }
}

/**
 * Terms' hits already evaluated, bounded by hits held (~12 bytes each: 16M, ~200 MB, holds the terms a
 * reader of a million-article archive keeps coming back to, common characters included). Which to drop is GreedyDual-Size:
 * an entry's worth is what it cost to evaluate over the hits it holds, plus an inflation that ages entries
 * left unused; the least worth goes first. A phrase that took 100 ms and holds 40 hits outlives a common
 * character's half a million hits that take 10 ms to decode again. Emptied whenever the index changes.
 */
export class TermCache {
  private readonly terms = new Map<string, { hits: Hits; cost: number; worth: number }>();
  private held = 0;
  private inflation = 0;
  constructor(private readonly maxHits = 16_000_000) {}
  get(key: string): Hits | undefined {
    const e = this.terms.get(key);
    if (e) e.worth = this.inflation + e.cost / Math.max(1, e.hits.ids.length);
    return e?.hits;
  }
  /** Keeps `hits`, which took `cost` ms to evaluate. */
  set(key: string, hits: Hits, cost: number): void {
    if (hits.ids.length > this.maxHits) return;
    this.terms.set(key, { hits, cost, worth: this.inflation + cost / Math.max(1, hits.ids.length) });
    this.held += hits.ids.length;
    while (this.held > this.maxHits) {
      let [least, leastKey] = [Infinity, ''];
      for (const [k, e] of this.terms) if (e.worth < least) [least, leastKey] = [e.worth, k];
      this.inflation = least;
      this.held -= this.terms.get(leastKey)!.hits.ids.length;
      this.terms.delete(leastKey);
    }
  }
}

const EMPTY: Hits = { ids: new Int32Array(0), score: new Float64Array(0) };

/** The hits of a plan's terms (every indexed article when it has none), before filters. */
export function evaluate(plan: Plan, src: Sources, withNearness = true): Hits {
  const { table } = src;
  if (!plan.tree) return { ids: table.ids, score: new Float64Array(table.ids.length) };
  const positive = plan.tree.items.map((n) => node(n, src));
  let hits = positive.length === 0 ? { ids: table.ids, score: new Float64Array(table.ids.length) } : positive.reduce(intersect);
  for (const n of plan.tree.not) hits = minus(hits, node(n, src));
  if (withNearness && plan.near.length > 0 && hits.ids.length > 0 && Math.min(...positive.map((h) => h.ids.length)) <= NEAR_MAX) {
    const matched = hits.ids;
    hits = addScores(hits, cached(src, `near\u0000${JSON.stringify(plan.tree)}`, () => near(plan.near, matched, src)));
  }
  return hits;
}

function node(n: PlanNode, src: Sources): Hits {
  switch (n.type) {
    case 'term':
      return cached(src, `${n.field}\u0000${n.tokens.join('\u0000')}\u0000${n.prefix}\u0000${n.words}\u0000${n.pinyin}`, () => term(n, src));
    case 'or':
      return n.items.map((i) => node(i, src)).reduce((a, b) => union(a, b, src.buffers));
    case 'and': {
      let hits = n.items.map((i) => node(i, src)).reduce(intersect);
      for (const x of n.not) hits = minus(hits, node(x, src));
      return hits;
    }
  }
}

function cached(src: Sources, key: string, make: () => Hits): Hits {
  let hits = src.cache.get(key);
  if (!hits) {
    const t0 = performance.now();
    hits = make();
    src.cache.set(key, hits, performance.now() - t0);
  }
  return hits;
}

/** What may stand at each position of a term: a token, or every token the last one's prefix expands to. */
function slots(n: TermNode, src: Sources, positions: boolean): Slot[] {
  return n.tokens.map((t, i) => (n.prefix && i === n.tokens.length - 1 ? src.expand(t) : [t]).map((token) => src.postings(token, positions)));
}

function term(n: TermNode, src: Sources): Hits {
  const weights = n.field === 'headline' ? src.weights.headline : src.weights.text;
  const current = src.table.seg;
  const single = n.tokens.length === 1;
  const list = single ? slotList(slots(n, src, false)[0]!, weights, current) : phraseList(slots(n, src, true), weights, current);
  let hits = bm25(src.table, list);
  if (n.words) hits = addScores(hits, bm25(src.table, slotList([src.postings(n.words, false)], src.weights.words, current)), true);
  if (n.pinyin) hits = union(hits, bm25(src.table, slotList(src.expand(n.pinyin).map((t) => src.postings(t, false)), src.weights.pinyin, current)));
  return hits;
}

/** bm25 of how often the plain terms stand near each other (within 3 and within 30 positions), in `ids`. */
function near(terms: readonly TermNode[], ids: Int32Array, src: Sources): Hits {
  const placed = terms.map((t) => ({ starts: phraseStarts(slots(t, src, true), ids, src.table.seg), span: t.span }));
  const [h, d, , b] = src.weights.text;
  const running: FieldWeights = [h, d, 0, b];
  return NEAR.map((distance) => bm25(src.table, nearness(placed, ids, distance, running))).reduce((a, b) => union(a, b));
}

/** FTS5's bm25 for one phrase whose weighted frequency per article is `freq`. */
function bm25(t: DocTable, list: DecodedList): Hits {
  const n = list.ids.length;
  const N = t.ids.length;
  const idf = Math.max(1e-6, Math.log((N - n + 0.5) / (n + 0.5)));
  const score = new Float64Array(n);
  const norm = K1 / t.avgLength;
  for (let i = 0; i < n; i++) {
    const f = list.freq[i]!;
    score[i] = (idf * (f * (K1 + 1))) / (f + K1 * (1 - B) + B * norm * t.length[list.ids[i]!]!);
  }
  return { ids: list.ids, score };
}

/**
 * Where intersections and filters write what they keep, copied out at its size: a fresh buffer as large as
 * their input (a million hits) costs more in page faults than their loops. Only synchronous code between
 * scratchFor() and kept() uses it.
 */
let scratch: Hits = { ids: new Int32Array(1 << 12), score: new Float64Array(1 << 12) };
function scratchFor(n: number): { ids: Int32Array; score: Float64Array } {
  if (scratch.ids.length < n) scratch = { ids: new Int32Array(n), score: new Float64Array(n) };
  return scratch;
}
const kept = (k: number): Hits => ({ ids: scratch.ids.slice(0, k), score: scratch.score.slice(0, k) });

function intersect(a: Hits, b: Hits): Hits {
  if (a.ids.length === 0 || b.ids.length === 0) return EMPTY;
  const { ids, score } = scratchFor(Math.min(a.ids.length, b.ids.length));
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      ids[k] = x;
      score[k++] = a.score[i++]! + b.score[j++]!;
    }
  }
  return kept(k);
}

/** `a` and `b` united, into buffers taken from `buffers` when given (the hits of an OR), else fresh. */
function union(a: Hits, b: Hits, buffers?: UnionBuffers): Hits {
  const n = a.ids.length + b.ids.length;
  const into = buffers ? buffers.take(n) : { ids: new Int32Array(n), score: new Float64Array(n) };
  const [ids, score] = unite(a.ids, a.score, b.ids, b.score, into.ids, into.score);
  return { ids, score };
}

function minus(a: Hits, b: Hits): Hits {
  if (b.ids.length === 0) return a;
  const { ids, score } = scratchFor(a.ids.length);
  let j = 0;
  let k = 0;
  for (let i = 0; i < a.ids.length; i++) {
    const x = a.ids[i]!;
    while (j < b.ids.length && b.ids[j]! < x) j++;
    if (j < b.ids.length && b.ids[j] === x) continue;
    ids[k] = x;
    score[k++] = a.score[i]!;
  }
  return kept(k);
}

/** `a` with `b`'s scores added where both have an article; `b` never adds articles. `own`: `a` is this caller's to change. */
function addScores(a: Hits, b: Hits, own = false): Hits {
  const score = own ? a.score : Float64Array.from(a.score);
  let j = 0;
  for (let i = 0; i < a.ids.length && j < b.ids.length; i++) {
    const x = a.ids[i]!;
    while (j < b.ids.length && b.ids[j]! < x) j++;
    if (b.ids[j] === x) score[i]! += b.score[j]!;
  }
  return { ids: a.ids, score };
}

/** What the column filters keep: edition dates (YYYYMMDD), pages and a paper (-1: any), all inclusive. */
export interface ColumnRanges {
  dateLo: number;
  dateHi: number;
  pageLo: number;
  pageHi: number;
  paper: number;
}

/** Keep the hits inside the ranges: one loop over the columns, no call per hit (a filter sees ~10^6 hits). */
export function filterColumns(h: Hits, t: DocTable, r: ColumnRanges): Hits {
  const { date, page, paper } = t;
  const { dateLo, dateHi, pageLo, pageHi } = r;
  const p = r.paper;
  // Only the hits among the ids of the date range, when its articles stand together.
  const span = dateLo > -Infinity || dateHi < Infinity ? dateSpan(t.days, t.ids, dateLo, dateHi) : null;
  const from = span ? lowerBound(h.ids, span[0]) : 0;
  const to = span ? Math.max(from, lowerBound(h.ids, span[1] + 1)) : h.ids.length;
  const { ids, score } = scratchFor(to - from);
  let k = 0;
  for (let i = from; i < to; i++) {
    const id = h.ids[i]!;
    const d = date[id]!;
    const pg = page[id]!;
    if (d < dateLo || d > dateHi || pg < pageLo || pg > pageHi || (p >= 0 && paper[id] !== p)) continue;
    ids[k] = id;
    score[k++] = h.score[i]!;
  }
  return kept(k);
}

/** Keep the hits passing `keep(id)`. */
export function filterHits(h: Hits, keep: (id: number) => boolean): Hits {
  const { ids, score } = scratchFor(h.ids.length);
  let k = 0;
  for (let i = 0; i < h.ids.length; i++) {
    const id = h.ids[i]!;
    if (!keep(id)) continue;
    ids[k] = id;
    score[k++] = h.score[i]!;
  }
  return kept(k);
}

/** Compares hit positions i and j: negative when i comes first (by score then date then id, or by date then id). */
export function order(h: Hits, t: DocTable, byScore: boolean): (i: number, j: number) => number {
  return (i, j) => (byScore && h.score[j]! - h.score[i]!) || t.date[h.ids[j]!]! - t.date[h.ids[i]!]! || h.ids[j]! - h.ids[i]!;
}

/**
 * The first `k` hit positions in `cmp` order among those `after` accepts (a bounded heap; O(n log k)).
 * `score`, when `cmp` orders by it first (descending), lets a hit scoring below the worst kept be skipped unread.
 */
export function top(n: number, k: number, cmp: (i: number, j: number) => number, after: ((i: number) => boolean) | null, score?: Float64Array): number[] {
  const heap: number[] = []; // max-heap by cmp: heap[0] is the worst kept
  const up = (at: number) => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (cmp(heap[at]!, heap[parent]!) <= 0) break;
      [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
      at = parent;
    }
  };
  const down = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let worst = at;
      if (l < heap.length && cmp(heap[l]!, heap[worst]!) > 0) worst = l;
      if (r < heap.length && cmp(heap[r]!, heap[worst]!) > 0) worst = r;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
      at = worst;
    }
  };
  // The worst kept score, read again only when the heap changes: most hits of a common term fall below it.
  let bar = -Infinity;
  for (let i = 0; i < n; i++) {
    if (score && score[i]! < bar) continue;
    if (after && !after(i)) continue;
    if (heap.length < k) heap.push(i), up(heap.length - 1);
    else if (cmp(i, heap[0]!) < 0) (heap[0] = i), down(0);
    else continue;
    if (score && heap.length === k) bar = score[heap[0]!]!;
  }
  return heap.sort(cmp);
}
