import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { charLm, decodeCharLm, encodeCharLm } from '../text/char-lm.js';
import { neighbours, neighboursFromModel, shippedNeighbours } from './gap-neighbours.js';
import { examplesDir } from '../../test/paths.js';

describe('gap neighbours', () => {
  it('should ship, for the shipped model, the lists its pair counts give: across the Han range and for every character of the example edition', () => {
    const lm = charLm();
    assert.ok(shippedNeighbours(lm), 'models/gap-neighbours.bin is missing or was computed from another model: node dist/scripts/build-gap-neighbours.js');
    const dir = join(examplesDir, 'yunxi-2025-03-10');
    const units = new Set<number>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) for (const ch of readFileSync(join(dir, f), 'utf8')) units.add(ch.charCodeAt(0));
    for (let u = 0x3400; u < 0xa000; u += 97) units.add(u);
    let lists = 0;
    for (const u of [...units].filter((c) => c >= 0x3400 && c < 0xa000)) {
      for (const after of [true, false]) {
        const shipped = neighbours(lm, u, after);
        assert.deepEqual(shipped, neighboursFromModel(lm, u, after), `${String.fromCharCode(u)} ${after ? 'after' : 'before'}`);
        lists += shipped.length > 0 ? 1 : 0;
      }
    }
    assert.ok(lists > 500, `${lists} non-empty lists compared`);
  });

  it("should compute another model's lists from its own counts", () => {
    const counts = new Map([['中', 9], ['国', 9], ['人', 9], ['中国', 5], ['中人', 1]]);
    const small = decodeCharLm(encodeCharLm(counts, 4, 27));
    assert.equal(shippedNeighbours(small), false);
    assert.deepEqual(neighbours(small, '中'.charCodeAt(0), true), ['国', '人']);
    assert.deepEqual(neighbours(small, '国'.charCodeAt(0), false), ['中']);
  });
});
