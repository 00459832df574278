// Paragraphs → articles. A heading starts a new article when the page says so (a headline block of several
// lines, a byline under it, the previous article closed by its source or jump line, a lead that restates it);
// otherwise it is a section subhead of the article it stands in. Jump, source and credit furniture at the
// edges of paragraphs is cut off into the article's fields.
import { message, type Applied, type Article, type Block, type Message, type TextNode } from '../model/index.js';
import { JUMP_RE, jumpAtEnd, sourceAtEnd } from '../text/line-kinds.js';
import { toSimplified } from '../text/fold.js';
import { countHan } from '../text/han.js';
import { node, type Para } from './paragraphs.js';
import { headlineBlock, joinNodes } from './headline.js';
import { parseByline, trailingCredit } from './byline.js';
import { headingOverlap, opensWithDate } from './lead.js';
import { pageNumber } from './page-number.js';

interface Draft {
  heads: Para[];
  byline: Para | null;
  article: Article;
  /** Closed by a source, a 下转 jump or a photo credit: the next heading starts a new article. */
  closed: boolean;
}

export interface BuildOptions {
  /** Headings that restate this share of the lead's bigrams open an article. */
  leadOverlap?: number;
}

export function buildArticles(applied: Applied, paras: readonly Para[], options: BuildOptions = {}): { articles: Article[]; messages: Message[] } {
  const { leadOverlap = 0.5 } = options;
  const drafts: Draft[] = [];
  const messages: Message[] = [];
  const usesMarkdownHeadings = paras.some((p) => p.mdLevel !== null);
  const nodeOf = (p: Para, from = p.from, to = p.to): TextNode => node(applied, from, to);

  const open = (heads: Para[], byline: Para | null, kind: Article['kind'] = 'news'): Draft => {
    const d: Draft = {
      heads,
      byline,
      closed: false,
      article: { type: 'article', kind, start: 0, end: 0, kicker: null, headline: null, subheadline: null, byline: null, blocks: [], source: null, jumpTo: null, jumpFrom: null },
    };
    drafts.push(d);
    return d;
  };

  let current: Draft | null = null;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    switch (p.kind) {
      case 'heading': {
        if (p.role === 'caption' || p.role === 'subhead') {
          current ??= open([], null);
          current.article.blocks.push({ type: p.role, ...nodeOf(p) });
          break;
        }
        const heads = [p];
        const titled = (q: Para | undefined) => q?.kind === 'heading' && q.mdLevel === null && (p.role === undefined || (q.role !== 'caption' && q.role !== 'subhead'));
        // Several heading lines in a row form one headline block (Markdown headings stand alone).
        while (p.mdLevel === null && titled(paras[i + 1]) && heads.length < 4) heads.push(paras[++i]!);
        const byline = paras[i + 1]?.kind === 'byline' ? paras[++i]! : null;
        const next = paras[i + 1];
        const startsArticle =
          current === null ||
          current.closed ||
          heads.length > 1 ||
          heads.some((h) => h.role === 'headline') ||
          byline !== null ||
          (next !== undefined && next.kind === 'body' && (/^[（(]\s*(?:上接|接)/u.test(next.text) || leads(heads[0]!.text, next.text, leadOverlap)));
        if (startsArticle) {
          current = open(heads, byline);
        } else {
          // A plain heading line on a page whose sections are Markdown headings is a photo caption.
          const type = usesMarkdownHeadings && p.mdLevel === null ? 'caption' : 'subhead';
          current!.article.blocks.push({ type, ...nodeOf(p) });
        }
        break;
      }
      case 'photo-label':
        current = open([p], null, 'photo-news');
        break;
      case 'byline':
        if (current && !current.byline && current.article.blocks.length === 0) current.byline = p;
        else {
          current = open([], p);
          messages.push(message('layout/stray-byline', `byline "${p.text}" has no headline of its own`, nodeOf(p)));
        }
        break;
      case 'source':
      case 'jump':
      case 'body':
      case 'quote':
        current ??= open([], null);
        addBody(current, p, nodeOf, messages);
        break;
    }
  }

  const articles = drafts.map((d) => finish(d, nodeOf));
  return { articles: attachHeadlinesAfterBodies(articles, messages), messages };
}

function leads(heading: string, paragraph: string, threshold: number): boolean {
  // A short title ("核爆点") overlaps any paragraph that mentions it; only a headline-length line can restate a lead.
  if (countHan(heading) < 7) return false;
  const overlap = headingOverlap(heading, paragraph);
  return overlap >= threshold || (opensWithDate(paragraph) && overlap >= threshold * 0.6);
}

const jumpAtStart = new RegExp(`^${JUMP_RE.source}`, 'u');

/** Cut furniture off the edges of a paragraph and file it; what remains is a block. */
function addBody(d: Draft, p: Para, nodeOf: (p: Para, from?: number, to?: number) => TextNode, messages: Message[]): void {
  const a = d.article;
  let from = p.from;
  let to = p.to;
  const text = () => p.text.slice(from - p.from, to - p.from);

  const head = jumpAtStart.exec(text());
  if (head && /上接|接/u.test(head[1]!)) {
    a.jumpFrom = { direction: 'from', page: pageNumber(head[2]!), ...nodeOf(p, from, from + head[0].length) };
    from += head[0].length;
  }
  for (let guard = 0; guard < 3; guard++) {
    const t = text();
    const src = sourceAtEnd(t);
    if (src) {
      const kind = toSimplified(src[1]!) as NonNullable<Article['source']>['kind'];
      a.source = { kind, name: src[2]!.trim(), ...nodeOf(p, from + src.index, to) };
      to = from + src.index;
      d.closed = true;
      continue;
    }
    const jump = jumpAtEnd(t);
    if (jump && /下/u.test(jump[1]!)) {
      a.jumpTo = { direction: 'to', page: pageNumber(jump[2]!), ...nodeOf(p, from + jump.index, to) };
      to = from + jump.index;
      d.closed = true;
      continue;
    }
    const credit = trailingCredit(t);
    if (credit && (a.kind === 'photo-news' || credit.at > 0)) {
      const creditNode = nodeOf(p, from + credit.at, to);
      a.byline = a.byline
        ? { ...a.byline, people: [...a.byline.people, ...credit.people] }
        : { ...creditNode, people: credit.people };
      to = from + credit.at;
      d.closed = true;
      continue;
    }
    break;
  }
  while (to > from && /\s/u.test(p.text[to - 1 - p.from]!)) to--;
  if (to <= from) return;
  if (p.kind === 'jump' || p.kind === 'source') {
    messages.push(message('layout/unparsed-furniture', `line "${p.text}" looks like a jump or source line but was not understood`, nodeOf(p)));
  }
  const type: Block['type'] = p.kind === 'quote' ? 'quote' : 'paragraph';
  a.blocks.push({ type, ...nodeOf(p, from, to) });
}

function finish(d: Draft, nodeOf: (p: Para) => TextNode): Article {
  const a = d.article;
  const heads = d.heads.map((h) => nodeOf(h));
  if (a.kind === 'photo-news') {
    a.headline = heads[0] ?? null;
  } else if (d.heads.some((h) => h.role === 'headline')) {
    // The source said which line is which (type size, tags): no guessing from lengths.
    const byRole = (role: string) => joinNodes(heads.filter((_, k) => d.heads[k]!.role === role));
    Object.assign(a, { kicker: byRole('kicker'), headline: byRole('headline'), subheadline: byRole('subheadline') });
  } else {
    Object.assign(a, headlineBlock(heads));
  }
  if (d.byline) {
    const b = nodeOf(d.byline);
    const people = parseByline(b.text);
    a.byline = a.byline ? { ...b, people: [...people, ...a.byline.people] } : { ...b, people };
  }
  return withSpan(a);
}

function withSpan(a: Article): Article {
  const parts: Array<{ start: number; end: number } | null> = [a.kicker, a.headline, a.subheadline, a.byline, a.source, a.jumpTo, a.jumpFrom, ...a.blocks];
  const spans = parts.filter((s): s is { start: number; end: number } => s !== null);
  return { ...a, start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/**
 * Some pages print an article's headline and byline after its body (the body ran on from the article
 * above). Such a headline block has no body of its own; its body is the run of paragraphs at the end of the
 * previous article that starts with the lead restating it.
 */
function attachHeadlinesAfterBodies(articles: Article[], messages: Message[]): Article[] {
  for (let i = 1; i < articles.length; i++) {
    const a = articles[i]!;
    if (a.blocks.length > 0 || a.kind === 'photo-news' || !a.headline) continue;
    const prev = articles[i - 1]!;
    let best = -1;
    let bestScore = 0;
    prev.blocks.forEach((b, k) => {
      if (k === 0 || b.type !== 'paragraph') return;
      const score = headingOverlap(a.headline!.text, b.text) + (opensWithDate(b.text) ? 0.25 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    });
    if (best < 0 || bestScore < 0.5) {
      messages.push(message('layout/headline-without-body', `headline "${a.headline.text}" has no body on this page`, a.headline));
      continue;
    }
    a.blocks = prev.blocks.splice(best);
    // Furniture found at the end of the run belongs to the article the run now belongs to.
    if (prev.source && prev.source.start > a.blocks[0]!.start) [a.source, prev.source] = [prev.source, null];
    if (prev.jumpTo && prev.jumpTo.start > a.blocks[0]!.start) [a.jumpTo, prev.jumpTo] = [prev.jumpTo, null];
    articles[i - 1] = withSpan(prev);
    articles[i] = withSpan(a);
    messages.push(message('layout/headline-after-body', `headline "${a.headline.text}" printed after its body; body attached`, a.headline));
  }
  return articles;
}
