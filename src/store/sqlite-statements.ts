// Every SQL statement the SQLite store runs, prepared once per connection, and the row shapes they
// return. Values are always bound (@name or ?), never spliced into the SQL text.

import type Database from 'better-sqlite3';
import type { ExportRow } from './types.js';

export interface EditionRow {
  id: number;
  paper: string | null;
  date: string | null;
  date_inferred: number;
  issue: number | null;
  total_issue: number | null;
  licence: string | null;
  page_count: number;
}

export interface PageRow {
  id: number;
  edition_id: number;
  number: number | null;
  sha256: string;
  source_file: string | null;
  encoding: string;
  ingested_at: string;
  text: string;
  document: string;
}

/** A row of the article_export view: ExportRow with SQLite's types (0/1, JSON text). */
export type ExportSqlRow = Omit<ExportRow, 'date_inferred' | 'byline' | 'contributors'> & {
  date_inferred: number;
  byline: string;
  contributors: string;
};

const pageColumns = 'id, edition_id, number, sha256, source_file, encoding, ingested_at, text, document';
const exportOrder = 'date NULLS LAST, paper NULLS LAST, page NULLS LAST, page_id, seq';

export function prepareStatements(db: Database.Database) {
  return {
    pageBySha: db.prepare<[string], { id: number; edition_id: number }>(
      'SELECT id, edition_id FROM pages WHERE sha256 = ?',
    ),
    pageByTextSha: db.prepare<[string], { id: number; edition_id: number }>(
      'SELECT id, edition_id FROM pages WHERE text_sha256 = ?',
    ),
    /** Editions of one date whose paper is known: a paper-less page of that date belongs to the only one. */
    namedEditionsOn: db.prepare<[string], { id: number; paper: string }>(
      'SELECT id, paper FROM editions WHERE date = ? AND paper IS NOT NULL AND date_inferred = 0',
    ),
    unnamedEditionOn: db.prepare<[string], number>('SELECT id FROM editions WHERE date = ? AND paper IS NULL AND date_inferred = 0').pluck(),
    moveEditionPages: db.prepare<[number, number]>('UPDATE pages SET edition_id = ? WHERE edition_id = ?'),
    deleteEdition: db.prepare<[number]>('DELETE FROM editions WHERE id = ?'),
    articleDocumentsOfPage: db.prepare<[number], { document: string; text: string }>('SELECT document, text FROM articles WHERE page_id = ? ORDER BY seq'),
    articleIdsOfPage: db.prepare<[number], number>('SELECT id FROM articles WHERE page_id = ? ORDER BY seq').pluck(),
    /** An edition's row by its key, to tell whether upsertEdition would change it. */
    editionByKey: db.prepare<[string | null, string | null], Pick<EditionRow, 'id' | 'date_inferred' | 'issue' | 'total_issue' | 'licence'>>(
      'SELECT id, date_inferred, issue, total_issue, licence FROM editions WHERE edition_key = json_array(?, ?)',
    ),
    upsertEdition: db
      .prepare<unknown[], number>(
        `INSERT INTO editions (paper, date, date_inferred, issue, total_issue, licence)
         VALUES (@paper, @date, @date_inferred, @issue, @total_issue, @licence)
         ON CONFLICT (edition_key) DO UPDATE SET
           date_inferred = min(date_inferred, excluded.date_inferred),
           issue = coalesce(issue, excluded.issue),
           total_issue = coalesce(total_issue, excluded.total_issue),
           licence = coalesce(licence, excluded.licence)
         RETURNING id`,
      )
      .pluck(),
    insertPage: db.prepare(
      `INSERT INTO pages (edition_id, number, sha256, text_sha256, raw, encoding, newline, format, source_file, text, document, ingested_at)
       VALUES (@edition_id, @number, @sha256, @text_sha256, @raw, @encoding, @newline, @format, @source_file, @text, @document, @ingested_at)`,
    ),
    insertMessage: db.prepare(
      `INSERT INTO messages (page_id, seq, rule_id, reason, start, end)
       VALUES (@page_id, @seq, @rule_id, @reason, @start, @end)`,
    ),
    insertArticle: db.prepare<[number, number, string, ...(string | number | null)[]]>(
      `INSERT INTO articles (page_id, seq, kind, kicker, headline, subheadline, byline, source,
         continues_to_page, continued_from_page, text, text_simplified, start, end, document)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertContributor: db.prepare<[number, number, string, string, string]>(
      `INSERT INTO contributors (article_id, seq, name, role, title) VALUES (?, ?, ?, ?, ?)`,
    ),
    articleExists: db.prepare<[number], number>('SELECT 1 FROM articles WHERE id = ?').pluck(),
    clearLinksTo: db.prepare<[number]>(
      'UPDATE articles SET continues_to_article = NULL WHERE continues_to_article = ?',
    ),
    clearLinksFrom: db.prepare<[number]>(
      'UPDATE articles SET continued_from_article = NULL WHERE continued_from_article = ?',
    ),
    setContinuesTo: db.prepare<[number, number]>('UPDATE articles SET continues_to_article = ? WHERE id = ?'),
    setContinuedFrom: db.prepare<[number, number]>('UPDATE articles SET continued_from_article = ? WHERE id = ?'),
    editionArticles: db.prepare<[number, number], { id: number; page: number | null; document: string; text: string; continues_to_article: number | null }>(
      `SELECT a.id, p.number AS page, a.document, a.text, a.continues_to_article
       FROM articles a JOIN pages p ON p.id = a.page_id
       WHERE p.edition_id = ? AND (? = 0 OR a.continues_to_page IS NOT NULL OR a.continued_from_page IS NOT NULL)
       ORDER BY p.number NULLS LAST, p.id, a.seq`,
    ),
    editions: db.prepare<[], EditionRow>(
      `SELECT e.id, e.paper, e.date, e.date_inferred, e.issue, e.total_issue, e.licence,
         (SELECT count(*) FROM pages p WHERE p.edition_id = e.id) AS page_count
       FROM editions e ORDER BY e.date NULLS LAST, e.paper NULLS LAST, e.id`,
    ),
    allPages: db.prepare<[], PageRow>(
      `SELECT ${pageColumns} FROM pages ORDER BY edition_id, number NULLS LAST, id`,
    ),
    editionPages: db.prepare<[number], PageRow>(
      `SELECT ${pageColumns} FROM pages WHERE edition_id = ? ORDER BY number NULLS LAST, id`,
    ),
    page: db.prepare<[number], PageRow>(`SELECT ${pageColumns} FROM pages WHERE id = ?`),
    pageBytes: db.prepare<[number], Buffer>('SELECT coalesce(f.raw, p.raw) FROM pages p LEFT JOIN files f ON f.id = p.file_id WHERE p.id = ?').pluck(),
    upsertFile: db.prepare<{ sha256: string; raw: Buffer; page_count: number; source_file: string | null }, number>(
      `INSERT INTO files (sha256, raw, page_count, source_file) VALUES (@sha256, @raw, @page_count, @source_file)
       ON CONFLICT (sha256) DO UPDATE SET sha256 = excluded.sha256 RETURNING id`,
    ).pluck(),
    setPageFile: db.prepare<[number, number, number]>('UPDATE pages SET file_id = ?, file_page = ? WHERE id = ?'),
    article: db.prepare<[number], ExportSqlRow & { document: string }>(
      'SELECT x.*, a.document FROM article_export x JOIN articles a ON a.id = x.id WHERE x.id = ?',
    ),
    exportRows: db.prepare<[], ExportSqlRow>(`SELECT * FROM article_export ORDER BY ${exportOrder}`),
    counts: db.prepare<[], { editions: number; pages: number; articles: number; edits: number }>(
      `SELECT (SELECT count(*) FROM editions) AS editions, (SELECT count(*) FROM pages) AS pages,
         (SELECT count(*) FROM articles) AS articles,
         (SELECT count(*) FROM edits) + (SELECT coalesce(sum(count), 0) FROM edit_batches) AS edits`,
    ),
  };
}
