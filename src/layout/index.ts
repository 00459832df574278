// The layout stage: repaired page text → masthead, page index and articles, all pointing at raw offsets.
import { applyEdits, applyInOrder, rawSpan, type Edit, type Message, type PageLayout, type PageSource, type ReadingOrder } from '../model/index.js';
import { paragraphs, withRoles } from './paragraphs.js';
import { runningHead } from './running-head.js';
import { findMasthead } from './masthead.js';
import { findPageIndex } from './page-index.js';
import { buildArticles, type BuildOptions } from './articles.js';

export interface LayoutOptions extends BuildOptions {
  /** A reading order other than the printed one (columns the extraction interleaved). */
  order?: ReadingOrder | null;
}

export interface LayoutResult {
  layout: PageLayout;
  messages: Message[];
}

export function layoutPage(source: PageSource, edits: readonly Edit[], options: LayoutOptions = {}): LayoutResult {
  const applied = options.order ? applyInOrder(source.text, edits, options.order) : applyEdits(source.text, edits, ['display']);
  const all = withRoles(applied, paragraphs(applied), source.lines);
  // Furniture the source marked (running heads, an HTML date line) is page metadata, not article text.
  const furniture = all.filter((p) => p.role === 'furniture');
  const paras = furniture.length ? all.filter((p) => p.role !== 'furniture') : all;
  const running = furniture.length ? runningHead(furniture.map((p) => p.text)) : null;
  const found = findMasthead(paras);
  let begin = found?.end ?? 0;
  let masthead = found ? { ...found.masthead, ...rawSpan(applied, paras[0]!.from, paras[found.end - 1]!.to) } : null;
  if (!masthead && running?.masthead) masthead = { ...running.masthead, ...rawSpan(applied, furniture[0]!.from, furniture[furniture.length - 1]!.to) };
  const index = findPageIndex(paras, begin);
  if (index) begin = index.end;
  const { articles, messages } = buildArticles(applied, paras.slice(begin), options);
  for (const a of articles) {
    if (a.kind === 'news' && (a.source?.kind === '摘编自' || a.source?.kind === '转载自')) a.kind = 'feature';
  }
  return {
    layout: {
      type: 'page-layout',
      masthead,
      index: (index?.entries ?? []).map(({ from, to, ...e }) => ({ ...e, ...rawSpan(applied, from, to) })),
      articles,
      // A page that lists the edition's other pages is its front page.
      number: running?.number ?? (index ? 1 : null),
    },
    messages,
  };
}

export { stitchJumps } from './stitch-jumps.js';
export { inferEditionDate } from './edition-date.js';
export { orderPage } from './order-page.js';
