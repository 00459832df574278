// The JSON API's reads. Inputs are validated with the route specs' schemas (the ones OpenAPI is made from).
import type { Hono } from 'hono';
import { NotFoundError } from '../../model/index.js';
import { honoPath, routes } from '../api-spec.js';
import type { ServeContext } from '../context.js';
import type { ArticleSummary, EditionSummary } from '../queries.js';
import { validate } from '../schemas.js';
import { urls } from '../urls.js';

const edition = (e: EditionSummary) => ({ ...e, url: urls.edition(e.id) });
const summary = (a: ArticleSummary) => ({ ...a, url: urls.article(a.id) });

export function apiRoutes(app: Hono, ctx: ServeContext): void {
  const q = ctx.queries;

  app.get(honoPath(routes.editions.path), (c) => c.json({ editions: q.editions().map(edition) }));

  app.get(honoPath(routes.edition.path), (c) => {
    const { id } = validate(routes.edition.params, c.req.param(), 'edition id');
    const found = q.edition(id);
    if (!found) throw new NotFoundError(`no edition ${id}`);
    const pages = q.pages(id).map(({ masthead: _, ...p }) => p);
    return c.json({ edition: edition(found), pages, articles: q.articles(id).map(summary) });
  });

  app.get(honoPath(routes.article.path), (c) => {
    const { id } = validate(routes.article.params, c.req.param(), 'article id');
    const found = q.article(id);
    if (!found) throw new NotFoundError(`no article ${id}`);
    return c.json({ ...summary(found), ...found, url: urls.article(id), original_start: found.article.start });
  });
}
