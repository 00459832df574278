import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { displaySpan, fold, foldForSearch } from './fold.js';
import { indexTokens, matchPattern, queryPhrase } from './tokens.js';

describe('foldForSearch', () => {
  it('should fold script, width and case, and drop spaces inside Chinese', () => {
    assert.equal(fold('徐匯區 ＰＬＵＳ　計劃'), '徐汇区 plus 计划');
    assert.equal(fold('雲 溪 報'), '云溪报');
    assert.equal(fold('5 月 23 日'), '5月23日');
    assert.equal(fold('iPhone 15 Pro'), 'iphone 15 pro');
  });

  it('should map every folded character back to the display text it came from', () => {
    const display = '雲 溪 報記者';
    const f = foldForSearch(display);
    const at = f.text.indexOf('溪报');
    assert.deepEqual(displaySpan(f, at, at + 2), [2, 5]);
    assert.equal(display.slice(...displaySpan(f, at, at + 2)), '溪 報');
  });
});

describe('index tokens', () => {
  it('should write overlapping bigrams and a final unigram per Han run, and words whole', () => {
    assert.equal(indexTokens('模速空间,plus计划2024年'), '模速 速空 空间 间 plus 计划 划 2024 年');
  });

  it('should make every substring query an adjacent run of index tokens', () => {
    const tokens = indexTokens('徐汇区模速空间5月23日').split(' ');
    const contains = (q: string) => {
      const p = queryPhrase(fold(q))!;
      return tokens.some((_, i) => p.tokens.every((t, k) => {
        const doc = tokens[i + k];
        return doc !== undefined && (p.prefixLast && k === p.tokens.length - 1 ? doc.startsWith(t) : doc === t);
      }));
    };
    for (const q of ['徐', '汇', '间', '徐汇', '汇区', '区模速空', '空间5', '5月', '月23', '23日', '徐汇区模速空间5月23日']) assert.ok(contains(q), q);
    for (const q of ['汇徐', '间区', '5日', '徐区']) assert.ok(!contains(q), q);
  });

  it('should find nothing searchable in punctuation', () => {
    assert.equal(queryPhrase(fold('，、。')), null);
    assert.equal(matchPattern(fold('，、。')), null);
  });

  it('should highlight with a pattern that matches what the tokens match', () => {
    const re = new RegExp(matchPattern(fold('5月23'))!, 'gu');
    assert.deepEqual([...fold('于5月23日举行').matchAll(re)].map((m) => m[0]), ['5月23']);
  });
});
