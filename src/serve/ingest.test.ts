// POST /api/v1/ingest over real HTTP: the token, the size limit, bad input, and that a failed request
// leaves the archive exactly as it was.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveServer, get, type ArchiveServer } from '../../test/serve-archive.js';
import { seedDir } from '../../test/paths.js';
import { routes } from './api-spec.js';

const TOKEN = 'test-token-of-some-length';
const auth = { Authorization: `Bearer ${TOKEN}` };
const seed = (name: string) => readFileSync(join(seedDir, name));

function form(files: [string, Uint8Array][]): FormData {
  const f = new FormData();
  for (const [name, bytes] of files) f.append('page', new Blob([new Uint8Array(bytes)]), name);
  return f;
}

async function errorCode(res: Response, status: number): Promise<string> {
  assert.equal(res.status, status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  return body.error.code;
}

describe('ingest API', () => {
  let s: ArchiveServer;
  const post = (init: RequestInit, query = '') => get(`${s.url}/api/v1/ingest${query}`, { method: 'POST', ...init });
  before(async () => {
    s = await archiveServer({ token: TOKEN, maxBodyBytes: 64 * 1024 });
  });
  after(() => s.close());

  it('should refuse writes without the right bearer token', async () => {
    const body = seed('002_fc0a40daac650225.txt');
    const none = await post({ body });
    assert.equal(none.headers.get('www-authenticate'), 'Bearer realm="baoku"');
    assert.equal(await errorCode(none, 401), 'unauthorized');
    assert.equal(await errorCode(await post({ body, headers: { Authorization: 'Bearer nope' } }), 401), 'unauthorized');
  });

  it('should store a raw page and report it, then call the same page again unchanged', async () => {
    const before = s.store.counts().pages;
    const body = seed('002_fc0a40daac650225.txt');
    const headers = { ...auth, 'Content-Type': 'text/plain; charset=utf-8' };
    const res = await post({ body, headers }, '?paper=徐汇报&date=2024-05-27&filename=002.txt');
    assert.equal(res.status, 201);
    const report = routes.ingest.ok.schema.parse(await res.json());
    assert.equal(report.pages[0]!.status, 'added');
    assert.equal(report.pages[0]!.source_file, '002.txt');
    assert.ok(report.pages[0]!.articles > 0);
    assert.equal(s.store.counts().pages, before + 1);
    const again = await post({ body, headers }, '?paper=徐汇报&date=2024-05-27');
    assert.equal(again.status, 200);
    assert.equal(routes.ingest.ok.schema.parse(await again.json()).pages[0]!.status, 'unchanged');
  });

  it('should take several pages as multipart files', async () => {
    const res = await post({ body: form([['000.txt', seed('000_a86a42c8c325f8c6.txt')], ['003.txt', seed('003_62e7b5c4537dd917.txt')]]), headers: auth });
    assert.equal(res.status, 201);
    const report = routes.ingest.ok.schema.parse(await res.json());
    assert.deepEqual(report.pages.map((p) => [p.source_file, p.status]), [['000.txt', 'added'], ['003.txt', 'added']]);
  });

  it('should store nothing when one page of several is bad, and say which', async () => {
    const before = s.store.counts();
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const res = await post({ body: form([['004.txt', seed('004_6719384f9e6a4043.txt')], ['photo.png', binary]]), headers: auth });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: { message: string } };
    assert.match(body.error.message, /^photo\.png: .*nothing was stored/);
    assert.deepEqual(s.store.counts(), before);
  });

  it('should answer 413 past the size limit and store nothing', async () => {
    const before = s.store.counts();
    const big = new Uint8Array(64 * 1024 + 1).fill(0x41);
    assert.equal(await errorCode(await post({ body: big, headers: auth }), 413), 'payload_too_large');
    // Chunked, with no Content-Length to refuse up front: counted as it streams in.
    const stream = new ReadableStream({
      pull(controller) {
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x41));
      },
    });
    const chunked = await post({ body: stream, headers: auth, duplex: 'half' } as RequestInit);
    assert.equal(await errorCode(chunked, 413), 'payload_too_large');
    assert.deepEqual(s.store.counts(), before);
  });

  it('should answer 400 to bad input and 415 to a body it cannot read', async () => {
    assert.equal(await errorCode(await post({ body: '', headers: auth }), 400), 'empty');
    assert.equal(await errorCode(await post({ body: 'x', headers: auth }, '?date=tomorrow'), 400), 'bad_request');
    assert.equal(await errorCode(await post({ body: form([]), headers: auth }), 400), 'no_files');
    const json = { ...auth, 'Content-Type': 'application/json' };
    assert.equal(await errorCode(await post({ body: '{}', headers: json }), 415), 'unsupported_media_type');
  });

  it('should offer CORS for reads only', async () => {
    const res = await get(`${s.url}/api/v1/ingest`, { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' } });
    assert.doesNotMatch(res.headers.get('access-control-allow-methods') ?? '', /POST/);
  });
});

describe('ingest API without a token', () => {
  let s: ArchiveServer;
  before(async () => {
    s = await archiveServer();
  });
  after(() => s.close());

  it('should have writes disabled', async () => {
    const res = await get(`${s.url}/api/v1/ingest`, { method: 'POST', body: 'x', headers: auth });
    assert.equal(await errorCode(res, 403), 'writes_disabled');
  });
});
