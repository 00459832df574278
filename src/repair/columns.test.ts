import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyInOrder } from '../model/index.js';
import { RULE, deinterleave } from './columns.js';
import { pageSource } from '../../test/fixtures.js';
import { examplesDir } from '../../test/paths.js';
import { similarity } from '../text/similarity.js';

// Our own text (the example edition's feature page), laid out in columns and read row by row.
const paragraphs = readFileSync(join(examplesDir, 'yunxi-2025-03-10', '04.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 40 && !/\s/.test(l));

function interleaved(columns: string[][], width: number, separator: string): string {
  const laid = columns.map((ps) => ps.flatMap((p) => Array.from({ length: Math.ceil(p.length / width) }, (_, i) => p.slice(i * width, (i + 1) * width))));
  const rows = Math.max(...laid.map((l) => l.length));
  return Array.from({ length: rows }, (_, r) => laid.map((l) => l[r] ?? '').filter((c) => c).join(separator)).join('\n');
}
const strip = (s: string) => s.replace(/\s+/g, '');

describe('deinterleave', () => {
  it('should rebuild two columns read row by row into column order', () => {
    const cols = [paragraphs.slice(0, 3), paragraphs.slice(3, 6)];
    const text = interleaved(cols, 18, '  ');
    const { order, messages } = deinterleave(pageSource(text));
    assert.ok(order, 'no reading order');
    const truth = strip(cols.flat().join(''));
    // Measured 0.89 (one column line lands in the other column); the printed order scores 0.20.
    assert.ok(similarity(strip(applyInOrder(text, [], order).text), truth) >= 0.85);
    assert.ok(similarity(strip(text), truth) < 0.5);
    assert.deepEqual(messages.map((m) => m.ruleId), [RULE]);
  });

  it('should keep three columns apart when one runs out before the others, cells joined by one space', () => {
    const cols = [paragraphs.slice(0, 2), paragraphs.slice(2, 3), paragraphs.slice(3, 5)];
    const text = interleaved(cols, 16, ' ');
    const { order } = deinterleave(pageSource(text));
    const got = similarity(strip(applyInOrder(text, [], order!).text), strip(cols.flat().join('')));
    assert.ok(got >= 0.95, String(got));
  });

  it('should map every character of the rebuilt text to the raw character it came from', () => {
    const text = interleaved([paragraphs.slice(0, 2), paragraphs.slice(2, 4)], 20, '  ');
    const { order } = deinterleave(pageSource(text));
    const shown = applyInOrder(text, [], order!);
    for (let i = 0; i < shown.text.length; i++) if (shown.text[i] !== '\n') assert.equal(text[shown.toRaw[i]!], shown.text[i]);
  });

  it('should keep a headline above the columns as its own block', () => {
    const text = `云溪新篇章\n\n${interleaved([paragraphs.slice(0, 3), paragraphs.slice(3, 6)], 18, '  ')}`;
    const shown = applyInOrder(text, [], deinterleave(pageSource(text)).order!).text;
    assert.ok(shown.startsWith('云溪新篇章\n\n'));
  });

  it('should leave a single-column page in printed order and say nothing', () => {
    for (const page of ['01.txt', '02.txt', '03.txt', '04.txt']) {
      const text = readFileSync(join(examplesDir, 'yunxi-2025-03-10', page), 'utf8');
      assert.deepEqual(deinterleave(pageSource(text)), { order: null, messages: [] }, page);
    }
  });

  it('should keep the printed order when the lines are too few to judge', () => {
    const text = interleaved([[paragraphs[0]!.slice(0, 36)], [paragraphs[1]!.slice(0, 36)]], 18, ' ');
    assert.equal(deinterleave(pageSource(text)).order, null);
  });
});
