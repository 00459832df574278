// Per-article columns in memory, indexed by article id: the segment holding its current postings, its
// length for BM25, and what filters, facets and date order need (edition date, page, paper, people). Loaded
// from search_docs once and again only after the index changed (this process's writes or another's), so a
// query filters and counts facets over a million hits with typed-array loops instead of SQL rows.
import type Database from 'better-sqlite3';
import { indexChanges } from './index-sqlite.js';
import type { EntitySource } from './entities.js';
import { daysOf, type Days } from './date-span.js';
import { nameIndex, type NameIndex } from './names.js';

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
  /** Where each date's articles stand, so a date filter can be a range of ids. */
  days: Days;
  /** Index into `months` (YYYY-MM), -1 when unknown. */
  month: Int32Array;
  months: string[];
  /** Page number, -1 when unknown. */
  page: Int32Array;
  maxPage: number;
  /** Index into `papers`, -1 when unknown. */
  paper: Int32Array;
  papers: string[];
  /**
   * Month, paper and page in one number, ((month + 1) × (papers + 1) + paper + 1) × (maxPage + 2) + page + 1,
   * so facets count one cell per hit; null when there would be over CELLS_MAX cells.
   */
  cell: Int32Array | null;
  /** The (article, name) pairs of a kind's sources, for its facet, read once per version of the index. */
  names(sources: readonly EntitySource[]): NameIndex;
}

/** Columns (the first one the ids) reordered by id, should SQLite not have aggregated them in scan order. */
function inIdOrder(columns: Int32Array[]): Int32Array[] {
  const ids = columns[0]!;
  if (ids.every((id, i) => i === 0 || ids[i - 1]! < id)) return columns;
  const order = Array.from(ids.keys()).sort((a, b) => ids[a]! - ids[b]!);
  return columns.map((c) => Int32Array.from(order, (i) => c[i]!));
}

/** The first `n` integers of a comma-separated list. */
function integers(text: string, n: number): Int32Array {
  const out = new Int32Array(n);
  let k = 0;
  let v = 0;
  let sign = 1;
  for (let i = 0; i <= text.length && k < n; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 44;
    if (c === 44) (out[k++] = sign * v), (v = 0), (sign = 1);
    else if (c === 45) sign = -1;
    else v = v * 10 + c - 48;
  }
  return out;
}

/** Most (month, paper, page) cells facets count in one pass. */
export const CELLS_MAX = 1 << 20;

/** The cell of a month, paper and page index (-1: unknown) among `papers` papers and pages up to `maxPage`. */
export const cellOf = (month: number, paper: number, page: number, papers: number, maxPage: number) => ((month + 1) * (papers + 1) + paper + 1) * (maxPage + 2) + page + 1;

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
  // Each column comes as one comma-separated string of integers, computed by SQLite (dates as YYYYMMDD,
  // papers as indexes): a million rows through the driver one by one took three times as long.
  const papers = db.prepare('SELECT DISTINCT paper FROM search_docs WHERE paper IS NOT NULL ORDER BY paper').pluck().all() as string[];
  const paperCase = papers.length === 0 ? '-1' : `CASE paper ${papers.map((_, i) => `WHEN ? THEN ${i}`).join(' ')} ELSE -1 END`;
  const dateInt = 'coalesce(CAST(substr(date, 1, 4) AS INTEGER) * 10000 + CAST(substr(date, 6, 2) AS INTEGER) * 100 + CAST(substr(date, 9, 2) AS INTEGER), 0)';
  const columns = ['article_id', 'seg', 'tokens', dateInt, 'coalesce(page, -1)', paperCase];
  // Scanned in article_id (rowid) order, no sort; order() below checks that the lists came in that order.
  const got = db.prepare(`SELECT count(*), ${columns.map((c) => `group_concat(${c}, ',')`).join(', ')} FROM search_docs`).raw().get(...papers) as [number, ...(string | null)[]];
  const k = Math.min(n, got[0]); // rows added since the count: the next load has them
  const [idCol, segCol, lenCol, dateCol, pageCol, paperCol] = inIdOrder((got.slice(1) as (string | null)[]).map((text) => integers(text ?? '', k)));
  const months: string[] = [];
  const monthIndex = new Map<number, number>();
  let total = 0;
  let maxPage = 0;
  for (let i = 0; i < k; i++) {
    const id = idCol![i]!;
    ids[i] = id;
    seg[id] = segCol![i]!;
    length[id] = lenCol![i]!;
    total += lenCol![i]!;
    const d = dateCol![i]!;
    date[id] = d;
    if (d > 0) {
      const m = (d - (d % 100)) / 100;
      let mi = monthIndex.get(m);
      if (mi === undefined) monthIndex.set(m, (mi = months.push(`${String(m).slice(0, 4)}-${String(m).slice(4)}`) - 1));
      month[id] = mi;
    }
    const pg = pageCol![i]!;
    if (pg >= 0) {
      page[id] = pg;
      if (pg > maxPage) maxPage = pg;
    }
    paper[id] = paperCol![i]!;
  }
  const cells = (months.length + 1) * (papers.length + 1) * (maxPage + 2);
  let cell: Int32Array | null = null;
  if (cells <= CELLS_MAX) {
    cell = new Int32Array(maxId + 1);
    for (let i = 0; i < k; i++) {
      const id = ids[i]!;
      cell[id] = cellOf(month[id]!, paper[id]!, page[id]!, papers.length, maxPage);
    }
  }
  const readPairs = (source: EntitySource): Pairs => {
    const docs: number[] = [];
    const found: number[] = [];
    const values: string[] = [];
    const index = new Map<string, number>();
    // As two JSON arrays SQLite builds: a million (article, name) rows through the driver cost seconds.
    const [docsJson, namesJson] = db.prepare(`SELECT json_group_array(article_id), json_group_array(name) FROM (${source.pairsSql})`).raw().get() as [string, string];
    const allDocs = JSON.parse(docsJson) as number[];
    const allNames = JSON.parse(namesJson) as string[];
    for (let k = 0; k < allDocs.length; k++) {
      const doc = allDocs[k]!;
      const name = allNames[k]!;
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
    return { start, names, values };
  };
  const nameIndexes = new Map<string, NameIndex>();
  return {
    ids: ids.subarray(0, k),
    seg,
    length,
    avgLength: k ? total / k : 1,
    date,
    days: daysOf(ids.subarray(0, k), date),
    month,
    months,
    page,
    maxPage,
    paper,
    papers,
    cell,
    names(sources) {
      const key = sources.map((s) => s.pairsSql).join('\n');
      let ix = nameIndexes.get(key);
      if (!ix) nameIndexes.set(key, (ix = nameIndex(sources.map(readPairs), maxId + 1)));
      return ix;
    },
  };
}
