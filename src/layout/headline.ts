// A headline block: one to three heading lines before an article. Which line is the main headline is a
// matter of type size we cannot see in extracted text, so we use what Chinese typesetting does: the main
// headline is the shortest, boldest line; a longer line above it is a kicker (引题), below it a
// subheadline (副题). A parallel couplet ("功以才成 业由才广") is a kicker wherever it stands first.
import type { TextNode } from '../model/index.js';
import { countHan } from '../text/han.js';

export interface HeadlineBlock {
  kicker: TextNode | null;
  headline: TextNode | null;
  subheadline: TextNode | null;
}

/** Two or more phrases of (nearly) equal length, separated by spaces or commas. */
export function isCouplet(text: string): boolean {
  const parts = text.split(/[\s，,、]+/u).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return false;
  if (!parts.every((p) => /^[\u3400-\u9fff]{2,8}$/u.test(p))) return false;
  const lens = parts.map((p) => p.length);
  return Math.max(...lens) - Math.min(...lens) <= 1;
}

export function headlineBlock(lines: readonly TextNode[]): HeadlineBlock {
  const [a, b, c] = lines;
  if (!a) return { kicker: null, headline: null, subheadline: null };
  if (!b) return { kicker: null, headline: a, subheadline: null };
  if (c) return { kicker: a, headline: b, subheadline: lines.length > 3 ? joinNodes(lines.slice(2)) : c };
  if (isCouplet(a.text)) return { kicker: a, headline: b, subheadline: null };
  if (/^[—-]{1,2}/u.test(b.text)) return { kicker: null, headline: a, subheadline: b };
  return countHan(b.text) < countHan(a.text)
    ? { kicker: a, headline: b, subheadline: null }
    : { kicker: null, headline: a, subheadline: b };
}

export function joinNodes(nodes: readonly TextNode[]): TextNode | null {
  if (nodes.length === 0) return null;
  return {
    text: nodes.map((n) => n.text).join(' '),
    start: nodes[0]!.start,
    end: nodes[nodes.length - 1]!.end,
  };
}
