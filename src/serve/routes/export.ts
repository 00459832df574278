// GET /api/v1/export: every article (or, with q, every match) streamed without a cap. The rows come from a
// connection of their own, so a long download never holds the server's connection (or a writer) up.
import type { Hono } from 'hono';
import { BaokuError } from '../../model/index.js';
import { openSqliteStore } from '../../store/index.js';
import { honoPath, routes } from '../api-spec.js';
import type { ServeContext } from '../context.js';
import { exportStream, exportTypes } from '../export-rows.js';
import { validate } from '../schemas.js';

export function exportRoutes(app: Hono, ctx: ServeContext): void {
  app.get(honoPath(routes.export.path), (c) => {
    const { q, format } = validate(routes.export.query, c.req.query(), 'export query');
    if (q !== undefined) throw new BaokuError('search_unavailable', 'search is not available on this server yet: export without q', 501);
    const store = ctx.dbPath ? openSqliteStore(ctx.dbPath, { readonly: true }) : ctx.store;
    const close = () => store !== ctx.store && store.close();
    const body = exportStream(store.exportArticles(), format, close);
    const name = `baoku-export.${format}`;
    return c.body(body, 200, { 'Content-Type': exportTypes[format], 'Content-Disposition': `attachment; filename="${name}"` });
  });
}
