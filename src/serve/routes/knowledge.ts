// People, organisations and figures, as pages and as the API, read through the knowledge layer's own API.
import type { Hono } from 'hono';
import { NotFoundError } from '../../model/index.js';
import type { KnowledgeReader, Person } from '../../knowledge/index.js';
import { honoPath, routes } from '../api-spec.js';
import type { ServeContext } from '../context.js';
import { validate, IdParams } from '../schemas.js';
import { urls } from '../urls.js';
import { figuresView } from '../views/figures.js';
import { organisationsView, organisationView, peopleView, personView } from '../views/people.js';
import { page } from './pages.js';

export function knowledgeRoutes(app: Hono, ctx: ServeContext, knowledge: KnowledgeReader): void {
  const q = ctx.queries;
  const person = (id: number): Person => {
    const found = knowledge.person(id);
    if (!found) throw new NotFoundError(`no person ${id}`);
    return found;
  };
  const organisation = (id: number) => {
    const found = knowledge.entities('org').find((e) => e.id === id);
    if (!found) throw new NotFoundError(`no organisation ${id}`);
    return { ...found, articleIds: knowledge.articlesMentioning('org', found.name) };
  };
  const withUrl = <T extends { id: number }>(make: (id: number) => string) => (x: T) => ({ ...x, url: make(x.id) });

  app.get('/people', (c) => page(c, ctx, { title: '人物', path: urls.people() }, peopleView(knowledge.people())));
  app.get('/people/:id', (c) => {
    const p = person(validate(IdParams, c.req.param(), 'person id').id);
    return page(c, ctx, { title: p.name, path: urls.person(p.id) }, personView(p, q.articlesById(p.articles)));
  });
  app.get('/organisations', (c) => page(c, ctx, { title: '机构', path: urls.organisations() }, organisationsView(knowledge.entities('org'))));
  app.get('/organisations/:id', (c) => {
    const o = organisation(validate(IdParams, c.req.param(), 'organisation id').id);
    return page(c, ctx, { title: o.name, path: urls.organisation(o.id) }, organisationView(o, q.articlesById(o.articleIds)));
  });
  app.get('/figures', (c) => page(c, ctx, { title: '数据', path: urls.figures() }, figuresView(knowledge.figures())));

  app.get(honoPath(routes.people.path), (c) => {
    const { role } = validate(routes.people.query, c.req.query(), 'people query');
    return c.json({ people: knowledge.people(role ? { role } : {}).map(withUrl(urls.person)) });
  });
  app.get(honoPath(routes.person.path), (c) => {
    const p = person(validate(routes.person.params, c.req.param(), 'person id').id);
    return c.json({ ...p, url: urls.person(p.id), article_list: q.articlesById(p.articles).map(withUrl(urls.article)) });
  });
  app.get(honoPath(routes.organisations.path), (c) =>
    c.json({ organisations: knowledge.entities('org').map(({ type: _, ...o }) => ({ ...o, url: urls.organisation(o.id) })) }),
  );
  app.get(honoPath(routes.organisation.path), (c) => {
    const { type: _, articleIds, ...o } = organisation(validate(routes.organisation.params, c.req.param(), 'organisation id').id);
    return c.json({ ...o, url: urls.organisation(o.id), article_list: q.articlesById(articleIds).map(withUrl(urls.article)) });
  });
  app.get(honoPath(routes.figures.path), (c) => {
    const { metric, article } = validate(routes.figures.query, c.req.query(), 'figures query');
    const rows = knowledge.figures(article !== undefined ? { article } : {});
    return c.json({ figures: metric === undefined ? rows : rows.filter((f) => f.metric === metric) });
  });
}
