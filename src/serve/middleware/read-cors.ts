// CORS for reads only: any origin may GET the API; writes stay same-origin (a cross-origin POST with a
// bearer token needs a preflight, which offers only GET and HEAD).
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export function readCors(): MiddlewareHandler {
  const allow = cors({ origin: '*', allowMethods: ['GET', 'HEAD'], exposeHeaders: ['ETag'], maxAge: 86400 });
  return async function readCors(c, next) {
    if (c.req.method === 'POST') return next();
    return allow(c, next);
  };
}
