// The reader's HTML pages.
import type { Context, Hono } from 'hono';
import { NotFoundError } from '../../model/index.js';
import type { Html } from '../html.js';
import { urls } from '../urls.js';
import { IdParams, validate } from '../schemas.js';
import type { ServeContext } from '../context.js';
import { layout, SITE, type PageMeta } from '../views/layout.js';
import { homeView } from '../views/home.js';
import { editionView } from '../views/edition.js';
import { articleJsonLd, articleLang, articleTitle, articleView } from '../views/article.js';
import { editionName } from '../views/format.js';

export const canonical = (c: Context, path: string) => new URL(path, c.req.url).href;

export function page(c: Context, ctx: ServeContext, meta: Omit<PageMeta, 'canonical'> & { path: string }, body: Html, status: 200 | 400 = 200) {
  return c.html(layout({ ...meta, canonical: canonical(c, meta.path) }, ctx.nav, body).value, status);
}

export function pageRoutes(app: Hono, ctx: ServeContext): void {
  const q = ctx.queries;

  app.get('/', (c) => {
    const editions = q.editions();
    const latest = editions.find((e) => e.date && !e.date_inferred) ?? editions[0] ?? null;
    const body = homeView({ latest, latestArticles: latest ? q.articles(latest.id) : [], editions, stats: q.stats() });
    return page(c, ctx, { title: SITE, path: urls.home(), description: '地方报纸档案:按期阅读、检索,每处修复都可追溯。' }, body);
  });

  app.get('/editions/:id', (c) => {
    const { id } = validate(IdParams, c.req.param(), 'edition id');
    const edition = q.edition(id);
    if (!edition) throw new NotFoundError(`no edition ${id}`);
    const body = editionView({ edition, pages: q.pages(id), articles: q.articles(id) });
    return page(c, ctx, { title: editionName(edition), path: urls.edition(id) }, body);
  });

  app.get('/articles/:id', (c) => {
    const { id } = validate(IdParams, c.req.param(), 'article id');
    const article = q.article(id, 'display');
    if (!article) throw new NotFoundError(`no article ${id}`);
    const path = urls.article(id);
    const meta = {
      title: articleTitle(article),
      path,
      description: article.lead.replace(/\s+/g, ' '),
      lang: articleLang(article),
      head: articleJsonLd(article, canonical(c, path)),
    };
    return page(c, ctx, meta, articleView(article, ctx.knowledge?.article(id) ?? null));
  });
}
