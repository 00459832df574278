// baoku serve: the web reader and the JSON API on one archive file, until interrupted.
import { openSqliteStore } from '../store/index.js';
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
  const store = openSqliteStore(file, { readonly: token === null });
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
