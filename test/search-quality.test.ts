// Search quality on the query set (test/search-queries.json) over the five seed pages and the example
// edition, ingested through the whole pipeline with the index attached. Prints recall per kind and MRR.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { ingestPage } from '../src/archive.js';
import { openSqliteStore, type ExportRow, type SqliteStore } from '../src/store/index.js';
import { attachSearchIndex, openSearch, type Search } from '../src/search/index.js';
import { fold } from '../src/search/fold.js';
import { examplesDir, repoRoot, seedDir } from './paths.js';

interface QueryCase {
  q: string;
  kind: string;
  expect: string[];
  top?: string[];
  none?: string[];
  /** The hits must be exactly `expect`. */
  only?: boolean;
}

const set = JSON.parse(readFileSync(join(repoRoot, 'test', 'search-queries.json'), 'utf8')) as { queries: QueryCase[] };
const fileKey = (path: string) => basename(path).split(/[._]/)[0]!;

describe('search quality on the query set', () => {
  let dir: string;
  let store: SqliteStore;
  let search: Search;
  let rows: ExportRow[];
  const ids = new Map<string, number>();
  const id = (ref: string) => {
    const found = ids.get(ref);
    assert.ok(found !== undefined, `no article ${ref}`);
    return found;
  };
  const hitsOf = (q: string) => [...search.exportHits(q)].map((h) => h.id);

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'baoku-search-'));
    store = openSqliteStore(join(dir, 'a.db'));
    attachSearchIndex(store);
    const edition = join(examplesDir, 'yunxi-2025-03-10');
    for (const f of readdirSync(edition).sort()) ingestPage(store, { bytes: readFileSync(join(edition, f)), sourceFile: join(edition, f) });
    for (const f of readdirSync(seedDir).sort()) ingestPage(store, { bytes: readFileSync(join(seedDir, f)), sourceFile: join(seedDir, f), paper: '徐汇报' });
    rows = [...store.exportArticles()];
    for (const r of rows) ids.set(`${fileKey(r.source_file!)}/${[...(r.headline ?? '')].slice(0, 6).join('')}`, r.id);
    search = openSearch(store);
  });
  after(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should find every expected article and rank the best first (prints recall and MRR)', () => {
    const byKind = new Map<string, { found: number; expected: number }>();
    let reciprocal = 0;
    const misses: string[] = [];
    for (const c of set.queries) {
      const hits = hitsOf(c.q);
      const expected = c.expect.map(id);
      const found = expected.filter((e) => hits.includes(e)).length;
      const k = byKind.get(c.kind) ?? { found: 0, expected: 0 };
      byKind.set(c.kind, { found: k.found + found, expected: k.expected + expected.length });
      if (found < expected.length) misses.push(`${c.q}: missed ${c.expect.filter((e) => !hits.includes(id(e))).join(', ')}`);
      const best = (c.top ?? c.expect).map(id);
      const rank = hits.findIndex((h) => best.includes(h));
      reciprocal += rank < 0 ? 0 : 1 / (rank + 1);
    }
    const lines = [...byKind].map(([kind, r]) => `  ${kind.padEnd(12)} recall ${(r.found / r.expected).toFixed(3)} (${r.found}/${r.expected})`);
    const mrr = reciprocal / set.queries.length;
    console.log(`search quality, ${set.queries.length} queries over ${rows.length} articles:\n${lines.join('\n')}\n  MRR ${mrr.toFixed(3)}`);
    assert.deepEqual(misses, []);
  });

  it('should return exactly the articles containing an exact substring, as a scan of the folded text finds them', () => {
    const haystack = rows.map((r) => ({ id: r.id, text: fold([r.headline, r.kicker, r.subheadline, r.text, ...r.byline, r.source?.replace(/^[^:]*:/, '')].filter(Boolean).join('\n')) }));
    for (const c of set.queries.filter((x) => x.kind === 'substring' || x.kind === 'traditional' || x.kind === 'broken-line')) {
      assert.ok([...c.q].length <= 8, `${c.q} is longer than 8 characters`);
      const scan = haystack.filter((h) => h.text.includes(fold(c.q))).map((h) => h.id).sort((a, b) => a - b);
      assert.deepEqual(hitsOf(c.q).sort((a, b) => a - b), scan, c.q);
      assert.deepEqual(c.expect.map(id).sort((a, b) => a - b), scan, `the query set's answer for ${c.q}`);
    }
  });

  it('should find words that the raw page breaks across layout lines', () => {
    const broken = set.queries.filter((c) => c.kind === 'broken-line');
    assert.ok(broken.length >= 3);
    for (const c of broken) {
      const article = rows.find((r) => r.id === id(c.expect[0]!))!;
      const raw = store.page(article.page_id)!.page.source.text;
      assert.ok(!fold(raw).includes(fold(c.q)), `${c.q} is not broken in the raw page`);
      assert.ok(hitsOf(c.q).includes(article.id), c.q);
    }
  });

  it('should rank a headline match above passing mentions', () => {
    for (const c of set.queries.filter((x) => x.top)) {
      const first = hitsOf(c.q)[0];
      assert.ok(c.top!.map(id).includes(first!), `${c.q}: first hit is ${rows.find((r) => r.id === first)?.headline}`);
    }
  });

  it('should honour exclusions and exact answers', () => {
    for (const c of set.queries) {
      const hits = hitsOf(c.q);
      for (const n of c.none ?? []) assert.ok(!hits.includes(id(n)), `${c.q} found ${n}`);
      if (c.only) assert.deepEqual(hits.sort((a, b) => a - b), c.expect.map(id).sort((a, b) => a - b), c.q);
    }
  });
});
