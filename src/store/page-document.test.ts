import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, type Edit } from '../model/index.js';
import { processPage } from '../pipeline.js';
import { examplesDir, seedDir } from '../../test/paths.js';
import { fixtureRecord } from './fixture-record.js';
import { restorable } from './page-document.js';
import { migrate } from './schema.js';
import { openSqliteStore, type SqliteStore } from './sqlite.js';
import type { PageRecord } from './types.js';

/** The seed pages and the example edition (GBK and Big5 pages too) as the pipeline renders them. */
const realRecords = (): PageRecord[] => {
  const files = [
    ...readdirSync(seedDir).map((f) => join(seedDir, f)),
    ...readdirSync(join(examplesDir, 'yunxi-2025-03-10')).map((f) => join(examplesDir, 'yunxi-2025-03-10', f)),
  ];
  return files.map((f) => processPage({ bytes: readFileSync(f), sourceFile: f }, { enrich: false }));
};

const documentOf = (store: SqliteStore, pageId: number) =>
  store.db.prepare<[number], string>('SELECT document FROM pages WHERE id = ?').pluck().get(pageId)!;

/** Parts of the stored document that are pointers rather than the model's own values. */
const pointers = (document: string): string[] => {
  const page = JSON.parse(document) as { source: { text: unknown }; edits: unknown; layout: { articles: unknown } };
  return [page.source.text, page.edits, page.layout.articles].flatMap((v) => (Array.isArray(v) || typeof v === 'string' ? [] : [(v as { in: string }).in]));
};

describe('the stored page document', () => {
  it('should give back every real page exactly while storing its text, edits and articles once', () => {
    const store = openSqliteStore(':memory:');
    const records = realRecords();
    const rules = new Set<string>();
    const byId = new Map<number, PageRecord>();
    for (const record of records) {
      const { status, pageId } = store.ingest(record);
      if (status !== 'added') continue; // 02.gbk.txt and 02.txt are one page in two encodings
      byId.set(pageId, record);
      record.page.edits.forEach((e) => rules.add(`${e.layer}:${e.confidence === undefined ? 'plain' : 'scored'}`));
      const document = documentOf(store, pageId);
      assert.deepEqual(pointers(document), ['pages.text', 'all_edits', 'articles.document'], record.sourceFile ?? '');
      assert.ok(document.length < JSON.stringify(record.page).length / 2, record.sourceFile ?? '');
      assert.ok(JSON.stringify(store.page(pageId)!.page) === JSON.stringify(record.page), record.sourceFile ?? '');
      assert.equal(JSON.parse(document).edits.count, record.page.edits.length);
      const whole = store.db.prepare<[number], string>('SELECT document FROM page_documents WHERE page_id = ?').pluck().get(pageId)!;
      assert.deepEqual(JSON.parse(whole), JSON.parse(JSON.stringify(record.page)), `page_documents: ${record.sourceFile}`);
    }
    // The pages exercise edit rows, scored edits (confidence, candidates) and index-layer batches.
    assert.deepEqual([...rules].sort(), ['display:plain', 'display:scored', 'index:plain']);
    const pages = store.pages();
    assert.equal(pages.length, byId.size);
    for (const p of pages) assert.ok(JSON.stringify(p.page) === JSON.stringify(byId.get(p.id)!.page), p.sourceFile ?? '');
    store.close();
  });

  it('should keep inline the parts that would not come back as they were', () => {
    const record = fixtureRecord();
    const raw = record.page.source.text;
    const odd: Edit = { ...edit(raw, 0, 1, 'x', 'repair/odd'), note: 'a key the edits table has no column for' } as Edit;
    record.page.edits = [...record.page.edits, odd];
    record.page.layout.articles = record.page.layout.articles.map((a) => ({ ...a })); // not the stored nodes
    const store = openSqliteStore(':memory:');
    const { pageId } = store.ingest(record);
    assert.deepEqual(pointers(documentOf(store, pageId)), ['pages.text']);
    assert.ok(JSON.stringify(store.page(pageId)!.page) === JSON.stringify(record.page));
    store.close();
  });

  it('should tell which edits come back from their row exactly', () => {
    const e = edit('青石街道', 0, 2, '青石', 'repair/ocr-confusion', 'display', { status: 'suggested', confidence: 0.25, candidates: ['清石'] });
    assert.equal(restorable(e), true);
    assert.equal(restorable({ ...e, confidence: undefined }), true); // JSON leaves it out, and so does the row
    assert.equal(restorable({ ...e, confidence: null } as unknown as Edit), false);
    assert.equal(restorable({ ...e, confidence: Number.NaN }), false);
    assert.equal(restorable({ candidates: ['清石'], ...e }), false); // key order the row cannot give back
    assert.equal(restorable({ ...e, start: 0.5 }), false);
    assert.equal(restorable({ ...e, after: '\ud800' }), false);
  });

  it('should turn the documents of an archive made before pointers into pointers, reading back the same pages', () => {
    const store = openSqliteStore(':memory:');
    const records = realRecords().slice(0, 4);
    const ids = records.map((r) => store.ingest(r).pageId);
    // As a version-4 archive stored them: the whole page inline. One page's inline edits differ from its rows
    // (edited by hand, say): that page keeps them inline, and reads as its document says.
    const inline = store.db.prepare<[string, number]>('UPDATE pages SET document = ? WHERE id = ?');
    const inlineArticle = store.db.prepare<[string, number, number]>('UPDATE articles SET document = ? WHERE page_id = ? AND seq = ?');
    records.forEach((r, i) => {
      inline.run(JSON.stringify(r.page), ids[i]!);
      r.articles.forEach((a) => inlineArticle.run(JSON.stringify(a.article), ids[i]!, a.seq));
    });
    const changed = { ...records[0]!.page, edits: records[0]!.page.edits.slice(1) };
    inline.run(JSON.stringify(changed), ids[0]!);
    store.db.exec('DROP VIEW page_documents; DROP VIEW article_documents; DROP INDEX editions_by_date');
    store.db.pragma('user_version = 4');
    migrate(store.db);
    assert.deepEqual(pointers(documentOf(store, ids[0]!)), ['pages.text', 'articles.document']);
    for (const [i, id] of ids.entries()) {
      if (i > 0) assert.deepEqual(pointers(documentOf(store, id)), ['pages.text', 'all_edits', 'articles.document']);
      assert.ok(JSON.stringify(store.page(id)!.page) === JSON.stringify(i === 0 ? changed : records[i]!.page), `page ${i}`);
    }
    store.close();
  });
});

describe('the stored article document', () => {
  const stored = (store: SqliteStore, id: number) =>
    store.db.prepare<[number], { document: string; view: string }>('SELECT a.document, d.document AS view FROM articles a JOIN article_documents d ON d.article_id = a.id WHERE a.id = ?').get(id)!;

  it('should keep every real article\'s block text once, in articles.text, and give the article back exactly', () => {
    const store = openSqliteStore(':memory:');
    for (const record of realRecords()) {
      const { status, articleIds } = store.ingest(record);
      if (status !== 'added') continue;
      record.articles.forEach((a, k) => {
        const { document, view } = stored(store, articleIds[k]!);
        const lean = JSON.parse(document) as { blocks: { text: unknown }[] };
        assert.ok(lean.blocks.every((b) => (b.text as { in?: string }).in === 'articles.text'), record.sourceFile ?? '');
        assert.ok(JSON.stringify(store.article(articleIds[k]!)!.article) === JSON.stringify(a.article), record.sourceFile ?? '');
        assert.deepEqual(JSON.parse(view), JSON.parse(JSON.stringify(a.article)), `article_documents: ${record.sourceFile}`);
      });
    }
    store.close();
  });

  it('should keep the blocks inline when the article text is not their texts joined, or holds a surrogate', () => {
    const store = openSqliteStore(':memory:');
    const record = fixtureRecord();
    const [first, second] = record.articles;
    first!.text += '\n附'; // not the blocks' texts
    second!.article.blocks[0]!.text += '𠀋';
    second!.text = second!.article.blocks.map((b) => b.text).join('\n');
    const { articleIds } = store.ingest(record);
    for (const [k, a] of [first!, second!].entries()) {
      const { document, view } = stored(store, articleIds[k]!);
      assert.ok(document === JSON.stringify(a.article));
      assert.ok(view === document);
      assert.ok(JSON.stringify(store.article(articleIds[k]!)!.article) === JSON.stringify(a.article));
    }
    store.close();
  });
});
