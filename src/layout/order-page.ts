// A positioned page (PDF, ALTO) → its lines in reading order, each with the role its type size, weight and
// position give it and whether it opens a paragraph. The text path's article building then works on the
// composed text exactly as on extracted text, with these roles overruling guesses from the text alone.
import type { LineRole, OrderedLine, PlacedLine, PlacedPage } from '../model/index.js';
import { readingOrder } from './reading-order.js';

export interface OrderPageOptions {
  /** Headline-class lines are at least this many times the body size. */
  headingRatio?: number;
  /** Captions are at most this many times the body size. */
  captionRatio?: number;
  /** Running heads and feet sit within these shares of the page height from its top and bottom. */
  headBand?: number;
  footBand?: number;
  /**
   * The source's own reading order as block IDs (a METS logical structMap): lines of these blocks are
   * read block after block, each in the file's line order and opening a paragraph; lines of other blocks
   * follow in geometric order.
   */
  blocks?: readonly string[];
}

export function orderPage(page: PlacedPage, options: OrderPageOptions = {}): OrderedLine[] {
  const { headingRatio = 1.25, captionRatio = 0.9, headBand = 0.06, footBand = 0.05 } = options;
  const lines = page.lines.filter((l) => l.text.trim());
  if (lines.length === 0) return [];
  const body = bodySize(lines);
  const isFurniture = (l: PlacedLine) =>
    l.size <= body * 1.05 && (l.box.y + l.box.height <= page.height * headBand || l.box.y >= page.height * (1 - footBand));
  const furniture = lines.filter(isFurniture).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const content = lines.filter((l) => !isFurniture(l));

  const out: OrderedLine[] = furniture.map((l) => ({ ...l, role: 'furniture', opens: true }));
  const geometric = (ls: PlacedLine[]) => readingOrder(ls, { minGutter: body * 0.5, minBand: body * 0.8 });
  const leaves = options.blocks ? inBlockOrder(content, options.blocks, geometric) : geometric(content);
  const given = new Set(options.blocks ?? []);
  const roleOf = (l: PlacedLine): LineRole =>
    l.size >= body * headingRatio ? 'headline' : l.size <= body * captionRatio ? 'caption' : l.bold && l.text.trim().length <= 30 ? 'subhead' : 'body';

  let previous: OrderedLine | null = null;
  for (const leaf of leaves) {
    const left = Math.min(...leaf.map((l) => l.box.x));
    const right = Math.max(...leaf.map((l) => l.box.x + l.box.width));
    const leading = medianGap(leaf);
    leaf.forEach((l, k) => {
      const role = roleOf(l);
      const prev = previous;
      let opens = true;
      const inGiven = l.block !== undefined && given.has(l.block);
      if (k === 0 && inGiven) opens = true;
      else if (prev && prev.role === role && role !== 'furniture') {
        if (role === 'body' && inGiven) {
          // A given block keeps the source's line order, across columns: only an indent below the line before opens.
          opens = l.box.y > prev.box.y && l.box.x - prev.box.x >= l.size * 0.8;
        } else if (role === 'body') {
          const indented = l.box.x - left >= l.size * 0.8;
          // A paragraph's last line stops short of the column's right edge.
          const prevShort = k > 0 && prev.box.x + prev.box.width < right - l.size * 1.5;
          // Office and web PDFs mark paragraphs with space above instead of an indent; a segment that starts
          // below the line before it (not at the top of the next column) is such a space.
          const spaced = k > 0 ? l.box.y - (prev.box.y + prev.box.height) > leading + l.size * 0.5 : l.box.y >= prev.box.y + prev.box.height;
          opens = indented || prevShort || spaced;
        } else {
          // A headline, caption or subhead set over several lines (same size, stacked) is one.
          opens = Math.abs(prev.size - l.size) > body * 0.1 || l.box.y - (prev.box.y + prev.box.height) > l.size;
        }
      }
      const o: OrderedLine = { ...l, role, opens };
      out.push(o);
      previous = o;
    });
  }
  return headlineRoles(out, body);
}

function inBlockOrder(lines: PlacedLine[], order: readonly string[], geometric: (ls: PlacedLine[]) => PlacedLine[][]): PlacedLine[][] {
  const rank = new Map(order.map((id, i) => [id, i] as const));
  const groups: PlacedLine[][] = order.map(() => []);
  const rest: PlacedLine[] = [];
  for (const l of lines) {
    const r = l.block === undefined ? undefined : rank.get(l.block);
    if (r === undefined) rest.push(l);
    else groups[r]!.push(l);
  }
  return [...groups.filter((g) => g.length), ...geometric(rest)];
}

/** The usual space between consecutive lines of a column segment. */
function medianGap(leaf: readonly PlacedLine[]): number {
  const gaps = leaf.slice(1).map((l, k) => l.box.y - (leaf[k]!.box.y + leaf[k]!.box.height)).sort((a, b) => a - b);
  return gaps.length ? gaps[gaps.length >> 1]! : 0;
}

/** The size most characters are set in. */
function bodySize(lines: readonly PlacedLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const k = Math.round(l.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + l.text.length);
  }
  return [...weight].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/**
 * In each run of headline-class lines, the largest size is the headline; lines above it are the kicker
 * (引题) and lines below the subheadline (副题), as Chinese papers set them.
 */
function headlineRoles(lines: OrderedLine[], body: number): OrderedLine[] {
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.role !== 'headline') {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.role === 'headline') j++;
    const run = lines.slice(i, j);
    const max = Math.max(...run.map((l) => l.size));
    const first = run.findIndex((l) => l.size >= max - body * 0.1);
    let last = first;
    while (last + 1 < run.length && run[last + 1]!.size >= max - body * 0.1) last++;
    run.forEach((l, k) => {
      l.role = k < first ? 'kicker' : k > last ? 'subheadline' : 'headline';
      if (k > 0 && run[k - 1]!.role !== l.role) l.opens = true;
    });
    i = j;
  }
  return lines;
}
