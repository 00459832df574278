import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { applyEdits, edit } from '../model/index.js';
import { RULE, correctConfusions, scoreConfusions } from './ocr-confusions.js';
import { sharedDir } from '../../test/paths.js';

describe('correctConfusions', () => {
  it('should apply a look-alike fix with its rule, candidates and confidence when the model is sure', () => {
    const raw = '全区已经建成十个社区食堂，末来还将继续推进。';
    const [e, ...more] = correctConfusions(raw);
    assert.equal(more.length, 0);
    assert.deepEqual([e!.rule, e!.before, e!.after, e!.status, e!.layer], [RULE, '末', '未', 'applied', 'display']);
    assert.ok(e!.candidates!.includes('未'));
    assert.ok(e!.confidence! >= 0.95);
    assert.equal(applyEdits(raw, [e!]).text, '全区已经建成十个社区食堂，未来还将继续推进。');
  });

  it('should store a suggestion that changes nothing when the margin is below the apply threshold', () => {
    const raw = '全体人员均己到位。';
    const [e] = correctConfusions(raw);
    assert.deepEqual([e!.before, e!.after, e!.status], ['己', '已', 'suggested']);
    assert.ok(e!.confidence! < 0.95);
    assert.equal(applyEdits(raw, [e!]).text, raw);
    assert.equal(applyEdits(raw, [{ ...e!, status: 'applied' }]).text, '全体人员均已到位。');
  });

  it('should read a word whole across a line break another repair re-joins', () => {
    const raw = '全区已经建成十个社区食堂，末\n\n来还将继续推进。';
    const join = edit(raw, 14, 16, '', 'repair/join-broken-lines');
    assert.deepEqual(correctConfusions(raw, [join]).map((e) => [e.start, e.after, e.status]), [[13, '未', 'applied']]);
  });

  it('should leave names in a byline alone even where the model prefers a look-alike', () => {
    const raw = '□ 记者 曹香玉 朱亮';
    assert.ok(scoreConfusions(raw).some((s) => raw[s.at] === '玉'));
    assert.deepEqual(correctConfusions(raw), []);
  });

  it('should change nothing in clean held-out text (SIGHAN MSR, People\'s Daily style, ~46k chars)', () => {
    const lines = readFileSync(join(sharedDir, 'data', 'sighan2005', 'msr_test.utf8'), 'utf8').split(/\r?\n/).filter((l) => l.trim());
    const text = lines.slice(Math.floor(lines.length / 2), Math.floor((lines.length * 3) / 4)).join('\n');
    assert.deepEqual(correctConfusions(text).filter((e) => e.status === 'applied').map((e) => text.slice(e.start - 4, e.end + 4)), []);
  });

  it('should change nothing in clean traditional text (SIGHAN CityU, Big5-HKSCS, ~70k chars)', () => {
    const text = iconv.decode(readFileSync(join(sharedDir, 'data', 'encodings', 'cityu_test.big5hkscs.txt')), 'big5hkscs');
    assert.deepEqual(correctConfusions(text).filter((e) => e.status === 'applied').map((e) => text.slice(e.start - 4, e.end + 4)), []);
  });
});
