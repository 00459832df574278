// The page document as stored: the whole Page model, except the parts the file already holds elsewhere.
// A page's text is pages.text, its edits are the rows of all_edits and its articles are articles.document,
// so `pages.document` keeps a pointer in their place (migration 5 in migrations.ts):
//   "source": {…, "text": {"in": "pages.text"}, …}
//   "edits": {"in": "all_edits", "count": 76}
//   "layout": {…, "articles": {"in": "articles.document", "count": 3}, …}
// and reading a page puts them back. A part is replaced only when putting it back gives the very same JSON;
// otherwise it stays inline, and a reader takes an inline part as it is (as in files from before migration 5).
// Repeating them cost ~25 KB of a page's ~60 KB and the time to serialise and write it.
import type { Article, Edit, Page } from '../model/index.js';

export interface Pointer {
  in: 'pages.text' | 'all_edits' | 'articles.document';
  count?: number;
}

const TEXT: Pointer = { in: 'pages.text' };

/** A lone UTF-16 surrogate: SQLite's text columns would store it as U+FFFD, so it cannot round-trip. */
const LONE_SURROGATE = /\p{Cs}/u;
const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/** The page document to store; `articles` are the page's article nodes in the order their rows are stored. */
export function leanPageDocument(page: Page, articles: readonly Article[]): string {
  const { source, layout } = page;
  const sameArticles = layout.articles.length === articles.length && layout.articles.every((a, i) => a === articles[i]);
  return JSON.stringify({
    ...page,
    source: storable(source.text) ? { ...source, text: TEXT } : source,
    edits: page.edits.every(restorable) ? { in: 'all_edits', count: page.edits.length } : page.edits,
    layout: sameArticles ? { ...layout, articles: { in: 'articles.document', count: articles.length } } : layout,
  });
}

/** What the file holds besides the document, fetched only when the document points at it. */
export interface PageParts {
  text: string;
  edits(): Edit[];
  /** The page's articles, restored from articles.document (see article-document.ts), in seq order. */
  articles(): Article[];
}

/** The stored document back as the Page it was made from. */
export function restorePage(document: string, parts: PageParts): Page {
  const page = JSON.parse(document) as Page;
  // Assigning keeps each key where it stands, so the restored page serialises exactly as the original did.
  if (isPointer(page.source.text)) page.source.text = parts.text;
  if (isPointer(page.edits)) page.edits = parts.edits();
  if (isPointer(page.layout.articles)) page.layout.articles = parts.articles();
  return page;
}

const isPointer = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The keys `edit()` makes, in its order; `confidence` and then `candidates` may follow. */
const KEYS = ['type', 'start', 'end', 'before', 'after', 'rule', 'layer', 'status'];

/**
 * Whether an edit comes back from its row (or batch entry) as the same JSON: `edit()`'s keys in its order,
 * whole offsets, a finite confidence, candidates an array, text that SQLite stores as it is.
 */
export function restorable(e: Edit): boolean {
  let i = 0;
  let candidates = false;
  for (const key in e) {
    if ((e as unknown as Record<string, unknown>)[key] === undefined) continue; // JSON leaves it out, and so does the row
    if (i < KEYS.length ? key !== KEYS[i] : !((key === 'confidence' && i === KEYS.length) || (key === 'candidates' && !candidates))) return false;
    if (key === 'candidates') candidates = true;
    i++;
  }
  return (
    i >= KEYS.length &&
    e.type === 'edit' &&
    Number.isSafeInteger(e.start) &&
    Number.isSafeInteger(e.end) &&
    (e.confidence === undefined || (typeof e.confidence === 'number' && Number.isFinite(e.confidence))) &&
    (e.candidates === undefined || Array.isArray(e.candidates)) &&
    storable(e.before) && storable(e.after) && storableName(e.rule) && storableName(e.layer) && storableName(e.status)
  );
}

/**
 * A string SQLite stores as it is: no lone UTF-16 surrogate. Most text has no surrogate at all: one quick scan, by
 * code unit for the short strings edits hold (a regular expression call costs more than they do).
 */
function storable(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  if (s.length > 64) return !ANY_SURROGATE.test(s) || !LONE_SURROGATE.test(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return !LONE_SURROGATE.test(s);
  }
  return true;
}

/** Rules, layers and statuses: a handful of strings met on every edit, each checked once. */
const storableNames = new Set<string>();
function storableName(s: unknown): boolean {
  if (storableNames.has(s as string)) return true;
  if (!storable(s)) return false;
  if (storableNames.size < 1000) storableNames.add(s as string);
  return true;
}
