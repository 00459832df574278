import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../model/index.js';
import { pageSource } from '../../test/fixtures.js';
import { RULE, normalizeSpaces } from './normalize-spaces.js';

const page = pageSource;

const normalized = (text: string) => applyEdits(text, normalizeSpaces(page(text))).text;

describe('normalizeSpaces', () => {
  it('should remove the spaces when digits stand next to Han characters', () => {
    assert.equal(normalized('云溪区于 5 月 23 日召开会议，部署夏季防汛工作。'), '云溪区于5月23日召开会议，部署夏季防汛工作。');
  });

  it('should remove a space between Han characters when the line is body text', () => {
    assert.equal(
      normalized('全区居民参与垃圾分类的热情 持续高涨，分类准确率明显提升。'),
      '全区居民参与垃圾分类的热情持续高涨，分类准确率明显提升。',
    );
  });

  it('should keep the space when a heading is a couplet of two phrases', () => {
    assert.deepEqual(normalizeSpaces(page('强基固本 惠民利民')), []);
  });

  it('should remove the spaces when a paper name is letter-spaced', () => {
    assert.equal(normalized('雲 溪 報'), '雲溪報');
  });

  it('should keep the spaces when Han meets Latin', () => {
    assert.deepEqual(normalizeSpaces(page('云溪区发布 AI 政务助手，居民可在线办理业务。')), []);
  });

  it('should keep the spaces between names when the line is a byline', () => {
    // The enumeration comma makes the line non-heading, so only the byline rule keeps the spaces.
    assert.deepEqual(normalizeSpaces(page('本报记者 王晓晨、赵一帆 通讯员 钱多多')), []);
  });

  it('should remove the space when a word straddles it in a heading', () => {
    assert.equal(normalized('云溪推动高质 量发展'), '云溪推动高质量发展');
  });

  it('should point at page offsets when the space is on a later line', () => {
    const text = '云溪区召开全会。\n会议于6月2日 举行。';
    const edits = normalizeSpaces(page(text));
    assert.deepEqual(
      edits.map((e) => ({ start: e.start, end: e.end, before: e.before, after: e.after, rule: e.rule })),
      [{ start: 16, end: 17, before: ' ', after: '', rule: RULE }],
    );
  });
});
