// Writes models/ner-clusters.txt: Han characters grouped by the company they keep in unlabelled text, one
// cluster a line. The NER model reads a character's cluster as a feature, so a given-name character or a place
// ending it never saw labelled behaves like the ones it did.
//
//   npx tsc -p . && node dist/scripts/build-ner-clusters.js [--clusters N] [--out FILE]
//
// Text: SIGHAN 2005 PKU and MSR test text (raw), the CLUENER train records and People's Daily sentences that
// scripts/train-ner.ts trains on (never its held-out parts nor CLUENER dev), and each word of jieba's
// dictionary on its own. Each character is the vector of its left and right neighbours (positive PMI, the most
// frequent 600 neighbours), unit length; spherical k-means, seeded by frequency rank. Deterministic.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dict } from '@node-rs/jieba/dict.js';
import { HOLD_OUT_EVERY, parseBio, parseCluener } from '../src/enrich/ner/corpus.js';
import { repoRoot, sharedDir } from '../test/paths.js';

const { values } = parseArgs({ options: { clusters: { type: 'string', default: '256' }, out: { type: 'string', default: join(repoRoot, 'models', 'ner-clusters.txt') } } });
const CLUSTERS = Number(values.clusters);
const CONTEXTS = 600;
const MIN_COUNT = 3;
const ROUNDS = 15;

const data = join(sharedDir, 'data');
const read = (...p: string[]) => readFileSync(join(data, ...p), 'utf8');
const texts: string[] = [
  ...read('sighan2005', 'pku_test.utf8').split('\n'),
  ...read('sighan2005', 'msr_test.utf8').split('\n'),
  ...parseCluener(read('cluener2020', 'train.json')).filter((_, i) => i % HOLD_OUT_EVERY.cluenerTrain !== 0).map((s) => s.text),
  ...parseBio(read('peoples-daily-ner', 'dev.bio')).filter((_, i) => i % HOLD_OUT_EVERY.peoplesDaily !== 0).map((s) => s.text),
  ...Buffer.from(dict).toString('utf8').split('\n').map((l) => l.split(' ')[0]!),
];
const isHan = (c: string) => c >= '\u4e00' && c <= '\u9fff';

const charCount = new Map<string, number>();
for (const t of texts) for (const c of t) if (isHan(c)) charCount.set(c, (charCount.get(c) ?? 0) + 1);
const byCount = [...charCount].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const chars = byCount.map(([c]) => c);
const index = new Map(chars.map((c, i) => [c, i]));
// Contexts: the most frequent characters, then "not Han" and "edge of the text".
const contextIndex = new Map(chars.slice(0, CONTEXTS).map((c, i) => [c, i]));
const OTHER = CONTEXTS;
const EDGE = CONTEXTS + 1;
const D = 2 * (CONTEXTS + 2);
const contextOf = (c: string | undefined) => (c === undefined ? EDGE : (contextIndex.get(c) ?? (isHan(c) ? -1 : OTHER)));

const counts = chars.map(() => new Map<number, number>());
const contextTotals = new Float64Array(D);
let total = 0;
for (const t of texts) {
  const cs = [...t];
  cs.forEach((c, i) => {
    const k = index.get(c);
    if (k === undefined) return;
    for (const [side, other] of [[0, cs[i - 1]], [CONTEXTS + 2, cs[i + 1]]] as const) {
      const x = contextOf(other);
      if (x < 0) continue;
      counts[k]!.set(side + x, (counts[k]!.get(side + x) ?? 0) + 1);
      contextTotals[side + x]! += 1;
      total++;
    }
  });
}

// Positive PMI, unit length, as sparse vectors.
const vectors = counts.map((m) => {
  const own = [...m.values()].reduce((a, b) => a + b, 0);
  const entries = [...m].map(([x, n]) => [x, Math.max(0, Math.log((n * total) / (own * contextTotals[x]!)))] as [number, number]).filter(([, v]) => v > 0);
  const norm = Math.hypot(...entries.map(([, v]) => v)) || 1;
  return { keys: Int32Array.from(entries, ([x]) => x), values: Float64Array.from(entries, ([, v]) => v / norm) };
});

// Spherical k-means, seeded with characters spread over the frequency ranks.
const k = Math.min(CLUSTERS, chars.length);
let centroids = Array.from({ length: k }, (_, j) => {
  const c = new Float64Array(D);
  const v = vectors[Math.floor((j * chars.length) / k)]!;
  v.keys.forEach((x, i) => (c[x] = v.values[i]!));
  return c;
});
const assignment = new Int32Array(chars.length);
for (let round = 0; round < ROUNDS; round++) {
  let moved = 0;
  vectors.forEach((v, i) => {
    let best = 0;
    let bestScore = -Infinity;
    for (let j = 0; j < k; j++) {
      const c = centroids[j]!;
      let s = 0;
      for (let t = 0; t < v.keys.length; t++) s += c[v.keys[t]!]! * v.values[t]!;
      if (s > bestScore) [best, bestScore] = [j, s];
    }
    if (assignment[i] !== best) moved++;
    assignment[i] = best;
  });
  centroids = centroids.map(() => new Float64Array(D));
  vectors.forEach((v, i) => v.keys.forEach((x, t) => (centroids[assignment[i]!]![x]! += v.values[t]!)));
  for (const c of centroids) {
    const norm = Math.hypot(...c) || 1;
    for (let x = 0; x < D; x++) c[x]! /= norm;
  }
  console.log(`round ${round + 1}: ${moved} characters moved`);
}

const lines = Array.from({ length: k }, (_, j) => chars.filter((_, i) => assignment[i] === j).join('')).filter((l) => l.length > 0);
const out = values.out!;
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${out}: ${chars.length} characters in ${lines.length} clusters`);
