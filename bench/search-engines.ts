// The three engines bench/search runs side by side, each behind the same two calls: build the index from
// the stored articles, and answer a bench query (exact count, top 20 ranked, facets when asked).
//   baoku         src/search: FTS5 over Han bigrams + words + pinyin, through openSearch()
//   fts5-trigram  FTS5's trigram tokenizer; 1–2 character terms need LIKE (a scan) to be found at all
//   fts5-jieba    FTS5 (unicode61) over space-separated jieba words; misses substrings inside words
import Database from 'better-sqlite3';
import { openSqliteStore, type SqliteStore } from '../src/store/index.js';
import { openSearch, reindex, type Search } from '../src/search/index.js';
import { segment } from '../src/text/segment.js';

export interface BenchQuery {
  cls: string;
  /** AND'd terms (OR'd when `or`). */
  terms: string[];
  or?: boolean;
  not?: string;
  phrase?: boolean;
  filter?: { from: string; to: string; pageFrom: number; pageTo: number };
  facets?: boolean;
  truth: number[];
}

export interface Engine {
  build(): void;
  /** Use the index an earlier run built and kept (catching up what it lacks), when the engine can. */
  open?(): void;
  /** Tables that make up the index (their pages are summed for the index size). */
  tables: (name: string) => boolean;
  db: Database.Database;
  /** The timed answer: count, top hits and facets. */
  run(q: BenchQuery): void;
  /** Every hit, for recall (untimed). */
  all(q: BenchQuery): number[];
  close(): void;
}

export function baokuQuery(q: BenchQuery): string {
  const t = (s: string) => (q.phrase ? `"${s}"` : s);
  const main = q.terms.map(t).join(q.or ? ' OR ' : ' ');
  const not = q.not ? ` -${q.not}` : '';
  const f = q.filter ? ` date:${q.filter.from}..${q.filter.to} page:${q.filter.pageFrom}..${q.filter.pageTo}` : '';
  return main + not + f;
}

export function baokuEngine(base: string): Engine {
  const store: SqliteStore = openSqliteStore(base);
  let search: Search | null = null;
  return {
    db: store.db,
    tables: (n) => n.startsWith('search_'),
    build() {
      const t0 = Date.now();
      // Progress on stderr: if the bench stops a build over its budget, the last line says how far it got.
      reindex(store, (n) => process.stderr.write(`indexed ${n} articles in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`));
      search = openSearch(store, { serving: true }); // as the reader's server holds it
    },
    open() {
      search = openSearch(store, { serving: true }); // as the reader's server holds it
    },
    run(q) {
      search!.search(baokuQuery(q), { limit: 20, facets: q.facets ?? false });
    },
    all: (q) => [...search!.exportHits(baokuQuery(q))].map((h) => h.id),
    close: () => store.close(),
  };
}

const ARTICLES = `SELECT a.id, coalesce(a.headline, '') AS headline, trim(coalesce(a.kicker, '') || char(10) || coalesce(a.subheadline, '')) AS deck, a.text AS body,
  coalesce((SELECT group_concat(name, char(10)) FROM contributors c WHERE c.article_id = a.id), '') AS names, e.date, p.number AS page, e.paper
  FROM base.articles a JOIN base.pages p ON p.id = a.page_id JOIN base.editions e ON e.id = p.edition_id`;

interface Row {
  id: number;
  headline: string;
  deck: string;
  body: string;
  names: string;
  date: string;
  page: number;
  paper: string;
}

/** An FTS5 peer in its own file; `tokens` turns a field into what the table indexes. */
function fts5Engine(file: string, base: string, kind: 'trigram' | 'jieba'): Engine {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.prepare('ATTACH ? AS base').run(base);
  const cut = (s: string) => segment(s).filter((w) => /[\p{L}\p{N}]/u.test(w)).join(' ');
  const cols = ['headline', 'deck', 'body', 'names'];
  const like = (t: string) => `(${cols.map((c) => `f.${c} LIKE ?`).join(' OR ')})`;
  const phrase = (t: string) => (kind === 'jieba' ? `"${cut(t)}"` : `"${t}"`);
  const shortTerm = (q: BenchQuery) => kind === 'trigram' && [...q.terms, ...(q.not ? [q.not] : [])].some((t) => [...t].length < 3);

  const where = (q: BenchQuery): { sql: string; params: unknown[]; ranked: boolean } => {
    const params: unknown[] = [];
    let sql: string;
    let ranked = true;
    if (shortTerm(q)) {
      ranked = false;
      sql = `(${q.terms.map(like).join(q.or ? ' OR ' : ' AND ')})`;
      for (const t of q.terms) params.push(...cols.map(() => `%${t}%`));
      if (q.not) sql += ` AND NOT ${like(q.not)}`, params.push(...cols.map(() => `%${q.not}%`));
    } else {
      let expr = q.terms.map(phrase).join(q.or ? ' OR ' : ' AND ');
      if (q.not) expr = `(${expr}) NOT ${phrase(q.not)}`;
      sql = 'f MATCH ?';
      params.push(expr);
    }
    if (q.filter) sql += ' AND d.date BETWEEN ? AND ? AND d.page BETWEEN ? AND ?', params.push(q.filter.from, q.filter.to, q.filter.pageFrom, q.filter.pageTo);
    return { sql, params, ranked };
  };
  const from = 'f JOIN docs d ON d.id = f.rowid';

  return {
    db,
    tables: (n) => n === 'docs' || (n.startsWith('f_') && n !== 'f_content'),
    build() {
      db.exec(`CREATE TABLE docs (id INTEGER PRIMARY KEY, date TEXT, page INTEGER, paper TEXT)`);
      db.exec(
        kind === 'trigram'
          ? `CREATE VIRTUAL TABLE f USING fts5(headline, deck, body, names, tokenize = 'trigram')`
          : `CREATE VIRTUAL TABLE f USING fts5(headline, deck, body, names, content = '', tokenize = 'unicode61 remove_diacritics 0')`,
      );
      const doc = db.prepare('INSERT INTO docs VALUES (?, ?, ?, ?)');
      const fts = db.prepare('INSERT INTO f (rowid, headline, deck, body, names) VALUES (?, ?, ?, ?, ?)');
      const batch = db.prepare(`${ARTICLES} WHERE a.id > ? ORDER BY a.id LIMIT 2000`);
      const step = db.transaction((after: number) => {
        const rows = batch.all(after) as Row[];
        for (const r of rows) {
          doc.run(r.id, r.date, r.page, r.paper);
          const f = kind === 'jieba' ? [r.headline, r.deck, r.body, r.names].map(cut) : [r.headline, r.deck, r.body, r.names];
          fts.run(r.id, ...f);
        }
        return rows.length ? rows[rows.length - 1]!.id : -1;
      });
      for (let last = step(0); last >= 0; last = step(last));
      db.exec(`INSERT INTO f (f) VALUES ('optimize')`);
    },
    run(q) {
      const w = where(q);
      db.prepare(`SELECT count(*) FROM ${from} WHERE ${w.sql}`).pluck().get(...w.params);
      db.prepare(`SELECT f.rowid FROM ${from} WHERE ${w.sql} ORDER BY ${w.ranked ? 'bm25(f), ' : ''}d.date DESC LIMIT 20`).all(...w.params);
      if (q.facets) {
        const tally = new Map<string, number>();
        for (const [date, page, paper] of db.prepare(`SELECT d.date, d.page, d.paper FROM ${from} WHERE ${w.sql}`).raw().iterate(...w.params) as IterableIterator<[string, number, string]>) {
          for (const k of [date.slice(0, 4), date.slice(0, 7), `p${page}`, paper]) tally.set(k, (tally.get(k) ?? 0) + 1);
        }
      }
    },
    all(q) {
      const w = where(q);
      return db.prepare(`SELECT f.rowid FROM ${from} WHERE ${w.sql}`).pluck().all(...w.params) as number[];
    },
    close: () => db.close(),
  };
}

export const fts5Trigram = (file: string, base: string) => fts5Engine(file, base, 'trigram');
export const fts5Jieba = (file: string, base: string) => fts5Engine(file, base, 'jieba');
