// Every URL the reader and the API hand out, built in one place so links and routes cannot drift apart.

export interface SearchParams {
  q?: string | undefined;
  sort?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
}

/** Only the parameters that are set, in a fixed order (stable URLs cache better). */
function query(params: object): string {
  const set = Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  return set.length ? `?${new URLSearchParams(set)}` : '';
}

export const urls = {
  home: () => '/',
  search: (p: SearchParams = {}) => `/search${query({ q: p.q, from: p.from, to: p.to, sort: p.sort, cursor: p.cursor })}`,
  edition: (id: number) => `/editions/${id}`,
  page: (editionId: number, page: number | null, pageId: number) => `/editions/${editionId}#${pageAnchor(page, pageId)}`,
  article: (id: number) => `/articles/${id}`,
  original: (id: number) => `/articles/${id}#original`,
  people: () => '/people',
  person: (id: number) => `/people/${id}`,
  organisations: () => '/organisations',
  organisation: (id: number) => `/organisations/${id}`,
  figures: () => '/figures',
  data: () => '/data',
  download: () => '/data/baoku.sqlite',
  apiDocs: () => '/api',
  openapi: () => '/api/openapi.json',
  asset: (name: string) => `/assets/${name}`,
  api: {
    editions: () => '/api/v1/editions',
    edition: (id: number) => `/api/v1/editions/${id}`,
    article: (id: number) => `/api/v1/articles/${id}`,
    export: (format: 'jsonl' | 'csv', q?: string) => `/api/v1/export${query({ q, format })}`,
    search: (q: string) => `/api/v1/search${query({ q })}`,
  },
};

export function pageAnchor(page: number | null, pageId: number): string {
  return page === null ? `page-id-${pageId}` : `page-${page}`;
}
