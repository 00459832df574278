export * from './types.js';
export { openSqliteStore } from './sqlite.js';
export type { SqliteStore, SqliteStoreOptions } from './sqlite.js';
export { assertPartCurrent, migrate, migratePart } from './schema.js';
export { migrations, schemaVersion } from './migrations.js';
export { restoreArticle } from './article-document.js';
export { keptSpellings, type CountTerms } from './spelling-counts.js';
