// Terms that are more than one stored token — "模速空间" (模速, 速空, 空间 at positions p, p+1, p+2),
// "2025年" (the run 2025, then 年), a word prefix — answered from baoku's own lists with positions: the
// tokens' article lists intersected, then each candidate's positions checked. Exact, and bounded by the
// tokens' lists (never by the text). The same positions score how near the terms of a query stand.
import { decodeSegments, FIELD_SHIFT, POS_CHUNK, PostingCursor, readPositions, type DecodedList, type FieldWeights } from './postings.js';

/**
 * One token's rows: its segments' postings, with positions when needed, in the row or (a long list) in
 * chunks of POS_CHUNK postings read on demand.
 */
export type TokenRows = readonly { seg: number; blob: Uint8Array; pos: Uint8Array | null; chunk?: (k: number) => Uint8Array }[];
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
  const [ids, freq] = unite(a.ids, a.freq, b.ids, b.freq, new Float32Array(a.ids.length + b.ids.length));
  return { ids, freq };
}

/** Two ascending id lists united, values of an id in both added; `out` is big enough for both. */
export function unite<V extends Float32Array | Float64Array>(aIds: Int32Array, a: V, bIds: Int32Array, b: V, out: V): [Int32Array, V] {
  const ids = new Int32Array(aIds.length + bIds.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < aIds.length || j < bIds.length) {
    const x = i < aIds.length ? aIds[i]! : Infinity;
    const y = j < bIds.length ? bIds[j]! : Infinity;
    ids[k] = Math.min(x, y);
    out[k++] = (x <= y ? a[i++]! : 0) + (y <= x ? b[j++]! : 0);
  }
  return [ids.subarray(0, k), out.subarray(0, k) as V];
}

function intersectIds(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let k = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else (out[k++] = a[i]!), i++, j++;
  }
  return out.subarray(0, k);
}

/**
 * Positions of a slot's tokens in each candidate article (aligned with `candidates`; undefined: none). Walks
 * each list's postings (ids and tf only) and reads positions only for candidates: of a chunked list, only
 * the chunks holding one, each skipped up to its candidate by counting varints.
 */
function slotPositions(slot: Slot, candidates: Int32Array, current: Int32Array): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = new Array(candidates.length);
  for (const rows of slot) {
    for (const row of rows) {
      const cur = new PostingCursor(row.blob, null);
      let bytes = row.pos;
      let chunk = 0;
      let at = 0; // where in `bytes` the positions not yet skipped start
      let skip = 0; // positions since `at` of postings passed over
      let j = 0;
      for (let n = 0; j < candidates.length && cur.next(); n++) {
        if (!row.pos && n === chunk * POS_CHUNK + POS_CHUNK) (chunk++, (bytes = null), (at = 0), (skip = 0));
        const id = cur.id;
        const tf = cur.tf;
        while (j < candidates.length && candidates[j]! < id) j++;
        if (candidates[j] !== id || current[id] !== row.seg) {
          skip += tf[0]! + tf[1]! + tf[2]! + tf[3]!;
          continue;
        }
        bytes ??= row.chunk!(chunk);
        for (; skip > 0; at++) if (bytes[at]! < 0x80) skip--;
        at = readPositions(bytes, at, tf, (out[j] ??= []));
      }
    }
  }
  if (slot.length > 1) for (const p of out) p?.sort((a, b) => a - b);
  return out;
}

/**
 * Where the phrase starts in each candidate (ascending ids): slot i standing at position p + i for every i.
 * Aligned with `candidates`; an article without a match gets an empty array.
 */
export function phraseStarts(slots: readonly Slot[], candidates: Int32Array, current: Int32Array): number[][] {
  const positions = slots.map((s) => slotPositions(s, candidates, current));
  return Array.from(candidates, (_, c) => {
    const first = positions[0]![c];
    if (!first) return [];
    const at = positions.map(() => 0);
    const starts: number[] = [];
    outer: for (const p of first) {
      for (let i = 1; i < slots.length; i++) {
        const list = positions[i]![c];
        if (!list) return [];
        while (at[i]! < list.length && list[at[i]!]! < p + i) at[i]!++;
        if (list[at[i]!] !== p + i) continue outer;
      }
      starts.push(p);
    }
    return starts;
  });
}

/** The articles holding the phrase, with its weighted frequency (occurrences per field × weight), ascending. */
export function phraseList(slots: readonly Slot[], weights: FieldWeights, current: Int32Array): DecodedList {
  const lists = slots.map((s) => slotList(s, ANY, current).ids).sort((a, b) => a.length - b.length);
  const candidates = lists.reduce(intersectIds);
  const starts = phraseStarts(slots, candidates, current);
  const ids = new Int32Array(candidates.length);
  const freq = new Float32Array(candidates.length);
  let n = 0;
  starts.forEach((s, c) => {
    let f = 0;
    for (const p of s) f += weights[fieldOf(p)]!;
    if (f > 0) (ids[n] = candidates[c]!), (freq[n++] = f);
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
