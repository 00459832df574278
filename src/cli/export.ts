// baoku export --format jsonl: one article per line, streamed (no cap, constant memory); alto and mets
// write a folder per edition (see export-package.ts).
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { openSqliteStore } from '../store/index.js';
import { args, dbPath, UsageError } from './args.js';
import { exportPackages } from './export-package.js';

export const usage = `baoku export --format jsonl|alto|mets [--db FILE] [--out FILE|DIR]
  jsonl: one article per line (to --out or stdout). alto, mets: a folder per edition under --out DIR with
  an ALTO 4 file per page, and for mets the issue's METS file with its articles.`;

export async function exportArticles(argv: string[], out: Writable = process.stdout): Promise<number> {
  const { values } = args(argv, { format: { type: 'string', default: 'jsonl' }, out: { type: 'string' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (values.format === 'alto' || values.format === 'mets') {
    if (!values.out) throw new UsageError(`--format ${values.format} needs --out DIR`);
    const store = openSqliteStore(dbPath(values.db), { readonly: true });
    try {
      const { editions, pages } = exportPackages(store, values.out, values.format);
      process.stderr.write(`exported ${editions} edition${editions === 1 ? '' : 's'}, ${pages} page${pages === 1 ? '' : 's'} as ${values.format.toUpperCase()} to ${values.out}\n`);
    } finally {
      store.close();
    }
    return 0;
  }
  if (values.format !== 'jsonl') throw new UsageError(`unknown --format "${values.format}" (jsonl, alto, mets)`);
  const sink: Writable = values.out ? createWriteStream(values.out) : out;
  const store = openSqliteStore(dbPath(values.db), { readonly: true });
  try {
    for (const row of store.exportArticles()) {
      // Respect back-pressure so a huge archive streams in constant memory.
      if (!sink.write(`${JSON.stringify(row)}\n`)) await new Promise((r) => sink.once('drain', r));
    }
  } finally {
    store.close();
    if (sink !== out) await new Promise<void>((r) => sink.end(r));
  }
  return 0;
}
