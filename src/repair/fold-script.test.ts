import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, edit } from '../model/index.js';
import { RULE, foldScript } from './fold-script.js';

const TRAD = '雲溪區政府舉辦書畫展覽。';

describe('foldScript', () => {
  it('should propose index-layer edits to simplified script when the page is traditional', () => {
    const edits = foldScript(TRAD, []);
    assert.deepEqual(
      edits.map((e) => ({ start: e.start, end: e.end, after: e.after, rule: e.rule, layer: e.layer })),
      [{ start: 0, end: 11, after: '云溪区政府举办书画展览', rule: RULE, layer: 'index' }],
    );
  });

  it('should leave the display text in printed script when only display edits are applied', () => {
    assert.equal(applyEdits(TRAD, foldScript(TRAD, [])).text, TRAD);
  });

  it('should give simplified text when display and index layers are applied together', () => {
    const raw = '雲溪區委宣\n\n傳部部長李明遠出席活動。';
    const join = edit(raw, 5, 7, '', 'repair/join-broken-lines');
    const edits = [join, ...foldScript(raw, [join])];
    assert.equal(applyEdits(raw, edits, ['display', 'index']).text, '云溪区委宣传部部长李明远出席活动。');
  });

  it('should propose no edits when the page is already simplified', () => {
    assert.deepEqual(foldScript('云溪区政府举办书画展览。', []), []);
  });

  it('should leave a character alone when another edit wrote it', () => {
    const raw = '雲溪區舉辨書畫展覽。';
    const ocr = edit(raw, 4, 5, '辦', 'repair/ocr-confusions');
    const folded = foldScript(raw, [ocr]);
    assert.ok(folded.every((e) => e.end <= 4 || e.start >= 5), 'no fold edit touches the OCR-fixed character');
    assert.equal(applyEdits(raw, [ocr, ...folded], ['display', 'index']).text, '云溪区举辦书画展览。');
  });
});
