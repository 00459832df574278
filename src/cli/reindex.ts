// baoku reindex: rebuild the search index from the stored articles.
import { openSqliteStore } from '../store/index.js';
import { reindex as rebuild } from '../search/index.js';
import { args, dbPath } from './args.js';

export const usage = `baoku reindex [--db FILE]
  Rebuilds the search index from the stored articles (an archive made before search is indexed on its own).`;

export function reindex(argv: string[], err = process.stderr): number {
  const { values } = args(argv, {});
  if (values.help) return process.stdout.write(`${usage}\n`), 0;
  const store = openSqliteStore(dbPath(values.db));
  try {
    const started = Date.now();
    const n = rebuild(store);
    err.write(`indexed ${n} article${n === 1 ? '' : 's'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  } finally {
    store.close();
  }
}
