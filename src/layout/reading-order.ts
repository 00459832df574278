// Reading order of a positioned page by recursive XY-cut over line boxes (y grows downward). A region
// is split at vertical gutters that run its whole height (columns, articles side by side, read left to
// right) when its leftmost part starts at the region's top; otherwise a headline or kicker stands above
// columns it does not quite span, and the region is first split at its widest horizontal gap wider than
// line spacing (a spanning headline above its columns, a boxed sidebar below them), read top to bottom.
// A region with neither is one column segment: top to bottom.
import type { Box, PlacedLine } from '../model/index.js';

export interface ReadingOrderOptions {
  /** Narrowest vertical gutter that separates columns, in the page's units. */
  minGutter: number;
  /** Narrowest horizontal gap that separates bands (wider than the space between lines). */
  minBand: number;
}

/** Columns segments (leaves of the cut) in reading order, each top to bottom. */
export function readingOrder<L extends { box: Box }>(lines: readonly L[], options: ReadingOrderOptions): L[][] {
  const out: L[][] = [];
  cut([...lines], options, out);
  return out;
}

function cut<L extends { box: Box }>(lines: L[], options: ReadingOrderOptions, out: L[][]): void {
  if (lines.length <= 1) {
    if (lines.length) out.push(lines);
    return;
  }
  const columns = split(lines, (b) => [b.x, b.x + b.width], options.minGutter, 'all');
  const top = Math.min(...lines.map((l) => l.box.y));
  const leftStartsAtTop = columns.length > 1 && Math.min(...columns[0]!.map((l) => l.box.y)) - top < options.minBand;
  const bands = leftStartsAtTop ? [] : split(lines, (b) => [b.y, b.y + b.height], options.minBand, 'widest');
  const parts = bands.length > 1 ? bands : columns;
  if (parts.length > 1) {
    for (const p of parts) cut(p, options, out);
    return;
  }
  out.push(lines.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x));
}

/**
 * Split at gaps along one axis that no line crosses: at every gap wider than `min` ('all'), or only at the
 * widest one ('widest'). Groups come back in axis order.
 */
function split<L extends { box: Box }>(lines: L[], span: (b: Box) => [number, number], min: number, mode: 'all' | 'widest'): L[][] {
  const sorted = lines.map((l) => ({ l, s: span(l.box) })).sort((a, b) => a.s[0] - b.s[0]);
  const cuts: { at: number; gap: number }[] = [];
  let reach = sorted[0]!.s[1];
  for (let i = 1; i < sorted.length; i++) {
    const { s } = sorted[i]!;
    if (s[0] - reach > min) cuts.push({ at: i, gap: s[0] - reach });
    reach = Math.max(reach, s[1]);
  }
  if (cuts.length === 0) return [lines];
  const chosen = mode === 'all' ? cuts : [cuts.reduce((a, b) => (b.gap > a.gap ? b : a))];
  const groups: L[][] = [];
  let from = 0;
  for (const c of chosen) {
    groups.push(sorted.slice(from, c.at).map((x) => x.l));
    from = c.at;
  }
  groups.push(sorted.slice(from).map((x) => x.l));
  return groups;
}
