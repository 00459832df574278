import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir, seedDir, sharedDir } from '../../test/paths.js';
import { mayFold, toSimplified, toSimplifiedWhole } from './fold.js';

describe('toSimplified', () => {
  it('should fold traditional and Hong Kong forms to simplified script', () => {
    assert.equal(toSimplified('雲溪區區長李明遠，週末於區政府。'), '云溪区区长李明远，周末于区政府。');
    assert.equal(toSimplified('云溪区区长'), '云溪区区长');
  });

  it('should leave every character that no dictionary entry changes as it is', () => {
    // Through the Han planes (and everything below): the fast path passes these through without opencc.
    for (let cp = 0; cp < 0x32400; cp++) {
      if ((cp >= 0xd800 && cp < 0xe000) || mayFold(cp)) continue;
      const ch = String.fromCodePoint(cp);
      if (toSimplifiedWhole(ch) !== ch) assert.fail(`U+${cp.toString(16)} ${ch} folds to ${toSimplifiedWhole(ch)} but is not marked as folding`);
    }
  });

  it('should fold exactly as opencc does over the whole text, on traditional, simplified and mixed pages', () => {
    const big5 = new TextDecoder('big5').decode(readFileSync(join(sharedDir, 'data', 'encodings', 'cityu_test.big5hkscs.txt')));
    const pages = [
      ...readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8')),
      ...readdirSync(join(examplesDir, 'yunxi-2025-03-10'))
        .filter((f) => /^\d+\.txt$/.test(f))
        .map((f) => readFileSync(join(examplesDir, 'yunxi-2025-03-10', f), 'utf8')),
      big5,
      readFileSync(join(sharedDir, 'data', 'sighan2005', 'msr_test.utf8'), 'utf8'),
    ];
    for (const text of pages) {
      assert.equal(toSimplified(text), toSimplifiedWhole(text));
      // Short pieces too: runs cut at every length, as the repair and layout stages fold them.
      for (const line of text.split('\n').slice(0, 400)) {
        for (const piece of [line, line.slice(-4), line.slice(0, 4), line.slice(1, 9)]) assert.equal(toSimplified(piece), toSimplifiedWhole(piece), piece);
      }
    }
  });

  it('should fold ideographic description sequences as opencc does', () => {
    for (const text of ['⿰氵見', '見⿰氵見區', '區⿱艹⿰氵見長，區長']) assert.equal(toSimplified(text), toSimplifiedWhole(text));
  });
});
