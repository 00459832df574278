import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../model/index.js';
import { pageSource } from '../../test/fixtures.js';
import { RULE, joinBrokenLines, shouldJoin } from './join-broken-lines.js';

const page = pageSource;

const joined = (text: string) => applyEdits(text, joinBrokenLines(page(text))).text;

/** A line that stops mid-sentence after a comma: it would join anything that does not open its own line. */
const OPEN = '区里组织志愿者走进社区，';

describe('shouldJoin', () => {
  it('should join when a word is broken over the line break', () => {
    assert.equal(shouldJoin('云溪区委宣', '传部部长李明远出席活动。'), true);
  });

  it('should not join when the line ends a sentence', () => {
    assert.equal(shouldJoin('云溪区新建三座口袋公园。', '居民纷纷点赞，称家门口多了休闲好去处。'), false);
  });

  it('should not join when a heading line is followed by body text', () => {
    assert.equal(shouldJoin('云溪湿地迎来候鸟', '今年入冬以来，云溪湿地观测到候鸟二十余种，数量较去年明显增加。'), false);
  });

  it('should join when the line ends with a comma', () => {
    assert.equal(shouldJoin(OPEN, '为老人提供义诊服务'), true);
  });

  const ownLines: Array<[string, string]> = [
    ['a byline', '□ 记者 王晓晨 赵一帆'],
    ['a correspondent byline', '本报通讯员 钱多多'],
    ['a source line', '（来源：云溪区文旅局）'],
    ['a jump line', '（上接第1版）'],
    ['a Markdown heading', '## 云溪要闻'],
    ['a Markdown quote', '> 云溪区民生实事项目全面完工'],
  ];
  for (const [what, line] of ownLines) {
    it(`should not join into the next line when it is ${what}`, () => {
      assert.equal(shouldJoin(OPEN, line), false);
    });
  }

  it('should not join when the line ends with "(下转第2版)" even where lines are wrapped', () => {
    assert.equal(shouldJoin('云溪区计划在年内完成全部老旧小区改造并同步推进(下转第2版)', '雨污分流管网建设。', { wrapped: true }), false);
  });

  it('should join any line that does not end a sentence when the lines are wrapped', () => {
    assert.equal(shouldJoin('本次运动会共设十二个比赛项目', '吸引了全区三千多名居民报名参加。', { wrapped: true }), true);
  });

  // JUMP_RE (and layout's jump classification) accept a jump line without brackets ("下轉第二版"), but
  // startsOwnLine only recognises bracketed ones, so a body line stopping mid-sentence is joined into it.
  it('should not join into the next line when it is a jump line without brackets', () => {
    assert.equal(shouldJoin(OPEN, '下转第2版'), false);
  });
});

describe('joinBrokenLines', () => {
  it('should delete the blank lines when a word is broken over them', () => {
    const text = '云溪区委宣\n\n传部部长李明远出席活动。';
    const edits = joinBrokenLines(page(text));
    assert.deepEqual(
      edits.map((e) => ({ start: e.start, end: e.end, before: e.before, after: e.after, rule: e.rule, layer: e.layer })),
      [{ start: 5, end: 7, before: '\n\n', after: '', rule: RULE, layer: 'display' }],
    );
  });

  it('should join the clause when the line ends with a comma', () => {
    assert.equal(joined(`${OPEN}\n\n为老人提供义诊服务。`), `${OPEN}为老人提供义诊服务。`);
  });

  it('should propose no edit when the line ends a sentence', () => {
    assert.deepEqual(joinBrokenLines(page('云溪区新建三座口袋公园。\n\n居民纷纷点赞，称家门口多了休闲好去处。')), []);
  });

  it('should propose no edit when a heading is followed by body text', () => {
    assert.deepEqual(joinBrokenLines(page('云溪湿地迎来候鸟\n\n今年入冬以来，云溪湿地观测到候鸟二十余种，数量较去年明显增加。')), []);
  });

  it('should propose no edit when a byline follows a line ending with a comma', () => {
    assert.deepEqual(joinBrokenLines(page(`${OPEN}\n\n□ 记者 王晓晨`)), []);
  });

  it('should leave one space when a Latin word meets a Latin word', () => {
    const text = '云溪区今年推出的政务服务平台已经上线。它的英文名称为Smart\n\nCity，由区大数据中心负责运营。';
    assert.equal(joined(text), '云溪区今年推出的政务服务平台已经上线。它的英文名称为Smart City，由区大数据中心负责运营。');
  });

  /** Enough blank-line-separated paragraphs to make a page read as "paragraphs separated by blank lines". */
  const BLANK_SEPARATED_TAIL = ['', '开幕式上，各街道代表队依次入场。', '', '比赛将持续三天。', '', '闭幕式定于周日举行。'];

  it('should join a single-newline wrap when the page separates paragraphs by blank lines', () => {
    const text = [
      '云溪区举办秋季运动会。',
      '',
      '本次运动会共设十二个比赛项目',
      '吸引了全区三千多名居民报名参加。',
      ...BLANK_SEPARATED_TAIL,
    ].join('\n');
    const edits = joinBrokenLines(page(text));
    assert.deepEqual(
      edits.map((e) => [e.start, e.end, e.after]),
      [[text.indexOf('\n吸引'), text.indexOf('吸引'), '']],
    );
  });

  it('should not join a heading to the line under it when the page has no blank-line paragraphs', () => {
    assert.deepEqual(joinBrokenLines(page('本次运动会共设十二个比赛项目\n吸引了全区三千多名居民报名参加。')), []);
  });

  it('should not join a line ending with "(下转第2版)" when the page wraps lines', () => {
    const text = [
      '云溪区计划在年内完成全部老旧小区改造并同步推进(下转第2版)',
      '雨污分流管网建设。',
      '',
      '云溪区新建三座口袋公园。',
      ...BLANK_SEPARATED_TAIL,
    ].join('\n');
    assert.deepEqual(joinBrokenLines(page(text)), []);
  });
});
