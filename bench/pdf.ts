// How fast do born-digital pages go in? Prints pages/s for PDF ingest (read with pdfjs + reading order +
// repair + layout + store), with and without the operator-list pass (font names for bold, picture count),
// for ALTO and HTML, next to the text path on the same stories as the reference, run in the same process.
// The pages are the generated fixture edition (4 A3 pages, 2–5 columns); each round ingests into a fresh
// in-memory store so nothing is skipped as already stored.
//   node dist/bench/pdf.js [--rounds N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFile } from '../src/archive.js';
import { openSqliteStore } from '../src/store/index.js';
import type { PageInput, PipelineOptions } from '../src/pipeline.js';
import { fixture } from '../test/newspaper/edition.js';
import { repoRoot } from '../test/paths.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '10' } } });
const rounds = Number(values.rounds);
const ed = await fixture();
const html = readFileSync(join(repoRoot, 'test', 'fixtures', 'html', '2025-06-02-02-elevators.html'));

async function pagesPerSecond(inputs: readonly Uint8Array[], options: PipelineOptions = {}): Promise<{ rate: number; pages: number }> {
  const run = async () => {
    const store = openSqliteStore(':memory:');
    let pages = 0;
    for (const bytes of inputs) pages += (await ingestFile(store, { bytes } satisfies PageInput, options)).length;
    store.close();
    return pages;
  };
  await run(); // warm up: pdfjs's worker module, jieba's dictionary
  const t = process.hrtime.bigint();
  let pages = 0;
  for (let r = 0; r < rounds; r++) pages += await run();
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  return { rate: pages / seconds, pages };
}

const rows: [string, { rate: number; pages: number }][] = [
  ['text path (same stories)', await pagesPerSecond(ed.text)],
  ['PDF, whole edition (4 pages)', await pagesPerSecond([ed.editionPdf])],
  ['PDF, one file per page', await pagesPerSecond(ed.pagePdfs)],
  ['PDF, with font names (op. list)', await pagesPerSecond([ed.editionPdf], { pdf: { fonts: true } })],
  ['ALTO 2/4, one file per page', await pagesPerSecond(ed.alto)],
  ['HTML article page', await pagesPerSecond([html])],
];
const text = rows[0]![1].rate;
console.log(`${rounds} rounds, node ${process.version}; ingest = read + reading order + repair + layout + store (SQLite in memory)`);
for (const [name, { rate, pages }] of rows) {
  console.log(`${name.padEnd(30)} ${rate.toFixed(1).padStart(7)} pages/s  ${(rate / text).toFixed(3).padStart(6)}× text path  (${pages} pages)`);
}
