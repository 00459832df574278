// GET /api/v1/export: every article (or, with q, every match) streamed without a cap. The rows come from a
// connection of their own, so a long download never holds the server's connection (or a writer) up.
import type { Hono } from 'hono';
import { openSqliteStore, type ExportRow, type SqliteStore } from '../../store/index.js';
import { honoPath, routes } from '../api-spec.js';
import type { ServeContext } from '../context.js';
import { exportStream, exportTypes } from '../export-rows.js';
import { validate } from '../schemas.js';

/** Export rows, with their score, for the given hits in order. */
function* rowsOf(store: SqliteStore, hits: readonly { id: number; score: number }[]): Generator<ExportRow & { score: number }> {
  for (const hit of hits) {
    const found = store.article(hit.id);
    if (!found) continue; // gone since the query ran
    const { article: _, ...row } = found;
    yield { ...row, score: hit.score };
  }
}

export function exportRoutes(app: Hono, ctx: ServeContext): void {
  app.get(honoPath(routes.export.path), (c) => {
    const { q, format } = validate(routes.export.query, c.req.query(), 'export query');
    // The ranked ids come at once from the server's search engine (a bad query is a 400 before any byte is
    // sent); the rows, the bulk of the bytes, stream from the export's own connection.
    const hits = q === undefined ? null : [...ctx.search.exportHits(q)].map(({ id, score }) => ({ id, score }));
    const store = ctx.dbPath ? openSqliteStore(ctx.dbPath, { readonly: true }) : ctx.store;
    const close = () => store !== ctx.store && store.close();
    const rows = hits ? rowsOf(store, hits) : store.exportArticles();
    const body = exportStream(rows, format, close, q !== undefined);
    const name = `baoku-export.${format}`;
    return c.body(body, 200, { 'Content-Type': exportTypes[format], 'Content-Disposition': `attachment; filename="${name}"` });
  });
}
