import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { charLm, modelText, unitsOf, wordScore, wordScores } from './char-lm.js';
import { examplesDir, seedDir } from '../../test/paths.js';

const pages = [...readdirSync(seedDir).map((f) => join(seedDir, f)), join(examplesDir, 'yunxi-2025-03-10', '02.txt')].map((f) => modelText(readFileSync(f, 'utf8')));

describe('wordScores', () => {
  it('should score a window read with each variant exactly as wordScore scores the text with that variant written in', () => {
    const lm = charLm();
    const variants = Array.from('人入已己未末日曰大太a，\n', (c) => c.charCodeAt(0));
    const out = new Float64Array(variants.length);
    let windows = 0;
    for (const text of pages) {
      // Windows of every width the repairs read (up to 11), the changed unit anywhere in them, edges included.
      for (let i = 0; i + 11 <= text.length; i += 7) {
        const n = 1 + (i % 11);
        const window = unitsOf(text.slice(i, i + n));
        for (let at = 0; at < n; at++) {
          wordScores(lm, window, n, at, variants, out);
          variants.forEach((x, v) => {
            const written = text.slice(i, i + at) + String.fromCharCode(x) + text.slice(i + at + 1, i + n);
            assert.equal(out[v], wordScore(lm, written, 0, n), `${written} (${at})`);
          });
          windows++;
        }
      }
    }
    assert.ok(windows > 5000);
  });
});
