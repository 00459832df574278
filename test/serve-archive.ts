// A real server on 127.0.0.1 (random port) over a fresh archive built by the pipeline from our own files:
// the example edition, the hostile page, and optionally the five seed pages read from ../shared.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ingestPage } from '../src/archive.js';
import { openSqliteStore, type SqliteStore } from '../src/store/index.js';
import { attachKnowledge } from '../src/knowledge/index.js';
import { startServer, type ServerOptions } from '../src/serve/server.js';
import { examplesDir, repoRoot, seedDir } from './paths.js';

export const hostileDir = join(repoRoot, 'test', 'fixtures', 'hostile-page');

export interface ArchiveServer {
  url: string;
  db: string;
  store: SqliteStore;
  close(): Promise<void>;
}

function ingestDir(store: SqliteStore, dir: string, extra: { paper?: string } = {}): void {
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue;
    ingestPage(store, { bytes: readFileSync(join(dir, name)), sourceFile: join(dir, name), paper: extra.paper ?? null });
  }
}

/** An archive file as `baoku ingest` makes it (knowledge layer included): the example edition, the hostile page, and optionally the seeds. */
export function buildArchive(db: string, options: { seeds?: boolean } = {}): void {
  const store = openSqliteStore(db);
  try {
    attachKnowledge(store);
    ingestDir(store, join(examplesDir, 'yunxi-2025-03-10'));
    ingestDir(store, hostileDir, { paper: '云溪报' });
    if (options.seeds) ingestDir(store, seedDir);
  } finally {
    store.close();
  }
}

export async function archiveServer(options: { seeds?: boolean } & Partial<ServerOptions> = {}): Promise<ArchiveServer> {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-serve-'));
  const db = join(dir, 'archive.db');
  buildArchive(db, options);
  // The server's own connection, as `baoku serve` opens it.
  const store = openSqliteStore(db);
  const running = await startServer({ dbPath: db, port: 0, host: '127.0.0.1', ...options, store });
  return {
    url: running.url,
    db,
    store,
    async close() {
      await running.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** fetch with a bound on time, so a hung server fails the test instead of stalling it. */
export const get = (url: string, init: RequestInit = {}) => fetch(url, { signal: AbortSignal.timeout(10_000), ...init });
