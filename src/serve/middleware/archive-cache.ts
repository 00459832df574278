// ETag and Cache-Control for reads. Everything a read returns is a function of the URL and the archive's
// content, which only changes when a page is added; so the ETag is the archive version (plus this process's
// boot id, which changes with the code) and a matching If-None-Match is answered 304 before any rendering.
import type { MiddlewareHandler } from 'hono';

export function archiveCache(version: () => string, boot: string): MiddlewareHandler {
  return async function archiveCache(c, next) {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const etag = `W/"${boot}-${version()}"`;
    const cacheControl = 'public, no-cache';
    const match = c.req.header('if-none-match');
    if (match && match.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
      return c.body(null, 304, { ETag: etag, 'Cache-Control': cacheControl });
    }
    await next();
    if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('ETag', etag);
      c.res.headers.set('Cache-Control', cacheControl);
    }
  };
}
