import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BYLINE_RE } from './line-kinds.js';
import { seededRandom } from './random.js';

// The byline pattern as first written: names as (2–5 Han + separators)+. Same language, exponential backtracking.
const NESTED =
  /^(?:[□■◇◆]\s*)?(?:本报|本報)?(?:见习|見習|特约|特約)?(?:记者|記者|通讯员|通訊員|实习生|實習生|撰文|摄影|攝影|文\s*[/／]|图\s*[/／]|圖\s*[/／])[\s：:]*(?:[\u4e00-\u9fff·]{2,5}[\s、，,]*)+$/u;

describe('BYLINE_RE', () => {
  it('should accept bylines and refuse sentences', () => {
    for (const line of ['□ 记者 王晓明 李青', '本报记者 赵一鸣', '通讯员：陈小红、周明', '文/林海', '图／张立 ', '記者 歐陽·明月']) assert.ok(BYLINE_RE.test(line), line);
    for (const line of ['记者 王', '记者', '记者近日从区教育局获悉，今年新建学校三所。', '记者 王晓明 摄于 2024']) assert.ok(!BYLINE_RE.test(line), line);
  });

  it('should decide a long sentence that opens like a byline', () => {
    // The nested pattern would try every way to cut this run into names (too many to finish).
    const line = `记者日前在青石镇${'、'.repeat(3)}${'滨河社区的老年助餐点和图书馆走访时了解到'.repeat(3)}的情况表明：`;
    assert.equal(BYLINE_RE.test(line), false);
    assert.equal(BYLINE_RE.test(line.slice(0, -1)), true);
  });

  it('should accept exactly what the nested pattern accepts', () => {
    const next = seededRandom(7);
    const parts = ['□', '■ ', '本报', '见习', '记者', '記者', '通讯员', '文/', '图 ／', ' ', '　', '：', '、', '，', ',', '·', '王', '晓', '明', '李', 'a', '1', '。'];
    for (let n = 0; n < 20000; n++) {
      let line = next() < 0.7 ? ['记者', '本报记者', '□ 通讯员', '文/', '图／'][Math.floor(next() * 5)]! : '';
      const len = Math.floor(next() * 9);
      for (let k = 0; k < len; k++) line += parts[Math.floor(next() * parts.length)]!;
      assert.equal(BYLINE_RE.test(line), NESTED.test(line), line);
    }
  });
});
