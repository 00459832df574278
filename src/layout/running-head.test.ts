import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runningHead } from './running-head.js';

describe('runningHead', () => {
  it('should read paper, date, weekday and page from a newspaper running head', () => {
    const { masthead, number } = runningHead(['云溪报2025年6月2日星期一第3版要闻']);
    assert.deepEqual([masthead?.paper, masthead?.date, masthead?.weekday, number], ['云溪报', '2025-06-02', 1, 3]);
  });

  it('should read an ISO date line with 总第N期 and a 第N版 banner, in traditional script too', () => {
    const { masthead, number } = runningHead(['《雲溪報》', '第02版：要闻', '2025-06-02 总第1832期']);
    assert.deepEqual([masthead?.paper, masthead?.paperPrinted, masthead?.date, masthead?.totalIssue, masthead?.issue, number], ['云溪报', '雲溪報', '2025-06-02', 1832, null, 2]);
  });

  it('should take a bare page number from a running foot and find nothing in plain furniture', () => {
    assert.equal(runningHead(['责任编辑：林一苇', '7']).number, 7);
    assert.deepEqual(runningHead(['责任编辑：林一苇']), { masthead: null, number: null });
  });
});
