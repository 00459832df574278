// The storage contract. SQLite implements it now; PostgreSQL will implement the same interface and run
// the same conformance suite. The pipeline hands the store fully rendered records, so a store never
// runs a stage itself.

import type { Article, ArticleKnowledge, Edition, Page } from '../model/index.js';

/** One article as the pipeline rendered it: the model node plus its flat texts. */
export interface ArticleRecord {
  /** Position on the page, 0-based, in reading order. */
  seq: number;
  article: Article;
  /** Repaired body text in printed script, blocks joined by "\n". */
  text: string;
  /** The same text folded to simplified script (index layer applied). */
  textSimplified: string;
  /** What the enrich stage found in it (people, organisations, places, dates, figures); absent when not run. */
  knowledge?: ArticleKnowledge;
}

/** Everything one ingested file becomes. */
export interface PageRecord {
  /** sha256 of the raw bytes, hex: the identity that makes re-ingest a no-op. */
  sha256: string;
  bytes: Uint8Array;
  /**
   * Set when the file holds several pages (a whole-edition PDF): this record is page `index` (1-based) of
   * `count`, and `bytes`/`sha256` are the whole file's.
   */
  part?: { index: number; count: number };
  sourceFile: string | null;
  edition: Edition;
  pageNumber: number | null;
  page: Page;
  articles: ArticleRecord[];
}

export interface IngestResult {
  status: 'added' | 'unchanged';
  pageId: number;
  editionId: number;
  articleIds: number[];
}

export interface StoredEdition extends Edition {
  id: number;
  pageCount: number;
}

export interface StoredPage {
  id: number;
  editionId: number;
  number: number | null;
  sha256: string;
  sourceFile: string | null;
  encoding: string;
  ingestedAt: string;
  page: Page;
}

/** Flat export row; field names are a public contract (other tools read them). */
export interface ExportRow {
  id: number;
  paper: string | null;
  date: string | null;
  date_inferred: boolean;
  issue: number | null;
  total_issue: number | null;
  page: number | null;
  seq: number;
  kind: string;
  headline: string | null;
  kicker: string | null;
  subheadline: string | null;
  byline: string[];
  contributors: { name: string; role: string; title: string }[];
  source: string | null;
  continues_to_page: number | null;
  continued_from_page: number | null;
  continues_to_article: number | null;
  continued_from_article: number | null;
  text: string;
  text_simplified: string;
  source_file: string | null;
  page_id: number;
  sha256: string;
}

export interface StoredArticle extends ExportRow {
  article: Article;
}

/** A stored article as jump stitching needs it. */
export interface JumpCandidate {
  id: number;
  page: number | null;
  article: Article;
  /** The part this one is already linked to, if any. */
  continuesTo: number | null;
}

/** What an ingest hook sees: the page just stored and the ids its articles got (in `record.articles` seq order). */
export interface IngestEvent {
  record: PageRecord;
  pageId: number;
  editionId: number;
  articleIds: number[];
}

export interface Store {
  /** Store one page and its articles in one transaction; a page already stored (same sha256) is left as is. */
  ingest(record: PageRecord): IngestResult;
  /** Link continuation parts (下转/上接), replacing earlier links of either article. */
  linkJump(fromArticleId: number, toArticleId: number): void;
  /**
   * Articles of one edition with their pages, for stitching jumps across pages ingested at different times;
   * with `jumping`, only those that print a jump line (下转/上接), the only ones a link can join.
   */
  editionArticles(editionId: number, options?: { jumping?: boolean }): JumpCandidate[];
  editions(): StoredEdition[];
  pages(editionId?: number): StoredPage[];
  page(id: number): StoredPage | null;
  /** Raw bytes exactly as ingested. */
  pageBytes(id: number): Uint8Array | null;
  article(id: number): StoredArticle | null;
  /** Every article in (date, page, seq) order, streamed. */
  exportArticles(): IterableIterator<ExportRow>;
  counts(): { editions: number; pages: number; articles: number; edits: number };
  /**
   * Run `hook` inside every ingest transaction that adds a page, after its articles are stored: parts kept
   * beside the core tables (the search index, the knowledge layer) stay in step with them. A throw rolls
   * the whole page back.
   */
  onIngest(hook: (event: IngestEvent) => void): void;
  close(): void;
}
