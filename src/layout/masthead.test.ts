import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findMasthead } from './masthead.js';
import { headingParas } from '../../test/fixtures.js';

const paras = headingParas;

describe('findMasthead', () => {
  it('should read every field when the masthead is in simplified script', () => {
    const found = findMasthead(
      paras('云 溪 报', '云溪区融媒体中心主办', '准印证号：(G)0123  第56期（总第789期）  2024年3月5日  星期二 http://www.yunxi.example.cn', '云溪区召开全会'),
    );
    assert.deepEqual(found, {
      end: 3,
      masthead: {
        start: 0,
        end: 0,
        paper: '云溪报',
        paperPrinted: '云溪报',
        licence: '(G)0123',
        issue: 56,
        totalIssue: 789,
        date: '2024-03-05',
        weekday: 2,
        url: 'http://www.yunxi.example.cn',
      },
    });
  });

  it('should fold the paper name but keep it as printed when the masthead is traditional', () => {
    const found = findMasthead(paras('雲 溪 報', '准印證號：(G)0123 第1234期（總第2345期） 2024年6月9日 星期六'));
    const m = found?.masthead;
    assert.deepEqual(
      [m?.paper, m?.paperPrinted, m?.licence, m?.issue, m?.totalIssue, m?.date, m?.weekday],
      ['云溪报', '雲溪報', '(G)0123', 1234, 2345, '2024-06-09', 6],
    );
  });

  it('should give weekday 7 when the date line says 星期日', () => {
    assert.equal(findMasthead(paras('云溪报', '第56期 2024年3月10日 星期日'))?.masthead.weekday, 7);
  });

  it('should take the name in 《》 when the paper is named in book-title marks', () => {
    assert.equal(findMasthead(paras('《云溪报》 数字版', '第56期 2024年3月5日 星期二'))?.masthead.paper, '云溪报');
  });

  it('should find no masthead when no line carries issue, licence or weekday', () => {
    assert.equal(findMasthead(paras('云溪区召开全会', '2024年3月5日，云溪区召开全会。')), null);
  });
});
