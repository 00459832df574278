// baoku serve: the web reader and the JSON API on one archive file, until interrupted.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { NotFoundError } from '../model/index.js';
import { openSqliteStore } from '../store/index.js';
import { attachKnowledge } from '../knowledge/index.js';
import { startServer } from '../serve/server.js';
import { args, dbPath, intOption, UsageError } from './args.js';

export const usage = `baoku serve [--db FILE] [--port N] [--host ADDRESS] [--max-body BYTES]
  Serves the archive (default ./baoku.db) as a web reader and a JSON API, on 127.0.0.1:8080 by default.
  Writes (POST /api/v1/ingest) are enabled only when BAOKU_TOKEN is set; clients send it as a bearer token.`;

export async function serveCommand(argv: string[], out = process.stdout): Promise<number> {
  const { values } = args(argv, { port: { type: 'string' }, host: { type: 'string' }, 'max-body': { type: 'string' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  const port = intOption(values.port, 'port') ?? 8080;
  if (port > 65535) throw new UsageError(`--port must be at most 65535, got ${port}`);
  const maxBodyBytes = intOption(values['max-body'], 'max-body') ?? 16 * 1024 * 1024;
  const token = process.env.BAOKU_TOKEN || null;
  const file = dbPath(values.db);
  if (!existsSync(file) && token === null) throw new NotFoundError(`no archive at ${file} (ingest pages first, or set BAOKU_TOKEN to start an empty one)`);
  // Opened for writing where the file allows it, so the archive is migrated and its search index caught up;
  // the API still refuses writes without a token.
  const store = openSqliteStore(file, { readonly: !writable(file) });
  attachKnowledge(store); // pages ingested over HTTP get their people, figures … too (a no-op when read-only)
  const running = await startServer({ store, dbPath: file, token, maxBodyBytes, port, host: values.host ?? '127.0.0.1' }).catch((e: unknown) => {
    store.close();
    throw e;
  });
  out.write(`baoku: serving ${file} at ${running.url}/ (writes ${token ? 'enabled' : 'disabled'}; Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();
  store.close();
  return 0;
}

function writable(file: string): boolean {
  try {
    accessSync(existsSync(file) ? file : dirname(file), constants.W_OK);
    accessSync(dirname(file), constants.W_OK); // WAL and journal files live beside it
    return true;
  } catch {
    return false;
  }
}
