// How fast does a page go through read + repair + layout + store (enrich, a stage of its own, left out)?
// Prints chars/s on one core against the bare jieba pass over the same text (the cheapest thing any Chinese pipeline does), run side by side in the
// same process: several rounds, alternating which runs first, medians of each. On a shared machine the
// absolute numbers move with the load; the ratio to jieba is the figure to compare across runs. Each figure
// is given by the wall clock and by this process's CPU time (all its threads, so V8's compiler and GC helpers
// count too; waiting for the CPU excluded: the steadier of the two when other work shares the machine).
// The corpus is made at bench time by repeating the seed and example pages with a varying tag, so every page is new to
// the store (no idempotent short-cut); every round ingests into a fresh database file, page by page as
// `baoku ingest` does (a page's record is stored before the next page is read), after one untimed round.
// --ocr off runs the repairs issue 2 asks for alone (line joins, spaces, script folding), without the OCR repairs
// (look-alike confusions, real-word cues, column de-interleaving, missing/extra flags): what ingest costs
// for text that needs no OCR repair, and what the OCR repairs add.
//   node dist/bench/ingest.js [--pages N] [--rounds N] [--ocr on|off]
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { processPage, type PipelineOptions } from '../src/pipeline.js';
import { openSqliteStore } from '../src/store/index.js';
import { segment } from '../src/text/segment.js';
import { benchPages } from './corpus.js';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '400' }, rounds: { type: 'string', default: '5' }, ocr: { type: 'string', default: 'on' } },
});
const count = Number(values.pages);
const rounds = Number(values.rounds);
if (values.ocr !== 'on' && values.ocr !== 'off') throw new Error(`--ocr takes on or off, not ${values.ocr}`);
const options: PipelineOptions = values.ocr === 'on' ? { enrich: false } : { enrich: false, repair: { confusions: false, columns: false, gaps: false } };

const pages = benchPages(count);
const texts = pages.map((b) => b.toString('utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);

interface Took {
  wall: number;
  cpu: number;
}
type Part = 'jieba' | 'pipeline' | 'store';

/** Now, by the wall clock and by this process's CPU time, in seconds. */
function clocks(): Took {
  const c = process.cpuUsage();
  return { wall: Number(process.hrtime.bigint()) / 1e9, cpu: (c.user + c.system) / 1e6 };
}

const jiebaPass = (): Took => {
  const t = clocks();
  texts.forEach((text) => segment(text));
  const u = clocks();
  return { wall: u.wall - t.wall, cpu: u.cpu - t.cpu };
};

/**
 * Ingest every page into a fresh file as `baoku ingest` goes: the pipeline makes a page's record, the store
 * ingests it, and the record is dropped before the next page is read. The two are timed apart; closing the
 * store (the last WAL checkpoint) counts as storing.
 */
function ingestPass(): Record<'pipeline' | 'store', Took> & { articles: number } {
  const took = { pipeline: { wall: 0, cpu: 0 }, store: { wall: 0, cpu: 0 }, articles: 0 };
  const dir = mkdtempSync(join(tmpdir(), 'baoku-bench-'));
  try {
    const store = openSqliteStore(join(dir, 'bench.db'));
    let last = clocks();
    const lap = (part: 'pipeline' | 'store') => {
      const t = clocks();
      took[part].wall += t.wall - last.wall;
      took[part].cpu += t.cpu - last.cpu;
      last = t;
    };
    for (const bytes of pages) {
      const record = processPage({ bytes, sourceFile: 'bench.txt' }, options);
      lap('pipeline');
      store.ingest(record);
      lap('store');
      took.articles += record.articles.length;
    }
    store.close();
    lap('store');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return took;
}

// One untimed round first, so the figures are a warm process's, as in any long ingest: until V8 has compiled
// the hot code it compiles on helper threads, whose CPU time counts in the process's.
jiebaPass();
ingestPass();

type Clock = keyof Took;
const samples: Record<Part, Took[]> = { jieba: [], pipeline: [], store: [] };
let articles = 0;
for (let round = 0; round < rounds; round++) {
  // Alternate the order, so neither side always runs on a warmer (or busier) machine.
  const first = round % 2 === 0 ? jiebaPass() : null;
  const took = ingestPass();
  samples.pipeline.push(took.pipeline);
  samples.store.push(took.store);
  samples.jieba.push(first ?? jiebaPass());
  articles = took.articles;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const seconds = (stage: 'jieba' | 'pipeline' | 'store' | 'all', clock: Clock) =>
  samples.jieba.map((_, i) => (stage === 'all' ? samples.pipeline[i]![clock] + samples.store[i]![clock] : samples[stage][i]![clock]));
const rate = (stage: 'jieba' | 'pipeline' | 'store' | 'all', clock: Clock) => Math.round(chars / median(seconds(stage, clock))).toLocaleString('en-US').padStart(11);
/** Per round, jieba's time over the stage's: the stage's throughput as a share of jieba's. */
const ratios = (stage: 'pipeline' | 'all', clock: Clock) => seconds('jieba', clock).map((t, i) => t / seconds(stage, clock)[i]!);
const ratio = (stage: 'pipeline' | 'all', clock: Clock) => median(ratios(stage, clock)).toFixed(3).padStart(11);

console.log(`corpus: ${count} pages, ${chars.toLocaleString('en-US')} chars, ${articles} articles; ${rounds} rounds; OCR repairs ${values.ocr} (node ${process.version})`);
console.log(`chars/s (median)                  wall clock   CPU time`);
console.log(`read+repair+layout               ${rate('pipeline', 'wall')}${rate('pipeline', 'cpu')}`);
console.log(`store (SQLite, WAL)              ${rate('store', 'wall')}${rate('store', 'cpu')}`);
console.log(`read+repair+layout+store         ${rate('all', 'wall')}${rate('all', 'cpu')}`);
console.log(`bare jieba cut                   ${rate('jieba', 'wall')}${rate('jieba', 'cpu')}`);
console.log(`ratio to jieba (median of rounds)`);
console.log(`read+repair+layout               ${ratio('pipeline', 'wall')}${ratio('pipeline', 'cpu')}`);
console.log(`read+repair+layout+store         ${ratio('all', 'wall')}${ratio('all', 'cpu')}`);
console.log(`  rounds, wall: ${ratios('all', 'wall').map((r) => r.toFixed(3)).join(' ')}; CPU: ${ratios('all', 'cpu').map((r) => r.toFixed(3)).join(' ')}`);
