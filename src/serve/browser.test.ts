// The reader in a real browser (Debian's chromium, headless, through playwright-core): a reader's path
// through the site, with screenshots under .artifacts/browser/. Fails on any console error, page error,
// dialog, or request to any host but the test server.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { archiveServer, type ArchiveServer } from '../../test/serve-archive.js';
import { repoRoot } from '../../test/paths.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const shots = join(repoRoot, '.artifacts', 'browser');

describe('reader in a browser', { timeout: 120_000 }, () => {
  let s: ArchiveServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

  before(async () => {
    mkdirSync(shots, { recursive: true });
    s = await archiveServer({ seeds: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'], timeout: 30_000 });
    context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    context.setDefaultTimeout(10_000);
    const origin = new URL(s.url).origin;
    context.on('request', (r) => {
      if (!r.url().startsWith(`${origin}/`)) problems.push(`external request: ${r.url()}`);
    });
    context.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
    page = await context.newPage();
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });

  after(async () => {
    await browser?.close();
    await s?.close();
  });

  it('should open home and reach the content by keyboard', async () => {
    await page.goto(s.url);
    assert.equal(await page.title(), '报库');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await shot('home');
  });

  it('should search 模速空间 from the box in the header', async () => {
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-q');
    await page.keyboard.type('模速空间');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const hits = page.locator('ol.hits > li');
    assert.ok((await hits.count()) >= 3);
    assert.equal(await hits.first().locator('mark').first().textContent(), '模速空间');
    assert.ok(await page.getByRole('complementary', { name: '筛选' }).isVisible());
    await shot('search');
  });

  it('should export the results from the search page', async () => {
    const total = Number(await page.locator('[role=status] b').textContent());
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'JSON Lines' }).click()]);
    const rows = readFileSync((await download.path())!, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string });
    assert.equal(rows.length, total);
    assert.ok(rows.every((r) => r.text.includes('模速空间') || r.text.includes('模速空間')));
  });

  it('should open a hit and toggle the original text with every repair marked and its rule named', async () => {
    const first = page.locator('ol.hits > li a.headline').first();
    const headline = await first.textContent();
    await first.click();
    await page.waitForURL(/\/articles\/\d+$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), headline);
    const original = page.locator('#original .original-text');
    assert.equal(await original.isVisible(), false);
    await page.getByText(/查看原文与修复/).click();
    assert.equal(await original.isVisible(), true);
    const marks = page.locator('mark.edit');
    assert.ok((await marks.count()) >= 1);
    const rule = (await marks.first().getAttribute('title'))!;
    assert.match(rule, /^repair\//);
    await marks.first().locator('sup a').click();
    assert.ok(((await page.locator(':target').textContent()) ?? '').includes(rule));
    await shot('article-original');
  });

  it('should go from the calendar to an edition and follow a jump to the continuation', async () => {
    await page.goto(s.url);
    await page.getByRole('link', { name: /云溪报 2025年3月10日/ }).first().click();
    await page.waitForURL(/\/editions\/\d+$/);
    await page.getByRole('link', { name: '03 基层治理创新推进会召开' }).click();
    await page.getByRole('link', { name: '云溪区召开人才工作大会' }).first().click();
    await page.waitForURL(/\/articles\/\d+$/);
    await shot('article');
    await page.getByRole('link', { name: /下转第2版/ }).click();
    await page.waitForURL(/\/articles\/\d+$/);
    assert.match((await page.locator('nav[aria-label="位置"]').textContent()) ?? '', /第2版/);
    assert.ok(await page.getByRole('link', { name: /上接第1版/ }).isVisible());
  });

  it('should follow a person link from the article to the person page', async () => {
    await page.goBack(); // to the first part, which names the district's leaders
    await page.getByRole('complementary', { name: '本文提到' }).getByRole('link', { name: '林泽远' }).click();
    await page.waitForURL(/\/people\/\d+$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '林泽远');
    assert.ok(await page.getByRole('rowheader', { name: '区委书记' }).isVisible());
    await page.getByRole('link', { name: '云溪区召开人才工作大会' }).first().click();
    await page.waitForURL(/\/articles\/\d+$/);
    await shot('person-back-to-article');
  });

  it('should chart figures over time', async () => {
    await page.goto(`${s.url}/figures`);
    const charts = page.locator('figure.chart svg');
    assert.ok((await charts.count()) >= 1, 'no metric with values on two dates');
    await page.locator('section.metric', { has: page.locator('figure.chart') }).first().screenshot({ path: join(shots, 'figures-chart.png') });
  });

  it('should show hostile newspaper text as text, running none of it', async () => {
    const id = [...s.store.exportArticles()].find((r) => r.date === '2025-03-17')!.id;
    await page.goto(`${s.url}/articles/${id}`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '便民<script>alert(1)</script>');
    assert.equal(await page.locator('main img').count(), 0);
    await page.getByText(/查看原文与修复/).click();
    await page.locator('.body p').first().hover();
    assert.doesNotMatch(await page.title(), /pwned/);
    await shot('hostile');
  });

  it('should export every article from the data page', async () => {
    await page.goto(`${s.url}/data`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /JSON Lines/ }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\n');
    assert.equal(lines.length, s.store.counts().articles);
    assert.equal(download.suggestedFilename(), 'baoku-export.jsonl');
  });

  it('should lay an article out for a phone', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(page.url().replace(/\/data$/, '/'));
    const id = [...s.store.exportArticles()].find((r) => r.headline === '18个产业项目签约落户云溪')!.id;
    await phone.goto(`${s.url}/articles/${id}`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'the page scrolls sideways on a phone');
    await phone.screenshot({ path: join(shots, 'article-phone.png'), fullPage: true });
    await phone.close();
  });

  it('should have seen no console error, page error, dialog or outside request', () => {
    assert.deepEqual(problems, []);
  });
});
