// The JSON API over real HTTP on loopback: every endpoint, its errors, caching and CORS headers, and the
// responses checked against the same zod schemas the OpenAPI document is generated from.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { archiveServer, get, type ArchiveServer } from '../../test/serve-archive.js';
import { routes, type RouteSpec } from './api-spec.js';
import { ErrorBody } from './schemas.js';

async function json(res: Response): Promise<any> {
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  return res.json();
}

async function assertError(res: Response, status: number, code: string) {
  assert.equal(res.status, status);
  const body = await json(res);
  ErrorBody.strict().parse(body);
  assert.equal(body.error.code, code, body.error.message);
  assert.ok(body.error.message.length > 0);
}

/** A minimal RFC 4180 reader: enough to count records and read fields back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('JSON API', () => {
  let s: ArchiveServer;
  before(async () => {
    s = await archiveServer();
  });
  after(() => s.close());

  it('should list editions newest first with cache and CORS headers', async () => {
    const res = await get(`${s.url}/api/v1/editions`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('etag') ?? '', /^W\/"/);
    assert.equal(res.headers.get('cache-control'), 'public, no-cache');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const body = routes.editions.ok.schema.parse(await json(res));
    assert.deepEqual(body.editions.map((e) => [e.paper, e.date, e.pages]), [['云溪报', '2025-03-17', 1], ['云溪报', '2025-03-10', 4]]);
  });

  it('should answer 304 to a matching If-None-Match and 200 to a stale one', async () => {
    const first = await get(`${s.url}/api/v1/editions`);
    const etag = first.headers.get('etag')!;
    assert.equal((await get(`${s.url}/api/v1/editions`, { headers: { 'If-None-Match': etag } })).status, 304);
    assert.equal((await get(`${s.url}/api/v1/editions`, { headers: { 'If-None-Match': 'W/"other"' } })).status, 200);
  });

  it('should give an edition with its printed page index and articles in reading order', async () => {
    const list = routes.editions.ok.schema.parse(await json(await get(`${s.url}/api/v1/editions`)));
    const id = list.editions.find((e) => e.date === '2025-03-10')!.id;
    const body = routes.edition.ok.schema.parse(await json(await get(`${s.url}/api/v1/editions/${id}`)));
    assert.deepEqual(body.pages.map((p) => p.number), [1, 2, 3, 4]);
    assert.deepEqual(body.pages[0]!.index.map((e) => e.pages[0]), [2, 3, 4]);
    assert.equal(body.articles.length, 11);
    const talent = body.articles.filter((a) => a.headline === '云溪区召开人才工作大会');
    assert.deepEqual(talent.map((a) => a.page), [1, 2]);
    assert.equal(talent[0]!.continues_to_article, talent[1]!.id);
  });

  it('should give an article with its original text and every edit inside it, at offsets that match', async () => {
    const found = [...s.store.exportArticles()].find((r) => r.headline === '18个产业项目签约落户云溪')!;
    const body = routes.article.ok.schema.parse(await json(await get(`${s.url}/api/v1/articles/${found.id}`)));
    assert.equal(body.text, found.text);
    const joins = body.edits.filter((e) => e.rule === 'repair/join-broken-lines');
    assert.ok(joins.length >= 3, `expected line re-joins, got ${joins.length}`);
    for (const e of body.edits) assert.equal(body.original.slice(e.start - body.original_start, e.end - body.original_start), e.before);
    assert.ok(body.original.includes('宣\n\n传部'));
    assert.ok(body.text.includes('宣传部'));
  });

  it('should answer bad ids with 400 and missing ones with 404, in the one error shape', async () => {
    await assertError(await get(`${s.url}/api/v1/articles/abc`), 400, 'bad_request');
    await assertError(await get(`${s.url}/api/v1/articles/0`), 400, 'bad_request');
    await assertError(await get(`${s.url}/api/v1/articles/999999`), 404, 'not_found');
    await assertError(await get(`${s.url}/api/v1/editions/999999`), 404, 'not_found');
    await assertError(await get(`${s.url}/api/v1/nothing-here`), 404, 'not_found');
  });

  it('should answer every route with the one error shape: 400 for bad input, 405 for a wrong method', async () => {
    for (const spec of Object.values(routes) as RouteSpec[]) {
      const path = spec.path.replace('{id}', 'abc');
      if (spec.method === 'get') {
        const wrong = await get(`${s.url}${path}`, { method: 'DELETE' });
        assert.equal(wrong.headers.get('allow'), 'GET', path);
        await assertError(wrong, 405, 'method_not_allowed');
      }
      // Routes with a path id, or a required query parameter, refuse a request without valid ones.
      const required = spec.query && !spec.query.safeParse({}).success;
      if (spec.params || (required && spec.method === 'get')) {
        await assertError(await get(`${s.url}${path}`), 400, 'bad_request');
      }
    }
  });

  it('should list people with their posts and give one with the articles naming them', async () => {
    const list = routes.people.ok.schema.parse(await json(await get(`${s.url}/api/v1/people`)));
    const lin = list.people.find((p) => p.name === '林泽远')!;
    assert.deepEqual(lin.posts.map((p) => p.title), ['区委书记']);
    assert.ok(list.people.every((p) => p.role !== 'author'));
    const authors = routes.people.ok.schema.parse(await json(await get(`${s.url}/api/v1/people?role=author`)));
    assert.ok(authors.people.some((p) => p.name === '周沐阳'));
    const one = routes.person.ok.schema.parse(await json(await get(`${s.url}${lin.url.replace('/people', '/api/v1/people')}`)));
    assert.deepEqual(one.article_list.map((a) => a.id).sort(), [...lin.articles].sort());
    await assertError(await get(`${s.url}/api/v1/people?role=king`), 400, 'bad_request');
    await assertError(await get(`${s.url}/api/v1/people/999999`), 404, 'not_found');
  });

  it('should list organisations and give one with its articles', async () => {
    const list = routes.organisations.ok.schema.parse(await json(await get(`${s.url}/api/v1/organisations`)));
    const uni = list.organisations.find((o) => o.name === '云溪大学')!;
    const one = routes.organisation.ok.schema.parse(await json(await get(`${s.url}/api/v1/organisations/${uni.id}`)));
    assert.equal(one.article_list.length, uni.articles);
    await assertError(await get(`${s.url}/api/v1/organisations/999999`), 404, 'not_found');
    // org: and person: in search reach the same articles through the knowledge layer's mentions.
    const hits = routes.search.ok.schema.parse(await json(await get(`${s.url}/api/v1/search?q=${encodeURIComponent('org:云溪大学')}&limit=100`)));
    assert.deepEqual(hits.hits.map((h) => h.id).sort(), one.article_list.map((a) => a.id).sort());
    const people = routes.search.ok.schema.parse(await json(await get(`${s.url}/api/v1/search?q=${encodeURIComponent('person:林泽远')}`)));
    assert.ok(people.facets!.person!.some((f) => f.value === '林泽远'));
  });

  it('should list figures, by metric or by article', async () => {
    const all = routes.figures.ok.schema.parse(await json(await get(`${s.url}/api/v1/figures`)));
    const revenue = all.figures.find((f) => f.metric === '区级财政收入')!;
    assert.deepEqual([revenue.value, revenue.unit, revenue.date], [123.45, '亿元', '2025-03-10']);
    const metric = routes.figures.ok.schema.parse(await json(await get(`${s.url}/api/v1/figures?metric=${encodeURIComponent('区级财政收入')}`)));
    assert.ok(metric.figures.length >= 1 && metric.figures.every((f) => f.metric === '区级财政收入'));
    const article = routes.figures.ok.schema.parse(await json(await get(`${s.url}/api/v1/figures?article=${revenue.article}`)));
    assert.ok(article.figures.every((f) => f.article === revenue.article));
    await assertError(await get(`${s.url}/api/v1/figures?article=x`), 400, 'bad_request');
  });

  it('should stream every article as JSON Lines', async () => {
    const res = await get(`${s.url}/api/v1/export?format=jsonl`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /application\/x-ndjson/);
    const rows = (await res.text()).trimEnd().split('\n').map((l) => JSON.parse(l) as { id: number; headline: string | null });
    assert.equal(rows.length, s.store.counts().articles);
    assert.deepEqual(rows.map((r) => r.id), [...s.store.exportArticles()].map((r) => r.id));
  });

  it('should stream CSV whose quoted fields read back exactly, hostile text included', async () => {
    const res = await get(`${s.url}/api/v1/export?format=csv`);
    assert.match(res.headers.get('content-type')!, /^text\/csv/);
    const [head, ...rows] = parseCsv(await res.text());
    assert.equal(rows.length, s.store.counts().articles);
    const text = head!.indexOf('text');
    const expected = [...s.store.exportArticles()];
    rows.forEach((r, i) => assert.equal(r[text], expected[i]!.text));
    assert.ok(rows.some((r) => r[text]!.includes('" onmouseover="alert(3)"')));
  });

  it('should export only the articles matching a query, best first, with their score', async () => {
    const res = await get(`${s.url}/api/v1/export?format=jsonl&q=${encodeURIComponent('人才 date:2025-03-10')}`);
    assert.equal(res.status, 200);
    const rows = (await res.text()).trimEnd().split('\n').map((l) => JSON.parse(l) as { headline: string; date: string; score: number; text: string });
    assert.ok(rows.length >= 2);
    assert.ok(rows.every((r) => r.date === '2025-03-10' && r.text.length > 0));
    assert.deepEqual(rows.map((r) => r.score), rows.map((r) => r.score).sort((a, b) => b - a));
    const csv = parseCsv(await (await get(`${s.url}/api/v1/export?format=csv&q=${encodeURIComponent('人才 date:2025-03-10')}`)).text());
    assert.equal(csv[0]!.at(-1), 'score');
    assert.equal(csv.length - 1, rows.length);
  });

  it('should refuse a bad export format and a bad query before streaming anything', async () => {
    await assertError(await get(`${s.url}/api/v1/export?format=xml`), 400, 'bad_request');
    await assertError(await get(`${s.url}/api/v1/export?q=${encodeURIComponent('date:yesterday')}`), 400, 'bad_query');
  });

  it('should search with highlights, facets and a cursor through every page', async () => {
    const first = routes.search.ok.schema.parse(await json(await get(`${s.url}/api/v1/search?q=${encodeURIComponent('云溪')}&limit=4`)));
    assert.ok(first.total > 4);
    const hit = first.hits[0]!;
    for (const [a, b] of hit.highlights) assert.equal(hit.snippet.slice(a, b), '云溪');
    assert.ok(first.facets!.month.some((f) => f.value === '2025-03'));
    const seen = new Set(first.hits.map((h) => h.id));
    let next = first.next;
    while (next) {
      const more = routes.search.ok.schema.parse(await json(await get(`${s.url}/api/v1/search?q=${encodeURIComponent('云溪')}&limit=4&facets=false&cursor=${encodeURIComponent(next)}`)));
      assert.equal(more.facets, undefined);
      for (const h of more.hits) seen.add(h.id);
      next = more.next;
    }
    assert.equal(seen.size, first.total);
  });

  it('should answer a bad query, limit or cursor with 400', async () => {
    await assertError(await get(`${s.url}/api/v1/search`), 400, 'bad_request');
    await assertError(await get(`${s.url}/api/v1/search?q=${encodeURIComponent('"open')}`), 400, 'bad_query');
    await assertError(await get(`${s.url}/api/v1/search?q=x&limit=1000`), 400, 'bad_request');
    await assertError(await get(`${s.url}/api/v1/search?q=x&cursor=nonsense`), 400, 'bad_cursor');
  });

  it('should publish an OpenAPI 3.1 document with every route and its validated parameters', async () => {
    const doc = await json(await get(`${s.url}/api/openapi.json`));
    assert.equal(doc.openapi, '3.1.0');
    for (const spec of Object.values(routes)) assert.ok(doc.paths[spec.path]?.[spec.method], `${spec.method} ${spec.path} missing`);
    const id = doc.paths['/api/v1/articles/{id}'].get.parameters[0];
    assert.deepEqual([id.name, id.in, id.required, id.schema.type], ['id', 'path', true, 'integer']);
    const format = doc.paths['/api/v1/export'].get.parameters.find((p: { name: string }) => p.name === 'format');
    assert.deepEqual(format.schema.enum, ['jsonl', 'csv']);
    assert.equal(doc.components.schemas.Error.properties.error.required.length, 2);
  });

  it('should hand out the archive as a consistent SQLite file', async () => {
    const res = await get(`${s.url}/data/baoku.sqlite`);
    assert.equal(res.status, 200);
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.equal(bytes.subarray(0, 16).toString('latin1'), 'SQLite format 3\0');
    const copy = new Database(bytes);
    try {
      assert.equal((copy.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, s.store.counts().articles);
    } finally {
      copy.close();
    }
  });
});
