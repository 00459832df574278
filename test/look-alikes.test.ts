// OCR look-alike repairs on real pages (the seeds, read at run time) and on the example edition against its
// answer key (examples/README.md): the misprints a careful reader spots are fixed or suggested, and nothing
// else is changed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archiveSpellings, ingestPage } from '../src/archive.js';
import { openSqliteStore } from '../src/store/index.js';
import { processPage, type PipelineOptions } from '../src/pipeline.js';
import { archiveLexicon } from '../src/repair/index.js';
import type { Edit } from '../src/model/index.js';
import { examplesDir, seedDir } from './paths.js';

const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const seedText = (n: number) => readFileSync(join(seedDir, seedFiles[n]!), 'utf8');
const run = (text: string, options: PipelineOptions = {}) => processPage({ bytes: Buffer.from(text), sourceFile: 'page.txt' }, options).page;
const misprints = (edits: readonly Edit[]) => edits.filter((e) => ['repair/ocr-confusion', 'repair/archive-spelling', 'repair/real-word-cue'].includes(e.rule));
/** "before→after" with the character after it, e.g. "人→入市", for the edits of one status. */
const seen = (raw: string, edits: readonly Edit[], status: Edit['status']) =>
  misprints(edits)
    .filter((e) => e.status === status)
    .map((e) => `${e.before}→${e.after}${raw[e.end] ?? ''}`);

describe('look-alike misprints in the seed pages', () => {
  it('should fix 習近全 to 習近平 wherever page 001 prints it and 人选 to 入选 on page 003, and apply nothing else on any seed page', () => {
    const applied = seedFiles.map((_, n) => seen(seedText(n), run(seedText(n)).edits, 'applied'));
    assert.deepEqual(applied, [[], ['全→平新', '全→平新', '全→平新'], [], ['人→入选'], []]);
  });
  it('should suggest 入市 and 接入 on page 004', () => {
    const suggested = seen(seedText(4), run(seedText(4)).edits, 'suggested');
    assert.ok(suggested.includes('人→入市'), JSON.stringify(suggested));
    assert.ok(suggested.includes('人→入上'), JSON.stringify(suggested));
  });
  it('should suggest 阶跃星辰 on page 002 when the archive already holds page 000', () => {
    const archive = archiveLexicon([seedText(0)]);
    const edits = misprints(run(seedText(2), { repair: { archive } }).edits).filter((e) => e.rule === 'repair/archive-spelling');
    assert.deepEqual(edits.map((e) => [e.before, e.after, e.status, seedText(2).slice(e.start, e.start + 4)]), [['财', '阶', 'suggested', '财跃星辰']]);
  });
});

describe('the archive\'s own spellings at ingest', () => {
  const spellingFixes = (store: ReturnType<typeof openSqliteStore>, n: number) => {
    const id = ingestPage(store, { bytes: Buffer.from(seedText(n)), sourceFile: seedFiles[n]! }).pageId;
    return store.page(id)!.page.edits.filter((e) => e.rule === 'repair/archive-spelling').map((e) => `${e.before}→${e.after}`);
  };
  it('should suggest 阶跃星辰 on page 002 ingested after page 000, not before it, and leave a re-ingest unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baoku-spellings-'));
    try {
      const first = openSqliteStore(join(dir, 'a.db'));
      assert.deepEqual(spellingFixes(first, 2), []);
      first.close();
      const store = openSqliteStore(join(dir, 'b.db'));
      assert.deepEqual([spellingFixes(store, 0), spellingFixes(store, 2)], [[], ['财→阶']]);
      const again = ingestPage(store, { bytes: Buffer.from(seedText(2)), sourceFile: seedFiles[2]! });
      assert.equal(again.status, 'unchanged');
      store.close();
      // A later process builds the same spellings from what is stored.
      const reopened = openSqliteStore(join(dir, 'b.db'));
      const terms = archiveSpellings(reopened).terms;
      assert.deepEqual([terms.get('阶跃星辰'), terms.get('财跃星辰')], [archiveLexicon([seedText(0)]).terms.get('阶跃星辰'), 1]);
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('look-alike misprints in the example edition', () => {
  const page = (name: string) => {
    const raw = readFileSync(join(examplesDir, 'yunxi-2025-03-10', name), 'utf8');
    return { raw, edits: run(raw).edits };
  };
  it('should fix 己累计, 末來 and 已人选, the three the answer key lists that the repair is sure of, and nothing else', () => {
    const applied = ['01.txt', '02.txt', '03.txt', '04.txt'].map((f) => {
      const { raw, edits } = page(f);
      return seen(raw, edits, 'applied');
    });
    assert.deepEqual(applied, [[], ['己→已累'], ['末→未來'], ['人→入选']]);
  });
  it('should suggest 接入 and 入驻 on page 2', () => {
    const { raw, edits } = page('02.txt');
    const suggested = seen(raw, edits, 'suggested');
    assert.ok(suggested.includes('人→入南') && suggested.includes('人→入驻'), JSON.stringify(suggested));
  });
  it('should render the fixes in the article text and keep the raw text as printed', () => {
    const raw = readFileSync(join(examplesDir, 'yunxi-2025-03-10', '02.txt'), 'utf8');
    const r = processPage({ bytes: Buffer.from(raw), sourceFile: '02.txt' });
    assert.ok(r.articles.some((a) => a.text.includes('已累计')));
    assert.ok(!r.articles.some((a) => a.text.includes('己累计')));
    assert.ok(r.page.source.text.includes('己累计'));
  });
});
