export * from './types.js';
export { openSqliteStore } from './sqlite.js';
export type { SqliteStoreOptions } from './sqlite.js';
export { migrate, migrations, schemaVersion } from './schema.js';
