// Running a planned query against the archive file. Pages of hits come by keyset cursor; counts are exact.
import type Database from 'better-sqlite3';
import { InputError } from '../model/index.js';
import type { SqliteStore } from '../store/index.js';
import { decodeCursor, encodeCursor, queryFingerprint, type CursorKey } from './cursor.js';
import { bylinePeople, type EntitySource } from './entities.js';
import { attachSearchIndex, openIndex, unindexedCount } from './index-sqlite.js';
import { COLUMNS, planQuery, type Column, type Plan } from './plan.js';
import { parseQuery, type SortOrder } from './query-parser.js';
import { highlightRanges, snippet } from './snippet.js';
import type { ExportHit, FacetCount, Facets, Search, SearchHit, SearchOptions } from './types.js';

/** bm25 weight of each column: a headline hit outweighs a deck hit outweighs a passing mention in the body. */
export const WEIGHTS: Record<Column, number> = { headline: 10, deck: 5, body: 1, names: 4, words: 1, pinyin: 6 };
const bm25 = (weights: Record<Column, number>) => `bm25(search_fts, ${COLUMNS.map((c) => weights[c]).join(', ')})`;
const SCORE = bm25(WEIGHTS);
const DATE = "coalesce(d.date, '')";
const MAX_LIMIT = 1000;

interface Selection {
  from: string;
  where: string;
  params: unknown[];
  score: string;
}

export function openSearch(store: SqliteStore, options: { entities?: readonly EntitySource[] } = {}): Search {
  const index = store.readonly ? openIndex(store) : attachSearchIndex(store);
  const db = store.db;
  const sources = [bylinePeople, ...(options.entities ?? [])];
  const article = db.prepare('SELECT headline, kicker, subheadline, text, text_simplified FROM articles WHERE id = ?');
  const unindexed = unindexedCount(db);

  // Statements by SQL text: a query shape is prepared once (bounded, for long-lived servers).
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let st = statements.get(sql);
    if (!st) {
      if (statements.size > 200) statements.clear();
      st = db.prepare(sql);
      statements.set(sql, st);
    }
    return st;
  };

  const select = (plan: Plan): Selection => {
    const where: string[] = [];
    const params: unknown[] = [];
    let from = 'search_docs d';
    let score = '0';
    if (plan.match) {
      from = 'search_fts JOIN search_docs d ON d.article_id = search_fts.rowid';
      where.push('search_fts MATCH ?');
      params.push(plan.match);
      score = SCORE;
    }
    if (plan.exclude) {
      where.push('d.article_id NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)');
      params.push(plan.exclude);
    }
    for (const f of plan.filters) {
      if (f.type === 'date') where.push(`d.date BETWEEN ? AND ?`), params.push(f.from, f.to);
      else if (f.type === 'page') where.push('d.page BETWEEN ? AND ?'), params.push(f.from, f.to);
      else if (f.type === 'paper') where.push('d.paper = ?'), params.push(f.value);
      else {
        const of = sources.filter((s) => s.kind === f.kind);
        if (of.length === 0) throw new InputError('bad_query', `${f.kind}: needs ${f.kind === 'org' ? 'organisation' : 'people'} data, which this archive does not have yet`);
        where.push(`d.article_id IN (${of.map((s) => s.articlesSql).join(' UNION ')})`);
        for (const _ of of) params.push(f.value);
      }
    }
    return { from, where: where.length ? where.join(' AND ') : '1', params, score };
  };

  const order = (sort: SortOrder, s: Selection) =>
    sort === 'relevance' && s.score !== '0' ? `${s.score}, ${DATE} DESC, d.article_id DESC` : `${DATE} DESC, d.article_id DESC`;

  const after = (sort: SortOrder, s: Selection, key: CursorKey): { sql: string; params: unknown[] } => {
    const byDate = `(${DATE} < ? OR (${DATE} = ? AND d.article_id < ?))`;
    if (sort === 'date' || s.score === '0') return { sql: byDate, params: [key.date, key.date, key.id] };
    return { sql: `(${s.score} > ? OR (${s.score} = ? AND ${byDate}))`, params: [key.score, key.score, key.date, key.date, key.id] };
  };

  const plan = (query: string, sortOption: SortOrder | undefined) => {
    const planned = planQuery(parseQuery(query), index.cutter);
    const sort = sortOption ?? planned.sort;
    if (sort === 'relevance' && !planned.match && sortOption === 'relevance') throw new InputError('bad_query', 'sorting by relevance needs a term to rank by');
    return { plan: planned, sort, sel: select(planned) };
  };

  const hit = (row: { id: number; score: number; date: string | null; page: number | null; paper: string | null }, plan: Plan): SearchHit => {
    const a = article.get(row.id) as { headline: string | null; kicker: string | null; subheadline: string | null; text: string; text_simplified: string };
    const s = snippet(a.text, highlightRanges(a.text, plan.highlights, a.text_simplified));
    return {
      id: row.id,
      headline: a.headline,
      kicker: a.kicker,
      subheadline: a.subheadline,
      paper: row.paper,
      date: row.date,
      page: row.page,
      score: -row.score,
      headlineHighlights: highlightRanges(a.headline ?? '', plan.highlights),
      snippet: s.text,
      highlights: s.highlights,
    };
  };

  return {
    unindexed,
    search(query, opts: SearchOptions = {}) {
      const limit = opts.limit ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new InputError('bad_limit', `limit must be a whole number from 1 to ${MAX_LIMIT}`);
      const { plan: p, sort, sel } = plan(query, opts.sort);
      const fingerprint = queryFingerprint(query, sort);
      const key = opts.cursor ? decodeCursor(opts.cursor, fingerprint) : null;
      const page = key ? after(sort, sel, key) : { sql: '1', params: [] };
      const rows = prepare(`SELECT d.article_id AS id, ${sel.score} AS score, d.date, d.page, d.paper FROM ${sel.from} WHERE ${sel.where} AND ${page.sql} ORDER BY ${order(sort, sel)} LIMIT ?`)
        .all(...sel.params, ...page.params, limit + 1) as { id: number; score: number; date: string | null; page: number | null; paper: string | null }[];
      const more = rows.length > limit;
      const shown = rows.slice(0, limit);
      const facets = opts.facets ? countFacets(prepare, sel, sources) : null;
      const total = facets ? facets.total : (prepare(`SELECT count(*) FROM ${sel.from} WHERE ${sel.where}`).pluck().get(...sel.params) as number);
      const hits = shown.map((r) => hit(r, p));
      if (opts.explain && p.base) explain(db, p, hits, shown.map((r) => r.score));
      const last = shown[shown.length - 1];
      return {
        query,
        sort,
        total,
        hits,
        next: more && last ? encodeCursor(fingerprint, { score: sel.score === '0' ? null : last.score, date: last.date ?? '', id: last.id }) : null,
        ...(facets ? { facets: facets.facets } : {}),
      };
    },
    *exportHits(query, opts = {}) {
      const { plan: p, sort, sel } = plan(query, opts.sort);
      const rows = db
        .prepare(`SELECT d.article_id AS id, ${sel.score} AS score, d.date, d.page, d.paper, a.headline FROM ${sel.from} JOIN articles a ON a.id = d.article_id WHERE ${sel.where} ORDER BY ${order(sort, sel)}`)
        .iterate(...sel.params) as IterableIterator<{ id: number; score: number; date: string | null; page: number | null; paper: string | null; headline: string | null }>;
      for (const r of rows) {
        const base: ExportHit = { id: r.id, headline: r.headline, paper: r.paper, date: r.date, page: r.page, score: -r.score };
        yield opts.snippets ? { ...base, snippet: hit(r, p).snippet } : base;
      }
    },
  };
}

function countFacets(prepare: (sql: string) => Database.Statement, sel: Selection, sources: readonly EntitySource[]): { total: number; facets: Facets } {
  const tally = () => new Map<string, number>();
  const year = tally(), month = tally(), page = tally(), paper = tally();
  const add = (m: Map<string, number>, k: string | null) => k !== null && m.set(k, (m.get(k) ?? 0) + 1);
  let total = 0;
  const rows = prepare(`SELECT d.date, d.page, d.paper FROM ${sel.from} WHERE ${sel.where}`).raw().iterate(...sel.params) as IterableIterator<[string | null, number | null, string | null]>;
  for (const [date, pg, pp] of rows) {
    total++;
    add(year, date?.slice(0, 4) ?? null);
    add(month, date?.slice(0, 7) ?? null);
    add(page, pg === null ? null : String(pg));
    add(paper, pp);
  }
  const list = (m: Map<string, number>, by: 'value' | 'count' | 'number'): FacetCount[] =>
    [...m].map(([value, count]) => ({ value, count })).sort((a, b) =>
      by === 'count' ? b.count - a.count || a.value.localeCompare(b.value) : by === 'number' ? Number(a.value) - Number(b.value) : b.value.localeCompare(a.value));
  const entity = (kind: 'person' | 'org'): FacetCount[] | null => {
    const of = sources.filter((s) => s.kind === kind);
    if (of.length === 0) return null;
    const sql = `SELECT name, count(*) AS n FROM (${of.map((s) => s.pairsSql).join(' UNION ALL ')}) WHERE article_id IN (SELECT d.article_id FROM ${sel.from} WHERE ${sel.where}) GROUP BY name ORDER BY n DESC, name LIMIT 20`;
    return (prepare(sql).all(...sel.params) as { name: string; n: number }[]).map((r) => ({ value: r.name, count: r.n }));
  };
  return {
    total,
    facets: { year: list(year, 'value'), month: list(month, 'value'), page: list(page, 'number'), paper: list(paper, 'count').slice(0, 20), person: entity('person'), org: entity('org') },
  };
}

/** Why each hit scored: each field's weighted bm25 on its own, and what nearness of the terms added. */
function explain(db: Database.Database, plan: Plan, hits: SearchHit[], raw: number[]): void {
  const alone = COLUMNS.map((c) => bm25({ ...Object.fromEntries(COLUMNS.map((k) => [k, 0])), [c]: WEIGHTS[c] } as Record<Column, number>));
  // One statement for the whole page: bm25 keeps per-statement state, so it is not run row by row.
  const ids = hits.map((h) => h.id);
  const rows = db
    .prepare(`SELECT rowid, ${SCORE} AS base, ${alone.join(', ')} FROM search_fts WHERE search_fts MATCH ? AND rowid IN (${ids.map(() => '?').join(', ')})`)
    .raw()
    .all(plan.base, ...ids) as number[][];
  const byId = new Map(rows.map((r) => [r[0]!, r.slice(1)]));
  hits.forEach((h, i) => {
    const row = byId.get(h.id);
    if (!row) return;
    const [base, ...fields] = row;
    h.explain = {
      total: h.score,
      fields: Object.fromEntries(COLUMNS.map((c, k) => [c, round(-fields[k]!)])) as Record<Column, number>,
      weights: WEIGHTS,
      proximity: round(-(raw[i]! - base!)),
    };
  });
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;
