import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { assertCurrent, assertPartCurrent, migrate, migratePart } from './schema.js';
import { schemaVersion } from './migrations.js';
import { openSqliteStore } from './sqlite.js';

describe('migrate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-schema-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('should create every table and record the version when the database is new', () => {
    const db = new Database(':memory:');
    assert.equal(migrate(db), schemaVersion);
    assert.equal(db.pragma('user_version', { simple: true }), schemaVersion);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name").pluck().all();
    assert.deepEqual(tables, ['all_edits', 'article_documents', 'article_export', 'articles', 'contributors', 'edit_batches', 'editions', 'edits', 'files', 'messages', 'page_documents', 'pages', 'schema_parts']);
    db.close();
  });

  it('should change nothing when the database is already current', () => {
    const db = new Database(':memory:');
    migrate(db);
    const schema = db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').pluck().all();
    assert.equal(migrate(db), schemaVersion);
    assert.deepEqual(db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').pluck().all(), schema);
    db.close();
  });

  it('should refuse to open when the database is newer than the code', () => {
    const path = join(dir, 'future.db');
    const db = new Database(path);
    db.pragma(`user_version = ${schemaVersion + 1}`);
    db.close();
    assert.throws(() => openSqliteStore(path), { code: 'store_too_new' });
  });
});

describe('assertCurrent', () => {
  it('should throw when the database has not been migrated', () => {
    const db = new Database(':memory:');
    assert.throws(() => assertCurrent(db), { code: 'store_outdated' });
    migrate(db);
    assert.doesNotThrow(() => assertCurrent(db));
    db.close();
  });
});

describe('migratePart', () => {
  const steps = ['CREATE TABLE notes (id INTEGER PRIMARY KEY)', 'ALTER TABLE notes ADD COLUMN body TEXT'];

  it('should apply only the steps a part has not had when its code grows', () => {
    const db = new Database(':memory:');
    migrate(db);
    migratePart(db, 'notes', steps.slice(0, 1));
    assert.throws(() => assertPartCurrent(db, 'notes', steps), { code: 'store_outdated' });
    migratePart(db, 'notes', steps);
    assert.doesNotThrow(() => assertPartCurrent(db, 'notes', steps));
    assert.deepEqual(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('notes'), ['id', 'body']);
    assert.equal(db.prepare('SELECT version FROM schema_parts WHERE part = ?').pluck().get('notes'), 2);
    db.close();
  });

  it('should refuse a part whose tables are newer than the code', () => {
    const db = new Database(':memory:');
    migrate(db);
    migratePart(db, 'notes', steps);
    assert.throws(() => migratePart(db, 'notes', steps.slice(0, 1)), { code: 'store_too_new' });
    db.close();
  });
});
