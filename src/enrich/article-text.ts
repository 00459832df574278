// The text the enrich rules read, and the way back from it to raw offsets and to the article's body text.
//
// Rules read the article's blocks with both repair layers applied (simplified script), joined by "\n", with
// ASCII punctuation read as its full-width form one for one (extracted pages mix `,` and `，`), so offsets in
// it map straight back through the edits' offset maps.
import { applyEdits, type Article, type Page, type Span } from '../model/index.js';

export interface ArticleText {
  /** Simplified, full-width-punctuated body: what the rules match. */
  text: string;
  /** Raw span of text[from, to). */
  raw(from: number, to: number): Span;
  /** The span in the article's display body (ArticleRecord.text) that covers raw [start, end). */
  display(raw: Span): Span;
  /** Raw span of the sentence around text[from, to). */
  sentence(from: number, to: number): Span;
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
const SENTENCE_END = '。！？；\n';

/** Read ASCII punctuation and full-width digits as the rules expect; one unit in, one unit out. */
export function normalizeForRules(s: string): string {
  return s.replace(/[,:;()!?\uFF10-\uFF19]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
}

export function articleText(page: Page, article: Article): ArticleText {
  const rawText = page.source.text;
  const toRaw: number[] = [];
  const toRawEnd: number[] = [];
  const parts: string[] = [];
  // Display body: raw start of each display unit, in order, for the raw → display lookup.
  const displayRaw: number[] = [];
  const displayAt: number[] = [];
  let displayOffset = 0;
  article.blocks.forEach((block, i) => {
    if (i > 0) {
      parts.push('\n');
      toRaw.push(block.start);
      toRawEnd.push(block.start);
      displayOffset++;
    }
    const folded = applyEdits(rawText, page.edits, ['display', 'index'], block);
    parts.push(normalizeForRules(folded.text));
    for (let k = 0; k < folded.text.length; k++) {
      toRaw.push(folded.toRaw[k]!);
      toRawEnd.push(folded.toRawEnd[k]!);
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

  const firstAtOrAfter = (rawOffset: number) => {
    let lo = 0;
    let hi = displayRaw.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (displayRaw[mid]! < rawOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const raw = (from: number, to: number): Span => {
    const start = toRaw[from] ?? rawText.length;
    const end = to > from ? (toRawEnd[to - 1] ?? start) : start;
    return { start, end: Math.max(start, end) };
  };
  return {
    text,
    raw,
    display(span) {
      const a = firstAtOrAfter(span.start);
      const b = firstAtOrAfter(span.end);
      const start = displayAt[a] ?? displayOffset;
      const end = b > a ? displayAt[b - 1]! + 1 : start;
      return { start, end };
    },
    sentence(from, to) {
      let s = from;
      while (s > 0 && !SENTENCE_END.includes(text[s - 1]!)) s--;
      let e = to;
      while (e < text.length && !SENTENCE_END.includes(text[e]!)) e++;
      if (e < text.length && text[e] !== '\n') e++;
      return raw(s, e);
    },
  };
}
