// Does extraction keep pace with ingest? Prints chars/s of the enrich stage (rules alone, and rules with the
// learned NER model, ingest --ner), and of the model alone tagging the pages' text sentence by sentence, beside the
// bare pipeline (read + repair + layout, no enrich) over the same pages, run
// side by side in the same process: several rounds, alternating the order, medians of CPU time (the steady
// clock on a shared machine). The corpus repeats the seed pages and the example edition.
//   node dist/bench/enrich.js [--pages N] [--rounds N]
import { parseArgs } from 'node:util';
import { processPage } from '../src/pipeline.js';
import { enrichPage } from '../src/enrich/index.js';
import { loadNerModel } from '../src/enrich/ner/load.js';
import { recognize } from '../src/enrich/ner/recognize.js';
import type { PageRecord } from '../src/store/types.js';
import { benchPages } from './corpus.js';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '90' }, rounds: { type: 'string', default: '3' } } });
const count = Number(values.pages);
const rounds = Number(values.rounds);

const pages = benchPages(count);
const chars = pages.reduce((n, b) => n + b.toString('utf8').length, 0);

function cpu(fn: () => void): number {
  const c = process.cpuUsage();
  fn();
  const used = process.cpuUsage(c);
  return (used.user + used.system) / 1e6;
}

const model = loadNerModel();
let records: PageRecord[] = [];
const bare = () => cpu(() => (records = pages.map((bytes) => processPage({ bytes, sourceFile: 'bench.txt' }, { enrich: false }))));
const texts = pages.map((b) => b.toString('utf8'));
const tag = () => cpu(() => texts.forEach((text) => recognize(text, model!, { rules: false })));
const enrich = (withModel: boolean) => () =>
  cpu(() => records.forEach((r) => enrichPage(r.page, { paper: r.edition.paper, date: r.edition.date, model: withModel ? model : null })));

bare(); // warm up: dictionaries, the model, the JIT
enrich(true)();
const runs = { bare: [] as number[], rules: [] as number[], model: [] as number[], tag: [] as number[] };
for (let round = 0; round < rounds; round++) {
  runs.bare.push(bare());
  runs.tag.push(tag());
  const order = round % 2 === 0 ? (['rules', 'model'] as const) : (['model', 'rules'] as const);
  for (const which of order) runs[which].push(enrich(which === 'model')());
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (s: number) => `${(chars / s / 1000).toFixed(0).padStart(6)} k chars/s`;
const b = median(runs.bare);
console.log(`${count} pages, ${chars} chars, ${rounds} rounds, median CPU time, Node ${process.version}`);
const line = (what: string, seconds: number) => console.log(`${what.padEnd(36)}${rate(seconds)}   ${(b / seconds).toFixed(2)}× the bare pipeline`);
line('bare pipeline (read+repair+layout)', b);
line('enrich, rules alone', median(runs.rules));
line('enrich, rules + NER model', median(runs.model));
line('NER model alone (tagging)', median(runs.tag));
line('pipeline + enrich (rules)', b + median(runs.rules));
line('pipeline + enrich (rules + model)', b + median(runs.model));
