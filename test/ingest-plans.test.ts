// An archive grows for decades: storing a page must not cost more as it does. Every statement the whole ingest
// path runs per page (store, search index, knowledge, jump stitching) is checked with EXPLAIN QUERY PLAN for a scan of a
// table that grows with the archive. Two such scans slipped in before this test: the editions of a date (+0.33 ms
// a page at 20,000 editions) and the articles of a search segment (0.3 s per merge at a million articles).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { archiveSpellings, ingestPage } from '../src/archive.js';
import { openSqliteStore } from '../src/store/index.js';
import { attachSearchIndex } from '../src/search/index.js';
import { attachKnowledge } from '../src/knowledge/index.js';
import { examplesDir, seedDir } from './paths.js';

/** Tables whose size does not follow the archive's, so a scan of them costs the same at any size. */
const BOUNDED = new Map([
  ['schema_parts', 'one row per part of the schema'],
  ['spellings_counted', 'one row'],
  ['knowledge_writes', 'one row'],
  ['json_each', 'a list the statement is given (the mention ids of a page)'],
  ['search_segments', 'small segments are merged every few dozen pages: a few dozen rows plus the large ones'],
]);

describe('ingest query plans', () => {
  it('should reach every growing table through an index when pages are ingested', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baoku-plans-'));
    const statements = new Set<string>();
    let recording = false;
    const store = openSqliteStore(join(dir, 'a.db'), { trace: (sql) => recording && statements.add(sql) });
    try {
      attachSearchIndex(store);
      attachKnowledge(store);
      archiveSpellings(store); // read once when an ingest starts, as baoku ingest does: not per page
      const pages = [
        ...readdirSync(seedDir).map((f) => join(seedDir, f)),
        ...readdirSync(join(examplesDir, 'yunxi-2025-03-10')).map((f) => join(examplesDir, 'yunxi-2025-03-10', f)),
      ].map((f) => readFileSync(f));
      recording = true;
      // Enough pages to merge the search index's small segments at least once; an ASCII tag (one in any encoding) makes each page new.
      for (let i = 0; i < 40; i++) ingestPage(store, { bytes: Buffer.concat([pages[i % pages.length]!, Buffer.from(`\n\nNo. ${i}`)]), sourceFile: `p${i}.txt` });
      recording = false;
      const scans = new Map<string, string>();
      for (const sql of statements) {
        if (!/^\s*(SELECT|UPDATE|DELETE|INSERT|WITH)\b/i.test(sql)) continue;
        const plan = store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[];
        for (const { detail } of plan) {
          const table = /^SCAN (\w+)(?! USING (?:COVERING )?INDEX)/.exec(detail)?.[1];
          if (table && !/^(?:CONSTANT|\d+)$/.test(table) && !BOUNDED.has(table)) scans.set(detail, sql.slice(0, 160));
        }
      }
      assert.ok(statements.size > 100, `only ${statements.size} statements recorded`);
      assert.deepEqual([...scans], []);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
