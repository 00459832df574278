// The shipped NER model against the held-out gold it was measured on: it must still score what the training
// script recorded beside it (models/ner.scores.json). Fails when features change without retraining, or when the
// model file and its recorded scores part ways.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOLD_OUT_EVERY, NER_TYPES, parseBio, parseCluener, type NerSentence } from '../src/enrich/ner/corpus.js';
import { loadNerModel, shippedModelPath } from '../src/enrich/ner/load.js';
import { tagText } from '../src/enrich/ner/perceptron.js';
import { recognize } from '../src/enrich/ner/recognize.js';
import { scoreSpans } from '../src/enrich/ner/score.js';
import { repoRoot, sharedDir } from './paths.js';

const data = join(sharedDir, 'data');
const pdFile = join(data, 'peoples-daily-ner', 'dev.bio');
const cluenerDevFile = join(data, 'cluener2020', 'dev.json');
const scoresFile = join(repoRoot, 'models', 'ner.scores.json');
const ready = [shippedModelPath, scoresFile, pdFile, cluenerDevFile].every((f) => existsSync(f));

describe('the shipped NER model', { skip: !ready && 'no shipped model or no shared data' }, () => {
  const recorded = JSON.parse(readFileSync(scoresFile, 'utf8')) as Record<string, Record<string, number>>;
  const model = loadNerModel(shippedModelPath, true)!;
  const check = (name: string, sentences: NerSentence[], domain: string) => {
    const score = scoreSpans(sentences.map((s) => ({ gold: s.spans, predicted: tagText(model, s.text, domain) })));
    for (const t of [...NER_TYPES, 'overall'] as const) assert.ok(Math.abs(score[t].f1 - recorded[name]![t]!) < 0.002, `${name} ${t}: F1 ${score[t].f1.toFixed(4)}, recorded ${recorded[name]![t]}`);
  };
  it("should score the recorded F1 on the People's Daily sentences training left out", () => {
    const held = parseBio(readFileSync(pdFile, 'utf8')).filter((_, i) => i % HOLD_OUT_EVERY.peoplesDaily === 0);
    assert.equal(held.length, 464);
    check('peoplesDailyHeldOut', held, 'news');
  });
  it('should score the recorded F1 on CLUENER dev, never trained on', () => {
    check('cluenerDev', parseCluener(readFileSync(cluenerDevFile, 'utf8')), 'cluener');
  });
  it('should find, alone, nearly every titled person of the example edition', () => {
    // The answer key's people (test/fixtures/knowledge/gold.json); on 2026-11-22 it found 13 of the 15.
    const gold = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'knowledge', 'gold.json'), 'utf8')) as { sets: { dir: string; people: Record<string, string[]> }[] };
    const example = gold.sets.find((s) => s.dir === 'examples/yunxi-2025-03-10')!;
    const news = loadNerModel()!;
    const found = new Set<string>();
    for (const page of ['01.txt', '02.txt', '03.txt']) {
      const text = readFileSync(join(repoRoot, example.dir, page), 'utf8');
      for (const s of recognize(text, news, { rules: false })) if (s.type === 'PER') found.add(text.slice(s.start, s.end));
    }
    const names = Object.keys(example.people);
    assert.ok(names.filter((n) => found.has(n)).length >= 12, `found ${names.filter((n) => found.has(n)).join(' ')} of ${names.join(' ')}`);
  });
  it('should find the people and places of a sentence of news it never saw', () => {
    const text = '国务院总理李鹏今天在北京会见了日本首相桥本龙太郎。';
    const found = tagText(model, text, 'news').map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    for (const e of ['PER:李鹏', 'PER:桥本龙太郎', 'LOC:北京']) assert.ok(found.includes(e), `${e} not in ${found.join(' ')}`);
  });
});
