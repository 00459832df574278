// How fast does a page go through read + repair + layout + store? Prints chars/s on one core against the
// bare jieba pass over the same text (the cheapest thing any Chinese pipeline does), run in the same process.
// The corpus is made at bench time by repeating the seed pages with a varying tag, so every page is new to
// the store (no idempotent short-cut).
//   node dist/bench/ingest.js [--pages N]
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { processPage } from '../src/pipeline.js';
import { openSqliteStore } from '../src/store/index.js';
import { segment } from '../src/text/segment.js';
import { seedDir, examplesDir } from '../test/paths.js';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '400' } } });
const count = Number(values.pages);

const sources = [
  ...readdirSync(seedDir).map((f) => join(seedDir, f)),
  ...['01', '02', '03', '04'].map((n) => join(examplesDir, 'yunxi-2025-03-10', `${n}.txt`)),
].map((f) => readFileSync(f, 'utf8'));
const pages = Array.from({ length: count }, (_, i) => Buffer.from(`${sources[i % sources.length]}\n\n第${i}号`, 'utf8'));
const chars = pages.reduce((n, b) => n + b.toString('utf8').length, 0);

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

segment('预热'); // load the dictionary outside the timings
processPage({ bytes: pages[0]!, sourceFile: 'warmup.txt' });

const dir = mkdtempSync(join(tmpdir(), 'baoku-bench-'));
const store = openSqliteStore(join(dir, 'bench.db'));
let articles = 0;
const tPipeline = time(() => {
  for (const bytes of pages) articles += processPage({ bytes, sourceFile: 'bench.txt' }).articles.length;
});
const records = pages.map((bytes) => processPage({ bytes, sourceFile: 'bench.txt' }));
const tStore = time(() => {
  for (const r of records) store.ingest(r);
});
store.close();
rmSync(dir, { recursive: true, force: true });
const texts = pages.map((b) => b.toString('utf8'));
const tJieba = time(() => {
  for (const t of texts) segment(t);
});

const rate = (s: number) => Math.round(chars / s);
const fmt = (n: number) => n.toLocaleString('en-US');
console.log(`corpus: ${count} pages, ${fmt(chars)} chars, ${articles} articles (node ${process.version})`);
console.log(`read+repair+layout      ${fmt(rate(tPipeline))} chars/s`);
console.log(`store (SQLite, WAL)     ${fmt(rate(tStore))} chars/s`);
console.log(`read+repair+layout+store ${fmt(rate(tPipeline + tStore))} chars/s`);
console.log(`bare jieba cut          ${fmt(rate(tJieba))} chars/s`);
console.log(`ratio pipeline+store / jieba: ${(tJieba / (tPipeline + tStore)).toFixed(2)}`);
