// The NER pieces on data the tests write: gold-file readers, scoring, and a model that learns, saves and loads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseBio, parseCluener, spansOf } from './corpus.js';
import { WordMatcher } from './matcher.js';
import { decodeModel, encodeModel } from './model-file.js';
import { specialise, tagText, trainPerceptron } from './perceptron.js';
import { scoreSpans } from './score.js';

describe('NER gold files', () => {
  it('should read BIO sentences into typed spans', () => {
    const s = parseBio('张 B-PER\n三 I-PER\n在 O\n北 B-LOC\n京 I-LOC\n\n新 B-ORG\n华 I-ORG\n社 I-ORG\n');
    assert.deepEqual(s, [
      { text: '张三在北京', spans: [{ type: 'PER', start: 0, end: 2 }, { type: 'LOC', start: 3, end: 5 }] },
      { text: '新华社', spans: [{ type: 'ORG', start: 0, end: 3 }] },
    ]);
  });
  it('should refuse a line that is not `char TAG`', () => {
    assert.throws(() => parseBio('张 B-PER\n三\n'), /line 2/);
  });
  it('should read CLUENER records and map their types to ours', () => {
    const json = '{"text": "浙商银行叶老桂说", "label": {"name": {"叶老桂": [[4, 6]]}, "company": {"浙商银行": [[0, 3]]}, "position": {"x": [[0, 1]]}}}\n{"text": "无", "label": {}}';
    assert.deepEqual(parseCluener(json), [
      { text: '浙商银行叶老桂说', spans: [{ type: 'ORG', start: 0, end: 4 }, { type: 'PER', start: 4, end: 7 }] },
      { text: '无', spans: [] },
    ]);
  });
  it('should open a span at an I- without its B-, as conlleval does', () => {
    assert.deepEqual(spansOf(['I-LOC', 'I-LOC', 'O', 'B-PER', 'I-ORG']), [
      { type: 'LOC', start: 0, end: 2 },
      { type: 'PER', start: 3, end: 4 },
      { type: 'ORG', start: 4, end: 5 },
    ]);
  });
});

describe('scoreSpans', () => {
  it('should count exact span and type matches only', () => {
    const s = scoreSpans([{ gold: [{ type: 'PER', start: 0, end: 2 }, { type: 'LOC', start: 3, end: 5 }], predicted: [{ type: 'PER', start: 0, end: 2 }, { type: 'LOC', start: 3, end: 4 }] }]);
    assert.deepEqual([s.PER.f1, s.LOC.precision, s.overall.precision, s.overall.recall], [1, 0, 0.5, 0.5]);
  });
});

describe('WordMatcher', () => {
  it('should find every listed word at every position, with its value', () => {
    const m = new WordMatcher(['委员会', '委员', '会', '区长'], (w) => w.length);
    const found: [string, number][] = [];
    const text = '区委员会副区长';
    m.scan(text, (s, e, v) => found.push([text.slice(s, e), v]));
    assert.deepEqual(found, [['委员', 2], ['委员会', 3], ['会', 1], ['区长', 2]]);
  });
});

describe('perceptron', () => {
  // Made-up sentences: the tagger must learn that a name follows 区长 and an organisation ends in 公司.
  const names = ['林远舟', '韩静', '方启航', '石川', '乔然', '苏岚', '葛文', '邵明'];
  const firms = ['青石科技公司', '云启智能公司', '东湖能源公司', '南岸物流公司'];
  const train = names.flatMap((n, i) => {
    const f = firms[i % firms.length]!;
    const text = `区长${n}考察了${f}。`;
    return [{ text, spans: [{ type: 'PER' as const, start: 2, end: 2 + n.length }, { type: 'ORG' as const, start: 5 + n.length, end: 5 + n.length + f.length }], domain: 'news' }];
  });
  const model = trainPerceptron(train, { epochs: 10, minCount: 1 });

  it('should learn its training sentences', () => {
    for (const s of train) assert.deepEqual(tagText(model, s.text), s.spans);
  });
  it('should tag the same after saving, loading and specialising to news', () => {
    const loaded = specialise(decodeModel(encodeModel(model)), 'news');
    for (const s of train) assert.deepEqual(tagText(loaded, s.text, 'news'), s.spans);
    assert.throws(() => tagText(loaded, train[0]!.text, 'cluener'), /reads news/);
  });
});
