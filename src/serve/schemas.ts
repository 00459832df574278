// The API's shapes as zod schemas: requests are validated with them and the OpenAPI document is generated
// from them, so the two cannot disagree.
import { z } from 'zod';
import { badRequest } from './errors.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const IdParams = z.object({ id: id.describe('numeric id') });

export const ExportQuery = z.object({
  q: z.string().trim().min(1).max(500).optional().describe('search query; without it every article is exported'),
  format: z.enum(['jsonl', 'csv']).default('jsonl').describe('jsonl: one JSON article per line; csv: RFC 4180 with a header row'),
});

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(1000).describe('the query language: terms, "phrases", -exclude, OR, headline: person: org: page: paper: date: sort:'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('hits per page'),
  cursor: z.string().max(1000).optional().describe('`next` from the previous page'),
  sort: z.enum(['relevance', 'date']).optional().describe('overrides sort: in the query'),
  facets: z.stringbool().default(true).describe('count hits by year, month, page, paper, person and organisation'),
});

const Range = z.tuple([z.number().int(), z.number().int()]);
const FacetCounts = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const SearchResponse = z.object({
  query: z.string(),
  sort: z.enum(['relevance', 'date']),
  total: z.number().int(),
  hits: z.array(
    z.object({
      id: z.number().int(),
      headline: z.string().nullable(),
      kicker: z.string().nullable(),
      subheadline: z.string().nullable(),
      paper: z.string().nullable(),
      date: z.string().nullable(),
      page: z.number().int().nullable(),
      score: z.number(),
      headlineHighlights: z.array(Range).describe('UTF-16 ranges of the headline that matched'),
      snippet: z.string(),
      highlights: z.array(Range).describe('UTF-16 ranges of the snippet that matched'),
      url: z.string(),
    }),
  ),
  next: z.string().nullable().describe('cursor for the next page; null on the last'),
  facets: z
    .object({ year: FacetCounts, month: FacetCounts, page: FacetCounts, paper: FacetCounts, person: FacetCounts.nullable(), org: FacetCounts.nullable() })
    .optional(),
});

export const IngestQuery = z.object({
  paper: z.string().trim().min(1).max(100).optional().describe('paper name, for pages that print no masthead'),
  date: isoDate.optional().describe('edition date, for pages that print none'),
  page: z.coerce.number().int().min(0).max(9999).optional().describe('page number (版)'),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5-hkscs']).optional().describe('declared encoding; checked against the bytes'),
  filename: z.string().trim().min(1).max(255).optional().describe('file name of a raw-body page (dates and page numbers are read from it)'),
});

export const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).meta({ id: 'Error' });

export const Edition = z
  .object({
    id: z.number().int(),
    paper: z.string().nullable(),
    date: z.string().nullable(),
    date_inferred: z.boolean(),
    issue: z.number().int().nullable(),
    total_issue: z.number().int().nullable(),
    licence: z.string().nullable(),
    pages: z.number().int(),
    articles: z.number().int(),
    url: z.string(),
  })
  .meta({ id: 'Edition' });

export const ArticleSummary = z
  .object({
    id: z.number().int(),
    page_id: z.number().int(),
    page: z.number().int().nullable(),
    seq: z.number().int(),
    kind: z.string(),
    kicker: z.string().nullable(),
    headline: z.string().nullable(),
    subheadline: z.string().nullable(),
    byline: z.array(z.string()),
    continues_to_page: z.number().int().nullable(),
    continued_from_page: z.number().int().nullable(),
    continues_to_article: z.number().int().nullable(),
    continued_from_article: z.number().int().nullable(),
    lead: z.string(),
    url: z.string(),
  })
  .meta({ id: 'ArticleSummary' });

export const PageSummary = z.object({
  id: z.number().int(),
  number: z.number().int().nullable(),
  source_file: z.string().nullable(),
  encoding: z.string(),
  index: z.array(z.object({ pages: z.array(z.number().int()), title: z.string(), start: z.number().int(), end: z.number().int() })),
});

export const EditionDetail = z.object({ edition: Edition, pages: z.array(PageSummary), articles: z.array(ArticleSummary) });

export const Edit = z
  .object({
    type: z.literal('edit'),
    start: z.number().int().describe('UTF-16 offset into the page text'),
    end: z.number().int(),
    before: z.string(),
    after: z.string(),
    rule: z.string(),
    layer: z.enum(['display', 'index']),
    status: z.enum(['applied', 'suggested', 'reverted']),
    confidence: z.number().optional(),
    candidates: z.array(z.string()).optional(),
  })
  .meta({ id: 'Edit' });

export const ArticleDetail = ArticleSummary.extend({
  edition_id: z.number().int(),
  paper: z.string().nullable(),
  date: z.string().nullable(),
  issue: z.number().int().nullable(),
  total_issue: z.number().int().nullable(),
  contributors: z.array(z.object({ name: z.string(), role: z.string(), title: z.string() })),
  source: z.string().nullable(),
  text: z.string().describe('repaired body in printed script, blocks joined by newlines'),
  text_simplified: z.string().describe('the same folded to simplified script, as search indexes it'),
  source_file: z.string().nullable(),
  sha256: z.string(),
  original: z.string().describe('the extracted text of the article span, before any repair'),
  original_start: z.number().int().describe('page-text offset where `original` starts; edit offsets are page-text offsets'),
  edits: z.array(Edit),
  article: z.record(z.string(), z.unknown()).describe('the whole Article node of the document model'),
}).meta({ id: 'Article' });

export const IngestReport = z.object({
  status: z.enum(['added', 'unchanged']),
  page_id: z.number().int(),
  edition_id: z.number().int(),
  article_ids: z.array(z.number().int()),
  source_file: z.string().nullable(),
  articles: z.number().int(),
  edits: z.number().int(),
  linked: z.number().int(),
});
export const IngestResponse = z.object({ pages: z.array(IngestReport) });

/** Parse with a schema or answer 400 naming what was wrong. */
export function validate<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw badRequest(`invalid ${what}: ${z.prettifyError(result.error).replace(/\n+/g, '; ')}`);
  return result.data;
}
