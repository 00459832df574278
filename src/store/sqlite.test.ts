import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { NotFoundError } from '../model/index.js';
import { fixtureRecord } from './fixture-record.js';
import { openSqliteStore } from './sqlite.js';
import { storeConformance } from './store-conformance.js';

storeConformance('openSqliteStore (conformance)', () => openSqliteStore(':memory:'));

describe('openSqliteStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-store-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const freshPath = () => join(dir, `test-${n++}.db`);

  it('should keep pages when the file is closed and opened again', () => {
    const path = freshPath();
    const first = openSqliteStore(path);
    const { pageId } = first.ingest(fixtureRecord());
    first.close();
    const again = openSqliteStore(path);
    assert.equal(again.page(pageId)?.number, 1);
    assert.deepEqual(again.counts(), { editions: 1, pages: 1, articles: 2, edits: 4 });
    again.close();
  });

  it('should roll the whole page back when an ingest hook throws', () => {
    const store = openSqliteStore(':memory:');
    const seen: number[][] = [];
    store.onIngest((event) => {
      seen.push(event.articleIds);
      throw new Error('index full');
    });
    assert.throws(() => store.ingest(fixtureRecord()), /index full/);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.length, 2);
    assert.deepEqual(store.counts(), { editions: 0, pages: 0, articles: 0, edits: 0 });
    store.close();
  });

  it('should use a write-ahead log when opened on a file', () => {
    const path = freshPath();
    openSqliteStore(path).close();
    const db = new Database(path);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  });

  it('should write plain rows a person can query when a page is ingested', () => {
    const path = freshPath();
    const store = openSqliteStore(path, { now: () => new Date('2024-04-01T08:00:00Z') });
    const record = fixtureRecord({ bom: true });
    store.ingest(record);
    store.close();
    const db = new Database(path, { readonly: true });
    const page = db.prepare('SELECT raw, text, ingested_at, length(raw) AS size FROM pages').get() as {
      raw: Buffer;
      text: string;
      ingested_at: string;
      size: number;
    };
    assert.equal(page.size, record.bytes.length);
    assert.equal(page.text, record.page.source.text);
    assert.equal(page.ingested_at, '2024-04-01T08:00:00.000Z');
    const edits = db.prepare('SELECT seq, start, end, before, after, rule FROM all_edits ORDER BY seq').all();
    assert.equal(edits.length, record.page.edits.length);
    assert.deepEqual(edits[0], { seq: 0, start: record.page.edits[0]?.start, end: record.page.edits[0]?.end, before: '\n', after: '', rule: 'repair/join-broken-lines' });
    const people = db.prepare('SELECT name, role, title FROM contributors ORDER BY article_id, seq').all();
    assert.equal(people.length, 3);
    const messages = db.prepare('SELECT rule_id, start FROM messages ORDER BY seq').all();
    assert.deepEqual(messages, [
      { rule_id: 'layout/fixture-doubt', start: 0 },
      { rule_id: 'read/fixture-note', start: null },
    ]);
    const exported = db.prepare('SELECT headline, byline FROM article_export ORDER BY id').all();
    assert.deepEqual(exported[1], { headline: '社区图书馆延长开放时间(0-1)', byline: '["李静"]' });
    db.close();
  });

  it('should read but refuse writes when opened read-only', () => {
    const path = freshPath();
    const writer = openSqliteStore(path);
    const { pageId } = writer.ingest(fixtureRecord());
    const reader = openSqliteStore(path, { readonly: true });
    assert.equal(reader.page(pageId)?.id, pageId);
    assert.equal([...reader.exportArticles()].length, 2);
    assert.throws(() => reader.ingest(fixtureRecord({ salt: 1 })), { code: 'SQLITE_READONLY' });
    reader.close();
    writer.close();
  });

  it('should throw NotFoundError when a read-only archive does not exist', () => {
    assert.throws(() => openSqliteStore(join(dir, 'missing.db'), { readonly: true }), NotFoundError);
  });

  it('should store nothing when an article breaks a check constraint', () => {
    const store = openSqliteStore(':memory:');
    const record = fixtureRecord({ articles: 2 });
    const second = record.articles[1];
    if (second) second.article.end = second.article.start - 1;
    assert.throws(() => store.ingest(record), { code: 'SQLITE_CONSTRAINT_CHECK' });
    assert.deepEqual(store.counts(), { editions: 0, pages: 0, articles: 0, edits: 0 });
    store.close();
  });

  it('should store nothing when a document cannot be written as JSON', () => {
    const store = openSqliteStore(':memory:');
    const record = fixtureRecord({ articles: 2 });
    Object.assign(record.articles[1]?.article ?? {}, { stray: 1n });
    assert.throws(() => store.ingest(record), TypeError);
    assert.deepEqual(store.counts(), { editions: 0, pages: 0, articles: 0, edits: 0 });
    store.close();
  });

  it('should let the export be stopped early when the caller breaks out', () => {
    const store = openSqliteStore(':memory:');
    store.ingest(fixtureRecord({ articles: 3 }));
    for (const row of store.exportArticles()) {
      assert.equal(row.seq, 0);
      break;
    }
    assert.equal(store.ingest(fixtureRecord({ salt: 1 })).status, 'added');
    store.close();
  });
});
