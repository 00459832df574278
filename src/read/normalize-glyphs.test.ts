import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeGlyphs } from './normalize-glyphs.js';

describe('normalizeGlyphs', () => {
  it('should turn vertical punctuation forms into the horizontal marks', () => {
    assert.equal(normalizeGlyphs('︽云溪报︾︐今天︒'), '《云溪报》，今天。');
    assert.equal(normalizeGlyphs('︵上接第1版︶'), '（上接第1版）');
  });

  it('should map Kangxi radicals and compatibility ideographs from ToUnicode maps to ordinary characters', () => {
    assert.equal(normalizeGlyphs('⼀⼤早⽇⽉'), '一大早日月');
    assert.equal(normalizeGlyphs('\uf907'), '\u9f9c');
    assert.equal(normalizeGlyphs('首⻚ 居⺠ ⻓江 ⻔⼝'), '首页 居民 长江 门口');
  });

  it('should fold full-width Latin letters and digits but keep full-width Chinese punctuation', () => {
    assert.equal(normalizeGlyphs('２０２５年ＡＩ产业，（来源：区委办）'), '2025年AI产业，（来源：区委办）');
  });
});
