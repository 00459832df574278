// Split repaired text into paragraphs and say what each one is, from its own text. Offsets here are in the
// repaired text; `node()` turns a repaired range into a TextNode that points back at raw offsets.
import { rawSpan, type Applied, type LineRole, type Line, type TextNode } from '../model/index.js';
import {
  BYLINE_RE,
  JUMP_RE,
  MD_HEADING_RE,
  MD_QUOTE_RE,
  PHOTO_NEWS_RE,
  SOURCE_RE,
  isHeadingLike,
} from '../text/line-kinds.js';

export type ParaKind = 'heading' | 'byline' | 'source' | 'jump' | 'photo-label' | 'quote' | 'body';

export interface Para {
  text: string;
  /** Repaired-text range of `text` (markers and surrounding space excluded). */
  from: number;
  to: number;
  /** Blank lines before this paragraph. */
  gap: number;
  /** Set for "## …" headings: the Markdown level. */
  mdLevel: number | null;
  kind: ParaKind;
  /** What the source says the paragraph is (PDF/ALTO type sizes, HTML tags), when it says. */
  role?: LineRole;
}

export function node(applied: Applied, from: number, to: number): TextNode {
  return { text: applied.text.slice(from, to), ...rawSpan(applied, from, to) };
}

const wholeSource = new RegExp(`^${SOURCE_RE.source}`, 'u');
const wholeJump = new RegExp(`^${JUMP_RE.source}$`, 'u');

export function classify(text: string, mdLevel: number | null, quote: boolean): ParaKind {
  if (quote) return 'quote';
  if (mdLevel !== null) return 'heading';
  if (PHOTO_NEWS_RE.test(text)) return 'photo-label';
  if (BYLINE_RE.test(text)) return 'byline';
  if (wholeSource.test(text)) return 'source';
  if (wholeJump.test(text)) return 'jump';
  if (isHeadingLike(text)) return 'heading';
  return 'body';
}

export function paragraphs(applied: Applied): Para[] {
  const out: Para[] = [];
  const text = applied.text;
  let gap = 0;
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    let line = text.slice(at, nl);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    let from = at + (line.length - line.trimStart().length);
    let body = line.trim();
    if (body.length === 0) {
      gap++;
    } else {
      let mdLevel: number | null = null;
      let quote = false;
      const h = MD_HEADING_RE.exec(body);
      const q = h ? null : MD_QUOTE_RE.exec(body);
      const marker = h ?? q;
      if (h) mdLevel = h[1]!.length;
      if (q) quote = true;
      if (marker) {
        from += marker[0].length;
        body = body.slice(marker[0].length);
      }
      out.push({ text: body, from, to: from + body.length, gap, mdLevel, kind: classify(body, mdLevel, quote) });
      gap = 0;
    }
    at = nl + 1;
  }
  return out;
}

/**
 * Give paragraphs the roles their source lines carry and let a role overrule the text's own look: a
 * headline-sized or tagged heading is a heading however long, a body line is body however short.
 */
export function withRoles(applied: Applied, paras: Para[], lines: readonly Line[]): Para[] {
  if (!lines.some((l) => l.role)) return paras;
  let i = 0;
  for (const p of paras) {
    const start = applied.toRaw[p.from] ?? 0;
    while (i + 1 < lines.length && lines[i + 1]!.start <= start) i++;
    const role = lines[i]?.role;
    if (!role) continue;
    p.role = role;
    if (role === 'body') {
      if (p.kind === 'heading') p.kind = 'body';
    } else if (role !== 'furniture') p.kind = 'heading';
  }
  return paras;
}
