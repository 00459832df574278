// Full-text search over the archive. The API the CLI and the web reader use:
//
//   const store = openSqliteStore(path);            // writable: migrates and catches the index up
//   const search = openSearch(store);               // or openSearch(store, { entities: [...] })
//   search.search('徐汇 date:2024', { limit: 20, facets: true })  → SearchResult { total, hits, next, facets }
//   search.search(q, { cursor: result.next })       → the next page
//   for (const hit of search.exportHits(q)) …       → every hit, streamed
//
// Writers keep the index current by calling attachSearchIndex(store) once after opening the store, and
// reindexArticles(store, ids) after changing stored article text outside ingest (a correction).
export { openSearch, WEIGHTS } from './search-sqlite.js';
export { attachSearchIndex, reindex, reindexArticles } from './index-sqlite.js';
export { parseQuery, FIELDS, type ParsedQuery, type MatchNode, type Filter, type SortOrder } from './query-parser.js';
export { bylinePeople, type EntitySource } from './entities.js';
export { marked, type Range } from './snippet.js';
export type * from './types.js';
