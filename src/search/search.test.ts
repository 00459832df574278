// The search API over the example edition, ingested through the whole pipeline.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ingestPage } from '../archive.js';
import { InputError } from '../model/index.js';
import { openSqliteStore, type SqliteStore } from '../store/index.js';
import { examplesDir } from '../../test/paths.js';
import { attachSearchIndex, openSearch, reindex, reindexArticles, type EntitySource, type Search } from './index.js';

const edition = join(examplesDir, 'yunxi-2025-03-10');
const page = (n: string) => ({ bytes: readFileSync(join(edition, `${n}.txt`)), sourceFile: join(edition, `${n}.txt`) });
const ids = (s: Search, q: string) => [...s.exportHits(q)].map((h) => h.id);

describe('openSearch', () => {
  let dir: string;
  let store: SqliteStore;
  let search: Search;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'baoku-search-api-'));
    store = openSqliteStore(join(dir, 'a.db'));
    attachSearchIndex(store);
    for (const f of readdirSync(edition).sort()) ingestPage(store, { bytes: readFileSync(join(edition, f)), sourceFile: join(edition, f) });
    search = openSearch(store);
  });
  after(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should highlight in the printed script what a simplified query matched', () => {
    const hit = search.search('基层治理').hits[0]!;
    assert.equal(hit.headline, '雲溪區召開基層治理創新推進會');
    assert.deepEqual(hit.headlineHighlights.map(([s, e]) => hit.headline!.slice(s, e)), ['基層治理']);
    assert.ok(hit.highlights.length > 0);
    for (const [s, e] of hit.highlights) assert.equal(hit.snippet.slice(s, e), '基層治理');
  });

  it('should page through every hit by cursor, in the order of the export, with an exact total', () => {
    const all = ids(search, '区');
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const r = search.search('区', { limit: 2, cursor });
      assert.equal(r.total, all.length);
      seen.push(...r.hits.map((h) => h.id));
      cursor = r.next;
    } while (cursor);
    assert.deepEqual(seen, all);
    assert.ok(all.length > 5);
  });

  it('should answer ORs alike whatever was asked before, though their unions reuse buffers, and leave an export under way intact', () => {
    const queries = ['云溪 OR 街道', '人才 OR 项目 OR 社区', '(云溪 OR 街道) (区委 OR 社区)', '社区 OR 区委 -街道'];
    const fresh = (q: string) => openSearch(store).search(q, { limit: 50, facets: true });
    const want = queries.map(fresh);
    assert.ok(want.every((r) => r.total > 0));
    const exporting = search.exportHits(queries[0]!);
    const first = exporting.next().value;
    for (const [i, q] of [...queries, ...[...queries].reverse()].entries()) assert.deepEqual(search.search(q, { limit: 50, facets: true }), want[queries.indexOf(q)], `${q} (${i})`);
    search.search(queries[1]!); // the export's OR was asked last: another one reuses its buffers
    assert.deepEqual([first, ...exporting].map((h) => h!.id), ids(openSearch(store), queries[0]!));
  });

  it('should refuse a cursor from another query, and a bad limit', () => {
    const next = search.search('区', { limit: 1 }).next!;
    assert.throws(() => search.search('云溪', { cursor: next }), (e: unknown) => e instanceof InputError && e.code === 'bad_cursor');
    assert.throws(() => search.search('云溪', { cursor: 'garbage' }), (e: unknown) => e instanceof InputError && e.code === 'bad_cursor');
    assert.throws(() => search.search('云溪', { limit: 0 }), (e: unknown) => e instanceof InputError && e.code === 'bad_limit');
  });

  it('should count facets that add up to the total', () => {
    const r = search.search('云溪', { facets: true });
    const f = r.facets!;
    assert.deepEqual(f.year, [{ value: '2025', count: r.total }]);
    assert.equal(f.page.reduce((n, c) => n + c.count, 0), r.total);
    assert.deepEqual(f.page.map((c) => c.value), ['1', '2', '3', '4']);
    assert.ok(f.person!.some((p) => p.value === '周沐阳' && p.count === 2));
    assert.equal(f.org, null);
  });

  it('should sort by date when asked, and by date for filters only', () => {
    const r = search.search('page:3');
    assert.equal(r.sort, 'date');
    assert.equal(r.total, 4);
    const byDate = search.search('人才', { sort: 'date' }).hits.map((h) => h.id);
    assert.deepEqual(byDate, [...byDate].sort((a, b) => b - a)); // one edition date: newest id first
  });

  it('should explain what each field and the nearness of the terms added', () => {
    const [near] = search.search('云溪 大学', { explain: true }).hits;
    assert.ok(near!.explain!.fields.headline > 0);
    assert.ok(near!.explain!.proximity > 0);
  });

  it('should search exclusions inside filters', () => {
    assert.deepEqual(search.search('page:1 -人才').hits.map((h) => h.headline), ['南岸数字港一期开园']);
  });

  it('should take people and organisations from sources plugged in, and say when there are none', () => {
    assert.throws(() => search.search('org:区委办'), /org: needs organisation data/);
    const sources: EntitySource = {
      kind: 'org',
      label: 'source lines',
      articlesSql: "SELECT id FROM articles WHERE source = '来源:' || ?",
      pairsSql: "SELECT id AS article_id, substr(source, 4) AS name FROM articles WHERE source LIKE '来源:%'",
    };
    const withOrgs = openSearch(store, { entities: [sources] });
    assert.equal(withOrgs.search('org:区委办').total, 1);
    assert.deepEqual(withOrgs.search('云溪', { facets: true }).facets!.org!.map((c) => c.value).sort(), ['区发改委', '区委办']);
  });
});

describe('search index upkeep', () => {
  it('should index inside the ingest transaction, catch up an archive made without it, and rebuild', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baoku-search-upkeep-'));
    try {
      const path = join(dir, 'a.db');
      const plain = openSqliteStore(path);
      ingestPage(plain, page('01'));
      plain.close();

      const store = openSqliteStore(path);
      const search = openSearch(store); // catches up page 1
      assert.equal(ids(search, '苏晓岚').length, 1);
      ingestPage(store, page('02')); // indexed by the hook openSearch attached
      assert.equal(ids(search, '许嘉树').length, 1);

      store.onIngest(() => {
        throw new Error('a later part failed');
      });
      assert.throws(() => ingestPage(store, page('04')), /a later part failed/);
      assert.deepEqual(ids(search, '新篇章'), []);
      assert.equal(store.counts().pages, 2);

      // A correction outside ingest: the changed text is searchable once the article is re-indexed.
      const corrected = ids(search, '许嘉树')[0]!;
      store.db.prepare("UPDATE articles SET text = text || '（更正：校对组）', text_simplified = text_simplified || '（更正：校对组）' WHERE id = ?").run(corrected);
      assert.deepEqual(ids(search, '校对组'), []);
      reindexArticles(store, [corrected]);
      assert.deepEqual(ids(search, '校对组'), [corrected]);

      const before = ids(search, '云溪');
      assert.equal(reindex(store), store.counts().articles);
      assert.deepEqual(ids(openSearch(store), '云溪'), before);
      store.close();

      const readonly = openSqliteStore(path, { readonly: true });
      assert.equal(openSearch(readonly).unindexed, 0);
      assert.deepEqual(ids(openSearch(readonly), '云溪'), before);
      readonly.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
