// baoku ner-eval FILE: precision, recall and F1 of baoku's named-entity recogniser against a gold file,
// per type (PER, LOC, ORG) and overall. Reads char-per-line BIO (`char TAG`, blank line between sentences)
// or CLUENER2020 JSON (name→PER, address→LOC, organization/government/company→ORG).
import { readFileSync } from 'node:fs';
import { BaokuError, InputError } from '../model/index.js';
import { HOLD_OUT_EVERY, NerFormatError, parseBio, parseCluener } from '../enrich/ner/corpus.js';
import { loadNerModel, shippedModelPath } from '../enrich/ner/load.js';
import { recognize } from '../enrich/ner/recognize.js';
import { formatScore, scoreSpans } from '../enrich/ner/score.js';
import { args, intOption, UsageError } from './args.js';

export const usage = `baoku ner-eval <file> [--model FILE] [--domain news|cluener] [--every N] [--json]
  Scores the named-entity recogniser on a BIO file (char TAG per line) or CLUENER JSON: P/R/F1 per type,
  for the learned model alone and with the newspaper rules on top (what enrich runs). --every N scores
  only every Nth sentence: the shipped model never trained on every ${HOLD_OUT_EVERY.peoplesDaily}th of dev.bio nor every ${HOLD_OUT_EVERY.cluenerTrain}th of CLUENER train.json.`;

export function nerEval(argv: string[], out = process.stdout): number {
  const { values, positionals } = args(argv, { model: { type: 'string' }, domain: { type: 'string' }, every: { type: 'string' }, json: { type: 'boolean' } });
  const every = intOption(values.every, 'every') ?? 1;
  if (every < 1) throw new UsageError('--every needs a whole number of at least 1');
  if (values.help) return out.write(`${usage}\n`), 0;
  const file = positionals[0];
  if (!file) throw new UsageError(`ner-eval needs a gold file\n${usage}`);
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError('unreadable', `cannot read ${file}: ${(e as Error).message}`);
  }
  const json = content.trimStart().startsWith('{');
  let sentences;
  try {
    sentences = (json ? parseCluener(content) : parseBio(content)).filter((_, i) => i % every === 0);
  } catch (e) {
    if (e instanceof NerFormatError || e instanceof SyntaxError) throw new InputError('bad_gold_file', `${file}: ${e.message}`);
    throw e;
  }
  const model = loadNerModel(values.model ?? shippedModelPath, true);
  if (!model) throw new BaokuError('no_model', 'no NER model: run `node dist/scripts/train-ner.js` to train one');
  const domain = values.domain ?? (json ? 'cluener' : 'news');
  const run = (rules: boolean) => scoreSpans(sentences.map((s) => ({ gold: s.spans, predicted: recognize(s.text, model, { domain, rules }) })));
  const model_alone = run(false);
  const with_rules = run(true);
  if (values.json) out.write(`${JSON.stringify({ file, sentences: sentences.length, domain, model_alone, with_rules })}\n`);
  else out.write(`${file}: ${sentences.length} sentences (${json ? 'CLUENER' : 'BIO'}, read as ${domain})\nmodel alone\n${formatScore(model_alone)}\nmodel and rules\n${formatScore(with_rules)}\n`);
  return 0;
}
