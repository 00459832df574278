import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir, seedDir } from '../../test/paths.js';
import { straddles, straddlesEach } from './segment.js';

describe('straddles', () => {
  it('should tell a word broken by a line break from a break between words', () => {
    assert.equal(straddles('区委宣', '传部部长'), true);
    assert.equal(straddles('新动能', '今年以来'), false);
    assert.equal(straddles('雲溪區委宣', '傳部部長'), true); // folded first: 宣|传部
    assert.equal(straddles('', '部长'), false);
  });

  it('should answer a whole page of breaks at once exactly as one break at a time', () => {
    const texts = [
      ...readdirSync(seedDir).map((f) => join(seedDir, f)),
      ...readdirSync(join(examplesDir, 'yunxi-2025-03-10')).filter((f) => /^\d+\.txt$/.test(f)).map((f) => join(examplesDir, 'yunxi-2025-03-10', f)),
    ].map((f) => readFileSync(f, 'utf8'));
    let joined = 0;
    for (const text of texts) {
      const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
      // Every pair of lines, adjacent or not, empty sides included: more breaks than any page asks about.
      const breaks = lines.slice(1).map((b, i) => [lines[i]!, b] as const);
      breaks.push(...lines.slice(2).map((b, i) => [lines[i]!, b] as const));
      const batch = straddlesEach(breaks);
      breaks.forEach(([a, b], i) => assert.equal(batch[i], straddles(a, b), `${a.slice(-4)}|${b.slice(0, 4)}`));
      joined += batch.filter(Boolean).length;
    }
    assert.ok(joined >= 5, `only ${joined} breaks straddled by a word`);
  });
});
