// Every URL the reader and the API hand out, built in one place so links and routes cannot drift apart.

export const urls = {
  home: () => '/',
  edition: (id: number) => `/editions/${id}`,
  page: (editionId: number, page: number | null, pageId: number) => `/editions/${editionId}#${pageAnchor(page, pageId)}`,
  article: (id: number) => `/articles/${id}`,
  original: (id: number) => `/articles/${id}#original`,
  data: () => '/data',
  download: () => '/data/baoku.sqlite',
  apiDocs: () => '/api',
  openapi: () => '/api/openapi.json',
  asset: (name: string) => `/assets/${name}`,
  api: {
    editions: () => '/api/v1/editions',
    edition: (id: number) => `/api/v1/editions/${id}`,
    article: (id: number) => `/api/v1/articles/${id}`,
    export: (format: 'jsonl' | 'csv', q?: string) => `/api/v1/export?${new URLSearchParams({ ...(q ? { q } : {}), format })}`,
  },
};

export function pageAnchor(page: number | null, pageId: number): string {
  return page === null ? `page-id-${pageId}` : `page-${page}`;
}
