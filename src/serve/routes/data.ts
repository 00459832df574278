// The data page, the archive download, the API docs and the bundled assets.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Hono } from 'hono';
import { NotFoundError } from '../../model/index.js';
import { assets } from '../assets.js';
import { routes } from '../api-spec.js';
import { openApiDocument } from '../openapi.js';
import type { ServeContext } from '../context.js';
import type { Snapshots } from '../snapshot.js';
import { urls } from '../urls.js';
import { apiDocsView, dataView } from '../views/data.js';
import { page } from './pages.js';

export function dataRoutes(app: Hono, ctx: ServeContext, snapshots: Snapshots, version: string): void {
  const specs = Object.values(routes);
  const openapi = JSON.stringify(openApiDocument(specs, { version }));

  app.get('/data', (c) => page(c, ctx, { title: '数据与接口', path: urls.data() }, dataView(ctx.queries.stats(), ctx.token !== null)));
  app.get('/api', (c) => page(c, ctx, { title: 'JSON 接口', path: urls.apiDocs() }, apiDocsView(specs)));
  app.get('/api/openapi.json', (c) => c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8' }));

  app.get('/data/baoku.sqlite', (c) => {
    const { path, size } = snapshots.file(ctx.queries.version());
    const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    return c.body(body, 200, {
      'Content-Type': 'application/vnd.sqlite3',
      'Content-Length': String(size),
      'Content-Disposition': 'attachment; filename="baoku.sqlite"',
    });
  });

  const byName = new Map(Object.values(assets).map((a) => [a.name, a]));
  app.get('/assets/:name', (c) => {
    const asset = byName.get(c.req.param('name'));
    if (!asset) throw new NotFoundError(`no asset ${c.req.param('name')}`);
    return c.body(asset.body, 200, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=31536000, immutable' });
  });
}
