// A tiny newspaper typesetter for test fixtures: sets our stories into columns on A3 pages the way a Chinese
// paper does (kicker / headline / subheadline centred over the columns, body indented two characters,
// balanced columns, captions in smaller type under a picture, a boxed sidebar, running head and foot).
// It returns positioned text and rules (y from the top, in points) plus the reading order it set, which is
// the answer key PDF and ALTO writers and the reading-order score use.
import type { Story } from './stories.js';

export interface SetText {
  text: string;
  x: number;
  /** Top of the line box. */
  y: number;
  size: number;
  bold: boolean;
  /** Story and column the line was set in, for ALTO TextBlocks. */
  block: string;
}

export interface SetRect {
  x: number;
  y: number;
  width: number;
  height: number;
  /** A picture placeholder is filled; a sidebar frame is stroked. */
  fill: boolean;
}

export interface SetPage {
  width: number;
  height: number;
  number: number;
  texts: SetText[];
  rects: SetRect[];
  /** Paragraph-level reading order (kicker, headline, …, body paragraphs, caption, jump), furniture excluded. */
  order: string[];
  /** The captions among them. */
  captions: string[];
}

export type Measure = (text: string, size: number, bold?: boolean) => number;

export interface Placement {
  story: Story;
  x: number;
  y: number;
  width: number;
  columns: number;
  headlineSize?: number;
  /** Draw a frame around it (a sidebar). */
  boxed?: boolean;
}

export const PAGE = { width: 842, height: 1191, margin: 40, gutter: 14, body: 10.5, leading: 1.55 };

export function typesetPage(number: number, placements: readonly Placement[], measure: Measure): SetPage {
  const page: SetPage = { width: PAGE.width, height: PAGE.height, number, texts: [], rects: [], order: [], captions: [] };
  const head = `云溪报　　2025年6月2日　星期一　　第${number}版　要闻`;
  page.texts.push({ text: head, x: PAGE.margin, y: 22, size: 9, bold: false, block: 'head' });
  page.rects.push({ x: PAGE.margin, y: 36, width: PAGE.width - 2 * PAGE.margin, height: 0.8, fill: true });
  page.texts.push({ text: '责任编辑：林一苇　　版式：苏青', x: PAGE.margin, y: PAGE.height - 26, size: 8, bold: false, block: 'foot' });
  placements.forEach((p, i) => setStory(page, p, `s${i + 1}`, measure));
  return page;
}

/** Column x positions and width for a region. */
export function columnsOf(x: number, width: number, columns: number): { xs: number[]; width: number } {
  const w = (width - (columns - 1) * PAGE.gutter) / columns;
  return { xs: Array.from({ length: columns }, (_, i) => x + i * (w + PAGE.gutter)), width: w };
}

interface FlowLine {
  text: string;
  size: number;
  bold: boolean;
  indent: number;
  align: 'left' | 'right';
  /** A picture goes above this line. */
  picture?: number;
}

function setStory(page: SetPage, p: Placement, id: string, measure: Measure): number {
  const { story } = p;
  const pad = p.boxed ? 10 : 0;
  const x = p.x + pad;
  const width = p.width - 2 * pad;
  let y = p.y + pad;
  const centred = (text: string, size: number, bold: boolean) => {
    const m: Measure = (t, s) => measure(t, s, bold);
    for (const line of wrap(text, width, size, m)) {
      page.texts.push({ text: line, x: x + (width - m(line, size)) / 2, y, size, bold, block: `${id}-head` });
      y += size * 1.3;
    }
    page.order.push(text);
  };
  const strip = (t: string) => t.replace(/^\u3000+/u, '');
  if (story.kicker) centred(story.kicker, 14, false);
  centred(story.headline, p.headlineSize ?? 22, true);
  if (story.subheadline) centred(story.subheadline, 14, false);
  y += 8;

  const { xs, width: colWidth } = columnsOf(x, width, p.columns);
  const flow: FlowLine[] = [];
  const body = PAGE.body;
  if (story.byline) {
    flow.push({ text: story.byline, size: body, bold: false, indent: 0, align: 'left' });
    page.order.push(story.byline);
  }
  story.paragraphs.forEach((raw, k) => {
    const last = k === story.paragraphs.length - 1;
    let text = strip(raw) + (last && story.source ? story.source : '');
    const indented = /^\u3000/u.test(raw);
    const lines = wrapIndented(text, colWidth, body, indented ? 2 : 0, measure);
    lines.forEach((t, n) => flow.push({ text: t, size: body, bold: false, indent: n === 0 && indented ? 2 * body : 0, align: 'left' }));
    page.order.push(text);
    if (story.caption && story.caption.after === k) {
      const cap = wrap(story.caption.text, colWidth, 9, measure);
      cap.forEach((t, n) => flow.push({ text: t, size: 9, bold: false, indent: 0, align: 'left', ...(n === 0 ? { picture: 70 } : {}) }));
      page.order.push(story.caption.text);
      page.captions.push(story.caption.text);
    }
    text = '';
  });
  if (story.jumpTo) {
    const jump = `（下转第${story.jumpTo}版）`;
    flow.push({ text: jump, size: body, bold: false, indent: 0, align: 'right' });
    page.order.push(jump);
  }

  // Balance the columns: fill each up to the share of the total height.
  const heightOf = (f: FlowLine) => f.size * PAGE.leading + (f.picture ? f.picture + 6 : 0);
  const total = flow.reduce((h, f) => h + heightOf(f), 0);
  const target = total / p.columns + body;
  let col = 0;
  let cy = y;
  for (const f of flow) {
    if (cy - y + heightOf(f) > target && col < p.columns - 1 && cy > y) {
      col++;
      cy = y;
    }
    if (f.picture) {
      page.rects.push({ x: xs[col]!, y: cy, width: colWidth, height: f.picture, fill: true });
      cy += f.picture + 6;
    }
    const w = measure(f.text, f.size);
    const fx = f.align === 'right' ? xs[col]! + colWidth - w : xs[col]! + f.indent;
    page.texts.push({ text: f.text, x: fx, y: cy, size: f.size, bold: f.bold, block: `${id}-c${col + 1}` });
    cy += f.size * PAGE.leading;
  }
  const bottom = Math.max(cy, y) + pad;
  if (p.boxed) page.rects.push({ x: p.x, y: p.y, width: p.width, height: bottom - p.y, fill: false });
  return bottom;
}

/** Greedy line breaking by measured width (CJK breaks anywhere). */
function wrap(text: string, width: number, size: number, measure: Measure): string[] {
  return wrapIndented(text, width, size, 0, measure);
}

function wrapIndented(text: string, width: number, size: number, indentChars: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  let avail = width - indentChars * size;
  for (const ch of text) {
    if (line && measure(line + ch, size) > avail) {
      lines.push(line);
      line = '';
      avail = width;
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** The four pages of the fixture edition; `measure` comes from the font the writer embeds. */
export function fixtureEdition(measure: Measure, stories: typeof import('./stories.js')): SetPage[] {
  const { margin: m, width: W } = PAGE;
  const inner = W - 2 * m;
  const five = columnsOf(m, inner, 5);
  const span = (cols: number, of: { width: number }) => cols * of.width + (cols - 1) * PAGE.gutter;
  const four = columnsOf(m, inner, 4);
  const top = 52;
  const pages: SetPage[] = [];
  // 第1版: two articles side by side, 3 + 2 of 5 columns.
  pages.push(
    typesetPage(1, [
      { story: stories.elevators, x: m, y: top, width: span(3, five), columns: 3 },
      { story: stories.clinics, x: five.xs[3]!, y: top, width: span(2, five), columns: 2, headlineSize: 20 },
    ], measure),
  );
  // 第2版: a feature over 4 columns; below it a boxed sidebar beside the continued story.
  const p2 = typesetPage(2, [{ story: stories.riverPark, x: m, y: top, width: inner, columns: 4 }], measure);
  const below = Math.max(...p2.texts.filter((t) => t.block.startsWith('s1')).map((t) => t.y + t.size)) + 24;
  const p2b = typesetPage(2, [
    { story: stories.sidebar, x: m, y: below, width: span(2, four), columns: 1, headlineSize: 15, boxed: true },
    { story: stories.clinicsContinued, x: four.xs[2]!, y: below, width: span(2, four), columns: 2, headlineSize: 18 },
  ], measure);
  pages.push(merge(p2, p2b));
  // 第3版: two stories stacked over 2 columns.
  const p3 = typesetPage(3, [{ story: stories.library, x: m, y: top, width: inner, columns: 2 }], measure);
  const below3 = Math.max(...p3.texts.filter((t) => t.block.startsWith('s1')).map((t) => t.y + t.size)) + 30;
  pages.push(merge(p3, typesetPage(3, [{ story: stories.volunteers, x: m, y: below3, width: inner, columns: 2 }], measure)));
  // 第4版: one story over 3 columns.
  pages.push(typesetPage(4, [{ story: stories.market, x: m, y: top, width: inner, columns: 3 }], measure));
  return pages;
}

/** Two settings of one page number: the second's stories join the first (its furniture is dropped). */
function merge(a: SetPage, b: SetPage): SetPage {
  const stories = b.texts.filter((t) => t.block !== 'head' && t.block !== 'foot').map((t) => ({ ...t, block: `b${t.block}` }));
  return { ...a, texts: [...a.texts, ...stories], rects: [...a.rects, ...b.rects.slice(1)], order: [...a.order, ...b.order], captions: [...a.captions, ...b.captions] };
}
