// Keeping the index in step with the archive: inside every ingest transaction (store.onIngest), on a
// writable open for articles not yet indexed (an archive made before search, or emptied by a migration),
// and on demand (`baoku reindex`).
import type Database from 'better-sqlite3';
import { assertPartCurrent, migratePart, type SqliteStore } from '../store/index.js';
import { documentTerms, personKey, type SearchDoc } from './document.js';
import { segmentWriter } from './postings-sqlite.js';
import { searchMigrations } from './schema.js';
import { wordCutter, type WordCutter } from './words.js';

const DOCS = `
SELECT a.id, a.page_id, a.headline, a.kicker, a.subheadline, a.text, a.text_simplified, a.source, p.number AS page, e.paper, e.date,
       (SELECT json_group_array(name) FROM (SELECT name FROM contributors c WHERE c.article_id = a.id ORDER BY c.seq)) AS names
  FROM articles a JOIN pages p ON p.id = a.page_id JOIN editions e ON e.id = p.edition_id`;

interface DocRow {
  id: number;
  page_id: number;
  headline: string | null;
  kicker: string | null;
  subheadline: string | null;
  text: string;
  text_simplified: string;
  source: string | null;
  page: number | null;
  paper: string | null;
  date: string | null;
  names: string;
}

const toDoc = (r: DocRow): SearchDoc => ({
  id: r.id,
  pageId: r.page_id,
  headline: r.headline,
  kicker: r.kicker,
  subheadline: r.subheadline,
  body: r.text,
  bodySimplified: r.text_simplified,
  names: JSON.parse(r.names) as string[],
  source: r.source === null ? null : r.source.slice(r.source.indexOf(':') + 1),
  date: r.date,
  page: r.page,
  paper: r.paper,
});

export interface SearchIndex {
  cutter: WordCutter;
  /** Index (or re-index) documents; the caller holds the transaction and calls flush() before it ends. */
  add(docs: readonly SearchDoc[]): void;
  /** Bytes of postings added but not yet written. */
  readonly pending: number;
  /** Write the postings added since the last flush as one segment. */
  flush(): void;
}

/** Bumped whenever this process changes the index, so readers on the same connection reload (see docs.ts). */
const changes = new WeakMap<Database.Database, number>();
export const indexChanges = (db: Database.Database) => changes.get(db) ?? 0;
const changed = (db: Database.Database) => changes.set(db, indexChanges(db) + 1);

/** Migrate the search tables (or check them, read-only) and teach the cutter the names already known. */
export function openIndex(store: SqliteStore, cutter: WordCutter = wordCutter()): SearchIndex {
  const db = store.db;
  if (store.readonly) assertPartCurrent(db, 'search', searchMigrations);
  else migratePart(db, 'search', searchMigrations);
  cutter.learn((db.prepare('SELECT DISTINCT name FROM search_people').pluck().all() as string[]));
  if (store.readonly) {
    const refuse = () => {
      throw new Error('read-only archive');
    };
    return { cutter, add: refuse, flush: refuse, pending: 0 };
  }
  const removeDoc = db.prepare('DELETE FROM search_docs WHERE article_id = ?');
  const insertDoc = db.prepare('INSERT INTO search_docs (article_id, page_id, date, page, paper, seg, tokens) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const segments = segmentWriter(db);
  const insertPerson = db.prepare('INSERT INTO search_people (article_id, name) VALUES (?, ?)');
  return {
    cutter,
    add(docs) {
      cutter.learn(docs.flatMap((d) => d.names.map(personKey)));
      changed(db);
      for (const doc of docs) {
        removeDoc.run(doc.id);
        const terms = documentTerms(doc, cutter);
        insertDoc.run(doc.id, doc.pageId, doc.date, doc.page, doc.paper, segments.seg(), terms.length);
        for (const name of new Set(doc.names.map(personKey))) insertPerson.run(doc.id, name);
        segments.add(doc.id, terms);
      }
    },
    get pending() {
      return segments.pending;
    },
    flush: () => segments.flush(),
  };
}

const attached = new WeakMap<SqliteStore, SearchIndex>();

/**
 * Index every article the store adds, inside its ingest transaction, and catch up on articles stored
 * without the index. Call once after opening a writable store (calling again returns the same index).
 */
export function attachSearchIndex(store: SqliteStore, cutter?: WordCutter): SearchIndex {
  const known = attached.get(store);
  if (known) return known;
  const index = openIndex(store, cutter);
  if (store.readonly) return index;
  attached.set(store, index);
  const db = store.db;
  const byPage = db.prepare(`${DOCS} WHERE a.page_id = ?`);
  // A page that names its paper can pull an earlier page of the same day into its edition: refresh the
  // edition facts of every page in the edition the new page landed in.
  const refresh = db.prepare(`
    UPDATE search_docs SET date = e.date, paper = e.paper, page = p.number
      FROM pages p JOIN editions e ON e.id = p.edition_id
     WHERE p.id = search_docs.page_id AND p.edition_id = ?`);
  store.onIngest((event) => {
    index.add((byPage.all(event.pageId) as DocRow[]).map(toDoc));
    index.flush();
    refresh.run(event.editionId);
  });
  catchUp(db, index);
  return index;
}

/** How many stored articles have no index entry (cheap when none: two counts). */
export function unindexedCount(db: Database.Database): number {
  const behind = db.prepare('SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM search_docs)').pluck().get() as number;
  return behind === 0 ? 0 : (db.prepare('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = a.id)').pluck().get() as number);
}

/**
 * Index the articles that have no index entry yet, in id order: one segment (and one transaction) per chunk
 * of up to `chunk` articles or ~128 MB of postings. Returns how many.
 */
export function catchUp(db: Database.Database, index: SearchIndex, onChunk?: (indexed: number) => void, chunk = 50_000, batch = 500): number {
  if (unindexedCount(db) === 0) return 0;
  const missing = db.prepare(`${DOCS} WHERE a.id > ? AND NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = a.id) ORDER BY a.id LIMIT ?`);
  const step = db.transaction((after: number) => {
    let n = 0;
    for (let docs = (missing.all(after, batch) as DocRow[]).map(toDoc); docs.length > 0; ) {
      index.add(docs);
      n += docs.length;
      after = docs[docs.length - 1]!.id;
      if (n >= chunk || index.pending > 128e6) break;
      docs = (missing.all(after, batch) as DocRow[]).map(toDoc);
    }
    index.flush();
    return { n, after };
  });
  let total = 0;
  for (let s = step.immediate(0); s.n > 0; s = step.immediate(s.after)) {
    total += s.n;
    onChunk?.(total);
  }
  return total;
}

/**
 * Re-index some articles after their text changed (a correction, a reverted repair), in one transaction.
 * Ids that are no longer articles lose their index entries.
 */
export function reindexArticles(store: SqliteStore, ids: readonly number[]): void {
  const index = attachSearchIndex(store);
  const byId = store.db.prepare(`${DOCS} WHERE a.id = ?`);
  const drop = store.db.prepare('DELETE FROM search_docs WHERE article_id = ?');
  store.db.transaction(() => {
    for (const id of ids) {
      const row = byId.get(id) as DocRow | undefined;
      if (row) index.add([toDoc(row)]);
      else drop.run(id);
    }
    index.flush();
  }).immediate();
  changed(store.db);
}

/** Rebuild the whole index from the articles (after a tokenizer change, or to compact it). */
/** `onChunk` hears how many articles are indexed after each committed chunk (for progress on large archives). */
export function reindex(store: SqliteStore, onChunk?: (indexed: number) => void): number {
  const index = openIndex(store);
  store.db.transaction(() => {
    store.db.prepare('DELETE FROM search_people').run();
    store.db.prepare('DELETE FROM search_docs').run();
    store.db.prepare('DELETE FROM search_postings').run();
    store.db.prepare('DELETE FROM search_positions').run();
    store.db.prepare('DELETE FROM search_segments').run();
  }).immediate();
  changed(store.db);
  return catchUp(store.db, index, onChunk);
}
