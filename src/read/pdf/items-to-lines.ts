// PDF text items (runs of one font on one baseline) → printed lines: items on the same baseline that follow
// each other closely are one line; a gap wider than about a character is a gutter between columns, and the
// runs either side of it are different lines.
import type { PlacedLine } from '../../model/index.js';

export interface PdfItem {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  baseline: number;
  width: number;
  size: number;
  font?: string;
}

/** The line box's top is about this share of the size above the baseline (CJK faces: ascent ≈ 0.88 em). */
const ASCENT = 0.88;
const BOLD_FONT = /bold|black|heavy|semibold|demi|w[6-9]\b|[-_ ](?:hei|黑)/i;

export function itemsToLines(items: readonly PdfItem[], { maxGap = 0.9 } = {}): PlacedLine[] {
  const sorted = [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: { items: PdfItem[]; baseline: number; right: number; size: number }[] = [];
  for (const it of sorted) {
    // Items come by baseline, so the line an item continues is among the last few with a baseline close to its own.
    let line: (typeof lines)[number] | undefined;
    for (let k = lines.length - 1; k >= 0; k--) {
      const l = lines[k]!;
      const tolerance = 0.3 * Math.max(l.size, it.size);
      if (it.baseline - l.baseline > tolerance) break;
      if (Math.abs(l.baseline - it.baseline) <= tolerance && it.x - l.right <= maxGap * Math.max(l.size, it.size) && it.x >= l.items[0]!.x) {
        line = l;
        break;
      }
    }
    if (line) {
      line.items.push(it);
      line.right = Math.max(line.right, it.x + it.width);
      line.size = Math.max(line.size, it.size);
    } else {
      lines.push({ items: [it], baseline: it.baseline, right: it.x + it.width, size: it.size });
    }
  }
  return lines.map(({ items: its, size, right }) => {
    const x = its[0]!.x;
    const top = Math.min(...its.map((i) => i.baseline - i.size * ASCENT));
    const bottom = Math.max(...its.map((i) => i.baseline + i.size * (1 - ASCENT)));
    let text = '';
    for (let k = 0; k < its.length; k++) {
      const prev = its[k - 1];
      // A visible gap between runs without a space of their own is a word space (Latin, or a byline's gaps).
      if (prev && its[k]!.x - (prev.x + prev.width) > 0.25 * size && !/\s$/.test(prev.text) && !/^\s/.test(its[k]!.text)) text += ' ';
      text += its[k]!.text;
    }
    const font = its.find((i) => i.font)?.font;
    const line: PlacedLine = {
      text,
      box: { x, y: top, width: right - x, height: bottom - top },
      size,
      words: its.map((i) => ({ text: i.text, box: { x: i.x, y: i.baseline - i.size * ASCENT, width: i.width, height: i.size } })),
    };
    if (font) line.font = font;
    if (font && BOLD_FONT.test(font)) line.bold = true;
    return line;
  });
}
