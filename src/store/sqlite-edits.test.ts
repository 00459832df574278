import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { edit, mergeEdits, type Edit } from '../model/index.js';
import { fixtureRecord } from './fixture-record.js';
import { migrate } from './schema.js';
import { migrations } from './migrations.js';
import { openSqliteStore } from './sqlite.js';
import type { PageRecord } from './types.js';

/** A fixture page whose edits mix every kind the store tells apart. */
function mixedRecord(): PageRecord {
  const record = fixtureRecord({ articles: 3, editsPerArticle: 3 });
  const raw = record.page.source.text;
  const at = (s: string) => raw.indexOf(s);
  const fold = (s: string, after: string, extra: Partial<Edit> = {}) => edit(raw, at(s), at(s) + s.length, after, 'repair/fold-script', 'index', extra);
  const index = [
    fold('青石', '青石'),
    fold('居民', '居民'),
    fold('街道', '街道', { status: 'reverted' }),
    fold('志愿', '志願', { confidence: 0.5 }), // scored: kept as a row
    { ...edit(raw, at('图书馆'), at('图书馆') + 3, '图书室', 'repair/ocr-confusion', 'index'), candidates: ['图书舘'] },
  ];
  record.page.edits = mergeEdits(record.page.edits, index);
  return record;
}

type Row = Record<string, unknown>;
const columns = 'page_id, seq, start, end, before, after, rule, layer, status, confidence, candidates';
const allEdits = (db: Database.Database): Row[] => db.prepare(`SELECT ${columns} FROM all_edits ORDER BY page_id, seq`).all() as Row[];

/** The rows the page's edits were, one each, before migration 4. */
function expectedRows(pageId: number, edits: readonly Edit[]): Row[] {
  return edits.map((e, seq) => ({
    page_id: pageId,
    seq,
    start: e.start,
    end: e.end,
    before: e.before,
    after: e.after,
    rule: e.rule,
    layer: e.layer,
    status: e.status,
    confidence: e.confidence ?? null,
    candidates: e.candidates ? JSON.stringify(e.candidates) : null,
  }));
}

describe('edit storage', () => {
  it('should show every edit of a page in all_edits exactly as the page holds them', () => {
    const store = openSqliteStore(':memory:');
    const record = mixedRecord();
    const { pageId } = store.ingest(record);
    assert.deepEqual(allEdits(store.db), expectedRows(pageId, record.page.edits));
    assert.equal(store.counts().edits, record.page.edits.length);
    store.close();
  });

  it('should keep deterministic edits in batches and the edits people review as rows', () => {
    const store = openSqliteStore(':memory:');
    const record = mixedRecord();
    store.ingest(record);
    const rows = store.db.prepare('SELECT rule, layer, status FROM edits ORDER BY seq').all() as Row[];
    assert.deepEqual(rows, [ // the scored fold and the one with candidates
      { rule: 'repair/fold-script', layer: 'index', status: 'applied' },
      { rule: 'repair/ocr-confusion', layer: 'index', status: 'applied' },
    ]);
    const batches = store.db.prepare('SELECT rule, layer, status, count FROM edit_batches ORDER BY rule, status').all();
    const joins = record.page.edits.filter((e) => e.rule === 'repair/join-broken-lines').length;
    assert.deepEqual(batches, [
      { rule: 'repair/fold-script', layer: 'index', status: 'applied', count: 2 },
      { rule: 'repair/fold-script', layer: 'index', status: 'reverted', count: 1 },
      { rule: 'repair/join-broken-lines', layer: 'display', status: 'applied', count: joins },
    ]);
    store.close();
  });

  it('should move the deterministic rows of an archive made before batches into batches, changing no edit', () => {
    const db = new Database(':memory:');
    const batches = migrations.findIndex((m) => m.includes('CREATE TABLE edit_batches'));
    for (const m of migrations.slice(0, batches)) db.exec(m);
    db.pragma(`user_version = ${batches}`);
    const record = mixedRecord();
    db.prepare("INSERT INTO editions (paper) VALUES ('青石报')").run();
    db.prepare(`INSERT INTO pages (id, edition_id, sha256, text_sha256, raw, encoding, newline, format, text, document, ingested_at)
      VALUES (7, 1, ?, ?, ?, 'utf-8', 'lf', 'text', ?, ?, '2024-03-01T00:00:00Z')`)
      .run(record.sha256, record.sha256, Buffer.from(record.bytes), record.page.source.text, JSON.stringify(record.page));
    const insert = db.prepare(`INSERT INTO edits (${columns}) VALUES (@page_id, @seq, @start, @end, @before, @after, @rule, @layer, @status, @confidence, @candidates)`);
    const before = expectedRows(7, record.page.edits);
    for (const row of [...before].reverse()) insert.run(row); // row order must not matter
    migrate(db);
    assert.deepEqual(allEdits(db), before);
    assert.equal(db.prepare("SELECT count(*) FROM edits WHERE rule = 'repair/fold-script'").pluck().get(), 1);
    assert.equal(db.prepare('SELECT count(*) FROM edits').pluck().get(), 2); // only the scored ones stay rows
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    db.close();
  });
});
