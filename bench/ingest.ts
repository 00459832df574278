// How fast does a page go through read + repair + layout + store? Prints chars/s on one core against the
// bare jieba pass over the same text (the cheapest thing any Chinese pipeline does), run side by side in the
// same process: several rounds, alternating which runs first, medians of each. On a shared machine the
// absolute numbers move with the load; the ratio to jieba is the figure to compare across runs.
// The corpus is made at bench time by repeating the seed pages with a varying tag, so every page is new to
// the store (no idempotent short-cut); every round ingests into a fresh database file.
//   node dist/bench/ingest.js [--pages N] [--rounds N]
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { processPage } from '../src/pipeline.js';
import { openSqliteStore } from '../src/store/index.js';
import type { PageRecord } from '../src/store/types.js';
import { segment } from '../src/text/segment.js';
import { seedDir, examplesDir } from '../test/paths.js';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '400' }, rounds: { type: 'string', default: '5' } } });
const count = Number(values.pages);
const rounds = Number(values.rounds);

const sources = [
  ...readdirSync(seedDir).map((f) => join(seedDir, f)),
  ...['01', '02', '03', '04'].map((n) => join(examplesDir, 'yunxi-2025-03-10', `${n}.txt`)),
].map((f) => readFileSync(f, 'utf8'));
const pages = Array.from({ length: count }, (_, i) => Buffer.from(`${sources[i % sources.length]}\n\n第${i}号`, 'utf8'));
const texts = pages.map((b) => b.toString('utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

const jiebaPass = () => time(() => texts.forEach((t) => segment(t)));

let articles = 0;
let records: PageRecord[] = [];
const pipelinePass = () =>
  time(() => {
    records = pages.map((bytes) => processPage({ bytes, sourceFile: 'bench.txt' }));
  });

/** Ingest this round's records into a fresh file; closing (the last WAL checkpoint) is part of the work. */
function storePass(): number {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-bench-'));
  try {
    const store = openSqliteStore(join(dir, 'bench.db'));
    return time(() => {
      for (const r of records) store.ingest(r);
      store.close();
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

segment('预热'); // load the dictionary outside the timings
processPage({ bytes: pages[0]!, sourceFile: 'warmup.txt' });

const samples = { jieba: [] as number[], pipeline: [] as number[], store: [] as number[], ratio: [] as number[], pipelineRatio: [] as number[] };
for (let round = 0; round < rounds; round++) {
  // Alternate the order, so neither side always runs on a warmer (or busier) machine.
  let tJieba = 0;
  if (round % 2 === 0) tJieba = jiebaPass();
  const tPipeline = pipelinePass();
  const tStore = storePass();
  if (round % 2 === 1) tJieba = jiebaPass();
  articles = records.reduce((n, r) => n + r.articles.length, 0);
  samples.jieba.push(tJieba);
  samples.pipeline.push(tPipeline);
  samples.store.push(tStore);
  samples.ratio.push(tJieba / (tPipeline + tStore));
  samples.pipelineRatio.push(tJieba / tPipeline);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const endToEnd = samples.pipeline.map((t, i) => t + samples.store[i]!);
const rate = (xs: number[]) => Math.round(chars / median(xs)).toLocaleString('en-US').padStart(11);
console.log(`corpus: ${count} pages, ${chars.toLocaleString('en-US')} chars, ${articles} articles; ${rounds} rounds (node ${process.version})`);
console.log(`read+repair+layout         ${rate(samples.pipeline)} chars/s  (median)`);
console.log(`store (SQLite, WAL)        ${rate(samples.store)} chars/s`);
console.log(`read+repair+layout+store   ${rate(endToEnd)} chars/s`);
console.log(`bare jieba cut             ${rate(samples.jieba)} chars/s`);
console.log(`ratio read+repair+layout / jieba:        ${median(samples.pipelineRatio).toFixed(3)}`);
console.log(`ratio read+repair+layout+store / jieba:  ${median(samples.ratio).toFixed(3)}  (rounds: ${samples.ratio.map((r) => r.toFixed(3)).join(' ')})`);
