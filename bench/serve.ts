// How many pages a second do the reader and the API serve, and how slow is the slowest 1 %? autocannon with 100
// concurrent clients on loopback against the server in its own process (as `baoku serve` runs), each
// target for a bounded few seconds; the peer is a bare node:http server answering a fixed page of the same
// size (the ceiling for this machine, loopback and client), so ratio = reader / bare.
//   node dist/bench/serve.js [--seconds N] [--connections N]
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../src/store/index.js';
import { buildArchive } from '../test/serve-archive.js';
import { repoRoot } from '../test/paths.js';

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (o: { url: string; connections: number; duration: number }) => Promise<Result>;

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '100' } } });
const duration = Number(values.seconds);
const connections = Number(values.connections);

const dir = mkdtempSync(join(tmpdir(), 'baoku-bench-serve-'));
const db = join(dir, 'bench.db');
buildArchive(db, { seeds: true });
const store = openSqliteStore(db, { readonly: true });
const rows = [...store.exportArticles()];
const longest = rows.reduce((a, b) => (b.text.length > a.text.length ? b : a));
store.close();

function startReader(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'baoku.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout!.setEncoding('utf8').on('data', (line: string) => {
      const url = /at (http:\/\/\S+?)\/? /.exec(line)?.[1];
      if (url) resolve({ child, url });
    });
  });
}

async function run(name: string, url: string): Promise<Result> {
  const r = await autocannon({ url, connections, duration });
  const bad = r.errors + r.timeouts + r.non2xx;
  console.log(`${name.padEnd(28)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   errors ${bad}`);
  return r;
}

const reader = await startReader();
try {
  const page = await (await fetch(`${reader.url}/articles/${longest.id}`)).text();
  const bare = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page));
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}/`;

  console.log(`node ${process.version}, ${connections} connections, ${duration} s each; archive: ${rows.length} articles; article page ${page.length} chars`);
  const peer = await run('bare node:http (same page)', bareUrl);
  bare.close();
  const targets: [string, string][] = [
    ['article page', `/articles/${longest.id}`],
    ['search page (模速空间)', `/search?q=${encodeURIComponent('模速空间')}`],
    ['search API (徐汇, facets)', `/api/v1/search?q=${encodeURIComponent('徐汇')}`],
    ['home page', '/'],
    ['article JSON', `/api/v1/articles/${longest.id}`],
  ];
  for (const [name, path] of targets) {
    const r = await run(name, `${reader.url}${path}`);
    console.log(`${''.padEnd(28)} ratio to bare: ${(r.requests.average / peer.requests.average).toFixed(2)}`);
  }
} finally {
  reader.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
