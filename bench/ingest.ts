// How fast does a page go through read + repair + layout + store (enrich, a stage of its own, left out)?
// Prints chars/s on one core against the bare jieba pass over the same text (the cheapest thing any Chinese pipeline does), run side by side in the
// same process: several rounds, alternating which runs first, medians of each. On a shared machine the
// absolute numbers move with the load; the ratio to jieba is the figure to compare across runs. Each figure
// is given by the wall clock and by this process's CPU time (what one core spends, waiting for the CPU
// excluded: the steadier of the two when other work shares the machine).
// The corpus is made at bench time by repeating the seed pages with a varying tag, so every page is new to
// the store (no idempotent short-cut); every round ingests into a fresh database file.
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
import type { PageRecord } from '../src/store/types.js';
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

function time(fn: () => void): Took {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  fn();
  const used = process.cpuUsage(c);
  return { wall: Number(process.hrtime.bigint() - t) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

const jiebaPass = () => time(() => texts.forEach((t) => segment(t)));

let articles = 0;
let records: PageRecord[] = [];
const pipelinePass = () =>
  time(() => {
    records = pages.map((bytes) => processPage({ bytes, sourceFile: 'bench.txt' }, options));
  });

/** Ingest this round's records into a fresh file; closing (the last WAL checkpoint) is part of the work. */
function storePass(): Took {
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
processPage({ bytes: pages[0]!, sourceFile: 'warmup.txt' }, options);

type Clock = keyof Took;
const samples: Record<'jieba' | 'pipeline' | 'store', Took[]> = { jieba: [], pipeline: [], store: [] };
for (let round = 0; round < rounds; round++) {
  // Alternate the order, so neither side always runs on a warmer (or busier) machine.
  const first = round % 2 === 0 ? jiebaPass() : null;
  samples.pipeline.push(pipelinePass());
  samples.store.push(storePass());
  samples.jieba.push(first ?? jiebaPass());
  articles = records.reduce((n, r) => n + r.articles.length, 0);
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
