// baoku enrich: build the knowledge tables for an archive ingested before them, or again after the enrich
// stage changed: re-runs extraction over every stored page and resolves every name afresh.
import { rebuildKnowledge } from '../knowledge/index.js';
import { openSqliteStore } from '../store/index.js';
import { args, dbPath } from './args.js';

export const usage = `baoku enrich [--db FILE] [--ner]
  Recomputes people, organisations, places, dates and figures for every article in the archive;
  --ner adds the learned NER model's organisations and places (slower).`;

export function enrich(argv: string[], out = process.stdout, err = process.stderr): number {
  const { values } = args(argv, { ner: { type: 'boolean' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  const store = openSqliteStore(dbPath(values.db));
  try {
    const pages = rebuildKnowledge(store, { ner: values.ner === true });
    err.write(`enriched ${pages} page${pages === 1 ? '' : 's'}\n`);
    return 0;
  } finally {
    store.close();
  }
}
