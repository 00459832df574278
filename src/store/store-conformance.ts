// The behaviour every Store must have, as one suite each implementation runs with its own opener
// (SQLite now, PostgreSQL later). Implementation details (files, SQL) are tested beside the implementation.

import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BaokuError, NotFoundError } from '../model/index.js';
import { fixtureRecord } from './fixture-record.js';
import type { ExportRow, Store } from './types.js';

const exportFields = [
  'byline', 'continued_from_article', 'continued_from_page', 'continues_to_article', 'continues_to_page',
  'contributors', 'date', 'date_inferred', 'headline', 'id', 'issue', 'kicker', 'kind', 'page', 'page_id',
  'paper', 'seq', 'sha256', 'source', 'source_file', 'subheadline', 'text', 'text_simplified', 'total_issue',
];

export function storeConformance(name: string, open: () => Store): void {
  describe(name, () => {
    let store: Store;
    beforeEach(() => {
      store = open();
    });
    afterEach(() => store.close());

    it('should return the exact bytes and document when a page is read back', () => {
      const record = fixtureRecord({ bom: true, newline: 'crlf', issue: 12 });
      const result = store.ingest(record);
      assert.equal(result.status, 'added');
      assert.equal(Buffer.compare(Buffer.from(store.pageBytes(result.pageId) ?? []), Buffer.from(record.bytes)), 0);
      const stored = store.page(result.pageId);
      assert.deepEqual(stored?.page, record.page);
      assert.equal(stored?.sha256, record.sha256);
      assert.equal(stored?.number, 1);
      assert.equal(stored?.editionId, result.editionId);
      assert.equal(stored?.encoding, 'utf-8');
      assert.equal(stored?.sourceFile, record.sourceFile);
    });

    it('should return the article node and its flat fields when an article is read back', () => {
      const record = fixtureRecord({ articles: 2 });
      const { articleIds } = store.ingest(record);
      const second = store.article(articleIds[1] ?? -1);
      assert.deepEqual(second?.article, record.articles[1]?.article);
      assert.equal(second?.source, '来源:区投促办');
      assert.equal(second?.kind, 'photo-news');
      assert.deepEqual(second?.byline, ['李静']);
      assert.equal(store.article(articleIds[0] ?? -1)?.continues_to_page, 2);
    });

    it('should return null when the id is unknown', () => {
      assert.equal(store.page(999), null);
      assert.equal(store.pageBytes(999), null);
      assert.equal(store.article(999), null);
    });

    it('should write nothing and return the same ids when the same bytes are ingested again', () => {
      const first = store.ingest(fixtureRecord({ articles: 3 }));
      const before = store.counts();
      const again = store.ingest(fixtureRecord({ articles: 3 }));
      assert.deepEqual(again, { ...first, status: 'unchanged' });
      assert.deepEqual(store.counts(), before);
    });

    it('should return article ids in seq order when records come out of order', () => {
      const record = fixtureRecord({ articles: 3 });
      record.articles.reverse();
      const { articleIds } = store.ingest(record);
      assert.deepEqual(articleIds.map((id) => store.article(id)?.seq), [0, 1, 2]);
    });

    it('should store nothing when an ingest fails midway', () => {
      store.ingest(fixtureRecord({ salt: 'kept' }));
      const before = store.counts();
      const broken = fixtureRecord({ salt: 'broken', articles: 3, date: '2024-05-05', issue: 7 });
      const last = broken.articles[2];
      if (last) last.seq = 1; // two articles at one position: the third insert fails
      assert.throws(() => store.ingest(broken));
      assert.deepEqual(store.counts(), before);
      assert.equal(store.editions().length, 1);
    });

    it('should throw when the sha256 is not that of the bytes', () => {
      const record = fixtureRecord();
      record.sha256 = '0'.repeat(64);
      assert.throws(() => store.ingest(record), BaokuError);
      assert.equal(store.counts().pages, 0);
    });

    it('should fill missing edition fields and keep known ones when later pages know more', () => {
      const first = store.ingest(fixtureRecord({ pageNumber: 1, dateInferred: true }));
      store.ingest(fixtureRecord({ pageNumber: 2, issue: 12, totalIssue: 3456, licence: 'CN31-0099' }));
      const third = store.ingest(fixtureRecord({ pageNumber: 3, issue: 99, dateInferred: true }));
      assert.equal(third.editionId, first.editionId);
      const [edition, ...others] = store.editions();
      assert.equal(others.length, 0);
      assert.deepEqual(edition, {
        type: 'edition', id: first.editionId, paper: '青石报', date: '2024-03-01', dateInferred: false,
        issue: 12, totalIssue: 3456, licence: 'CN31-0099', pageCount: 3,
      });
    });

    it('should group pages with unknown paper and date into one edition', () => {
      const a = store.ingest(fixtureRecord({ salt: 'a', paper: null, date: null }));
      const b = store.ingest(fixtureRecord({ salt: 'b', paper: null, date: null }));
      const paperOnly = store.ingest(fixtureRecord({ salt: 'c', date: null }));
      const dateOnly = store.ingest(fixtureRecord({ salt: 'd', paper: null }));
      assert.equal(a.editionId, b.editionId);
      assert.equal(new Set([a.editionId, paperOnly.editionId, dateOnly.editionId]).size, 3);
      assert.equal(store.pages(a.editionId).length, 2);
      assert.equal(store.pages().length, 4);
    });

    it('should link both parts and drop older links when a jump is linked', () => {
      const one = store.ingest(fixtureRecord({ pageNumber: 1, articles: 2 })).articleIds;
      const two = store.ingest(fixtureRecord({ pageNumber: 2, articles: 2 })).articleIds;
      const [a = 0, d = 0] = one;
      const [b = 0, c = 0] = two;
      store.linkJump(a, b);
      assert.equal(store.article(a)?.continues_to_article, b);
      assert.equal(store.article(b)?.continued_from_article, a);
      store.linkJump(a, c); // a now continues into c: b is no longer continued from a
      assert.equal(store.article(b)?.continued_from_article, null);
      assert.equal(store.article(c)?.continued_from_article, a);
      store.linkJump(d, c); // c now continues d: a no longer continues anywhere
      assert.equal(store.article(a)?.continues_to_article, null);
      assert.equal(store.article(d)?.continues_to_article, c);
      assert.throws(() => store.linkJump(a, 999), NotFoundError);
      assert.equal(store.article(d)?.continues_to_article, c);
    });

    it('should list an edition\'s articles with their page numbers when asked for jump candidates', () => {
      const p2 = store.ingest(fixtureRecord({ pageNumber: 2, articles: 1 }));
      store.ingest(fixtureRecord({ pageNumber: 1, articles: 2 }));
      store.ingest(fixtureRecord({ pageNumber: 1, date: '2024-03-02' }));
      const candidates = store.editionArticles(p2.editionId);
      assert.deepEqual(candidates.map((c) => c.page), [1, 1, 2]);
      assert.equal(candidates[2]?.article.type, 'article');
      // A fixture page's first article ends 下转第2版, the others print no jump.
      const jumping = store.editionArticles(p2.editionId, { jumping: true });
      assert.deepEqual(jumping.map((c) => [c.page, c.article.jumpTo?.page]), [[1, 2], [2, 2]]);
    });

    it('should export every article by date, paper, page and seq when exporting', () => {
      store.ingest(fixtureRecord({ date: null, articles: 1 }));
      store.ingest(fixtureRecord({ date: '2024-03-02', pageNumber: 2, articles: 2 }));
      store.ingest(fixtureRecord({ date: '2024-03-02', pageNumber: 1, articles: 1 }));
      store.ingest(fixtureRecord({ date: '2024-03-01', paper: '白沙报', articles: 1 }));
      store.ingest(fixtureRecord({ date: '2024-03-01', paper: '白沙晚报', articles: 1 }));
      const rows: ExportRow[] = [...store.exportArticles()];
      const key = (r: ExportRow) => `${r.date} ${r.paper} ${r.page} ${r.seq}`;
      assert.deepEqual(rows.map(key), [
        '2024-03-01 白沙报 1 0',
        '2024-03-01 白沙晚报 1 0',
        '2024-03-02 青石报 1 0',
        '2024-03-02 青石报 2 0',
        '2024-03-02 青石报 2 1',
        'null 青石报 1 0',
      ]);
      for (const row of rows) assert.deepEqual(Object.keys(row).sort(), exportFields);
    });

    it('should give names as byline and the full people as contributors when exporting', () => {
      store.ingest(fixtureRecord({ articles: 1, issue: 5, totalIssue: 800 }));
      const [row] = [...store.exportArticles()];
      assert.deepEqual(row?.byline, ['王晓明', '陈思远']);
      assert.deepEqual(row?.contributors, [
        { name: '王晓明', role: 'reporter', title: '记者' },
        { name: '陈思远', role: 'correspondent', title: '通讯员' },
      ]);
      assert.equal(row?.date_inferred, false);
      assert.equal(row?.total_issue, 800);
      assert.equal(row?.text.includes('\n'), false);
    });

    it('should count editions, pages, articles and edits when asked', () => {
      store.ingest(fixtureRecord({ articles: 3, editsPerArticle: 4 }));
      store.ingest(fixtureRecord({ pageNumber: 2, articles: 1, editsPerArticle: 2 }));
      assert.deepEqual(store.counts(), { editions: 1, pages: 2, articles: 4, edits: 14 });
    });
  });
}
