// ALTO and METS out: ALTO → baoku → ALTO keeps every word and box; a PDF edition exported as a METS package
// and ingested again gives the same articles; text-only pages export without coordinates; a METS file
// that points outside its folder is refused.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile, processPage } from '../src/pipeline.js';
import { readAlto, readMets } from '../src/read/index.js';
import { writeAlto } from '../src/write/index.js';
import { ingest } from '../src/cli/ingest.js';
import { exportArticles } from '../src/cli/export.js';
import { openSqliteStore } from '../src/store/index.js';
import type { PageRecord } from '../src/store/types.js';
import { fixture, type FixtureEdition } from './newspaper/edition.js';
import { articleSummary } from './newspaper/score.js';
import { repoRoot } from './paths.js';

let ed: FixtureEdition;
const dir = mkdtempSync(join(tmpdir(), 'baoku-formats-'));
const quiet = { write: () => true } as never;
before(async () => {
  ed = await fixture();
});
after(() => rmSync(dir, { recursive: true, force: true }));

const words = (xml: Uint8Array | string) =>
  readAlto(typeof xml === 'string' ? new TextEncoder().encode(xml) : xml)
    .flatMap((p) => p.lines.flatMap((l) => l.words ?? []))
    .map((w) => `${w.text}@${[w.box.x, w.box.y, w.box.width, w.box.height].map(Math.round).join(',')}`)
    .sort();

describe('ALTO and METS export', () => {
  it('should give back every word with its box when ALTO goes through baoku and out again', async () => {
    for (const alto of ed.alto) {
      const [record] = await processFile({ bytes: alto });
      const { xml } = writeAlto(record!.page, { idPrefix: 'P1', number: record!.pageNumber });
      assert.deepEqual(words(xml), words(alto));
    }
  });

  it('should keep units, hyphens and word confidences of an OCR ALTO file through baoku', async () => {
    const alto = readFileSync(join(repoRoot, 'test', 'fixtures', 'alto', 'ocr-v2-mm10.xml'));
    const [record] = await processFile({ bytes: alto });
    const { xml } = writeAlto(record!.page);
    const [back] = readAlto(new TextEncoder().encode(xml));
    const [orig] = readAlto(alto);
    assert.equal(back!.unit, 'mm10');
    const wcs = (p: typeof orig) => p!.lines.flatMap((l) => (l.words ?? []).map((w) => `${w.text}:${w.wc}`)).sort();
    assert.deepEqual(wcs(back), wcs(orig));
    assert.deepEqual(back!.lines.filter((l) => l.hyphen).map((l) => l.text), ['青梧湿地观测站记录到小天鹅、Cyg']);
    assert.deepEqual([record!.pageNumber, record!.edition.paper, record!.page.layout.articles[0]!.headline?.text], [5, '云溪报', '湿地迎来首批越冬候鸟']);
    // The hyphenated word is whole in the text (the hyphen lives on the line, for export).
    assert.match(record!.articles[0]!.text, /小天鹅、Cygnus columbianus等候鸟/u);
  });

  it('should export a text-only page as line blocks without coordinates', () => {
    const record = processPage({ bytes: ed.text[3]! });
    const { xml, blocks } = writeAlto(record.page);
    assert.ok(!/HPOS=/.test(xml));
    assert.match(xml, /CONTENT="东湖菜场完成升级改造重新开张"/u);
    assert.equal(blocks.length, ed.pages[3]!.order.length);
  });

  it('should export a PDF edition as a METS package that ingests back into the same articles', async () => {
    const pdf = join(dir, 'edition.pdf');
    writeFileSync(pdf, ed.editionPdf);
    const first = join(dir, 'first.db');
    assert.equal(await ingest([pdf, '--db', first], quiet, quiet), 0);
    const out = join(dir, 'export');
    assert.equal(await exportArticles(['--format', 'mets', '--db', first, '--out', out], quiet), 0);
    const [folder] = readdirSync(out);
    assert.match(folder!, /^云溪报-2025-06-02-\d+$/u);
    const issue = readMets(readFileSync(join(out, folder!, 'mets.xml')));
    assert.deepEqual([issue.paper, issue.date, issue.pages.map((p) => p.number)], ['云溪报', '2025-06-02', [1, 2, 3, 4]]);
    assert.equal([...issue.blocks.values()].flat().length > 20, true);

    const second = join(dir, 'second.db');
    assert.equal(await ingest([join(out, folder!), '--db', second], quiet, quiet), 0);
    const stored = (db: string) => {
      const store = openSqliteStore(db, { readonly: true });
      const records = store.pages().map((p) => ({ articles: p.page.layout.articles.map((article) => ({ article })) }) as unknown as PageRecord);
      const counts = store.counts();
      store.close();
      return { summary: articleSummary(records), pages: counts.pages };
    };
    assert.deepEqual(stored(second), stored(first));
  });

  it('should pick the reader by content, not by the file name', async () => {
    const html = join(dir, 'looks-like-text.txt');
    writeFileSync(html, readFileSync(join(repoRoot, 'test', 'fixtures', 'html', '2025-06-02-02-elevators.html')));
    const pdf = join(dir, 'no-extension');
    writeFileSync(pdf, ed.pagePdfs[2]!);
    const db = join(dir, 'sniff.db');
    assert.equal(await ingest([html, pdf, '--db', db], quiet, quiet), 0);
    const store = openSqliteStore(db, { readonly: true });
    const formats = store.pages().map((p) => [p.page.source.format, p.page.layout.articles[0]?.headline?.text]);
    store.close();
    assert.deepEqual(formats.sort(), [
      ['html', '云溪区启动加装电梯三年行动'],
      ['pdf', '青梧书房试运营首月迎客三万人次'],
    ]);
  });

  it('should refuse a METS file that names a file outside its folder, storing nothing', async () => {
    const pkg = join(dir, 'hostile');
    rmSync(pkg, { recursive: true, force: true });
    const mets = `<?xml version="1.0"?><mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink"><mets:fileSec><mets:fileGrp USE="FULLTEXT"><mets:file ID="F1" MIMETYPE="text/xml"><mets:FLocat LOCTYPE="URL" xlink:href="../first.db"/></mets:file></mets:fileGrp></mets:fileSec><mets:structMap TYPE="PHYSICAL"><mets:div TYPE="page"><mets:fptr FILEID="F1"/></mets:div></mets:structMap></mets:mets>`;
    mkdirSync(pkg);
    writeFileSync(join(pkg, 'mets.xml'), mets);
    const db = join(dir, 'hostile.db');
    let said = '';
    const err = { write: (s: string) => ((said += s), true) } as never;
    assert.equal(await ingest([pkg, '--db', db], quiet, err), 1);
    assert.match(said, /points outside its folder/);
    const store = openSqliteStore(db, { readonly: true });
    assert.equal(store.counts().pages, 0);
    store.close();
  });
});
