// Every API route once: its method, path, the zod schemas that validate its input and describe its output.
// Handlers validate with these objects and the OpenAPI document is generated from them.
import { z } from 'zod';
import * as s from './schemas.js';
import * as k from './knowledge-schemas.js';

export interface RouteSpec {
  method: 'get' | 'post';
  /** OpenAPI form: /api/v1/articles/{id}. */
  path: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Request body media types (writes). */
  body?: { types: string[]; description: string };
  ok: { status: number; description: string; schema?: z.ZodType; type?: string };
  errors: number[];
  auth?: boolean;
}

export const routes = {
  editions: {
    method: 'get',
    path: '/api/v1/editions',
    summary: 'All editions, newest first',
    ok: { status: 200, description: 'editions', schema: z.object({ editions: z.array(s.Edition) }) },
    errors: [],
  },
  edition: {
    method: 'get',
    path: '/api/v1/editions/{id}',
    summary: 'One edition: its pages (with the printed page index) and articles in reading order',
    params: s.IdParams,
    ok: { status: 200, description: 'the edition', schema: s.EditionDetail },
    errors: [400, 404],
  },
  article: {
    method: 'get',
    path: '/api/v1/articles/{id}',
    summary: 'One article with its original extracted text and every edit inside it',
    params: s.IdParams,
    ok: { status: 200, description: 'the article', schema: s.ArticleDetail },
    errors: [400, 404],
  },
  search: {
    method: 'get',
    path: '/api/v1/search',
    summary: 'Ranked full-text search with highlighted snippets, facets and cursor pagination',
    query: s.SearchQuery,
    ok: { status: 200, description: 'one page of hits', schema: s.SearchResponse },
    errors: [400],
  },
  people: {
    method: 'get',
    path: '/api/v1/people',
    summary: 'People the archive names, most-cited first, each with the posts they held and when',
    query: k.PeopleQuery,
    ok: { status: 200, description: 'people', schema: k.PeopleResponse },
    errors: [400],
  },
  person: {
    method: 'get',
    path: '/api/v1/people/{id}',
    summary: "One person: posts timeline and the articles that name them",
    params: s.IdParams,
    ok: { status: 200, description: 'the person', schema: k.PersonResponse },
    errors: [400, 404],
  },
  organisations: {
    method: 'get',
    path: '/api/v1/organisations',
    summary: 'Organisations the archive names, most-named first',
    ok: { status: 200, description: 'organisations', schema: k.OrganisationsResponse },
    errors: [],
  },
  organisation: {
    method: 'get',
    path: '/api/v1/organisations/{id}',
    summary: 'One organisation and the articles that name it',
    params: s.IdParams,
    ok: { status: 200, description: 'the organisation', schema: k.OrganisationResponse },
    errors: [400, 404],
  },
  figures: {
    method: 'get',
    path: '/api/v1/figures',
    summary: 'Figures reported in articles (metric, value, unit, change, period), oldest edition first',
    query: k.FiguresQuery,
    ok: { status: 200, description: 'figures', schema: k.FiguresResponse },
    errors: [400],
  },
  export: {
    method: 'get',
    path: '/api/v1/export',
    summary: 'Export articles (all, or those matching q), streamed without a cap',
    query: s.ExportQuery,
    ok: { status: 200, description: 'one article per line (jsonl) or a CSV table', type: 'application/x-ndjson' },
    errors: [400],
  },
  ingest: {
    method: 'post',
    path: '/api/v1/ingest',
    summary: 'Add pages to the archive (bearer token required; disabled when the server has none)',
    description:
      'A raw body is one page (text in UTF-8, GB18030/GBK or Big5). multipart/form-data takes one or more files. ' +
      'Either all pages land or none does.',
    query: s.IngestQuery,
    body: { types: ['text/plain', 'application/octet-stream', 'multipart/form-data'], description: 'page text, or files' },
    ok: { status: 201, description: 'what each page became (200 when every page was already stored)', schema: s.IngestResponse },
    errors: [400, 401, 403, 413, 415],
    auth: true,
  },
} satisfies Record<string, RouteSpec>;

/** Hono's path syntax for an OpenAPI path. */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');
