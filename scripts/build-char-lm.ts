// Writes models/char-lm.bin, the character n-gram model the OCR-confusion repair scores with.
//
//   npx tsc -p . && node dist/scripts/build-char-lm.js
//
// Sources: the training split of ../shared/data (scripts/corpora.ts: SIGHAN PKU and half of MSR, CLUENER,
// 60 % of People's Daily) as running text, and @node-rs/jieba's dictionary, each word counted as often as its
// frequency says (scaled to the corpus, at least once) for the n-grams inside the word, never across words.
// Pruning: n-grams of order ≥ 3 seen once in running text only are dropped. Deterministic: same inputs,
// same bytes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WORD, encodeCharLm, lmChar } from '../src/text/char-lm.js';
import { toSimplified } from '../src/text/fold.js';
import { repoRoot } from '../test/paths.js';
import { corpora } from './corpora.js';

const ORDER = 4;
/** Longest dictionary word kept for the word score. */
const MAX_WORD = 5;
const counts = new Map<string, number>();
const add = (gram: string, n: number) => counts.set(gram, (counts.get(gram) ?? 0) + n);
let total = 0;

function countSequence(text: string, weight: number, bounded: boolean) {
  const s = bounded ? `\n${text}\n` : text;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\n') {
      add(s[i]!, weight);
      total += weight;
    }
    for (let n = 2; n <= ORDER && i + n <= s.length; n++) {
      const gram = s.slice(i, i + n);
      if (gram.indexOf('\n', 1) >= 0 && gram.indexOf('\n', 1) < n - 1) break;
      add(gram, weight);
    }
  }
}

const normalise = (text: string) => Array.from(text, lmChar).join('').replace(/\n+/g, '\n');

const { train } = corpora();
for (const line of train) countSequence(normalise(toSimplified(line)), 1, true);
const corpusTotal = total;
// Running-text singletons of order ≥ 3 are mostly noise; dictionary words below re-add their own n-grams.
for (const [gram, n] of counts) if (n === 1 && gram.replace(/\n/g, '').length >= 3) counts.delete(gram);

const dict = readFileSync(join(repoRoot, 'node_modules', '@node-rs', 'jieba', 'dict.txt'), 'utf8').split('\n');
let dictTotal = 0;
for (const line of dict) dictTotal += Number(line.split(' ')[1]) || 0;
const scale = corpusTotal / dictTotal;
for (const line of dict) {
  const [word, freq] = line.split(' ');
  if (!word || !/^\p{Script=Han}+$/u.test(word)) continue;
  countSequence(normalise(word), Math.max(1, Math.round(Number(freq) * scale)), false);
  if (word.length <= MAX_WORD) {
    add(WORD + word, Number(freq));
    add(WORD, Number(freq));
  }
}

const out = join(repoRoot, 'models', 'char-lm.bin');
mkdirSync(join(repoRoot, 'models'), { recursive: true });
const bytes = encodeCharLm(counts, ORDER, total, MAX_WORD);
writeFileSync(out, bytes);
console.log(`${counts.size.toLocaleString('en-US')} n-grams (order ≤ ${ORDER}) from ${train.length.toLocaleString('en-US')} sentences + ${dict.length.toLocaleString('en-US')} dictionary words → ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
