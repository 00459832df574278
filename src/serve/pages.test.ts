// The reader's pages over real HTTP: what each shows, its title and canonical URL, the security headers,
// and that newspaper text full of markup renders as inert text everywhere it appears.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { archiveServer, get, type ArchiveServer } from '../../test/serve-archive.js';

const page = async (s: ArchiveServer, path: string, status = 200) => {
  const res = await get(`${s.url}${path}`);
  assert.equal(res.status, status, path);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  return { res, text: await res.text() };
};

/** Every <script …> start tag in a document. */
const scripts = (text: string) => [...text.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);

describe('reader pages', () => {
  let s: ArchiveServer;
  let hostile: number;
  let talent: number;
  before(async () => {
    s = await archiveServer();
    const rows = [...s.store.exportArticles()];
    hostile = rows.find((r) => r.date === '2025-03-17')!.id;
    talent = rows.find((r) => r.headline === '云溪区召开人才工作大会' && r.page === 1)!.id;
  });
  after(() => s.close());

  it('should show the latest edition, the calendar and the statistics on the home page', async () => {
    const { res, text } = await page(s, '/');
    assert.match(res.headers.get('content-security-policy')!, /default-src 'none'; script-src 'self'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(text, /<title>报库<\/title>/);
    assert.match(text, /<link rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/">/);
    assert.match(text, /最新一期:<a href="\/editions\/\d+">云溪报 2025年3月17日/);
    assert.match(text, /<caption>2025年3月<\/caption>/);
    assert.match(text, /<b>5<\/b>版/);
    assert.match(text, /<main id="main"/);
  });

  it('should show an edition with its page index and every page', async () => {
    const edition = s.store.editions().find((e) => e.date === '2025-03-10')!;
    const { text } = await page(s, `/editions/${edition.id}`);
    assert.match(text, /<title>云溪报 2025年3月10日 · 报库<\/title>/);
    assert.match(text, /<a href="#page-3">03 基层治理创新推进会召开<\/a>/);
    for (const n of [1, 2, 3, 4]) assert.match(text, new RegExp(`<section class="page" id="page-${n}"`));
  });

  it('should show an article with its headline block, byline, jump link, original text and JSON-LD', async () => {
    const { text } = await page(s, `/articles/${talent}`);
    assert.match(text, /<h1 id="headline">云溪区召开人才工作大会<\/h1>/);
    assert.match(text, /<p class="kicker">聚才兴业 共谋发展<\/p>/);
    assert.match(text, /<p class="byline">记者 <a href="\/people\/\d+">周沐阳<\/a> <a href="\/people\/\d+">唐可欣<\/a><\/p>/);
    assert.match(text, /<h3>人物<\/h3><ul><li><a href="\/people\/\d+">林泽远<\/a> <span class="muted">区委书记<\/span><\/li>/);
    assert.match(text, /<a href="\/articles\/\d+" rel="next">下转第2版 →<\/a>/);
    assert.match(text, /<details class="original" id="original">/);
    assert.match(text, /<mark class="edit applied" id="edit-1" title="repair\/join-broken-lines">/);
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(text)!;
    const data = JSON.parse(ld[1]!) as Record<string, unknown>;
    assert.equal(data['@type'], 'NewsArticle');
    assert.equal(data.headline, '云溪区召开人才工作大会');
    assert.equal(data.datePublished, '2025-03-10');
  });

  it('should mark pages printed in traditional script as zh-Hant', async () => {
    const row = [...s.store.exportArticles()].find((r) => r.headline === '雲溪區召開基層治理創新推進會')!;
    const { text } = await page(s, `/articles/${row.id}`);
    assert.match(text, /<main id="main" tabindex="-1" lang="zh-Hant">/);
    assert.match((await page(s, `/articles/${talent}`)).text, /<main id="main" tabindex="-1" lang="zh-Hans">/);
    // The reader marks display repairs only; the API gives the index layer's script folding as well.
    assert.doesNotMatch(text, /title="repair\/fold-script"/);
    const api = (await (await get(`${s.url}/api/v1/articles/${row.id}`)).json()) as { edits: { rule: string; layer: string }[] };
    assert.ok(api.edits.filter((e) => e.rule === 'repair/fold-script' && e.layer === 'index').length > 50);
  });

  it('should render markup and attribute breakers in newspaper text as inert text', async () => {
    const { text } = await page(s, `/articles/${hostile}`);
    // Only our own two script elements: the site script and the JSON-LD block.
    assert.deepEqual(scripts(text).map((t) => /src=|ld\+json/.test(t)), [true, true]);
    assert.ok(text.includes('便民&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(text.includes('&lt;img src=x onerror=alert(2)&gt;'));
    assert.ok(text.includes('&quot; onmouseover=&quot;alert(3)&quot;'));
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(text)![1]!;
    assert.ok(ld.includes('\\u003c/script>'), 'JSON-LD must not close its element early');
    // Outside the JSON-LD block no raw quote may precede the handler: it would end an attribute.
    assert.doesNotMatch(text.replace(ld, ''), /<img|" onmouseover/);
    const edition = s.store.editions().find((e) => e.date === '2025-03-17')!;
    for (const path of ['/', `/editions/${edition.id}`, `/search?q=${encodeURIComponent('服务站')}`]) {
      const other = (await page(s, path)).text;
      assert.deepEqual(scripts(other).length, 1, path);
      assert.doesNotMatch(other, /<script>alert|<img/);
    }
  });

  it('should search with marked matches, facets that narrow the query and export links', async () => {
    const { res, text } = await page(s, `/search?q=${encodeURIComponent('人才')}&from=2025-03&to=2025-03`);
    assert.match(res.headers.get('etag')!, /^W\//);
    assert.match(text, /<title>检索:人才 date:2025-03\.\.2025-03 · 报库<\/title>/);
    assert.match(text, /<a class="headline" href="\/articles\/\d+">云溪区召开<mark>人才<\/mark>工作大会<\/a>/);
    assert.match(text, /<a href="\/search\?q=%E4%BA%BA%E6%89%8D\+page%3A1&amp;from=2025-03&amp;to=2025-03">1<\/a>/);
    assert.match(text, /href="\/api\/v1\/export\?q=%E4%BA%BA%E6%89%8D\+date%3A2025-03\.\.2025-03&amp;format=csv"/);
    assert.match(text, /<input id="q" name="q" type="search" value="人才"/);
  });

  it('should explain a bad query on the search page with a 400', async () => {
    const { text } = await page(s, `/search?q=${encodeURIComponent('date:soon')}`, 400);
    assert.match(text, /<p class="error" role="alert">检索式有误:date:soon must be/);
    await page(s, '/search?from=yesterday', 400);
  });

  it('should list people and show one with the posts timeline and the articles naming them', async () => {
    const list = (await page(s, '/people')).text;
    const id = /<a href="\/people\/(\d+)">韩静秋<\/a>/.exec(list)![1]!;
    const { text } = await page(s, `/people/${id}`);
    assert.match(text, /<title>韩静秋 · 报库<\/title>/);
    assert.match(text, /<th scope="row">区长<\/th><td>云溪区政府<\/td>/);
    assert.match(text, /<a class="headline" href="\/articles\/\d+">云溪区召开人才工作大会<\/a>/);
    await page(s, '/people/999999', 404);
  });

  it('should list organisations and show one with its articles', async () => {
    const list = (await page(s, '/organisations')).text;
    const id = /<a href="\/organisations\/(\d+)">云溪大学<\/a>/.exec(list)![1]!;
    const { text } = await page(s, `/organisations/${id}`);
    assert.match(text, /<h1>云溪大学<\/h1>/);
    assert.match(text, /<a class="headline" href="\/articles\/\d+">云溪大学与我区共建未来产业学院<\/a>/);
    const search = /<a href="(\/search\?q=org%3A[^"]+)">检索<\/a>/.exec(text)![1]!;
    const found = (await page(s, search.replace(/&amp;/g, '&'))).text;
    assert.match(found, /<a class="headline" href="\/articles\/\d+">云溪大学与我区共建未来产业学院<\/a>/);
  });

  it('should show figures as a table per metric with their articles', async () => {
    const { text } = await page(s, '/figures');
    assert.match(text, /<h2 id="metric-\d+-title">区级财政收入 <span class="muted">\(亿元\)<\/span><\/h2>/);
    assert.match(text, /<td class="num">123\.45<\/td>/);
  });

  it('should answer unknown pages with 404 and bad ids with 400, as pages', async () => {
    assert.match((await page(s, '/nowhere', 404)).text, /404 找不到页面/);
    assert.match((await page(s, '/articles/999999', 404)).text, /no article 999999/);
    await page(s, '/articles/abc', 400);
  });

  it('should serve the data page and the API docs', async () => {
    assert.match((await page(s, '/data')).text, /<a href="\/data\/baoku\.sqlite" download>/);
    assert.match((await page(s, '/api')).text, /<code>\/api\/v1\/articles\/\{id\}<\/code>/);
  });

  it('should serve assets for good and answer unknown ones with 404', async () => {
    const { text } = await page(s, '/');
    const css = /href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(text)![1]!;
    const res = await get(`${s.url}${css}`);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(res.headers.get('content-type')!, /^text\/css/);
    assert.equal((await get(`${s.url}/assets/site.0000000000.css`)).status, 404);
  });
});

describe('request timeouts', () => {
  let s: ArchiveServer;
  before(async () => {
    s = await archiveServer({ requestTimeoutMs: 300, token: 't' });
  });
  after(() => s.close());

  it('should drop a request whose body never finishes arriving', async () => {
    const { connect } = await import('node:net');
    const { port } = new URL(s.url);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('POST /api/v1/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nContent-Length: 100\r\n\r\nonly a little');
      });
      let data = '';
      socket.setEncoding('utf8');
      socket.on('data', (d: string) => (data += d));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
      setTimeout(() => reject(new Error('still open after 5 s')), 5_000).unref();
    });
    assert.match(reply, /^HTTP\/1\.1 408/);
  });
});
