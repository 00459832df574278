// Per-article columns in memory, indexed by article id: the segment holding its current postings, its
// length for BM25, and what filters, facets and date order need (edition date, page, paper, people). Loaded
// from search_docs once and again only after the index changed (this process's writes or another's), so a
// query filters and counts facets over a million hits with typed-array loops instead of SQL rows.
import type Database from 'better-sqlite3';
import { indexChanges } from './index-sqlite.js';
import type { EntitySource } from './entities.js';

/** An entity source's (article, name) pairs by article: names[start[id] … start[id + 1]) index `values`. */
export interface Pairs {
  start: Int32Array;
  names: Int32Array;
  values: string[];
}

export interface DocTable {
  /** Articles indexed, ascending. */
  ids: Int32Array;
  seg: Int32Array;
  length: Int32Array;
  avgLength: number;
  /** Edition date as YYYYMMDD, 0 when unknown. */
  date: Int32Array;
  /** Index into `months` (YYYY-MM), -1 when unknown. */
  month: Int32Array;
  months: string[];
  /** Page number, -1 when unknown. */
  page: Int32Array;
  maxPage: number;
  /** Index into `papers`, -1 when unknown. */
  paper: Int32Array;
  papers: string[];
  /** (article, entity) pairs of a source, read once per version of the index. */
  pairs(source: EntitySource): Pairs;
}

export const dateKey = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10)) : 0);

/** The table of this database, reloaded when the index has changed since it was read. */
export function docTableReader(db: Database.Database): () => DocTable {
  let table: DocTable | null = null;
  let version = '';
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  return () => {
    const now = `${indexChanges(db)}:${dataVersion.get() as number}`;
    if (!table || now !== version) {
      table = loadDocTable(db);
      version = now;
    }
    return table;
  };
}

function loadDocTable(db: Database.Database): DocTable {
  const n = db.prepare('SELECT count(*) FROM search_docs').pluck().get() as number;
  const maxId = (db.prepare('SELECT max(article_id) FROM search_docs').pluck().get() as number | null) ?? 0;
  const ids = new Int32Array(n);
  const seg = new Int32Array(maxId + 1);
  const length = new Int32Array(maxId + 1);
  const date = new Int32Array(maxId + 1);
  const month = new Int32Array(maxId + 1).fill(-1);
  const page = new Int32Array(maxId + 1).fill(-1);
  const paper = new Int32Array(maxId + 1).fill(-1);
  const months: string[] = [];
  const papers: string[] = [];
  const monthIndex = new Map<string, number>();
  const paperIndex = new Map<string, number>();
  let total = 0;
  let k = 0;
  let maxPage = 0;
  const rows = db.prepare('SELECT article_id, seg, tokens, date, page, paper FROM search_docs ORDER BY article_id').raw().iterate() as IterableIterator<[number, number, number, string | null, number | null, string | null]>;
  for (const [id, s, len, d, pg, pp] of rows) {
    if (k === n) break; // a row added since the count: the next load has it
    ids[k++] = id;
    seg[id] = s;
    length[id] = len;
    total += len;
    date[id] = dateKey(d);
    if (d) {
      const m = d.slice(0, 7);
      let mi = monthIndex.get(m);
      if (mi === undefined) monthIndex.set(m, (mi = months.push(m) - 1));
      month[id] = mi;
    }
    if (pg !== null && pg >= 0) {
      page[id] = pg;
      if (pg > maxPage) maxPage = pg;
    }
    if (pp !== null) {
      let pi = paperIndex.get(pp);
      if (pi === undefined) paperIndex.set(pp, (pi = papers.push(pp) - 1));
      paper[id] = pi;
    }
  }
  const pairsBySource = new Map<EntitySource, Pairs>();
  return {
    ids: ids.subarray(0, k),
    seg,
    length,
    avgLength: k ? total / k : 1,
    date,
    month,
    months,
    page,
    maxPage,
    paper,
    papers,
    pairs(source) {
      let p = pairsBySource.get(source);
      if (!p) {
        const docs: number[] = [];
        const found: number[] = [];
        const values: string[] = [];
        const index = new Map<string, number>();
        for (const [doc, name] of db.prepare(`SELECT article_id, name FROM (${source.pairsSql})`).raw().iterate() as IterableIterator<[number, string]>) {
          if (doc > maxId) continue; // indexed since the table was read
          let i = index.get(name);
          if (i === undefined) index.set(name, (i = values.push(name) - 1));
          docs.push(doc);
          found.push(i);
        }
        // Values in code-unit order, so a name's index orders ties in facets.
        const sorted = values.map((_, i) => i).sort((a, b) => (values[a]! < values[b]! ? -1 : 1));
        const rank = new Int32Array(values.length);
        sorted.forEach((i, r) => (rank[i] = r));
        values.sort();
        const start = new Int32Array(maxId + 2);
        for (const d of docs) start[d + 1]!++;
        for (let i = 1; i < start.length; i++) start[i]! += start[i - 1]!;
        const at = start.slice(0, maxId + 1);
        const names = new Int32Array(docs.length);
        docs.forEach((d, k) => (names[at[d]!++] = rank[found[k]!]!));
        p = { start, names, values };
        pairsBySource.set(source, p);
      }
      return p;
    },
  };
}
