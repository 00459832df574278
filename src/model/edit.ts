// Repairs are data. A repair never rewrites text itself: it proposes an Edit against the raw text,
// and only `applyEdits` produces repaired text. Reverting a repair is dropping (or marking) its edit.

import type { Span } from './document.js';

/**
 * `display` edits make the text a reader sees (line re-joins, space removal, OCR fixes; printed script kept).
 * `index` edits are applied on top for search (script folding); the article still displays printed script.
 */
export type EditLayer = 'display' | 'index';

/** `suggested` edits are shown for a person to accept; only `applied` ones change text. */
export type EditStatus = 'applied' | 'suggested' | 'reverted';

export interface Edit extends Span {
  type: 'edit';
  /** The raw text the edit replaces (raw.slice(start, end)), kept so an edit reads on its own. */
  before: string;
  after: string;
  /** Stable rule id, e.g. "repair/join-broken-lines". */
  rule: string;
  layer: EditLayer;
  status: EditStatus;
  /** 0..1 where the rule scores itself; absent for deterministic rules. */
  confidence?: number;
  /** Alternatives a person could pick instead of `after`. */
  candidates?: string[];
}

export function edit(
  raw: string,
  start: number,
  end: number,
  after: string,
  rule: string,
  layer: EditLayer = 'display',
  extra: Partial<Pick<Edit, 'status' | 'confidence' | 'candidates'>> = {},
): Edit {
  return { type: 'edit', start, end, before: raw.slice(start, end), after, rule, layer, status: 'applied', ...extra };
}

/**
 * Edits in text order; ties (insertions at one point) keep their given order. Arrays here and in activeEdits are
 * grown by push, not made by map or filter, whose arrays' element kind depends on whether V8 has optimised the
 * caller: every consumer deoptimised when the other kind first reached it.
 */
export function sortEdits(edits: readonly Edit[]): Edit[] {
  const order: number[] = [];
  for (let i = 0; i < edits.length; i++) order.push(i);
  order.sort((i, j) => edits[i]!.start - edits[j]!.start || edits[i]!.end - edits[j]!.end || i - j);
  const sorted: Edit[] = [];
  for (let k = 0; k < order.length; k++) sorted.push(edits[order[k]!]!);
  return sorted;
}

/**
 * Merge proposals from several rules: earlier lists win where spans overlap, so the caller orders
 * rules by priority. Returns the kept edits in text order.
 */
export function mergeEdits(...lists: readonly (readonly Edit[])[]): Edit[] {
  // `kept` stays sorted by start and never overlaps, so a clash can only be the edit just before the new
  // one's start, or one of those starting inside its span (past any insertions standing at its start).
  const kept: Edit[] = [];
  const overlaps = (a: Edit, b: Edit) => a.start < b.end && b.start < a.end;
  for (const list of lists) {
    for (const e of list) {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (kept[mid]!.start < e.start) lo = mid + 1;
        else hi = mid;
      }
      let clash = lo > 0 && overlaps(kept[lo - 1]!, e);
      let at = lo;
      for (; at < kept.length && (kept[at]!.start < e.end || kept[at]!.start === e.start); at++) {
        if (overlaps(kept[at]!, e)) clash = true;
      }
      // Two insertions at one point, or an insertion at an edge, do not clash; a later one goes after.
      if (!clash) kept.splice(e.start === e.end ? at : lo, 0, e);
    }
  }
  return sortEdits(kept);
}

export interface Applied {
  text: string;
  /**
   * For each UTF-16 unit of `text` (plus one past the end), the raw offset it starts at.
   * Units written by an edit map to the start of that edit's span.
   */
  toRaw: Int32Array;
  /** For each unit, the raw offset just past what it came from (the edit's end for written units). */
  toRawEnd: Int32Array;
}

/** Apply the edits of the given layers that are `applied`; the result maps back to raw offsets. */
export function applyEdits(
  raw: string,
  edits: readonly Edit[],
  layers: readonly EditLayer[] = ['display'],
  span: Span = { start: 0, end: raw.length },
): Applied {
  const active = activeEdits(edits, layers, span);
  // Two passes: measure, then fill the maps in place (this runs several times per page: keep it allocation-light).
  let length = 0;
  let at = span.start;
  for (const e of active) {
    if (e.start < at) continue; // overlapping edits never reach here via mergeEdits; be safe anyway
    length += e.start - at + e.after.length;
    at = e.end;
  }
  length += span.end - at;
  // One allocation for both maps (a typed array this size is allocated outside the heap: the costly part).
  const maps = new Int32Array(2 * (length + 1));
  const toRaw = maps.subarray(0, length + 1);
  const toRawEnd = maps.subarray(length + 1);
  const parts: string[] = [];
  let out = 0;
  at = span.start;
  const copy = (to: number) => {
    parts.push(raw.slice(at, to));
    for (let i = at; i < to; i++, out++) {
      toRaw[out] = i;
      toRawEnd[out] = i + 1;
    }
    at = to;
  };
  for (const e of active) {
    if (e.start < at) continue;
    copy(e.start);
    parts.push(e.after);
    toRaw.fill(e.start, out, out + e.after.length);
    toRawEnd.fill(e.end, out, out + e.after.length);
    out += e.after.length;
    at = e.end;
  }
  copy(span.end);
  toRaw[out] = span.end;
  toRawEnd[out] = span.end;
  return { text: parts.join(''), toRaw, toRawEnd };
}

/** applyEdits' text alone, without the offset maps, for callers that read nothing else. */
export function appliedText(
  raw: string,
  edits: readonly Edit[],
  layers: readonly EditLayer[] = ['display'],
  span: Span = { start: 0, end: raw.length },
): string {
  let text = '';
  let at = span.start;
  for (const e of activeEdits(edits, layers, span)) {
    if (e.start < at) continue;
    text += raw.slice(at, e.start) + e.after;
    at = e.end;
  }
  return text + raw.slice(at, span.end);
}

/** The edits applyEdits applies, in text order. */
function activeEdits(edits: readonly Edit[], layers: readonly EditLayer[], span: Span): readonly Edit[] {
  const chosen: Edit[] = [];
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (e.status === 'applied' && layers.includes(e.layer) && e.start >= span.start && e.end <= span.end) chosen.push(e);
  }
  return inOrder(chosen) ? chosen : sortEdits(chosen);
}

/** Already in sortEdits' order (the usual case: edit lists come out of mergeEdits sorted)? */
function inOrder(edits: readonly Edit[]): boolean {
  for (let i = 1; i < edits.length; i++) {
    const a = edits[i - 1]!;
    const b = edits[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/** Raw span of the repaired range [from, to) of an Applied result. */
export function rawSpan(applied: Applied, from: number, to: number): Span {
  const start = applied.toRaw[from] ?? 0;
  const end = to > from ? (applied.toRawEnd[to - 1] ?? start) : start;
  return { start, end: Math.max(start, end) };
}
