import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findFigures } from './figures.js';

const brief = (text: string) =>
  findFigures(text).map((f) => ({ metric: f.metric, value: f.value, unit: f.unit, qualifier: f.qualifier, change: f.change && `${f.change.basis ?? ''}${f.change.verb}${f.change.value}${f.change.unit}`, period: f.period }));

describe('findFigures', () => {
  it('should attach a year-on-year change to the figure before it', () => {
    assert.deepEqual(brief('去年，全区完成区级财政收入88.5亿元，同比增长6.2%。'), [
      { metric: '区级财政收入', value: 88.5, unit: '亿元', qualifier: null, change: '同比增长6.2%', period: '去年' },
    ]);
  });
  it('should read a change given without its level as a change alone', () => {
    assert.deepEqual(brief('一季度，税收收入下降 3.1%'), [{ metric: '税收收入', value: null, unit: null, qualifier: null, change: '下降3.1%', period: '一季度' }]);
  });
  it('should take the thing counted after a measure word', () => {
    assert.deepEqual(brief('新落地5家亿元级项目、12家千万级项目'), [
      { metric: '亿元级项目', value: 5, unit: '家', qualifier: null, change: null, period: null },
      { metric: '千万级项目', value: 12, unit: '家', qualifier: null, change: null, period: null },
    ]);
  });
  it('should read Chinese numerals and qualifiers', () => {
    assert.deepEqual(brief('惠及六千余户居民，吸引四十余家企业，提供超过3000张床位'), [
      { metric: '居民', value: 6000, unit: '户', qualifier: '余', change: null, period: null },
      { metric: '企业', value: 40, unit: '家', qualifier: '余', change: null, period: null },
      { metric: '床位', value: 3000, unit: '张', qualifier: '超过', change: null, period: null },
    ]);
  });
  it('should not read 签约 as the qualifier 约, nor 千万级 as a figure', () => {
    const f = findFigures('新签约120台，引进千万级项目');
    assert.deepEqual(f.map((x) => [x.value, x.unit, x.qualifier]), [[120, '台', null]]);
  });
});
