// Does a page cost more to ingest as the archive grows? An archive is ingested into for decades, one edition a day,
// so a step that reads what the archive holds (every mention of a name, every edition, every small search segment)
// shows up only late. This ingests the bench corpus into one fresh archive the way `baoku ingest` does — the whole
// path: pipeline with enrichment, store, search index, knowledge layer, the archive's spellings, jump stitching —
// and prints the CPU time per page for each stretch of pages, against the first stretch as the peer: a ratio near 1
// is an archive that does not slow down. The corpus repeats nine pages, so a name on one of them is printed again
// every ninth page: a stretch late in the run resolves that name over hundreds of mentions.
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
const pages = benchPages(count);

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
  console.log('pages so far   articles   top name mentions   CPU ms a page   vs first stretch');
  let first = 0;
  for (let from = 0; from < count; from += step) {
    const start = cpu();
    for (let i = from; i < Math.min(count, from + step); i++) ingestPage(store, { bytes: pages[i]!, sourceFile: `bench-${i}.txt` });
    const perPage = (cpu() - start) / (Math.min(count, from + step) - from);
    first ||= perPage;
    const articles = store.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    console.log(
      `${String(Math.min(count, from + step)).padStart(13)}${String(articles).padStart(11)}${String(mostMentioned.get() ?? 0).padStart(20)}${perPage.toFixed(2).padStart(16)}${(perPage / first).toFixed(2).padStart(19)}`,
    );
  }
  store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
