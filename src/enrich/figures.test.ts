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

describe('metrics', () => {
  const metrics = (text: string) => findFigures(text).map((f) => f.metric);
  it('should take the noun phrase after the last verb before a figure', () => {
    assert.deepEqual(metrics('到2030年，走廊内将集聚科技型企业900家以上，研发投入强度达到3.5%。'), ['科技型企业', '研发投入强度']);
  });
  it('should read a quoted name, and the noun a clause with 的 describes', () => {
    assert.deepEqual(metrics('表彰8名“江湾工匠”，建成25个功能复合的“邻里驿站”'), ['江湾工匠', '邻里驿站']);
  });
  it('should read what an amount qualifies after 的', () => {
    assert.deepEqual(metrics('给予最高300万元的贴息支持'), ['贴息支持']);
  });
  it('should keep a verb that is part of the metric and stop at the predicate', () => {
    assert.deepEqual(metrics('累计完成旧区改造120万平方米，9家企业签署合作协议'), ['旧区改造', '企业']);
  });
  it('should not read a duration that names something as a figure', () => {
    assert.deepEqual(metrics('打造10分钟社区生活圈，仅用了7天'), ['']);
  });
});
