import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.js';

const one = (text: string, edition: string | null = '2024-10-18') => {
  const found = findDates(text, edition);
  assert.equal(found.length, 1, JSON.stringify(found));
  const d = found[0]!;
  return { text: text.slice(d.from, d.to), iso: d.iso, precision: d.precision, relative: d.relative, partOfDay: d.partOfDay };
};

describe('findDates', () => {
  it('should take the year of a bare day from the edition date', () => {
    assert.deepEqual(one('10月15日上午，签约仪式举行'), { text: '10月15日上午', iso: '2024-10-15', precision: 'day', relative: true, partOfDay: '上午' });
  });
  it('should read a full date with its weekday', () => {
    assert.deepEqual(one('2023年10月2日 星期一', null), { text: '2023年10月2日 星期一', iso: '2023-10-02', precision: 'day', relative: false, partOfDay: null });
  });
  it('should read spaced digits and Chinese-numeral years', () => {
    assert.equal(one('5 月 23 日上午,大会举行').iso, '2024-05-23');
    assert.deepEqual(one('二〇二四年是关键一年'), { text: '二〇二四年', iso: '2024', precision: 'year', relative: false, partOfDay: null });
  });
  it('should resolve 今年 and 去年 against the edition, and leave them open without one', () => {
    assert.equal(one('今年以来').iso, '2024');
    assert.deepEqual([one('去年9月').iso, one('去年9月').precision], ['2023-09', 'month']);
    assert.equal(one('今年以来', null).iso, null);
  });
  it('should put a month well after the edition month in the year before', () => {
    assert.equal(one('12月28日，活动举行', '2025-01-06').iso, '2024-12-28');
  });
  it('should not read counts as dates', () => {
    assert.deepEqual(findDates('新增17个集团，仅用38天，完成2100余户', '2024-01-01'), []);
  });
  it('should read 当年 as the year the article last named', () => {
    const found = findDates('2019年春天，园区还是一片农田。当年8月，首批企业入驻。', '2025-03-10');
    assert.deepEqual(found.map((d) => [d.iso, d.precision]), [['2019', 'year'], ['2019-08', 'month']]);
  });
});
