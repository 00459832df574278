// A lenient HTML tokenizer for digital-edition article pages: the page's text blocks (paragraphs, headings,
// captions, divs) with their tag and class, in document order. Nothing is executed or fetched: script,
// style, template and similar elements are skipped with their content, and so are navigation and forms.
// Tag soup is tolerated (unclosed <p>, stray end tags), as browsers do.

export interface HtmlBlock {
  /** The innermost block-level element the text stands in (p, h1, figcaption, div …). */
  tag: string;
  /** Classes and ids of that element and its ancestors, space-separated, lower case: hints like "kicker". */
  hints: string;
  text: string;
}

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'nav', 'form', 'select', 'button', 'textarea', 'head', 'footer']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'figcaption', 'caption', 'blockquote', 'section', 'article', 'header', 'footer', 'main', 'aside', 'figure', 'ul', 'ol', 'table', 'tr', 'body', 'html', 'dd', 'dt', 'pre', 'address', 'center', 'title']);
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'source', 'wbr', 'col', 'area', 'base', 'embed', 'param', 'track']);
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', times: '×', copy: '©',
};
/** Stands for <br> until whitespace is collapsed; blocks come back with "\n" there. */
const LINE_BREAK = '\u2028';
const TAG = /<(\/?)([A-Za-z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g;

interface Open {
  tag: string;
  hints: string;
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : '\ufffd';
  });
}

export function htmlBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const stack: Open[] = [];
  let buffer = '';
  let skipping: string | null = null;
  let skipDepth = 0;
  const current = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (BLOCK.has(stack[i]!.tag)) return stack[i]!;
    return { tag: 'body', hints: '' };
  };
  const flush = () => {
    const text = decodeEntities(buffer).replace(/[ \t\r\n\u00a0]+/g, ' ').replaceAll(LINE_BREAK, '\n').replace(/ *\n */g, '\n').trim();
    buffer = '';
    if (!text) return;
    const block = current();
    blocks.push({ tag: block.tag, hints: stack.map((o) => o.hints).filter(Boolean).join(' '), text });
  };
  let at = 0;
  for (const m of html.matchAll(TAG)) {
    if (skipping === null) buffer += html.slice(at, m.index);
    at = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    const closing = m[1] === '/';
    if (skipping !== null) {
      if (name === skipping) skipDepth += closing ? -1 : 1;
      if (skipDepth === 0) skipping = null;
      continue;
    }
    if (SKIP.has(name) && !closing) {
      if (!/\/\s*$/.test(m[3] ?? '')) [skipping, skipDepth] = [name, 1];
      continue;
    }
    if (name === 'br') {
      buffer += LINE_BREAK;
      continue;
    }
    if (BLOCK.has(name)) flush();
    if (VOID.has(name)) continue;
    if (closing) {
      const i = stack.map((o) => o.tag).lastIndexOf(name);
      if (i >= 0) stack.length = i;
    } else {
      // A new <p> or heading closes an open <p>, as in HTML's own parsing rules.
      if (BLOCK.has(name) && current().tag === 'p') stack.length = stack.map((o) => o.tag).lastIndexOf('p');
      const attrs = m[3] ?? '';
      const hints = [...attrs.matchAll(/\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((a) => (a[1] ?? a[2] ?? a[3] ?? '').toLowerCase()).join(' ');
      stack.push({ tag: name, hints });
    }
  }
  if (skipping === null) buffer += html.slice(at);
  flush();
  return blocks;
}

/** The document's <title> and og:site_name, which name the paper on most digital editions. */
export function htmlTitle(html: string): { title: string | null; site: string | null } {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const site = /<meta[^>]+property\s*=\s*["']og:site_name["'][^>]*content\s*=\s*["']([^"']*)["']/i.exec(html)?.[1];
  return { title: title ? decodeEntities(title).trim() : null, site: site ? decodeEntities(site).trim() : null };
}
