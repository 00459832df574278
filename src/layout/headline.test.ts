import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TextNode } from '../model/index.js';
import { headlineBlock, isCouplet } from './headline.js';

/** Heading lines laid out one after another, each with its own raw span. */
function lines(...texts: string[]): TextNode[] {
  let at = 0;
  return texts.map((text) => {
    const n = { text, start: at, end: at + text.length };
    at = n.end + 2;
    return n;
  });
}

describe('isCouplet', () => {
  it('should be true when two equal phrases are separated by a space', () => {
    assert.equal(isCouplet('强基固本 惠民利民'), true);
  });

  it('should be true when two equal phrases are separated by a comma', () => {
    assert.equal(isCouplet('强基固本，惠民利民'), true);
  });

  it('should be false when the text is one phrase', () => {
    assert.equal(isCouplet('云溪区召开全会'), false);
  });

  it('should be false when the phrases differ in length by more than one', () => {
    assert.equal(isCouplet('云溪 召开全会部署工作'), false);
  });
});

describe('headlineBlock', () => {
  it('should give no headline when there are no lines', () => {
    assert.deepEqual(headlineBlock([]), { kicker: null, headline: null, subheadline: null });
  });

  it('should make the only line the headline when there is one line', () => {
    const [a] = lines('云溪区召开全会');
    assert.deepEqual(headlineBlock([a!]), { kicker: null, headline: a, subheadline: null });
  });

  it('should read kicker and headline when the second line is shorter', () => {
    const [a, b] = lines('奋力建设宜居宜业新云溪', '云溪召开全会');
    assert.deepEqual(headlineBlock([a!, b!]), { kicker: a, headline: b, subheadline: null });
  });

  it('should read headline and subheadline when the second line is longer', () => {
    const [a, b] = lines('云溪召开全会', '部署下半年经济社会发展重点任务');
    assert.deepEqual(headlineBlock([a!, b!]), { kicker: null, headline: a, subheadline: b });
  });

  it('should make a couplet the kicker when it stands first, even above a longer line', () => {
    const [a, b] = lines('强基固本 惠民利民', '云溪区民生实事项目全面完工');
    assert.deepEqual(headlineBlock([a!, b!]), { kicker: a, headline: b, subheadline: null });
  });

  it('should make a second line opening with "——" the subheadline, even when it is shorter', () => {
    const [a, b] = lines('云溪区民生实事项目全面完工', '——民生工程回眸');
    assert.deepEqual(headlineBlock([a!, b!]), { kicker: null, headline: a, subheadline: b });
  });

  it('should read kicker, headline and subheadline when there are three lines', () => {
    const [a, b, c] = lines('奋力建设宜居宜业新云溪', '云溪召开全会', '部署下半年重点任务');
    assert.deepEqual(headlineBlock([a!, b!, c!]), { kicker: a, headline: b, subheadline: c });
  });

  it('should join the lines after the headline into one subheadline when there are four lines', () => {
    const [a, b, c, d] = lines('奋力建设宜居宜业新云溪', '云溪召开全会', '部署下半年重点任务', '确保全年目标完成');
    assert.deepEqual(headlineBlock([a!, b!, c!, d!]).subheadline, {
      text: '部署下半年重点任务 确保全年目标完成',
      start: c!.start,
      end: d!.end,
    });
  });
});
