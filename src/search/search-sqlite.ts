// Running a planned query against the archive file: the exact hits with scores (exec.ts), filters and
// facets over the in-memory article columns (doc-table.ts), a page of hits by keyset cursor, snippets for
// that page only.
import type Database from 'better-sqlite3';
import { InputError } from '../model/index.js';
import type { SqliteStore } from '../store/index.js';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor.js';
import { dateKey, docTableReader, type DocTable } from './doc-table.js';
import { bylinePeople, type EntitySource } from './entities.js';
import { evaluate, filterColumns, filterHits, order, TermCache, top, UnionBuffers, type ColumnRanges, type Hits, type Sources, type Weights } from './exec.js';
import { countFacets } from './facets.js';
import { attachSearchIndex, openIndex, unindexedCount } from './index-sqlite.js';
import { COLUMNS, planQuery, type Column, type Plan } from './plan.js';
import { postingsReader } from './postings-sqlite.js';
import { parseQuery, type SortOrder } from './query-parser.js';
import { bodySnippet, highlightRanges } from './snippet.js';
import type { ExportHit, Search, SearchHit, SearchOptions } from './types.js';

/** bm25 weight of each column: a headline hit outweighs a deck hit outweighs a passing mention in the body. */
export const WEIGHTS: Record<Column, number> = { headline: 10, deck: 5, body: 1, names: 4, words: 1, pinyin: 6 };
const MAX_LIMIT = 1000;

interface Row {
  headline: string | null;
  kicker: string | null;
  subheadline: string | null;
  text: string;
  text_simplified: string;
  date: string | null;
  page: number | null;
  paper: string | null;
}

/** `serving`: a long-running reader, which also loads the people and organisations facets count when it opens. */
export function openSearch(store: SqliteStore, options: { entities?: readonly EntitySource[]; serving?: boolean } = {}): Search {
  const index = store.readonly ? openIndex(store) : attachSearchIndex(store);
  const db = store.db;
  const entities = [bylinePeople, ...(options.entities ?? [])];
  const article = db.prepare(`SELECT a.headline, a.kicker, a.subheadline, a.text, a.text_simplified, d.date, d.page, d.paper
    FROM articles a JOIN search_docs d ON d.article_id = a.id WHERE a.id = ?`);
  const exportRow = db.prepare('SELECT a.headline, d.date, d.page, d.paper FROM articles a JOIN search_docs d ON d.article_id = a.id WHERE a.id = ?');
  const unindexed = unindexedCount(db);
  const table = docTableReader(db);
  // Loaded now (seconds at a million articles), not by the first query a reader waits on.
  const loaded = table();
  for (const kind of options.serving ? (['person', 'org'] as const) : []) {
    const of = entities.filter((s) => s.kind === kind);
    if (of.length > 0) loaded.names(of);
  }
  const reader = postingsReader(db);
  const postings = (token: string, positions: boolean) => (positions ? reader.withPositions(token) : reader.postings(token));

  let cache = { table: null as DocTable | null, terms: new TermCache() };
  // search() reads its hits before it returns, so its ORs reuse these; exportHits' hits outlive the call.
  const buffers = new UnionBuffers();
  const run = (query: string, sortOption: SortOrder | undefined, reuse: boolean) => {
    const plan = planQuery(parseQuery(query), index.cutter);
    const sort = sortOption ?? plan.sort;
    if (sort === 'relevance' && !plan.ranked && sortOption === 'relevance') throw new InputError('bad_query', 'sorting by relevance needs a term to rank by');
    const t = table();
    if (cache.table !== t) cache = { table: t, terms: new TermCache() };
    if (reuse) buffers.reset();
    const sources: Sources = { table: t, postings, expand: reader.expand, weights: weightsOf(WEIGHTS), cache: cache.terms, ...(reuse ? { buffers } : {}) };
    const hits = applyFilters(db, evaluate(plan, sources), plan, t, entities);
    return { plan, sort, hits, t, sources, byScore: sort === 'relevance' && plan.ranked };
  };

  const hit = (id: number, score: number, plan: Plan): SearchHit => {
    const a = article.get(id) as Row;
    const s = bodySnippet(a.text, a.text_simplified, plan.highlights);
    return {
      id,
      headline: a.headline,
      kicker: a.kicker,
      subheadline: a.subheadline,
      paper: a.paper,
      date: a.date,
      page: a.page,
      score,
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
      const { plan, sort, hits, t, sources, byScore } = run(query, opts.sort, true);
      const fingerprint = queryFingerprint(query, sort);
      const key = opts.cursor ? decodeCursor(opts.cursor, fingerprint) : null;
      const keyDate = key ? Number(key.date) : 0;
      const after = !key
        ? null
        : (i: number) => {
            const d = t.date[hits.ids[i]!]!;
            const byDate = d < keyDate || (d === keyDate && hits.ids[i]! < key.id);
            return byScore && key.score !== null ? hits.score[i]! < key.score || (hits.score[i] === key.score && byDate) : byDate;
          };
      const shown = top(hits.ids.length, limit + 1, order(hits, t, byScore), after, byScore ? hits.score : undefined);
      const more = shown.length > limit;
      const page = shown.slice(0, limit);
      const result = page.map((i) => hit(hits.ids[i]!, plan.ranked ? hits.score[i]! : 0, plan));
      if (opts.explain && plan.ranked) explain(plan, sources, result);
      const last = page[page.length - 1];
      return {
        query,
        sort,
        total: hits.ids.length,
        hits: result,
        next: more && last !== undefined ? encodeCursor(fingerprint, { score: byScore ? hits.score[last]! : null, date: String(t.date[hits.ids[last]!]), id: hits.ids[last]! }) : null,
        ...(opts.facets ? { facets: countFacets(hits.ids, t, entities) } : {}),
      };
    },
    *exportHits(query, opts = {}) {
      const { plan, hits, t, byScore } = run(query, opts.sort, false);
      const cmp = order(hits, t, byScore);
      const positions = Array.from(hits.ids.keys()).sort(cmp);
      for (const i of positions) {
        const id = hits.ids[i]!;
        const score = plan.ranked ? hits.score[i]! : 0;
        const r = exportRow.get(id) as Pick<Row, 'headline' | 'date' | 'page' | 'paper'> | undefined;
        if (!r) continue; // deleted while streaming
        const base: ExportHit = { id, headline: r.headline, paper: r.paper, date: r.date, page: r.page, score };
        yield opts.snippets ? { ...base, snippet: hit(id, score, plan).snippet } : base;
      }
    },
  };
}

function applyFilters(db: Database.Database, hits: Hits, plan: Plan, t: DocTable, entities: readonly EntitySource[]): Hits {
  // Dates, pages and paper in one pass over the hits (ranges intersected); people and organisations after.
  const r: ColumnRanges = { dateLo: -Infinity, dateHi: Infinity, pageLo: -Infinity, pageHi: Infinity, paper: -1 };
  let columns = false;
  for (const f of plan.filters) {
    if (f.type === 'date') (r.dateLo = Math.max(r.dateLo, dateKey(f.from), 1)), (r.dateHi = Math.min(r.dateHi, dateKey(f.to)));
    else if (f.type === 'page') (r.pageLo = Math.max(r.pageLo, f.from)), (r.pageHi = Math.min(r.pageHi, f.to));
    else if (f.type === 'paper') {
      const p = t.papers.indexOf(f.value);
      if (p < 0 || (r.paper >= 0 && p !== r.paper)) return filterHits(hits, () => false);
      r.paper = p;
    }
    columns ||= f.type !== 'entity';
  }
  if (columns) hits = filterColumns(hits, t, r);
  for (const f of plan.filters) {
    if (f.type !== 'entity') continue;
    const of = entities.filter((s) => s.kind === f.kind);
    if (of.length === 0) throw new InputError('bad_query', `${f.kind}: needs ${f.kind === 'org' ? 'organisation' : 'people'} data, which this archive does not have yet`);
    const linked = new Set(db.prepare(of.map((s) => s.articlesSql).join(' UNION ')).pluck().all(...of.map(() => f.value)) as number[]);
    hits = filterHits(hits, (id) => linked.has(id));
  }
  return hits;
}

/** Field weights as the executor takes them: [headline, deck, names, body] per kind of list. */
function weightsOf(w: Record<Column, number>): Weights {
  return { text: [w.headline, w.deck, w.names, w.body], headline: [w.headline, 0, 0, 0], words: [0, 0, 0, w.words], pinyin: [0, 0, 0, w.pinyin] };
}

/** Why each hit scored: each field's weighted bm25 on its own, and what nearness of the terms added. */
function explain(plan: Plan, { buffers: _, ...sources }: Sources, hits: SearchHit[]): void {
  const scoreOf = (weights: Record<Column, number>, nearness: boolean) => {
    // Fresh arrays, not the query's buffers: its hits are still read after this.
    const h = evaluate(plan, { ...sources, weights: weightsOf(weights), cache: new TermCache() }, nearness);
    return new Map(Array.from(h.ids, (id, i) => [id, h.score[i]!]));
  };
  const alone = COLUMNS.map((c) => scoreOf({ ...(Object.fromEntries(COLUMNS.map((k) => [k, 0])) as Record<Column, number>), [c]: WEIGHTS[c] }, false));
  const base = scoreOf(WEIGHTS, false);
  for (const h of hits) {
    h.explain = {
      total: h.score,
      fields: Object.fromEntries(COLUMNS.map((c, k) => [c, round(alone[k]!.get(h.id) ?? 0)])) as Record<Column, number>,
      weights: WEIGHTS,
      proximity: round(Math.max(0, h.score - (base.get(h.id) ?? 0))),
    };
  }
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;
