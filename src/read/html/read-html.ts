// The reader for digital-edition article pages (one article per HTML page): headline, kicker and
// subheadline from the heading tags around the <h1>, the date line (2025-06-02 总第1832期) and page banner
// as page furniture, body paragraphs, captions. Markup is only tokenized, never run or fetched.
import { InputError, type LineRole, type PageSource } from '../../model/index.js';
import { composeSource, type ComposableLine } from '../compose-source.js';
import { decodeMarkup } from '../xml/decode-markup.js';
import { htmlBlocks, htmlTitle, type HtmlBlock } from './html-blocks.js';

export interface ReadHtmlOptions {
  sourceFile?: string | null;
  /** Characters of decoded HTML accepted. */
  maxChars?: number;
}

const DATE_LINE = /^(?:.{0,12}?)(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)/u;
const PAGE_BANNER = /^第\s*[0-9０-９]{1,2}\s*版/u;
const KICKER_HINT = /\b(?:kicker|yinti|pre-?title|intro-?title|overline)\b/;
const SUBTITLE_HINT = /\b(?:sub-?title|futi|subheadline|deck)\b/;
const CAPTION_HINT = /\b(?:caption|pic-?text|img-?text)\b/;

export function readHtml(bytes: Uint8Array, options: ReadHtmlOptions = {}): PageSource {
  const { sourceFile = null, maxChars = 8 * 1024 * 1024 } = options;
  const html = decodeMarkup(bytes);
  if (html.length > maxChars) throw new InputError('too_large', `the HTML page has ${html.length} characters, more than the ${maxChars} allowed`);
  const blocks = htmlBlocks(html);
  const headline = blocks.findIndex((b) => b.tag === 'h1');
  if (headline < 0) throw new InputError('no_article', 'the HTML page has no <h1> headline: baoku reads digital-edition pages with one article each');
  const lines: ComposableLine[] = [];
  const paper = paperName(html);
  if (paper) lines.push({ text: `《${paper}》`, role: 'furniture', opens: true });
  let bodyStarted = false;
  blocks.forEach((b, i) => {
    for (const text of b.text.split('\n')) {
      const t = text.trim();
      if (!t) continue;
      const role = roleOf(b, t, i, headline, bodyStarted);
      if (role === 'body' || role === 'caption') bodyStarted = true;
      lines.push({ text: t, role, opens: true });
    }
  });
  return composeSource(lines, { format: 'html', sourceFile });
}

function roleOf(b: HtmlBlock, text: string, i: number, headline: number, bodyStarted: boolean): LineRole {
  const heading = /^h[1-6]$/.test(b.tag);
  if (i === headline) return 'headline';
  if (b.tag === 'figcaption' || b.tag === 'caption' || CAPTION_HINT.test(b.hints)) return 'caption';
  if (text.length <= 60 && (DATE_LINE.test(text) || PAGE_BANNER.test(text))) return 'furniture';
  if (KICKER_HINT.test(b.hints)) return 'kicker';
  if (SUBTITLE_HINT.test(b.hints)) return 'subheadline';
  if (i < headline) return heading ? 'kicker' : 'furniture';
  if (heading) return bodyStarted ? 'subhead' : 'subheadline';
  return 'body';
}

/** The paper's name from og:site_name or a title like "标题 - 云溪报" / "云溪报数字报". */
function paperName(html: string): string | null {
  const { title, site } = htmlTitle(html);
  for (const s of [site, ...(title?.split(/\s*[-_|—–]\s*/u) ?? [])]) {
    const m = s ? /([\u4e00-\u9fff]{1,8}?(?:日报|晚报|报))(?:数字报|数字版|电子版)?$/u.exec(s) : null;
    if (m) return m[1]!;
  }
  return null;
}
