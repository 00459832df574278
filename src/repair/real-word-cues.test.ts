import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../model/index.js';
import { RULE, correctRealWordCues } from './real-word-cues.js';

const fixed = (raw: string) => applyEdits(raw, correctRealWordCues(raw)).text;

describe('correctRealWordCues', () => {
  it('should read 人选 after an aspect adverb as 入选, with the rule and candidate on the edit', () => {
    const raw = '该企业目前已人选市级名单。';
    const [e, ...more] = correctRealWordCues(raw);
    assert.equal(more.length, 0);
    assert.deepEqual([e!.rule, e!.before, e!.after, e!.status, e!.candidates], [RULE, '人', '入', 'applied', ['入']]);
    assert.equal(fixed('园区成功人驻三家企业。'), '园区成功入驻三家企业。');
    assert.equal(fixed('已經人選'), '已經入選');
  });

  it('should read 人选 before a list it joins as 入选', () => {
    assert.equal(fixed('云溪创新中心人选全市首批孵化器。'), '云溪创新中心入选全市首批孵化器。');
  });

  it('should leave the noun 人选 and people alone', () => {
    for (const raw of ['候选人选举产生。', '确定首批人选名单。', '将人选名单上报。', '已有三人选择留下。', '他已人到中年。']) assert.equal(fixed(raw), raw);
  });
});
