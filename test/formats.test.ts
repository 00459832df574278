// Born-digital and library formats end to end: a generated four-page edition (our own stories, set in 2–5
// columns with spanning headlines, kickers, captions, a boxed sidebar, a jump and two articles side by
// side) read from PDF and ALTO in the order it was set, laid out like the same pages as extracted text,
// stored with the PDF kept once; hostile and broken files refused with nothing stored.
import { describe, it, before } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import { InputError } from '../src/model/index.js';
import { processFile, processPage } from '../src/pipeline.js';
import { ingestFile } from '../src/archive.js';
import { openSqliteStore } from '../src/store/index.js';
import type { PageRecord } from '../src/store/types.js';
import { fixture, type FixtureEdition } from './newspaper/edition.js';
import * as stories from './newspaper/stories.js';
import { repoRoot } from './paths.js';
import { articleSummary as summary, paragraphsOf, readingOrderScore } from './newspaper/score.js';

let ed: FixtureEdition;
/** The edition PDF as read once, for the tests that only look at what came out. */
let split: PageRecord[];
before(async () => {
  ed = await fixture();
  split = await processFile({ bytes: ed.editionPdf, sourceFile: 'edition.pdf' });
});

describe('formats', () => {
  it('should read every generated page in the order it was set (score ≥ 0.98), from PDF and ALTO', async () => {
    assert.equal(split.length, ed.pages.length);
    const rows: string[][] = [];
    const check = (name: string, record: PageRecord, want: readonly string[]) => {
      const score = readingOrderScore(paragraphsOf(record.page.source), want);
      rows.push([name, String(want.length), score.toFixed(3)]);
      assert.ok(score >= 0.98, `${name}: reading order ${score.toFixed(3)}\n${paragraphsOf(record.page.source).join('\n')}`);
    };
    for (const [i, page] of ed.pages.entries()) {
      const columns = new Set(page.texts.filter((t) => /-c\d+$/.test(t.block)).map((t) => t.block)).size;
      const name = `第${page.number}版 (${columns} column segments)`;
      check(`${name} edition PDF`, split[i]!, page.order);
      check(`${name} page PDF`, (await processFile({ bytes: ed.pagePdfs[i]! }))[0]!, page.order);
      check(`${name} ALTO v${i % 2 === 0 ? 4 : 2}`, (await processFile({ bytes: ed.alto[i]! }))[0]!, page.order);
    }
    console.log(`\nreading order (1 − normalised paragraph edit distance)\n${rows.map((r) => `  ${r[0]!.padEnd(44)} ${r[1]!.padStart(3)} paragraphs  ${r[2]}`).join('\n')}`);
  });

  it('should lay out PDF and ALTO pages into the articles the text path makes of the same stories', async () => {
    const fromText = ed.text.map((bytes) => processPage({ bytes }));
    const fromPdf = split;
    const fromAlto = (await Promise.all(ed.alto.map((bytes) => processFile({ bytes })))).flat();
    assert.deepEqual(summary(fromPdf), summary(fromText));
    assert.deepEqual(summary(fromAlto), summary(fromText));
  });

  it('should take kicker, headline and subheadline from type sizes, and page facts from the running head', async () => {
    const [p1, p2, p3] = split;
    const [a, b] = p1!.articles.map((r) => r.article);
    assert.equal(a!.kicker?.text, '老旧小区改造再提速');
    assert.equal(a!.headline?.text, '云溪区启动加装电梯三年行动');
    assert.equal(b!.jumpTo?.page, 2);
    assert.deepEqual(a!.blocks.filter((x) => x.type === 'caption').map((x) => x.text), ['槐荫新村居民试乘新装电梯']);
    assert.deepEqual(p2!.articles.map((r) => r.article.headline?.text), ['云溪湾滨水步道全线贯通', '步道开放时间', '家门口的健康驿站开到第十二家']);
    assert.equal(p3!.articles[1]!.article.kicker?.text, '志愿云溪');
    assert.deepEqual([p2!.pageNumber, p2!.edition.paper, p2!.edition.date], [2, '云溪报', '2025-06-02']);
  });

  it('should lay out a digital-edition HTML page like the same story as extracted text, with its date line', async () => {
    const html = readFileSync(join(repoRoot, 'test', 'fixtures', 'html', '2025-06-02-02-elevators.html'));
    const [fromHtml] = await processFile({ bytes: html });
    const s = stories.elevators;
    // The same story as a text extraction of that page would give it (the HTML carries a shortened version).
    const body = [
      s.paragraphs[0]!,
      '据介绍，今年全区计划完成加装电梯一百二十台，重点覆盖东湖街道、南岸街道等老旧小区较为集中的片区。',
      '在资金保障方面，区财政对每台电梯的补贴标准由二十万元提高至二十八万元，居民出资比例平均下降约三成。',
      '“以前下楼买菜要歇三回，现在按个按钮就到楼下了。”家住槐荫新村的七旬居民龚秀兰说。',
      '区住建委负责人表示，下一步将把单台工期从九十天压缩到六十天以内。(来源:区委办)',
    ];
    const text = [s.kicker, s.headline, s.subheadline, s.byline, ...body.map((p) => p.replace(/^\u3000+/u, ''))].join('\n\n');
    const fromText = processPage({ bytes: new TextEncoder().encode(`\n\n${text}`) });
    assert.deepEqual(summary([fromHtml!]), summary([fromText]));
    assert.deepEqual([fromHtml!.edition.paper, fromHtml!.edition.date, fromHtml!.edition.totalIssue, fromHtml!.pageNumber], ['云溪报', '2025-06-02', 1832, 2]);
  });

  it('should store a whole-edition PDF once, its pages pointing at it, link the jump, and re-ingest as a no-op', async () => {
    const store = openSqliteStore(':memory:');
    const first = await ingestFile(store, { bytes: ed.editionPdf, sourceFile: 'yunxi-2025-06-02.pdf' });
    assert.deepEqual(first.map((r) => r.status), ['added', 'added', 'added', 'added']);
    assert.equal(first.reduce((n, r) => n + r.linked, 0), 1);
    const files = store.db.prepare('SELECT count(*) AS n, sum(length(raw)) AS bytes FROM files').get() as { n: number; bytes: number };
    assert.deepEqual(files, { n: 1, bytes: ed.editionPdf.length });
    assert.deepEqual(Buffer.from(store.pageBytes(first[2]!.pageId)!), Buffer.from(ed.editionPdf));
    const again = await ingestFile(store, { bytes: ed.editionPdf });
    assert.deepEqual(again.map((r) => r.status), ['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    assert.equal(store.counts().pages, 4);
    store.close();
  });

  it('should refuse encrypted, truncated, image-only and hostile files with the reason, storing nothing', async () => {
    const store = openSqliteStore(':memory:');
    await ingestFile(store, { bytes: ed.pagePdfs[3]! });
    const before = store.counts();
    const refuse = async (bytes: Uint8Array, code: string, pattern: RegExp) => {
      await assert.rejects(ingestFile(store, { bytes }), (e: unknown) => e instanceof InputError && e.code === code && pattern.test(e.message));
    };
    await refuse(ed.editionPdf.slice(0, Math.floor(ed.editionPdf.length / 2)), 'pdf_corrupt', /truncated or damaged/);
    await refuse(await encrypted(), 'pdf_encrypted', /needs a password/);
    await refuse(await imageOnly(), 'pdf_image_only', /needs OCR/);
    const laughs = `<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><alto><Layout><Page><PrintSpace><TextBlock><TextLine><String CONTENT="&b;"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>`;
    await refuse(new TextEncoder().encode(laughs), 'xml_doctype', /never expands declared entities/);
    const truncatedAlto = ed.alto[0]!.slice(0, 5000);
    await refuse(truncatedAlto, 'bad_xml', /never closed|unterminated/);
    assert.deepEqual(store.counts(), before);
    store.close();
  });
});

/** A PDF whose standard security handler wants a user password (the empty one does not open it). */
async function encrypted(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(ed.pagePdfs[3]!);
  const ctx = doc.context;
  const key = PDFHexString.of('6e6f742061207265616c206b6579206e6f7420612072656a6c206b6579212121');
  ctx.trailerInfo.Encrypt = ctx.obj({ Filter: PDFName.of('Standard'), V: PDFNumber.of(1), R: PDFNumber.of(2), O: key, U: key, P: PDFNumber.of(-4) });
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of('00112233445566778899aabbccddeeff'), PDFHexString.of('00112233445566778899aabbccddeeff')]);
  return doc.save({ useObjectStreams: false });
}

/** A scanned page: a picture and no text. */
async function imageOnly(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // A 1×1 grey PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64');
  const image = await doc.embedPng(png);
  doc.addPage([842, 1191]).drawImage(image, { x: 0, y: 0, width: 842, height: 1191 });
  return doc.save();
}
