// The search API other parts call (the CLI, the web reader). Stable once landed: fields are only added.
import type { Column } from './plan.js';
import type { SortOrder } from './query-parser.js';
import type { Range } from './snippet.js';

export interface SearchOptions {
  /** Hits per page, 1–1000; default 20. */
  limit?: number;
  /** `next` from the previous page of the same query and sort; omit for the first page. */
  cursor?: string | null;
  /** Overrides `sort:` in the query. Default: relevance when there are terms, else date. */
  sort?: SortOrder;
  /** Count hits by year, month, page, paper, person and org (null when the archive has no such data). */
  facets?: boolean;
  /** Attach an Explanation to each hit. */
  explain?: boolean;
}

export interface SearchHit {
  id: number;
  headline: string | null;
  kicker: string | null;
  subheadline: string | null;
  paper: string | null;
  date: string | null;
  page: number | null;
  /** Higher is better; 0 when nothing was ranked (filters only). */
  score: number;
  /** Ranges of `headline` that matched (UTF-16 offsets into the printed headline). */
  headlineHighlights: Range[];
  /** A window of the body in its printed script ("…" where cut). */
  snippet: string;
  /** Ranges of `snippet` that matched. */
  highlights: Range[];
  explain?: Explanation;
}

export interface Explanation {
  total: number;
  /** Each field's weighted bm25 on its own (they need not add up: bm25 saturates across fields). */
  fields: Record<Column, number>;
  weights: Record<Column, number>;
  /** What the terms standing near each other added. */
  proximity: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  /** Newest first. */
  year: FacetCount[];
  month: FacetCount[];
  /** By page number. */
  page: FacetCount[];
  /** Most hits first, at most 20. */
  paper: FacetCount[];
  person: FacetCount[] | null;
  org: FacetCount[] | null;
}

export interface SearchResult {
  query: string;
  sort: SortOrder;
  /** Exact number of hits. */
  total: number;
  hits: SearchHit[];
  /** Cursor for the next page; null on the last. */
  next: string | null;
  facets?: Facets;
}

export interface ExportHit {
  id: number;
  headline: string | null;
  paper: string | null;
  date: string | null;
  page: number | null;
  score: number;
  snippet?: string;
}

export interface Search {
  /** One page of hits. Bad syntax, a bad cursor or limit throws an InputError (code bad_query, bad_cursor, bad_limit). */
  search(query: string, options?: SearchOptions): SearchResult;
  /** Every hit in order, streamed (the connection is busy until the loop ends). */
  exportHits(query: string, options?: { sort?: SortOrder; snippets?: boolean }): IterableIterator<ExportHit>;
  /** Articles stored but not yet indexed (only on a read-only open of an archive that is behind). */
  readonly unindexed: number;
}
