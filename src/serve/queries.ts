// The read queries the reader needs beyond the Store contract, on the store's own connection.
// Every statement is a constant with bound values; prepared once per connection.
import type { SqliteStore } from '../store/index.js';
import type { Article, Edit, Masthead, PageIndexEntry } from '../model/index.js';
import type { ExportRow } from '../store/index.js';
import { restoreArticle } from '../store/index.js';

export interface EditionSummary extends Pick<ExportRow, 'paper' | 'date' | 'date_inferred' | 'issue' | 'total_issue'> {
  id: number;
  licence: string | null;
  pages: number;
  articles: number;
}

export interface PageSummary {
  id: number;
  number: number | null;
  source_file: string | null;
  encoding: string;
  index: PageIndexEntry[];
  masthead: Masthead | null;
}

export interface ArticleSummary {
  id: number;
  page_id: number;
  page: number | null;
  seq: number;
  kind: string;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  byline: string[];
  continues_to_page: number | null;
  continued_from_page: number | null;
  continues_to_article: number | null;
  continued_from_article: number | null;
  lead: string;
}

export interface ArticleDetail extends ArticleSummary {
  edition_id: number;
  paper: string | null;
  date: string | null;
  issue: number | null;
  total_issue: number | null;
  contributors: { name: string; role: string; title: string }[];
  source: string | null;
  text: string;
  /** The text folded to simplified script (what search indexes). */
  text_simplified: string;
  source_file: string | null;
  sha256: string;
  article: Article;
  /** The page's raw text inside the article's span. */
  original: string;
  /** Every stored edit inside the article's span, in text order (offsets into the page's raw text). */
  edits: Edit[];
}

export interface ArchiveStats {
  editions: number;
  pages: number;
  articles: number;
  edits: number;
  first_date: string | null;
  last_date: string | null;
  papers: string[];
  rules: { rule: string; layer: string; count: number }[];
}

const editionColumns = `e.id, e.paper, e.date, e.date_inferred, e.issue, e.total_issue, e.licence,
  (SELECT count(*) FROM pages p WHERE p.edition_id = e.id) AS pages,
  (SELECT count(*) FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.edition_id = e.id) AS articles`;

const summaryColumns = `x.id, x.page_id, x.page, x.seq, x.kind, x.kicker, x.headline, x.subheadline, x.byline,
  x.continues_to_page, x.continued_from_page, x.continues_to_article, x.continued_from_article,
  substr(x.text, 1, 90) AS lead`;

type Row<T, Json extends keyof T> = Omit<T, Json | 'date_inferred'> & { [K in Json]: string } & { date_inferred?: number };

export function readQueries(store: SqliteStore) {
  const { db } = store;
  const editions = db.prepare<[], Row<EditionSummary, never>>(
    `SELECT ${editionColumns} FROM editions e ORDER BY e.date DESC NULLS LAST, e.paper NULLS LAST, e.id DESC`,
  );
  const edition = db.prepare<[number], Row<EditionSummary, never>>(`SELECT ${editionColumns} FROM editions e WHERE e.id = ?`);
  const pages = db.prepare<[number], Row<PageSummary, 'index' | 'masthead'>>(
    `SELECT id, number, source_file, encoding, json_extract(document, '$.layout.index') AS "index",
       json_extract(document, '$.layout.masthead') AS masthead
     FROM pages WHERE edition_id = ? ORDER BY number NULLS LAST, id`,
  );
  const articles = db.prepare<[number], Row<ArticleSummary, 'byline'>>(
    `SELECT ${summaryColumns} FROM article_export x JOIN pages p ON p.id = x.page_id
     WHERE p.edition_id = ? ORDER BY x.page NULLS LAST, x.page_id, x.seq`,
  );
  // Two variants: every layer (the API), or only the display layer the reader shows. Spreading the page's
  // batches (see all_edits) costs several times the rest of the query on a traditional page.
  const articleQuery = (layers: string) =>
    db.prepare<[number], Omit<Row<ArticleDetail, 'byline' | 'contributors' | 'article' | 'edits'>, 'original'> & { page_text: string }>(
    `SELECT ${summaryColumns}, p.edition_id, x.paper, x.date, x.issue, x.total_issue, x.contributors, x.source, x.text,
       x.text_simplified, x.source_file, x.sha256, a.document AS article, p.text AS page_text,
       (SELECT json_group_array(json_object('type', 'edit', 'start', d.start, 'end', d.end, 'before', d.before,
          'after', d.after, 'rule', d.rule, 'layer', d.layer, 'status', d.status, 'confidence', d.confidence,
          'candidates', json(d.candidates)))
        FROM (SELECT * FROM all_edits d WHERE d.page_id = a.page_id AND d.start >= a.start AND d.end <= a.end ${layers}
              ORDER BY d.start, d.end, d.seq) d) AS edits
     FROM article_export x JOIN articles a ON a.id = x.id JOIN pages p ON p.id = x.page_id WHERE x.id = ?`,
    );
  const articleAll = articleQuery('');
  const articleDisplay = articleQuery("AND d.layer = 'display'");
  const articlesById = db.prepare<[string], Row<ArticleSummary, 'byline'> & { date: string | null; paper: string | null }>(
    `SELECT ${summaryColumns}, x.date, x.paper FROM article_export x WHERE x.id IN (SELECT value FROM json_each(?))
     ORDER BY x.date DESC NULLS LAST, x.page NULLS LAST, x.page_id, x.seq`,
  );
  const stats = db.prepare<[], Omit<ArchiveStats, 'papers' | 'rules'> & { papers: string }>(
    `SELECT (SELECT count(*) FROM editions) AS editions, (SELECT count(*) FROM pages) AS pages,
       (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM edits) + (SELECT coalesce(sum(count), 0) FROM edit_batches) AS edits,
       (SELECT min(date) FROM editions WHERE date_inferred = 0) AS first_date,
       (SELECT max(date) FROM editions WHERE date_inferred = 0) AS last_date,
       (SELECT json_group_array(paper) FROM (SELECT DISTINCT paper FROM editions WHERE paper IS NOT NULL ORDER BY paper)) AS papers`,
  );
  const rules = db.prepare<[], ArchiveStats['rules'][number]>(
    // Deterministic edits are counted per batch (see migrations 4 and 6 in store/migrations.ts), not spread out.
    `SELECT rule, layer, sum(n) AS count FROM (
       SELECT rule, layer, count(*) AS n FROM edits WHERE status = 'applied' GROUP BY rule, layer
       UNION ALL
       SELECT rule, layer, sum(count) FROM edit_batches WHERE status = 'applied' GROUP BY rule, layer)
     GROUP BY rule, layer ORDER BY count DESC, rule`,
  );
  const version = db.prepare<[], string>(`SELECT count(*) || '.' || coalesce(max(id), 0) FROM pages`).pluck();

  /** Whole-archive reads (every request of the home page makes them) computed once per archive version. */
  const perVersion = <T>(compute: () => T): (() => T) => {
    let at: string | null = null;
    let value: T;
    return () => {
      const now = version.get()!;
      if (now !== at) (value = compute()), (at = now);
      return value;
    };
  };

  const toEdition = (r: Row<EditionSummary, never>): EditionSummary => ({ ...r, date_inferred: r.date_inferred === 1 });
  const toSummary = (r: Row<ArticleSummary, 'byline'>): ArticleSummary => ({ ...r, byline: JSON.parse(r.byline) as string[] });
  const dropNulls = (edit: Edit): Edit => {
    const e: Partial<Edit> = { ...edit };
    if (e.confidence === null) delete e.confidence;
    if (e.candidates === null) delete e.candidates;
    return e as Edit;
  };

  return {
    editions: perVersion(() => editions.all().map(toEdition)),
    edition(id: number): EditionSummary | null {
      const r = edition.get(id);
      return r ? toEdition(r) : null;
    },
    pages: (editionId: number): PageSummary[] =>
      pages.all(editionId).map((r) => ({
        ...r,
        index: JSON.parse(r.index ?? '[]') as PageIndexEntry[],
        masthead: r.masthead ? (JSON.parse(r.masthead) as Masthead) : null,
      })),
    articles: (editionId: number) => articles.all(editionId).map(toSummary),
    /** The given articles, newest edition first, with their paper and date. */
    articlesById: (ids: readonly number[]) => articlesById.all(JSON.stringify(ids)).map((r) => ({ ...toSummary(r), date: r.date, paper: r.paper })),
    article(id: number, layers: 'all' | 'display' = 'all'): ArticleDetail | null {
      const r = (layers === 'all' ? articleAll : articleDisplay).get(id);
      if (!r) return null;
      const { page_text: pageText, ...rest } = r;
      const node = restoreArticle(r.article, r.text);
      return {
        ...rest,
        byline: JSON.parse(r.byline) as string[],
        contributors: JSON.parse(r.contributors) as ArticleDetail['contributors'],
        article: node,
        // Offsets are UTF-16 units, so slice here rather than with SQLite's code-point substr.
        original: pageText.slice(node.start, node.end),
        edits: (JSON.parse(r.edits) as Edit[]).map(dropNulls),
      };
    },
    stats: perVersion((): ArchiveStats => {
      const s = stats.get()!;
      return { ...s, papers: JSON.parse(s.papers) as string[], rules: rules.all() };
    }),
    /** Changes whenever a page is added: the archive's content version, for ETags. */
    version: () => version.get()!,
  };
}

export type ReadQueries = ReturnType<typeof readQueries>;
