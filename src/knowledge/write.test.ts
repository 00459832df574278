import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPage } from '../archive.js';
import { openSqliteStore } from '../store/index.js';
import { examplesDir, seedDir } from '../../test/paths.js';
import { attachKnowledge } from './write.js';

describe('knowledge writer', () => {
  it('should store each mention as printed, counted as SQLite counts characters, also after a character outside the BMP', () => {
    const store = openSqliteStore(':memory:');
    attachKnowledge(store);
    const page = readFileSync(join(examplesDir, 'yunxi-2025-03-10', '01.txt'), 'utf8');
    // U+20000 is one character to SQLite's substr() and two UTF-16 units to String.slice().
    for (const [i, text] of [page, `𠀀${page}`].entries()) ingestPage(store, { bytes: Buffer.from(text), sourceFile: `p${i}.txt` });
    const rows = store.db.prepare(`SELECT m.printed, substr(p.text, m.start + 1, m.end - m.start) AS expected, p.id AS page
      FROM mentions m JOIN articles a ON a.id = m.article_id JOIN pages p ON p.id = a.page_id`).all() as { printed: string; expected: string; page: number }[];
    assert.equal(new Set(rows.map((r) => r.page)).size, 2);
    assert.ok(rows.length > 10);
    for (const r of rows) assert.equal(r.printed, r.expected);
    store.close();
  });

  it('should resolve every later page as if a page rolled back after its resolution had never been ingested', () => {
    // The writer keeps names' mentions in memory from page to page; a rolled-back page's mentions must not stay there.
    const seeds = readdirSync(seedDir).sort().map((f) => readFileSync(join(seedDir, f), 'utf8'));
    const pages = [0, 1, 2, 3, 4, 1, 2, 0].map((n, i) => Buffer.from(`${seeds[n]}\n\n第${i}号`));
    /** Entities and mentions after the pages, page 2 rolled back after its resolution, or never ingested. */
    const resolved = (rollBack: boolean) => {
      const store = openSqliteStore(':memory:');
      attachKnowledge(store);
      let failing = false;
      store.onIngest(() => {
        if (failing) throw new Error('rolled back after the knowledge hook');
      });
      pages.forEach((bytes, i) => {
        if (i !== 2) return void ingestPage(store, { bytes, sourceFile: `p${i}.txt` });
        if (!rollBack) return;
        failing = true;
        assert.throws(() => ingestPage(store, { bytes, sourceFile: `p${i}.txt` }), /rolled back/);
        failing = false;
      });
      const rows = [
        store.db.prepare('SELECT id, type, name, role FROM entities ORDER BY id').raw().all(),
        store.db.prepare('SELECT id, article_id, name, entity_id FROM mentions ORDER BY id').raw().all(),
      ];
      store.close();
      return rows;
    };
    const [entities, mentions] = resolved(true);
    assert.ok(mentions!.length > 50 && entities!.length > 10, `${mentions!.length} mentions, ${entities!.length} entities`);
    assert.deepEqual([entities, mentions], resolved(false));
  });
});
