// The text the enrich rules read, and the way back from it to raw offsets and to the article's body text.
//
// Rules read the article's blocks with both repair layers applied (simplified script), joined by "\n", with
// ASCII punctuation read as its full-width form one for one (extracted pages mix `,` and `，`), so offsets in
// it map straight back through the edits' offset maps. On a page whose columns were interleaved (Page.order)
// the blocks are read in the repaired order: a block is then no single raw span, so its shown text is folded
// (one unit in, one unit out) and each unit keeps the raw offset the order gave it.
import { applyEdits, applyInOrder, type Applied, type Article, type Page, type Span } from '../model/index.js';
import { toSimplified } from '../text/fold.js';

export interface ArticleText {
  /** Simplified, full-width-punctuated body: what the rules match. */
  text: string;
  /** Raw span of text[from, to). */
  raw(from: number, to: number): Span;
  /** The span of text[from, to) in the article's display body (ArticleRecord.text). */
  display(from: number, to: number): Span;
  /** Raw span of the sentence around text[from, to). */
  sentence(from: number, to: number): Span;
  /**
   * Does text[from, to) run across a seam of the repaired reading order (two units that are not neighbours
   * in the raw text, within one block)? Always false on pages read in printed order.
   */
  crossesSeam(from: number, to: number): boolean;
  /** True when the blocks were read in a repaired order (Page.order). */
  reordered: boolean;
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
const SENTENCE_END = '。！？；\n';

/** Read ASCII punctuation and full-width digits as the rules expect; one unit in, one unit out. */
export function normalizeForRules(s: string): string {
  return s.replace(/[,:;()!?\uFF10-\uFF19]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
}

export function articleText(page: Page, article: Article): ArticleText {
  const rawText = page.source.text;
  const ordered = page.order ? applyInOrder(rawText, page.edits, page.order, ['display']) : null;
  const toRaw: number[] = [];
  const toRawEnd: number[] = [];
  const parts: string[] = [];
  // Printed order: raw start of each display unit, in order, for the raw → display lookup.
  const displayRaw: number[] = [];
  const displayAt: number[] = [];
  // Repaired order: the rules' text is the display body unit for unit.
  let inOrder = ordered !== null;
  let displayOffset = 0;
  let cursor = 0;
  const push = (units: Applied, from: number, length: number) => {
    for (let k = from; k < from + length; k++) {
      toRaw.push(units.toRaw[k]!);
      toRawEnd.push(units.toRawEnd[k]!);
    }
  };
  article.blocks.forEach((block, i) => {
    if (i > 0) {
      parts.push('\n');
      toRaw.push(block.start);
      toRawEnd.push(block.start);
      displayOffset++;
    }
    const at = ordered ? ordered.text.indexOf(block.text, cursor) : -1;
    if (ordered && at >= 0) {
      cursor = at + block.text.length;
      parts.push(normalizeForRules(toSimplified(block.text)));
      push(ordered, at, block.text.length);
    } else {
      inOrder = false;
      const folded = applyEdits(rawText, page.edits, ['display', 'index'], block);
      parts.push(normalizeForRules(folded.text));
      push(folded, 0, folded.text.length);
    }
    const shown = applyEdits(rawText, page.edits, ['display'], block);
    const lead = Math.max(0, shown.text.indexOf(block.text));
    for (let k = 0; k < block.text.length; k++) {
      displayRaw.push(shown.toRaw[lead + k]!);
      displayAt.push(displayOffset + k);
    }
    displayOffset += block.text.length;
  });
  const text = parts.join('');
  const seams = inOrder ? seamsOf(text, toRaw, page.order!.parts) : [];
  let ends: number[] | null = null; // sentence ends, found when first asked for

  // Offsets are whole numbers: the first unit at or after x is the first one above x - 1.
  const firstAtOrAfter = (rawOffset: number) => before(displayRaw, rawOffset - 1) + 1;
  const raw = (from: number, to: number): Span => {
    const start = toRaw[from] ?? rawText.length;
    const end = to > from ? (toRawEnd[to - 1] ?? start) : start;
    return { start, end: Math.max(start, end) };
  };
  return {
    text,
    raw,
    display(from, to) {
      if (inOrder) return { start: from, end: to };
      const span = raw(from, to);
      const a = firstAtOrAfter(span.start);
      const b = firstAtOrAfter(span.end);
      const start = displayAt[a] ?? displayOffset;
      const end = b > a ? displayAt[b - 1]! + 1 : start;
      return { start, end };
    },
    sentence(from, to) {
      ends ??= sentenceEnds(text);
      const s = ends[before(ends, from)] ?? 0;
      const e = ends[before(ends, to) + 1] ?? text.length;
      return raw(s, e === text.length || text[e - 1] !== '\n' ? e : e - 1);
    },
    crossesSeam(from, to) {
      return seams.some((s) => from < s && s < to);
    },
    reordered: inOrder,
  };
}

/** Offsets just after each sentence end (。！？； or a line break), in order. */
function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < text.length; k++) if (SENTENCE_END.includes(text[k]!)) out.push(k + 1);
  return out;
}

/** Index of the last element of `sorted` at or below `at`, or -1. */
function before(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Offsets k of `text` where unit k comes from another part of the order than unit k - 1 (block joins aside). */
function seamsOf(text: string, toRaw: readonly number[], parts: readonly Span[]): number[] {
  const starts = parts.map((p) => p.start).sort((a, b) => a - b);
  const partOf = (r: number) => before(starts, r);
  const out: number[] = [];
  for (let k = 1; k < text.length; k++) {
    if (text[k] !== '\n' && text[k - 1] !== '\n' && partOf(toRaw[k]!) !== partOf(toRaw[k - 1]!)) out.push(k);
  }
  return out;
}
