import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as preset from 'opencc-js/preset';
import { examplesDir, seedDir, sharedDir } from '../../test/paths.js';
import { seededRandom } from './random.js';
import { toSimplified, toSimplifiedByOpencc } from './fold.js';

/** Every key of the hk2s dictionaries. */
function dictionaryKeys(): string[] {
  const config = preset.configs['hk2s'] as (typeof preset.configs)[string] & { normalizationChain?: unknown };
  const flat = (x: unknown): string[] => (typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(flat) : []);
  return [config.normalizationChain, config.segmentation, config.conversionChain]
    .flatMap(flat)
    .filter((d) => d.includes(' '))
    .flatMap((d) => d.split('|').map((line) => line.split(' ')[0]!));
}

describe('toSimplified', () => {
  it('should fold traditional and Hong Kong forms to simplified script', () => {
    assert.equal(toSimplified('雲溪區區長李明遠，週末於區政府。'), '云溪区区长李明远，周末于区政府。');
    assert.equal(toSimplified('云溪区区长'), '云溪区区长');
  });

  it('should fold every code point as opencc does', () => {
    // In runs of 512 neighbouring code points (neighbours also form the phrases a run may hold).
    for (let from = 0; from < 0x32400; from += 512) {
      let run = '';
      for (let cp = from; cp < from + 512; cp++) if (cp < 0xd800 || cp >= 0xe000) run += String.fromCodePoint(cp);
      const ours = toSimplified(run);
      if (ours !== toSimplifiedByOpencc(run)) assert.fail(`U+${from.toString(16)}…: ${ours} ≠ ${toSimplifiedByOpencc(run)}`);
    }
  });

  it('should fold exactly as opencc does on traditional, simplified and mixed pages and their pieces', () => {
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
      assert.equal(toSimplified(text), toSimplifiedByOpencc(text));
      // Short pieces too: runs cut at every length, as the repair and layout stages fold them.
      for (const line of text.split('\n').slice(0, 400)) {
        for (const piece of [line, line.slice(-4), line.slice(0, 4), line.slice(1, 9)]) assert.equal(toSimplified(piece), toSimplifiedByOpencc(piece), piece);
      }
    }
  });

  it('should fold random strings of dictionary keys, their pieces and neighbours as opencc does', () => {
    // Keys overlapping, nested and cut, so phrase segments, longest matches and their order are all tried.
    const keys = dictionaryKeys();
    const rand = seededRandom(11);
    const pick = () => keys[Math.floor(rand() * keys.length)]!;
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      for (let k = 1 + Math.floor(rand() * 6); k > 0; k--) {
        const key = pick();
        s += rand() < 0.3 ? key.slice(Math.floor(rand() * key.length)) : key;
        if (rand() < 0.2) s += '，區a𠀀'[Math.floor(rand() * 4)];
      }
      assert.equal(toSimplified(s), toSimplifiedByOpencc(s), s);
    }
  });

  it('should fold ideographic description sequences as opencc does', () => {
    for (const text of ['⿰氵見', '見⿰氵見區', '區⿱艹⿰氵見長，區長']) assert.equal(toSimplified(text), toSimplifiedByOpencc(text));
  });
});
