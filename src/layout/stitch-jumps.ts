// Jumps across pages: an article that ends "(下转第2版)" continues in an article on page 2 that opens
// "(上接第1版)", usually under the same or a shortened headline. Pure: takes the edition's articles with
// their page numbers (from however many ingests) and says which parts to link.
import { message, type Article, type Message } from '../model/index.js';
import { toSimplified } from '../text/fold.js';
import { headingOverlap } from './lead.js';

export interface JumpPart<Id> {
  id: Id;
  page: number | null;
  article: Article;
}

export interface JumpLink<Id> {
  from: Id;
  to: Id;
}

export function stitchJumps<Id>(parts: readonly JumpPart<Id>[]): { links: JumpLink<Id>[]; messages: Message[] } {
  const links: JumpLink<Id>[] = [];
  const messages: Message[] = [];
  const taken = new Set<Id>();
  const heads = parts.filter((p) => p.article.jumpTo && p.page !== null);
  const tails = parts.filter((p) => p.article.jumpFrom && p.page !== null);
  const pairs = heads.flatMap((h) =>
    tails
      .filter((t) => t.page === h.article.jumpTo!.page && t.article.jumpFrom!.page === h.page)
      .map((t) => ({ h, t, score: similarity(h.article, t.article) })),
  );
  pairs.sort((x, y) => y.score - x.score);
  const linked = new Set<Id>();
  for (const { h, t } of pairs) {
    if (linked.has(h.id) || taken.has(t.id)) continue;
    links.push({ from: h.id, to: t.id });
    linked.add(h.id);
    taken.add(t.id);
  }
  for (const h of heads) {
    if (!linked.has(h.id) && parts.some((p) => p.page === h.article.jumpTo!.page)) {
      messages.push(message('layout/unresolved-jump', `no continuation found on page ${h.article.jumpTo!.page}`, h.article.jumpTo));
    }
  }
  return { links, messages };
}

/** Continuations repeat the headline (or part of it); fall back to shared words of the text. */
function similarity(head: Article, tail: Article): number {
  // Parts may be printed in different scripts on different pages: compare folded.
  const heads = (x: Article) => toSimplified([x.kicker, x.headline, x.subheadline].map((n) => n?.text ?? '').join(' '));
  const a = heads(head);
  const b = heads(tail);
  if (a.trim() && b.trim()) return Math.max(headingOverlap(b, a, 400), headingOverlap(a, b, 400));
  const body = (x: Article) => toSimplified(x.blocks.map((n) => n.text).join(''));
  return headingOverlap(body(head).slice(-200), body(tail), 400) * 0.5;
}
