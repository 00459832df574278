import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { displaySpan, fold, foldForSearch } from './fold.js';
import { matchPattern } from './tokens.js';

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

describe('highlight patterns', () => {
  it('should find nothing searchable in punctuation', () => {
    assert.equal(matchPattern(fold('，、。')), null);
  });

  it('should highlight what a term matches', () => {
    const re = new RegExp(matchPattern(fold('5月23'))!, 'gu');
    assert.deepEqual([...fold('于5月23日举行').matchAll(re)].map((m) => m[0]), ['5月23']);
  });
});
