import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPage } from '../archive.js';
import { openSqliteStore } from '../store/index.js';
import { examplesDir } from '../../test/paths.js';
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
});
