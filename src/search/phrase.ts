// Terms that are more than one stored token — "模速空间" (模速, 速空, 空间 at positions p, p+1, p+2),
// "2025年" (the run 2025, then 年), a word prefix — answered from baoku's own lists with positions: the
// tokens' article lists intersected, then each candidate's positions checked. Exact, and bounded by the
// tokens' lists (never by the text). The same positions score how near the terms of a query stand.
import { decodeSegments, FIELD_SHIFT, type DecodedList, type FieldWeights } from './postings.js';
import { Seeker, type SeekRow } from './seek.js';
import { lowerBound } from '../model/index.js';

/**
 * One token's rows: its segments' postings, with positions when needed, in the row or (a long list) in
 * chunks of POS_CHUNK postings read on demand, found through the list's skips (seek.ts).
 */
export type TokenRows = readonly SeekRow[];
/** What may stand at one position of a phrase: one token, or every token a prefix expands to. */
export type Slot = readonly TokenRows[];

const ANY: FieldWeights = [1, 1, 1, 1];
const NONE: DecodedList = { ids: new Int32Array(0), freq: new Float32Array(0) };
const fieldOf = (p: number) => Math.floor(p / 2 ** FIELD_SHIFT);

/** The articles holding any of a slot's tokens (weighted frequencies summed), ascending. */
export function slotList(slot: Slot, weights: FieldWeights, current: Int32Array): DecodedList {
  return slot.length === 0 ? NONE : slot.map((rows) => decodeSegments(rows, weights, current)).reduce(unionLists);
}

function unionLists(a: DecodedList, b: DecodedList): DecodedList {
  const n = a.ids.length + b.ids.length;
  const [ids, freq] = unite(a.ids, a.freq, b.ids, b.freq, new Int32Array(n), new Float32Array(n));
  return { ids, freq };
}

/** Two ascending id lists united into `ids` and `out` (big enough for both), values of an id in both added. */
export function unite<V extends Float32Array | Float64Array>(aIds: Int32Array, a: V, bIds: Int32Array, b: V, ids: Int32Array, out: V): [Int32Array, V] {
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < aIds.length && j < bIds.length) {
    const x = aIds[i]!;
    const y = bIds[j]!;
    if (x < y) (ids[k] = x), (out[k++] = a[i++]!);
    else if (y < x) (ids[k] = y), (out[k++] = b[j++]!);
    else (ids[k] = x), (out[k++] = a[i++]! + b[j++]!);
  }
  // What is left of one list follows as it stands.
  for (const [rest, from, values] of [[aIds, i, a], [bIds, j, b]] as const) {
    ids.set(rest.subarray(from), k);
    out.set(values.subarray(from), k);
    k += rest.length - from;
  }
  return [ids.subarray(0, k), out.subarray(0, k) as V];
}

/**
 * Calls `found(j, seeker)` for each candidate j a row's list holds as a current posting, seeking block by
 * block from the row's first id to where its list ends.
 */
function seekEach(row: SeekRow, candidates: Int32Array, current: Int32Array, found: (j: number, s: Seeker) => void): void {
  const s = new Seeker(row);
  if (!s.seek(candidates[0] ?? Infinity) && s.id < (candidates[0] ?? Infinity)) return; // empty, or ends before them
  for (let j = lowerBound(candidates, s.id); j < candidates.length; j++) {
    const c = candidates[j]!;
    if (s.seek(c)) {
      if (current[c] === row.seg) found(j, s);
    } else if (s.id < c) return; // the list ended
  }
}

/** The candidates (ascending) a slot holds in some row. */
function holding(slot: Slot, candidates: Int32Array, current: Int32Array): Int32Array {
  const held = new Uint8Array(candidates.length);
  for (const rows of slot) for (const row of rows) seekEach(row, candidates, current, (j) => (held[j] = 1));
  return candidates.filter((_, j) => held[j] === 1);
}

/**
 * Positions of a slot's tokens in each candidate article (aligned with `candidates`; undefined: none),
 * read from the blocks and chunks holding the candidates only.
 */
function slotPositions(slot: Slot, candidates: Int32Array, current: Int32Array): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = new Array(candidates.length);
  for (const rows of slot) for (const row of rows) seekEach(row, candidates, current, (j, s) => s.positions((out[j] ??= [])));
  if (slot.length > 1) for (const p of out) p?.sort((a, b) => a - b);
  return out;
}

/** A slot's postings in bytes, how long its lists are to read. */
const size = (s: Slot) => s.reduce((n, rows) => n + rows.reduce((m, r) => m + r.blob.length, 0), 0);

/**
 * The candidates (ascending ids) holding the phrase, with where it starts in each: slot i standing at
 * position p + i for every i. Slots are read from the rarer to the commoner, each only for the candidates
 * still in, so a common pair's list is sought through for the few articles left, never decoded whole.
 */
function phraseMatches(slots: readonly Slot[], candidates: Int32Array, current: Int32Array): { ids: Int32Array; starts: number[][] } {
  let ids = candidates;
  let starts: number[][] | null = null;
  for (const i of slots.map((_, i) => i).sort((a, b) => size(slots[a]!) - size(slots[b]!))) {
    const positions = slotPositions(slots[i]!, ids, current);
    const kept: number[] = [];
    const next: number[][] = [];
    positions.forEach((p, j) => {
      const s = !p ? [] : starts ? alignedStarts(starts[j]!, p, i) : p.map((x) => x - i);
      if (s.length > 0) kept.push(j), next.push(s);
    });
    [ids, starts] = [Int32Array.from(kept, (j) => ids[j]!), next];
    if (ids.length === 0) break;
  }
  return { ids, starts: starts ?? [] };
}

/** The starts (ascending) at which slot i, standing at `positions` (ascending), also fits. */
function alignedStarts(starts: number[], positions: number[], i: number): number[] {
  const out: number[] = [];
  let k = 0;
  for (const s of starts) {
    while (k < positions.length && positions[k]! < s + i) k++;
    if (positions[k] === s + i) out.push(s);
  }
  return out;
}

/** Where the phrase starts in each candidate (ascending ids), aligned with them; empty where it does not. */
export function phraseStarts(slots: readonly Slot[], candidates: Int32Array, current: Int32Array): number[][] {
  const { ids, starts } = phraseMatches(slots, candidates, current);
  const out = Array.from(candidates, (): number[] => []);
  for (let j = 0, k = 0; j < candidates.length && k < ids.length; j++) if (candidates[j] === ids[k]) out[j] = starts[k++]!;
  return out;
}

/**
 * The articles holding the phrase, with its weighted frequency (occurrences per field × weight), ascending.
 * Candidates are the rarest slot's articles, narrowed to those every slot holds (seeking without reading
 * positions: cheaper than reading them for articles another slot rules out), then checked position by position.
 */
export function phraseList(slots: readonly Slot[], weights: FieldWeights, current: Int32Array): DecodedList {
  const [rarest, ...rest] = [...slots].sort((a, b) => size(a) - size(b));
  let candidates = slotList(rarest!, ANY, current).ids;
  for (const s of rest) if (candidates.length > 0) candidates = holding(s, candidates, current);
  const { ids, starts } = phraseMatches(slots, candidates, current);
  const freq = new Float32Array(ids.length);
  let n = 0;
  starts.forEach((s, c) => {
    let f = 0;
    for (const p of s) f += weights[fieldOf(p)]!;
    if (f > 0) (ids[n] = ids[c]!), (freq[n++] = f);
  });
  return { ids: ids.subarray(0, n), freq: freq.subarray(0, n) };
}

/** A query term as nearness sees it: where it starts in each article and how many positions it spans. */
export interface Placed {
  starts: number[][];
  span: number;
}

/**
 * How often the terms stand within `distance` positions of each other (the gap between one's end and the
 * other's start), per article of `ids`, weighted by field: for each occurrence of the term with the fewest,
 * whether every other term has one in the same field that close.
 */
export function nearness(terms: readonly Placed[], ids: Int32Array, distance: number, weights: FieldWeights): DecodedList {
  const out = new Int32Array(ids.length);
  const freq = new Float32Array(ids.length);
  let n = 0;
  for (let c = 0; c < ids.length; c++) {
    const rarest = terms.reduce((a, b) => (b.starts[c]!.length < a.starts[c]!.length ? b : a));
    let f = 0;
    for (const s of rarest.starts[c]!) {
      const close = terms.every((t) => t === rarest || t.starts[c]!.some((p) => fieldOf(p) === fieldOf(s) && (p >= s ? p - (s + rarest.span) : s - (p + t.span)) <= distance));
      if (close) f += weights[fieldOf(s)]!;
    }
    if (f > 0) (out[n] = ids[c]!), (freq[n++] = f);
  }
  return { ids: out.subarray(0, n), freq: freq.subarray(0, n) };
}
