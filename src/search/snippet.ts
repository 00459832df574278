// Highlights and snippets in the article's printed script. Matches are found in the folded text (so 徐匯
// in a traditional page answers 徐汇) and mapped back to display offsets through the fold's span map.
import { displaySpan, foldForSearch, foldsBeyondCase } from './fold.js';

export type Range = [start: number, end: number];

/** Display ranges of every match of the patterns (tokens.ts matchPattern) in folded text, merged and sorted. */
export function highlightRanges(display: string, patterns: readonly string[], simplified?: string): Range[] {
  if (patterns.length === 0 || display === '') return [];
  const folded = foldForSearch(display, simplified);
  const ranges: Range[] = [];
  for (const source of patterns) {
    for (const m of folded.text.matchAll(new RegExp(source, 'gu'))) {
      if (m[0].length > 0) ranges.push(displaySpan(folded, m.index, m.index + m[0].length));
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export interface Snippet {
  text: string;
  /** Ranges in `text` to highlight. */
  highlights: Range[];
}

/**
 * A window of about `size` characters of the body around the densest run of matches (the opening when the
 * body has none), cut at line ends, with "…" where text was left out.
 */
export function snippet(body: string, ranges: readonly Range[], size = 120): Snippet {
  const [start, end] = windowOf(body, ranges, size);
  return cut(body, start, end, ranges);
}

/**
 * The same for a hit's body without folding all of it: matches are looked for in the simplified text as it
 * is, ignoring case (it is aligned with the body; folding changes only spaces, width and case), the window is chosen from
 * them, and only the window is folded for exact highlights. Falls back to folding everything when the
 * unfolded text has no match.
 */
export function bodySnippet(body: string, simplified: string, patterns: readonly string[], size = 120): Snippet {
  const rough: Range[] = [];
  if (simplified.length === body.length) {
    for (const source of patterns) for (const m of simplified.matchAll(new RegExp(source, 'giu'))) if (m[0].length > 0) rough.push([m.index, m.index + m[0].length]);
  }
  if (rough.length === 0) {
    // No match ignoring case: when folding would change nothing else, there is none after folding either.
    if (simplified.length === body.length && !foldsBeyondCase(simplified)) return snippet(body, [], size);
    return snippet(body, highlightRanges(body, patterns, simplified), size);
  }
  rough.sort((a, b) => a[0] - b[0]);
  const [start, end] = windowOf(body, rough, size);
  const from = Math.max(0, start - 16);
  const to = Math.min(body.length, end + 16);
  const ranges = highlightRanges(body.slice(from, to), patterns, simplified.slice(from, to)).map((r): Range => [r[0] + from, r[1] + from]);
  return cut(body, start, end, ranges);
}

function windowOf(body: string, ranges: readonly Range[], size: number): Range {
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < ranges.length; i++) {
    let n = 0;
    while (i + n < ranges.length && ranges[i + n]![1] - ranges[i]![0] <= size) n++;
    if (n > bestCount) [best, bestCount] = [i, n];
  }
  const anchor = ranges[best]?.[0] ?? 0;
  let start = Math.max(0, anchor - Math.floor(size / 4));
  const lineStart = body.lastIndexOf('\n', anchor - 1) + 1;
  if (lineStart > start) start = lineStart;
  let end = Math.min(body.length, start + size);
  const lineEnd = body.indexOf('\n', anchor);
  if (lineEnd >= 0 && lineEnd < end && lineEnd > (ranges[best]?.[1] ?? 0)) end = lineEnd;
  // Never cut a surrogate pair.
  if (/[\udc00-\udfff]/.test(body[start] ?? '')) start--;
  if (/[\ud800-\udbff]/.test(body[end - 1] ?? '')) end++;
  return [start, end];
}

function cut(body: string, start: number, end: number, ranges: readonly Range[]): Snippet {
  const lead = start > 0 ? '…' : '';
  const text = lead + body.slice(start, end) + (end < body.length ? '…' : '');
  const highlights = ranges
    .filter((r) => r[0] >= start && r[1] <= end)
    .map((r): Range => [r[0] - start + lead.length, r[1] - start + lead.length]);
  return { text, highlights };
}

/** Text with 【】 around highlights, for terminals and logs. */
export function marked(text: string, highlights: readonly Range[], open = '【', close = '】'): string {
  let out = '';
  let at = 0;
  for (const [s, e] of highlights) {
    out += text.slice(at, s) + open + text.slice(s, e) + close;
    at = e;
  }
  return out + text.slice(at);
}
