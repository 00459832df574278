// Bringing any database file up to date: the core migrations (migrations.ts) and the parts' own sequences,
// each step in its own write transaction with its version recorded.

import type Database from 'better-sqlite3';
import { BaokuError } from '../model/index.js';
import { migrations, schemaVersion } from './migrations.js';

/**
 * Apply pending migrations, each in its own write transaction with its version bump, and return the
 * version reached. The version is re-read inside each transaction, so two processes opening a new file
 * at once do not both run the same migration.
 */
export function migrate(db: Database.Database): number {
  if (readVersion(db) === schemaVersion) return schemaVersion; // the usual case: no write lock taken
  for (;;) {
    const reached = db
      .transaction(() => {
        const current = readVersion(db);
        if (current > schemaVersion) throw tooNew(current);
        if (current === schemaVersion) return current;
        db.exec(migrations[current] ?? '');
        // PRAGMA takes no bound parameters; the version is our own integer, never outside input.
        db.pragma(`user_version = ${current + 1}`);
        return current + 1;
      })
      .immediate();
    if (reached === schemaVersion) return reached;
  }
}

/**
 * Bring one part's tables up to date: `partMigrations[n - 1]` is its migration n, recorded in schema_parts.
 * Same discipline as the core: forward only, one write transaction per step, version re-read inside it.
 */
export function migratePart(db: Database.Database, part: string, partMigrations: readonly string[]): void {
  const target = partMigrations.length;
  if (readPartVersion(db, part) === target) return;
  db.transaction(() => {
    for (let current = readPartVersion(db, part); current < target; current++) {
      db.exec(partMigrations[current]!);
      db.prepare('INSERT INTO schema_parts (part, version) VALUES (?, ?) ON CONFLICT (part) DO UPDATE SET version = excluded.version').run(part, current + 1);
    }
    const reached = readPartVersion(db, part);
    if (reached > target) throw tooNewPart(part, reached, target);
  }).immediate();
}

/** For read-only connections: the part's tables must already be at this version. */
export function assertPartCurrent(db: Database.Database, part: string, partMigrations: readonly string[]): void {
  const current = readPartVersion(db, part);
  if (current > partMigrations.length) throw tooNewPart(part, current, partMigrations.length);
  if (current < partMigrations.length) {
    throw new BaokuError('store_outdated', `the ${part} tables are at version ${current}, older than ${partMigrations.length}; open the archive once for writing to migrate`, 500);
  }
}

function readPartVersion(db: Database.Database, part: string): number {
  const row = db.prepare('SELECT version FROM schema_parts WHERE part = ?').get(part) as { version: number } | undefined;
  return row?.version ?? 0;
}

function tooNewPart(part: string, current: number, known: number): BaokuError {
  return new BaokuError('store_too_new', `the ${part} tables are at version ${current}, newer than this baoku understands (${known})`, 500);
}

/** For read-only connections, which cannot migrate: the file must already be at this version. */
export function assertCurrent(db: Database.Database): void {
  const current = readVersion(db);
  if (current > schemaVersion) throw tooNew(current);
  if (current < schemaVersion) {
    throw new BaokuError(
      'store_outdated',
      `database schema version ${current} is older than ${schemaVersion}; open it once for writing to migrate`,
      500,
    );
  }
}

function readVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function tooNew(current: number): BaokuError {
  const message = `database schema version ${current} is newer than this baoku understands (${schemaVersion})`;
  return new BaokuError('store_too_new', message, 500);
}
