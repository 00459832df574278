// The article document as stored: the whole Article node, except its blocks' text, which articles.text already
// holds (the blocks' texts joined by newlines). Each block's text is stored as a pointer to its span there
// (migration 8 in migrations.ts), and reading an article puts the text back:
//   "blocks": [{"type": "paragraph", "text": {"in": "articles.text", "at": 0, "length": 131}, "start": 91, …}, …]
// The view article_documents does the same in SQL. The texts were ~45 % of an article's document, written,
// JSON-checked and read back a second time on every ingest.
import type { Article } from '../model/index.js';

export interface TextPointer {
  in: 'articles.text';
  /** UTF-16 offset into articles.text (SQL's substr counts characters: pointers are only made for text without surrogates). */
  at: number;
  length: number;
}

const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/** restoreArticle in SQL: the article_documents view's SELECT, made by migration 8 in migrations.ts (so never edited: a new migration takes a new one). */
export const articleDocumentsSelect = `SELECT a.id AS article_id, iif(
  EXISTS (SELECT 1 FROM json_each(a.document, '$.blocks') b WHERE json_type(b.value, '$.text') = 'object'),
  json_set(a.document, '$.blocks', json((SELECT json_group_array(json(v)) FROM (
    SELECT iif(json_type(b.value, '$.text') = 'object',
      json_set(b.value, '$.text', substr(a.text, (b.value ->> '$.text.at') + 1, b.value ->> '$.text.length')), b.value) AS v
    FROM json_each(a.document, '$.blocks') b ORDER BY b.key)))),
  a.document) AS document
FROM articles a;`;

/**
 * articles.document for an article whose articles.text is `text`. Pointers are made only where text is the
 * blocks' texts joined by newlines, with no surrogate (so offsets count characters, as SQL does); otherwise the
 * blocks stay inline, which readers take as they are (as in files from before migration 8).
 */
export function leanArticleDocument(article: Article, text: string): string {
  const { blocks } = article;
  if (blocks.length === 0 || ANY_SURROGATE.test(text)) return JSON.stringify(article);
  const lean: unknown[] = new Array(blocks.length);
  let at = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (typeof b.text !== 'string') return JSON.stringify(article);
    const end = at + b.text.length;
    const ends = i + 1 < blocks.length ? text.charCodeAt(end) === 10 : end === text.length;
    if (!ends || !text.startsWith(b.text, at)) return JSON.stringify(article);
    // Spread, then the key replaced: it keeps its place, so the restored block serialises as the original.
    lean[i] = { ...b, text: { in: 'articles.text', at, length: b.text.length } satisfies TextPointer };
    at = end + 1;
  }
  return JSON.stringify({ ...article, blocks: lean });
}

/** The stored document back as the Article it was made from; `text` is the article's articles.text. */
export function restoreArticle(document: string, text: string): Article {
  const article = JSON.parse(document) as Article;
  for (const b of article.blocks) {
    const t = b.text as unknown;
    if (typeof t === 'object' && t !== null) {
      const { at, length } = t as TextPointer;
      b.text = text.slice(at, at + length);
    }
  }
  return article;
}
