// Search, as a page and as the API. Both run the search part's own engine (src/search) with the same
// query language; a bad query is a 400 that says what is wrong.
import type { Hono } from 'hono';
import { z } from 'zod';
import { BaokuError } from '../../model/index.js';
import { honoPath, routes } from '../api-spec.js';
import type { ServeContext } from '../context.js';
import { validate } from '../schemas.js';
import { urls } from '../urls.js';
import { searchView } from '../views/search.js';
import { page } from './pages.js';

const dateBound = z.string().trim().regex(/^\d{4}(-\d{2}){0,2}$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const SearchPage = z.object({
  q: z.string().trim().max(1000).optional(),
  from: z.union([z.literal(''), dateBound]).optional(),
  to: z.union([z.literal(''), dateBound]).optional(),
  sort: z.enum(['', 'relevance', 'date']).optional(),
  cursor: z.string().max(1000).optional(),
});

export function searchRoutes(app: Hono, ctx: ServeContext): void {
  const engine = ctx.search;

  app.get('/search', (c) => {
    const params = validate(SearchPage, c.req.query(), 'search form');
    const range = params.from || params.to ? ` date:${params.from ?? ''}..${params.to ?? ''}` : '';
    const query = params.q ? `${params.q}${range}` : '';
    let result = null;
    let error: string | null = null;
    if (query) {
      try {
        result = engine.search(query, { limit: 20, cursor: params.cursor ?? null, facets: true, ...(params.sort ? { sort: params.sort } : {}) });
      } catch (e) {
        if (!(e instanceof BaokuError)) throw e;
        error = e.message;
      }
    }
    const title = query ? `检索:${query}` : '检索';
    return page(c, ctx, { title, path: urls.search(params), query: params.q ?? '' }, searchView({ params, query, result, error }), error ? 400 : 200);
  });

  app.get(honoPath(routes.search.path), (c) => {
    const { q, limit, cursor, sort, facets } = validate(routes.search.query, c.req.query(), 'search query');
    const result = engine.search(q, { limit, cursor: cursor ?? null, facets, ...(sort ? { sort } : {}) });
    return c.json({ ...result, hits: result.hits.map((h) => ({ ...h, url: urls.article(h.id) })) });
  });
}
