// Trains the NER model (src/enrich/ner) from the shared data and writes models/ner.bin.gz.
//   node dist/scripts/train-ner.js [--epochs N] [--out FILE]
//   node dist/scripts/train-ner.js --dev [--epochs N] [--fraction F]   (for choosing features and epochs: see below)
// Training data: ../shared/data/cluener2020/train.json and ../shared/data/peoples-daily-ner/dev.bio, less a
// held-out part of each (every 10th CLUENER record, every 5th People's Daily sentence) that it reports F1 on,
// then CLUENER dev, which it never trains on. --dev also leaves out a development part of the training data
// (People's Daily sentences 3 and 7 mod 10, CLUENER records 5 mod 10), trains on the rest, scores that part only and
// writes nothing: features and epochs are chosen on it, never on the held-out parts.
// Beside the model it writes models/ner.scores.json, the held-out F1 it measured: a test checks that the
// shipped model still scores that (a changed feature or an untrained model shows there).
// Deterministic: the same data and options give the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { HOLD_OUT_EVERY, parseBio, parseCluener, type NerSentence } from '../src/enrich/ner/corpus.js';
import { decodeModel, encodeModel } from '../src/enrich/ner/model-file.js';
import { tagText, trainPerceptron, type NerModel } from '../src/enrich/ner/perceptron.js';
import { recognize } from '../src/enrich/ner/recognize.js';
import { formatScore, scoreSpans } from '../src/enrich/ner/score.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const data = join(root, '..', 'shared', 'data');
const { values } = parseArgs({
  options: { epochs: { type: 'string', default: '15' }, out: { type: 'string', default: join(root, 'models', 'ner.bin.gz') }, dev: { type: 'boolean', default: false }, 'pd-copies': { type: 'string', default: '3' }, 'min-count': { type: 'string', default: '2' }, fraction: { type: 'string', default: '1' }, 'dev-folds': { type: 'string', default: '3,7' } },
});
const dev = values.dev!;

const pd = parseBio(readFileSync(join(data, 'peoples-daily-ner', 'dev.bio'), 'utf8')).map((s) => ({ ...s, domain: 'news' }));
const cluener = parseCluener(readFileSync(join(data, 'cluener2020', 'train.json'), 'utf8')).map((s) => ({ ...s, domain: 'cluener' }));
const cluenerDev = parseCluener(readFileSync(join(data, 'cluener2020', 'dev.json'), 'utf8')).map((s) => ({ ...s, domain: 'cluener' }));
const heldOutPd = (i: number) => i % HOLD_OUT_EVERY.peoplesDaily === 0;
const heldOutCluener = (i: number) => i % HOLD_OUT_EVERY.cluenerTrain === 0;
// --dev-folds picks other People's Daily development sentences (a second look at a small difference).
const devFolds = new Set(values['dev-folds']!.split(',').map(Number));
const devPd = (i: number) => dev && devFolds.has(i % 10);
const devCluener = (i: number) => dev && i % 10 === 5;
// --fraction F trains on that share of each training set only (the learning curve: what more data would give).
const kept = <T>(xs: T[]) => xs.slice(0, Math.round(xs.length * Number(values.fraction)));
// People's Daily is the register baoku reads: its sentences count three times (--pd-copies).
const pdTrain = kept(pd.filter((_, i) => !heldOutPd(i) && !devPd(i)));
const train = [...Array.from({ length: Number(values['pd-copies']) }, () => pdTrain).flat(), ...kept(cluener.filter((_, i) => !heldOutCluener(i) && !devCluener(i)))];
console.log(`training on ${train.length} sentences (${train.reduce((n, s) => n + s.text.length, 0)} chars)`);

const started = Date.now();
const model = trainPerceptron(train, { epochs: Number(values.epochs), minCount: Number(values['min-count']), onEpoch: (e, wrong) => console.log(`epoch ${e}: ${wrong} sentences wrong (${((Date.now() - started) / 1000).toFixed(1)} s)`) });
if (!dev) {
  const file = encodeModel(model);
  writeFileSync(values.out!, file);
  console.log(`wrote ${values.out} (${(file.length / 1e6).toFixed(2)} MB)`);
}

/** The model alone, then with the register's rules on top (what baoku runs); returns the model alone's F1 per type. */
const evaluate = (name: string, sentences: NerSentence[], m: NerModel) => {
  const t0 = Date.now();
  const chars = sentences.reduce((n, s) => n + s.text.length, 0);
  const score = scoreSpans(sentences.map((s) => ({ gold: s.spans, predicted: tagText(m, s.text, s.domain) })));
  console.log(`\n${name}: ${sentences.length} sentences, ${Math.round(chars / ((Date.now() - t0) / 1000))} chars/s tagging\nmodel alone\n${formatScore(score)}`);
  const combined = scoreSpans(sentences.map((s) => ({ gold: s.spans, predicted: recognize(s.text, m, { domain: s.domain ?? 'news' }) })));
  console.log(`model and rules\n${formatScore(combined)}`);
  return Object.fromEntries(Object.entries(score).map(([t, prf]) => [t, Math.round(prf.f1 * 1e4) / 1e4]));
};
if (dev) {
  evaluate(`People's Daily development part (sentences ${values['dev-folds']} mod 10 of dev.bio)`, pd.filter((_, i) => devPd(i)), model);
  evaluate('CLUENER development part (records 5 mod 10 of train.json)', cluener.filter((_, i) => devCluener(i)), model);
} else {
  // What the shipped model scores, quantised as it ships: the test of the shipped model checks these.
  const shipped = decodeModel(readFileSync(values.out!));
  const scores = {
    peoplesDailyHeldOut: evaluate("People's Daily held out (every 5th sentence of dev.bio)", pd.filter((_, i) => heldOutPd(i)), shipped),
    cluenerHeldOut: evaluate('CLUENER held out (every 10th record of train.json)', cluener.filter((_, i) => heldOutCluener(i)), shipped),
    cluenerDev: evaluate('CLUENER dev (never trained on)', cluenerDev, shipped),
  };
  const scoresFile = values.out!.replace(/\.bin\.gz$/, '') + '.scores.json';
  writeFileSync(scoresFile, `${JSON.stringify(scores, null, 1)}\n`);
  console.log(`\nwrote ${scoresFile}`);
}
