// POST /api/v1/ingest: pages in, behind a bearer token. One transaction for the whole request, so either
// every page lands or, on any bad page, nothing stored changes.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { BaokuError } from '../../model/index.js';
import { ingestPage } from '../../archive.js';
import { honoPath, routes } from '../api-spec.js';
import type { ServeContext } from '../context.js';
import { errorResponse } from '../errors.js';
import { validate } from '../schemas.js';

type PageInput = Parameters<typeof ingestPage>[1];

const digest = (text: string) => createHash('sha256').update(text).digest();

function authorize(c: Context, token: string | null): void {
  if (token === null) throw new BaokuError('writes_disabled', 'writes are disabled on this server (start it with BAOKU_TOKEN set)', 403);
  const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
  if (!given) throw new BaokuError('unauthorized', 'this endpoint needs an Authorization: Bearer <token> header', 401);
  if (!timingSafeEqual(digest(given), digest(token))) throw new BaokuError('unauthorized', 'wrong bearer token', 401);
}

async function pagesOf(c: Context, defaults: Omit<PageInput, 'bytes'>): Promise<PageInput[]> {
  const type = (c.req.header('content-type') ?? 'application/octet-stream').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch (error) {
      if (error instanceof BaokuError) throw error;
      throw new BaokuError('bad_multipart', 'the multipart body could not be parsed', 400);
    }
    const files = [...form.values()].filter((v): v is File => typeof v !== 'string');
    if (files.length === 0) throw new BaokuError('no_files', 'the form holds no files: send each page as a file field', 400);
    return Promise.all(files.map(async (f) => ({ ...defaults, bytes: new Uint8Array(await f.arrayBuffer()), sourceFile: f.name || defaults.sourceFile || null })));
  }
  if (type.startsWith('text/plain') || type.startsWith('application/octet-stream')) {
    return [{ ...defaults, bytes: new Uint8Array(await c.req.arrayBuffer()) }];
  }
  throw new BaokuError('unsupported_media_type', `cannot ingest ${type}: send text/plain, application/octet-stream or multipart/form-data`, 415);
}

export function ingestRoutes(app: Hono, ctx: ServeContext): void {
  const tooLarge = new BaokuError('payload_too_large', `request body is larger than ${ctx.maxBodyBytes} bytes`, 413);
  const limit = bodyLimit({ maxSize: ctx.maxBodyBytes, onError: (c) => errorResponse(c, tooLarge) });
  // Authorize before reading any of the body.
  const auth = async (c: Context, next: () => Promise<void>) => {
    authorize(c, ctx.token);
    await next();
  };

  app.post(honoPath(routes.ingest.path), auth, limit, async (c) => {
    if (ctx.store.readonly) throw new BaokuError('writes_disabled', 'the archive is open read-only', 403);
    const query = validate(routes.ingest.query, c.req.query(), 'ingest query');
    const inputs = await pagesOf(c, {
      sourceFile: query.filename ?? null,
      paper: query.paper ?? null,
      date: query.date ?? null,
      page: query.page ?? null,
      ...(query.encoding ? { encoding: query.encoding } : {}),
    });
    const ingestAll = ctx.store.db.transaction(() =>
      inputs.map((input, i) => {
        try {
          return ingestPage(ctx.store, input);
        } catch (error) {
          if (!(error instanceof BaokuError)) throw error;
          const name = input.sourceFile ?? `page ${i + 1}`;
          throw new BaokuError(error.code, `${name}: ${error.message}; nothing was stored`, error.status, { cause: error });
        }
      }),
    );
    const reports = ingestAll.immediate();
    const pages = reports.map((r) => ({
      status: r.status,
      page_id: r.pageId,
      edition_id: r.editionId,
      article_ids: r.articleIds,
      source_file: r.sourceFile,
      articles: r.articles,
      edits: r.edits,
      linked: r.linked,
    }));
    return c.json({ pages }, pages.some((p) => p.status === 'added') ? 201 : 200);
  });
}
