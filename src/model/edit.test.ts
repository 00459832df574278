import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, edit, mergeEdits, rawSpan, sortEdits, type Edit } from './edit.js';

const spans = (edits: readonly Edit[]) => edits.map((e) => [e.start, e.end, e.rule]);

describe('applyEdits', () => {
  it('should map each kept unit to its raw offset when an edit deletes text', () => {
    const raw = '云溪区委宣\n\n传部部长';
    const applied = applyEdits(raw, [edit(raw, 5, 7, '', 'join')]);
    assert.equal(applied.text, '云溪区委宣传部部长');
    assert.deepEqual([...applied.toRaw], [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]);
  });

  it('should map written units to the edit span when an edit replaces text', () => {
    const raw = 'Smart\n\nCity';
    const applied = applyEdits(raw, [edit(raw, 5, 7, ' ', 'join')]);
    assert.equal(applied.text, 'Smart City');
    assert.deepEqual([applied.toRaw[5], applied.toRawEnd[5]], [5, 7]);
  });

  it('should leave the raw text when an edit is only suggested', () => {
    const raw = '云溪区举辨书画展览。';
    assert.equal(applyEdits(raw, [edit(raw, 4, 5, '办', 'ocr', 'display', { status: 'suggested' })]).text, raw);
  });

  it('should leave the raw text when an edit is reverted', () => {
    const raw = '云溪区举辨书画展览。';
    assert.equal(applyEdits(raw, [edit(raw, 4, 5, '办', 'ocr', 'display', { status: 'reverted' })]).text, raw);
  });

  it('should skip index-layer edits when only the display layer is asked for', () => {
    const raw = '雲溪區';
    const edits = [edit(raw, 0, 3, '云溪区', 'fold', 'index')];
    assert.deepEqual([applyEdits(raw, edits).text, applyEdits(raw, edits, ['display', 'index']).text], ['雲溪區', '云溪区']);
  });

  it('should only apply edits inside the span when a span is given', () => {
    const raw = '云 溪\n区 委';
    const edits = [edit(raw, 1, 2, '', 'space'), edit(raw, 5, 6, '', 'space')];
    const applied = applyEdits(raw, edits, ['display'], { start: 4, end: 7 });
    assert.equal(applied.text, '区委');
    assert.deepEqual([...applied.toRaw], [4, 6, 7]);
  });
});

describe('rawSpan', () => {
  it('should cover the deleted text when the range runs over a deletion', () => {
    const raw = '云溪区委宣\n\n传部部长';
    const applied = applyEdits(raw, [edit(raw, 5, 7, '', 'join')]);
    assert.deepEqual(rawSpan(applied, 3, 7), { start: 3, end: 9 });
  });

  it('should give the replaced raw span when the range is a written unit', () => {
    const raw = 'Smart\n\nCity';
    const applied = applyEdits(raw, [edit(raw, 5, 7, ' ', 'join')]);
    assert.deepEqual(rawSpan(applied, 5, 6), { start: 5, end: 7 });
  });

  it('should give an empty raw span when the range is only inserted text', () => {
    const raw = '云溪报';
    const applied = applyEdits(raw, [edit(raw, 2, 2, '·', 'insert')]);
    assert.equal(applied.text, '云溪·报');
    assert.deepEqual(rawSpan(applied, 2, 3), { start: 2, end: 2 });
  });

  it('should cover the neighbours when the range runs over an insertion', () => {
    const raw = '云溪报';
    const applied = applyEdits(raw, [edit(raw, 2, 2, '·', 'insert')]);
    assert.deepEqual(rawSpan(applied, 1, 4), { start: 1, end: 3 });
  });

  it('should give an empty span at the point when the range is empty', () => {
    const raw = '云溪区委宣\n\n传部部长';
    const applied = applyEdits(raw, [edit(raw, 5, 7, '', 'join')]);
    assert.deepEqual(rawSpan(applied, 5, 5), { start: 7, end: 7 });
  });
});

describe('sortEdits', () => {
  it('should keep the given order when two insertions share a point', () => {
    const raw = 'abc';
    assert.deepEqual(
      sortEdits([edit(raw, 2, 3, 'Z', 'c'), edit(raw, 1, 1, 'x', 'b1'), edit(raw, 1, 1, 'y', 'b2')]).map((e) => e.rule),
      ['b1', 'b2', 'c'],
    );
  });
});

describe('mergeEdits', () => {
  const raw = '云溪区召开全会部署工作';

  it('should keep the earlier list when spans overlap', () => {
    const merged = mergeEdits([edit(raw, 2, 5, 'X', 'first')], [edit(raw, 4, 6, 'Y', 'second'), edit(raw, 7, 8, 'Z', 'second')]);
    assert.deepEqual(spans(merged), [
      [2, 5, 'first'],
      [7, 8, 'second'],
    ]);
  });

  it('should return text order when a later list edits earlier text', () => {
    const merged = mergeEdits([edit(raw, 6, 7, 'X', 'first')], [edit(raw, 1, 2, 'Y', 'second')]);
    assert.deepEqual(spans(merged), [
      [1, 2, 'second'],
      [6, 7, 'first'],
    ]);
  });

  it('should keep both when edits only touch at an edge', () => {
    const merged = mergeEdits([edit(raw, 2, 4, 'X', 'first')], [edit(raw, 4, 6, 'Y', 'second')]);
    assert.equal(merged.length, 2);
  });

  it('should keep an insertion when it stands at the edge of an earlier edit', () => {
    const merged = mergeEdits([edit(raw, 2, 4, 'X', 'first')], [edit(raw, 4, 4, '·', 'second')]);
    assert.deepEqual(spans(merged), [
      [2, 4, 'first'],
      [4, 4, 'second'],
    ]);
  });

  // The clash check looks only at the kept neighbours either side of the binary-search point. When a kept
  // insertion sits at that point, a real overlap with the next kept edit goes unseen, so a later list's
  // edit survives and applyEdits then drops the earlier list's edit instead.
  it('should keep the earlier list when a later insertion shares the start of the overlap', () => {
    const merged = mergeEdits([edit(raw, 5, 8, 'X', 'first')], [edit(raw, 5, 5, '·', 'second'), edit(raw, 5, 7, 'Y', 'second')]);
    assert.deepEqual(spans(merged), [
      [5, 5, 'second'],
      [5, 8, 'first'],
    ]);
  });
});
