// baoku demo: ingest the project's own example edition into ./baoku.db and show what came out.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingest } from './ingest.js';
import { list } from './list.js';
import { args, dbPath } from './args.js';

export const usage = `baoku demo [--db FILE]
  Ingests the example edition (examples/yunxi-2025-03-10) and lists the archive.`;

export async function demo(argv: string[]): Promise<number> {
  const { values } = args(argv, {});
  if (values.help) return process.stdout.write(`${usage}\n`), 0;
  const db = dbPath(values.db);
  const edition = fileURLToPath(new URL('../../../examples/yunxi-2025-03-10', import.meta.url));
  if (!existsSync(edition)) throw new Error(`example edition missing at ${edition}`);
  const code = await ingest([edition, '--db', db]);
  list(['--db', db]);
  return code;
}
