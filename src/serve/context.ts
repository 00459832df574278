// What every route needs: the store, its read queries, and the server's settings.
import type { SqliteStore } from '../store/index.js';
import type { Search } from '../search/index.js';
import type { KnowledgeReader } from '../knowledge/index.js';
import type { ReadQueries } from './queries.js';
import type { NavItem } from './views/layout.js';

export interface ServeOptions {
  store: SqliteStore;
  /** The archive file, for the download and for export connections; null for an in-memory store. */
  dbPath: string | null;
  /** Bearer token for writes; without one, writes are disabled. */
  token?: string | null;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface ServeContext {
  store: SqliteStore;
  dbPath: string | null;
  token: string | null;
  maxBodyBytes: number;
  queries: ReadQueries;
  search: Search;
  /** Null when the archive has no knowledge tables (run \`baoku enrich\`). */
  knowledge: KnowledgeReader | null;
  nav: NavItem[];
}
