// The Store on one SQLite file (see migrations.ts for what the file holds). Every write is one transaction;
// every statement is prepared once, with values bound, never spliced into SQL.

import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Article, Message, Page } from '../model/index.js';
import { BaokuError, NotFoundError } from '../model/index.js';
import { assertCurrent, migrate } from './schema.js';
import { leanPageDocument, restorePage } from './page-document.js';
import { leanArticleDocument, restoreArticle } from './article-document.js';
import { prepareEditReader, prepareEditWriter } from './sqlite-edits.js';
import { prepareStatements, type EditionRow, type ExportSqlRow, type PageRow } from './sqlite-statements.js';
import type {
  ArticleRecord,
  ExportRow,
  IngestEvent,
  IngestResult,
  JumpCandidate,
  PageRecord,
  Store,
  StoredArticle,
  StoredEdition,
  StoredPage,
} from './types.js';

export interface SqliteStoreOptions {
  /** How long a write waits for another connection's lock before failing (PRAGMA busy_timeout), in ms. */
  busyTimeout?: number;
  /** Clock for `pages.ingested_at`; tests pin it. */
  now?: () => Date;
  /** Open an existing, current archive for reading only (no migration; writes throw). */
  readonly?: boolean;
  /** Called with each statement this connection runs, its values filled in (better-sqlite3's `verbose`). */
  trace?: (sql: string) => void;
}

/** The SQLite store, with its connection for the parts that keep their own tables in the same file. */
export interface SqliteStore extends Store {
  readonly db: Database.Database;
  readonly readonly: boolean;
}

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  const { busyTimeout = 5000, now = () => new Date(), readonly = false, trace } = options;
  const db = connect(path, busyTimeout, readonly, trace);
  try {
    db.pragma('foreign_keys = ON');
    if (readonly) {
      assertCurrent(db);
    } else {
      db.pragma('journal_mode = WAL'); // readers never block the writer; ':memory:' stays 'memory'
      db.pragma('synchronous = NORMAL'); // with WAL: a killed process loses nothing committed
      migrate(db);
    }
  } catch (error) {
    db.close();
    throw error;
  }

  const sql = prepareStatements(db);
  const ingestHooks: ((event: IngestEvent) => void)[] = [];

  const insertEdits = prepareEditWriter(db);
  const readEdits = prepareEditReader(db);

  const toStoredPage = (row: PageRow): StoredPage => ({
    id: row.id,
    editionId: row.edition_id,
    number: row.number,
    sha256: row.sha256,
    sourceFile: row.source_file,
    encoding: row.encoding,
    ingestedAt: row.ingested_at,
    page: restorePage(row.document, { text: row.text, edits: () => readEdits(row.id), articles: () => sql.articleDocumentsOfPage.all(row.id).map((a) => restoreArticle(a.document, a.text)) }),
  });

  const insertMessage = (pageId: number, message: Message, seq: number) =>
    sql.insertMessage.run({
      page_id: pageId,
      seq,
      rule_id: message.ruleId,
      reason: message.reason,
      start: message.place?.start ?? null,
      end: message.place?.end ?? null,
    });

  const insertArticle = (pageId: number, record: ArticleRecord): number => {
    const { article } = record;
    // Positional parameters, in the statement's column order: binding by name costs a look-up per column.
    const id = Number(
      sql.insertArticle.run(
        pageId,
        record.seq,
        article.kind,
        article.kicker?.text ?? null,
        article.headline?.text ?? null,
        article.subheadline?.text ?? null,
        article.byline?.text ?? null,
        article.source ? `${article.source.kind}:${article.source.name}` : null,
        article.jumpTo?.page ?? null,
        article.jumpFrom?.page ?? null,
        record.text,
        record.textSimplified,
        article.start,
        article.end,
        leanArticleDocument(article, record.text),
      ).lastInsertRowid,
    );
    (article.byline?.people ?? []).forEach((person, seq) => sql.insertContributor.run(id, seq, person.name, person.role, person.title));
    return id;
  };

  /**
   * Editions are keyed by (paper, date). A page that prints no paper name joins the one edition of its date
   * whose paper is known; a page that names the paper takes in an earlier paper-less edition of its date.
   */
  const resolveEdition = (edition: PageRecord['edition']): number => {
    let paper = edition.paper;
    // Only printed dates join editions: an inferred date is a guess.
    const printedDate = edition.dateInferred ? null : edition.date;
    if (paper === null && printedDate !== null) {
      const named = sql.namedEditionsOn.all(printedDate);
      if (named.length === 1) paper = named[0]!.paper;
    }
    // Most pages join an edition whose row they would not change: the upsert is left out then, as its update
    // rewrites the row (and a page of the file) with the values it already has.
    const dateInferred = edition.dateInferred ? 1 : 0;
    const known = sql.editionByKey.get(paper, edition.date);
    const unchanged =
      known !== undefined &&
      known.date_inferred <= dateInferred &&
      (known.issue !== null || edition.issue === null) &&
      (known.total_issue !== null || edition.totalIssue === null) &&
      (known.licence !== null || edition.licence === null);
    const id = unchanged
      ? known.id
      : (sql.upsertEdition.get({
          paper,
          date: edition.date,
          date_inferred: dateInferred,
          issue: edition.issue,
          total_issue: edition.totalIssue,
          licence: edition.licence,
        }) as number);
    if (paper !== null && printedDate !== null) {
      const unnamed = sql.unnamedEditionOn.get(printedDate);
      if (unnamed !== undefined && unnamed !== id) {
        sql.moveEditionPages.run(id, unnamed);
        sql.deleteEdition.run(unnamed);
      }
    }
    return id;
  };

  const ingest = db.transaction((record: PageRecord): IngestResult => {
    const textSha256 = createHash('sha256').update(record.page.source.text.replace(/\r\n?/g, '\n')).digest('hex');
    const existing = sql.pageBySha.get(pageSha256(record)) ?? sql.pageByTextSha.get(textSha256);
    if (existing) {
      const articleIds = sql.articleIdsOfPage.all(existing.id);
      return { status: 'unchanged', pageId: existing.id, editionId: existing.edition_id, articleIds };
    }
    const { page, part } = record;
    const inOrder = [...record.articles].sort((a, b) => a.seq - b.seq);
    const editionId = resolveEdition(record.edition);
    const raw = Buffer.from(record.bytes.buffer, record.bytes.byteOffset, record.bytes.byteLength);
    const pageId = Number(
      sql.insertPage.run({
        edition_id: editionId,
        number: record.pageNumber,
        sha256: pageSha256(record),
        text_sha256: textSha256,
        raw: part ? Buffer.alloc(0) : raw,
        encoding: page.source.encoding,
        newline: page.source.newline,
        format: page.source.format,
        source_file: record.sourceFile,
        text: page.source.text,
        document: leanPageDocument(page, inOrder.map((a) => a.article)),
        ingested_at: now().toISOString(),
      }).lastInsertRowid,
    );
    if (part) {
      const fileId = sql.upsertFile.get({ sha256: record.sha256, raw, page_count: part.count, source_file: record.sourceFile }) as number;
      sql.setPageFile.run(fileId, part.index, pageId);
    }
    insertEdits(pageId, page.edits);
    page.messages.forEach((message, seq) => insertMessage(pageId, message, seq));
    const articleIds = inOrder.map((article) => insertArticle(pageId, article));
    for (const hook of ingestHooks) hook({ record: { ...record, articles: inOrder }, pageId, editionId, articleIds });
    return { status: 'added', pageId, editionId, articleIds };
  });

  const linkJump = db.transaction((fromId: number, toId: number) => {
    if (fromId === toId) throw new BaokuError('jump_to_self', `article ${fromId} cannot continue into itself`);
    for (const id of [fromId, toId]) {
      if (sql.articleExists.get(id) === undefined) throw new NotFoundError(`no article ${id}`);
    }
    // Whatever continued into `to`, and whatever `from` used to continue into, lose that link.
    sql.clearLinksTo.run(toId);
    sql.clearLinksFrom.run(fromId);
    sql.setContinuesTo.run(toId, fromId);
    sql.setContinuedFrom.run(fromId, toId);
  });

  return {
    db,
    readonly,
    ingest(record) {
      const actual = createHash('sha256').update(record.bytes).digest('hex');
      if (actual !== record.sha256) {
        throw new BaokuError('sha256_mismatch', `record sha256 ${record.sha256} is not the sha256 of its bytes (${actual})`);
      }
      return ingest.immediate(record);
    },
    linkJump(fromArticleId, toArticleId) {
      linkJump.immediate(fromArticleId, toArticleId);
    },
    editionArticles(editionId, options = {}): JumpCandidate[] {
      return sql.editionArticles.all(editionId, options.jumping ? 1 : 0).map((row) => ({
        id: row.id,
        page: row.page,
        article: restoreArticle(row.document, row.text),
        continuesTo: row.continues_to_article,
      }));
    },
    editions: () => sql.editions.all().map(toStoredEdition),
    pages: (editionId) => (editionId === undefined ? sql.allPages.all() : sql.editionPages.all(editionId)).map(toStoredPage),
    page(id) {
      const row = sql.page.get(id);
      return row ? toStoredPage(row) : null;
    },
    pageBytes: (id) => sql.pageBytes.get(id) ?? null,
    article(id): StoredArticle | null {
      const row = sql.article.get(id);
      if (!row) return null;
      const { document, ...rest } = row;
      return { ...toExportRow(rest), article: restoreArticle(document, rest.text) };
    },
    *exportArticles() {
      // Streams: the connection is busy until the loop ends, so do not write to this store inside it.
      for (const row of sql.exportRows.iterate()) yield toExportRow(row);
    },
    counts: () => sql.counts.get() ?? { editions: 0, pages: 0, articles: 0, edits: 0 },
    onIngest(hook) {
      ingestHooks.push(hook);
    },
    close() {
      db.close();
    },
  };
}

/** A page's own identity: its file's sha256, or for a page of a multi-page file, that of "<file sha256>#<n>". */
function pageSha256(record: PageRecord): string {
  return record.part ? createHash('sha256').update(`${record.sha256}#${record.part.index}`).digest('hex') : record.sha256;
}

function connect(path: string, busyTimeout: number, readonly: boolean, trace: ((sql: string) => void) | undefined): Database.Database {
  try {
    // `timeout` is better-sqlite3's way of setting PRAGMA busy_timeout for this connection.
    return new Database(path, { timeout: busyTimeout, readonly, fileMustExist: readonly, ...(trace ? { verbose: (sql: unknown) => trace(String(sql)) } : {}) });
  } catch (error) {
    if (readonly && (error as { code?: string }).code === 'SQLITE_CANTOPEN') throw new NotFoundError(`no archive at ${path}`);
    throw error;
  }
}

function toStoredEdition(row: EditionRow): StoredEdition {
  return {
    type: 'edition',
    id: row.id,
    paper: row.paper,
    date: row.date,
    dateInferred: row.date_inferred === 1,
    issue: row.issue,
    totalIssue: row.total_issue,
    licence: row.licence,
    pageCount: row.page_count,
  };
}


function toExportRow(row: ExportSqlRow): ExportRow {
  return {
    ...row,
    date_inferred: row.date_inferred === 1,
    byline: JSON.parse(row.byline) as string[],
    contributors: JSON.parse(row.contributors) as ExportRow['contributors'],
  };
}
