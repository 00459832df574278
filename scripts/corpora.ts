// The public text in ../shared/data, split once for everyone: the character model trains on `train`, the
// repair thresholds are calibrated on `dev`, and bench/repair.ts reports on `test`, text no model has seen.
// Held out: the second half of the SIGHAN MSR test text (dev = its third quarter, test = its last quarter) and
// the last 40 % of the People's Daily sentences (test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../test/paths.js';

const data = join(sharedDir, 'data');
const read = (...p: string[]) => readFileSync(join(data, ...p), 'utf8');
const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);

function cluener(file: string): string[] {
  const out: string[] = [];
  for (const m of read('cluener2020', file).matchAll(/"text":\s*("(?:[^"\\]|\\.)*")/g)) out.push(JSON.parse(m[1]!) as string);
  return out;
}

function peoplesDaily(): string[] {
  const out: string[] = [];
  let sentence = '';
  for (const line of read('peoples-daily-ner', 'dev.bio').split('\n')) {
    const ch = line.split(' ')[0];
    if (ch) sentence += ch;
    else if (sentence) {
      out.push(sentence);
      sentence = '';
    }
  }
  if (sentence) out.push(sentence);
  return out;
}

export interface Corpora {
  train: string[];
  dev: string[];
  test: string[];
}

export function corpora(): Corpora {
  const msr = lines(read('sighan2005', 'msr_test.utf8'));
  const pd = peoplesDaily();
  const half = Math.floor(msr.length / 2);
  const threeQuarters = Math.floor((msr.length * 3) / 4);
  const pdCut = Math.floor(pd.length * 0.6);
  return {
    train: [
      ...lines(read('sighan2005', 'pku_test.utf8')),
      ...msr.slice(0, half),
      ...pd.slice(0, pdCut),
      ...cluener('train.json'),
      ...cluener('dev.json'),
    ],
    dev: msr.slice(half, threeQuarters),
    test: [...msr.slice(threeQuarters), ...pd.slice(pdCut)],
  };
}
