// baoku export --format jsonl: one article per line, streamed (no cap, constant memory).
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { openSqliteStore } from '../store/index.js';
import { args, dbPath, UsageError } from './args.js';

export const usage = `baoku export --format jsonl [--db FILE] [--out FILE]`;

export async function exportArticles(argv: string[], out: Writable = process.stdout): Promise<number> {
  const { values } = args(argv, { format: { type: 'string', default: 'jsonl' }, out: { type: 'string' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (values.format !== 'jsonl') throw new UsageError(`unknown --format "${values.format}" (jsonl)`);
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
