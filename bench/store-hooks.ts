// What storing a page costs on the path `baoku ingest` takes, part by part: the bare store (what bench/ingest
// times), then with jump stitching after each page (archive.ts), and with each part that keeps its tables in
// step inside the ingest transaction (store.onIngest: search index, knowledge layer, archive spellings).
// The same records (made once, enrich on) go into a fresh file per variant and round; CPU time per page, the
// median of the rounds. Run at two corpus sizes to see which parts grow with the archive.
//   node dist/bench/store-hooks.js [--pages 90] [--rounds 3] [--only bare,stitch,search,knowledge,spellings]
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { archiveSpellings } from '../src/archive.js';
import { attachKnowledge } from '../src/knowledge/index.js';
import { stitchJumps } from '../src/layout/index.js';
import { processPage } from '../src/pipeline.js';
import { attachSearchIndex } from '../src/search/index.js';
import { openSqliteStore, type SqliteStore } from '../src/store/index.js';
import { benchPages } from './corpus.js';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '90' }, rounds: { type: 'string', default: '3' }, only: { type: 'string', default: '' } },
});
const pages = benchPages(Number(values.pages));
const chars = pages.reduce((n, b) => n + b.toString('utf8').length, 0);
const records = pages.map((bytes) => processPage({ bytes, sourceFile: 'bench.txt' }, { enrich: true }));

const variants: Record<string, { attach: (store: SqliteStore) => void; stitch?: boolean }> = {
  bare: { attach: () => {} },
  stitch: { attach: () => {}, stitch: true },
  spellings: { attach: (s) => void archiveSpellings(s) },
  knowledge: { attach: attachKnowledge },
  search: { attach: (s) => void attachSearchIndex(s) },
};
const only = values.only.split(',').filter(Boolean);
const chosen = Object.entries(variants).filter(([name]) => only.length === 0 || only.includes(name));

function run({ attach, stitch }: (typeof variants)[string]): number {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-bench-'));
  try {
    const store = openSqliteStore(join(dir, 'bench.db'));
    attach(store);
    const start = process.cpuUsage();
    for (const record of records) {
      const result = store.ingest(record);
      if (!stitch || result.status !== 'added') continue;
      // As archive.ts does after each page.
      const parts = store.editionArticles(result.editionId, { jumping: true });
      const current = new Map(parts.map((p) => [p.id, p.continuesTo]));
      for (const link of stitchJumps(parts).links) if (current.get(link.from) !== link.to) store.linkJump(link.from, link.to);
    }
    store.close();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = new Map(chosen.map(([name]) => [name, [] as number[]]));
for (let round = 0; round < Number(values.rounds); round++) for (const [name, v] of chosen) seconds.get(name)!.push(run(v));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`${records.length} pages, ${chars.toLocaleString('en-US')} chars; ${values.rounds} rounds (node ${process.version})`);
console.log('store with               CPU ms/page   chars/CPU-s');
for (const [name, xs] of seconds) {
  const s = median(xs);
  console.log(`${name.padEnd(22)}${((s / records.length) * 1000).toFixed(2).padStart(12)}${Math.round(chars / s).toLocaleString('en-US').padStart(14)}`);
}
