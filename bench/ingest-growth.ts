// Does a page cost more to ingest as the archive grows? An archive is ingested into for decades, one edition a day,
// so a step that reads what the archive holds (every mention of a name, every edition, every small search segment)
// shows up only late. This ingests the bench corpus into one fresh archive the way `baoku ingest` does — the whole
// path: pipeline with enrichment, store, search index, knowledge layer, the archive's spellings, jump stitching —
// and prints the CPU time per page for each stretch of pages, against the first stretch as the peer: a ratio near 1
// is an archive that does not slow down. The corpus repeats nine pages; each run of nine is made one day's edition
// (every date the pages print becomes that day's), so editions stay the size of a real one while the archive grows,
// and a name on one of the pages is printed again in every edition, as a district's party secretary is.
//   node dist/bench/ingest-growth.js [--pages 3000] [--step 500]
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { archiveSpellings, ingestPage } from '../src/archive.js';
import { openSqliteStore } from '../src/store/index.js';
import { attachSearchIndex } from '../src/search/index.js';
import { attachKnowledge } from '../src/knowledge/index.js';
import { benchPages } from './corpus.js';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '3000' }, step: { type: 'string', default: '500' } } });
const count = Number(values.pages);
const step = Number(values.step);
const DATE = /\d{4}\s*[年\uF98E]\s*\d{1,2}\s*月\s*\d{1,2}\s*日/gu;
/** Page i as a page of edition ⌊i / 9⌋, one a day from 2001-01-01. */
const pages = benchPages(count).map((bytes, i) => {
  const day = new Date(Date.UTC(2001, 0, 1 + Math.floor(i / 9)));
  const printed = `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
  return Buffer.from(bytes.toString('utf8').replace(DATE, printed));
});

const dir = mkdtempSync(join(tmpdir(), 'baoku-growth-'));
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e3;
};
try {
  const store = openSqliteStore(join(dir, 'growth.db'));
  attachSearchIndex(store);
  attachKnowledge(store);
  archiveSpellings(store);
  const mostMentioned = store.db.prepare("SELECT count(*) FROM mentions WHERE type = 'person' GROUP BY name ORDER BY 1 DESC LIMIT 1").pluck();
  console.log(`${count} pages in stretches of ${step}, the whole baoku ingest path (node ${process.version})`);
  const editions = store.db.prepare('SELECT count(*) FROM editions').pluck();
  console.log('pages so far   editions   articles   top name mentions   CPU ms a page   vs first stretch');
  let first = 0;
  for (let from = 0; from < count; from += step) {
    const start = cpu();
    for (let i = from; i < Math.min(count, from + step); i++) ingestPage(store, { bytes: pages[i]!, sourceFile: `bench-${i}.txt` });
    const perPage = (cpu() - start) / (Math.min(count, from + step) - from);
    first ||= perPage;
    const articles = store.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    console.log(
      `${String(Math.min(count, from + step)).padStart(13)}${String(editions.get()).padStart(11)}${String(articles).padStart(11)}${String(mostMentioned.get() ?? 0).padStart(20)}${perPage.toFixed(2).padStart(16)}${(perPage / first).toFixed(2).padStart(19)}`,
    );
  }
  store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
