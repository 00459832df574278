// The archive as one downloadable SQLite file. The live file may have recent commits in its WAL and may be
// written while it is read, so a download is a consistent copy made with VACUUM INTO, kept per archive
// version (a new page makes the next download take a new copy).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type Database from 'better-sqlite3';

export interface Snapshots {
  /** Path and size of a consistent copy of the archive at `version`. */
  file(version: string): { path: string; size: number };
  close(): void;
}

export function snapshots(db: Database.Database): Snapshots {
  let dir: string | null = null;
  let current: { version: string; path: string; size: number } | null = null;
  const vacuumInto = db.prepare<[string]>('VACUUM INTO ?');
  return {
    file(version) {
      if (current?.version === version) return current;
      dir ??= mkdtempSync(join(tmpdir(), 'baoku-snapshot-'));
      const path = join(dir, `baoku-${version}.sqlite`);
      rmSync(path, { force: true });
      vacuumInto.run(path);
      // Older copies may still be streaming to a client; they go when the server closes.
      current = { version, path, size: statSync(path).size };
      return current;
    },
    close() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
