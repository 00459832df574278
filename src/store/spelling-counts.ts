// The archive's spelling counts (repair/archive-lexicon.ts: short Han runs standing alone, counted over every
// article's text) kept in the archive file, and added to inside each page's ingest transaction. Counted afresh at
// every `baoku ingest`, they read the whole archive through its sorted export before the first page was stored:
// 164 s for the first 100,000 articles of a million-article archive. Read back, they are one scan of one table.
// Stored article text never changes, so the counts stay exact: spellings_counted holds the last article id
// counted, and articles stored while no one kept the counts (store.ingest on its own) are counted on the next open.
import type { SqliteStore } from './sqlite.js';
import { migratePart } from './schema.js';

const spellingMigrations = [
  `
-- How often the archive prints each short Han run standing alone (a list item, a name, a short heading): the
-- spellings OCR repair trusts (repair/archive-lexicon.ts).
CREATE TABLE spellings (
  term  TEXT PRIMARY KEY,
  count INTEGER NOT NULL CHECK (count > 0)
) WITHOUT ROWID;
-- Articles are counted in id order; this is the last one counted.
CREATE TABLE spellings_counted (article_id INTEGER NOT NULL);
INSERT INTO spellings_counted VALUES (0);
`,
];

/** Terms counted in some texts. */
export type CountTerms = (texts: Iterable<string>) => ReadonlyMap<string, number>;

/** Articles counted per transaction when catching up (so a first open of a large archive shows progress in the WAL, not one huge write). */
const CATCH_UP = 5_000;

/**
 * Every term's count over every stored article, after counting the ones not counted yet. The map is kept current:
 * each page the store adds from now on is counted into it and into the table, in the page's transaction.
 */
export function keptSpellings(store: SqliteStore, count: CountTerms): Map<string, number> {
  const { db } = store;
  if (store.readonly) throw new Error('spelling counts are kept by a writable store');
  migratePart(db, 'spellings', spellingMigrations);
  const add = db.prepare<[string, number]>('INSERT INTO spellings (term, count) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET count = count + excluded.count');
  const counted = db.prepare('SELECT article_id FROM spellings_counted').pluck();
  const setCounted = db.prepare<[number]>('UPDATE spellings_counted SET article_id = ?');
  const after = db.prepare<[number, number], { id: number; text: string }>('SELECT id, text FROM articles WHERE id > ? ORDER BY id LIMIT ?');
  /** Count up to CATCH_UP articles not counted yet, in the current transaction; their terms, or null when none were left. */
  const step = (): ReadonlyMap<string, number> | null => {
    const rows = after.all(counted.get() as number, CATCH_UP);
    if (rows.length === 0) return null;
    const found = count(rows.map((r) => r.text));
    for (const [term, n] of found) add.run(term, n);
    setCounted.run(rows[rows.length - 1]!.id);
    return found;
  };
  const catchUp = db.transaction(step);
  while (catchUp.immediate() !== null);

  const terms = new Map(db.prepare('SELECT term, count FROM spellings').raw().all() as [string, number][]);
  // Inside the page's transaction its articles are stored, and are the ones not counted yet (with any another
  // connection stored without counting them).
  store.onIngest(() => {
    for (let found = step(); found !== null; found = step()) for (const [term, n] of found) terms.set(term, (terms.get(term) ?? 0) + n);
  });
  return terms;
}
