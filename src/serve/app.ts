// The Hono app: middleware (security headers, CORS for reads, ETags), the reader's pages, the JSON API,
// and one error handler for everything.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { BaokuError, NotFoundError } from '../model/index.js';
import { openSearch } from '../search/index.js';
import { attachKnowledge, knowledgeReader, type KnowledgeReader } from '../knowledge/index.js';
import type { SqliteStore } from '../store/index.js';
import type { ServeContext, ServeOptions } from './context.js';
import { errorResponse, MethodNotAllowed } from './errors.js';
import { routes } from './api-spec.js';
import { mentionedOrgs, mentionedPeople } from './search-entities.js';
import { archiveCache } from './middleware/archive-cache.js';
import { readCors } from './middleware/read-cors.js';
import { securityHeaders } from './middleware/security-headers.js';
import { readQueries } from './queries.js';
import { snapshots } from './snapshot.js';
import { urls } from './urls.js';
import { apiRoutes } from './routes/api.js';
import { dataRoutes } from './routes/data.js';
import { exportRoutes } from './routes/export.js';
import { ingestRoutes } from './routes/ingest.js';
import { pageRoutes } from './routes/pages.js';
import { searchRoutes } from './routes/search.js';
import { knowledgeRoutes } from './routes/knowledge.js';

export const API_VERSION = '1.0.0';

export interface BaokuApp {
  app: Hono;
  close(): void;
}

/** The knowledge layer, kept in step with ingest on a writable store; null when a read-only archive has none. */
function openKnowledge(store: SqliteStore): KnowledgeReader | null {
  attachKnowledge(store);
  try {
    return knowledgeReader(store);
  } catch (error) {
    if (store.readonly && error instanceof BaokuError && error.code === 'knowledge_missing') return null;
    throw error;
  }
}

export function createApp(options: ServeOptions): BaokuApp {
  const { store, dbPath, token = null, maxBodyBytes = 16 * 1024 * 1024 } = options;
  const queries = readQueries(store);
  const knowledge = openKnowledge(store);
  const ctx: ServeContext = {
    store,
    dbPath,
    token: token || null,
    maxBodyBytes,
    queries,
    // On a writable store this also indexes whatever is not yet indexed and keeps the index in step with ingest.
    search: openSearch(store, { serving: true, ...(knowledge ? { entities: [mentionedPeople, mentionedOrgs] } : {}) }),
    knowledge,
    nav: [
      { href: urls.home(), label: '首页' },
      { href: urls.search(), label: '检索' },
      ...(knowledge
        ? [
            { href: urls.people(), label: '人物' },
            { href: urls.organisations(), label: '机构' },
            { href: urls.figures(), label: '数据图表' },
          ]
        : []),
      { href: urls.data(), label: '数据与接口' },
    ],
  };
  const copies = snapshots(store.db);
  const app = new Hono();
  app.use(securityHeaders());
  app.use('/api/*', readCors());
  app.use(archiveCache(queries.version, randomBytes(4).toString('hex')));
  pageRoutes(app, ctx);
  apiRoutes(app, ctx);
  searchRoutes(app, ctx);
  if (knowledge) knowledgeRoutes(app, ctx, knowledge);
  exportRoutes(app, ctx);
  ingestRoutes(app, ctx);
  dataRoutes(app, ctx, copies, API_VERSION);
  const known = Object.values(routes).map((r) => ({ method: r.method.toUpperCase(), path: new RegExp(`^${r.path.replace(/\{\w+\}/g, '[^/]+')}$`) }));
  app.notFound((c) => {
    const allow = known.filter((k) => k.path.test(c.req.path)).map((k) => k.method);
    if (allow.length) return errorResponse(c, new MethodNotAllowed(c.req.method, allow));
    return errorResponse(c, new NotFoundError(`nothing at ${c.req.path}`));
  });
  app.onError((error, c) => errorResponse(c, error));
  return { app, close: () => copies.close() };
}
