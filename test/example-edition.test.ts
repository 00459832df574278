// The project's own example edition (examples/yunxi-2025-03-10) against its answer key (examples/README.md),
// through the whole archive: reader, repairs, layout, store and jump stitching.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ingestPage } from '../src/archive.js';
import { openSqliteStore } from '../src/store/index.js';
import type { ExportRow, SqliteStore } from '../src/store/index.js';
import { examplesDir } from './paths.js';

const edition = join(examplesDir, 'yunxi-2025-03-10');

describe('example edition', () => {
  let dir: string;
  let store: SqliteStore;
  let rows: ExportRow[];
  const byHeadline = (h: string) => {
    const found = rows.filter((r) => r.headline === h);
    assert.ok(found.length > 0, `no article "${h}" in ${JSON.stringify(rows.map((r) => r.headline))}`);
    return found;
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'baoku-example-'));
    store = openSqliteStore(join(dir, 'a.db'));
    for (const f of readdirSync(edition).sort()) ingestPage(store, { bytes: readFileSync(join(edition, f)), sourceFile: join(edition, f) });
    rows = [...store.exportArticles()];
  });
  after(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should gather every page under one edition with the masthead facts of page 3', () => {
    const [e, ...more] = store.editions();
    assert.equal(more.length, 0);
    assert.deepEqual([e!.paper, e!.date, e!.dateInferred, e!.issue, e!.totalIssue, e!.licence, e!.pageCount], ['云溪报', '2025-03-10', false, 9, 1801, '(B)0321', 4]);
  });
  it('should take the GBK and Big5 copies of pages 2 and 3 as the same pages', () => {
    assert.equal(store.counts().pages, 4);
    assert.deepEqual(store.pages().map((p) => p.number), [1, 2, 3, 4]);
  });
  it('should read the page index and not mistake the 18 个 headline for an entry', () => {
    const front = store.pages().find((p) => p.number === 1)!;
    assert.deepEqual(front.page.layout.index.map((x) => [x.pages, x.title]), [
      [[2], '校地携手 共建未来产业学院'],
      [[3], '基层治理创新推进会召开'],
      [[4], '观区·十年云溪:新篇章'],
    ]);
    assert.equal(rows[0]!.headline, '18个产业项目签约落户云溪');
  });
  it('should lay out page 1 as the answer key says', () => {
    const a = byHeadline('18个产业项目签约落户云溪')[0]!;
    assert.equal(a.subheadline, '“云溪湾科创走廊”三年行动计划同步发布');
    assert.equal(a.source, '来源:区发改委');
    assert.ok(a.text.includes('区委常委、宣传部长苏晓岚'));
    assert.ok(a.text.includes('专题招商推介12场'));
    assert.ok(a.text.includes('党组书记、局长陆明远') || byHeadline('云溪区召开人才工作大会')[0]!.text.includes('党组书记、局长陆明远'));
    const b = byHeadline('云溪区召开人才工作大会')[0]!;
    assert.deepEqual([b.kicker, b.byline, b.continues_to_page], ['聚才兴业 共谋发展', ['周沐阳', '唐可欣'], 2]);
  });
  it('should stitch both jumps from page 1 to their continuations on page 2', () => {
    for (const h of ['云溪区召开人才工作大会', '南岸数字港一期开园']) {
      const [head, tail] = byHeadline(h);
      assert.equal(head!.page, 1);
      assert.equal(tail!.page, 2);
      assert.equal(head!.continues_to_article, tail!.id);
      assert.equal(tail!.continued_from_article, head!.id);
      assert.equal(tail!.continued_from_page, 1);
      assert.ok(!tail!.text.includes('上接'));
    }
  });
  it('should read page 2: kicker, byline, trailing source, spaced digits', () => {
    const a = byHeadline('云溪大学与我区共建未来产业学院')[0]!;
    assert.deepEqual([a.kicker, a.byline, a.source], ['校地携手 共育新才', ['许嘉树', '宁远'], '来源:区委办']);
    assert.ok(a.text.endsWith('座谈交流。'));
    assert.ok(!/\d [\u4e00-\u9fff]|[\u4e00-\u9fff] \d/u.test(a.text));
  });
  it('should lay out the traditional page 3, with a headline printed after its body and a photo-news item', () => {
    const a = byHeadline('雲溪區召開基層治理創新推進會')[0]!;
    assert.deepEqual(a.byline, ['周沐陽', '許嘉樹']);
    assert.ok(a.text_simplified.includes('云溪区'));
    const b = byHeadline('我區召開生態環境保護暨河湖長制工作會議')[0]!;
    assert.deepEqual(b.byline, ['唐可欣']);
    assert.ok(b.text.startsWith('3月7日上午，'));
    assert.ok(!a.text.includes('3月7日上午'));
    const photo = rows.find((r) => r.kind === 'photo-news')!;
    assert.deepEqual(photo.contributors.map((c) => [c.name, c.role]), [['顧青禾', 'photographer']]);
    assert.ok(photo.text.endsWith('文化味更足。'));
    assert.equal(rows.filter((r) => r.page === 3).length, 4);
  });
  it('should keep the reprinted feature on page 4 whole, with its quoted section titles', () => {
    const [f] = rows.filter((r) => r.page === 4);
    assert.equal(rows.filter((r) => r.page === 4).length, 1);
    assert.deepEqual([f!.kind, f!.headline, f!.source], ['feature', '观区·十年云溪:新篇章', '摘编自:云溪观察']);
    assert.ok(f!.text.includes('摄影爱好者相映成趣。'));
    assert.ok(f!.text.includes('答案或许就是'));
  });
  it('should change nothing when the edition is ingested again', () => {
    const before = store.counts();
    for (const f of readdirSync(edition)) {
      assert.equal(ingestPage(store, { bytes: readFileSync(join(edition, f)), sourceFile: join(edition, f) }).status, 'unchanged');
    }
    assert.deepEqual(store.counts(), before);
  });
});
