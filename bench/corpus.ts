// The benches' corpus, made at bench time: the five seed pages and the four example pages repeated to `count`
// pages, each made unique (a numbered last line) so a store never short-cuts a re-ingest.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedDir, examplesDir } from '../test/paths.js';

export function benchPages(count: number): Buffer[] {
  const sources = [
    ...readdirSync(seedDir).map((f) => join(seedDir, f)),
    ...['01', '02', '03', '04'].map((n) => join(examplesDir, 'yunxi-2025-03-10', `${n}.txt`)),
  ].map((f) => readFileSync(f, 'utf8'));
  return Array.from({ length: count }, (_, i) => Buffer.from(`${sources[i % sources.length]}\n\n第${i}号`, 'utf8'));
}
