import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inferEditionDate } from './edition-date.js';
import { toSimplified } from '../text/fold.js';
import { readText } from '../read/index.js';
import { seededRandom } from '../text/random.js';
import { examplesDir, seedDir, sharedDir } from '../../test/paths.js';

describe('inferEditionDate', () => {
  it('should take the latest full date a page reports, a bare 月日 taking the year printed before it', () => {
    assert.equal(inferEditionDate('2024年5月3日开幕，会期至6月1日。'), '2024-06-01');
    assert.equal(inferEditionDate('去年12月9日'), null);
    assert.equal(inferEditionDate('2023 年 10 月 15 日上午'), '2023-10-15');
  });

  it('should find on the printed text exactly the dates it finds on the folded text', () => {
    const pages = [
      ...readdirSync(seedDir).map((f) => join(seedDir, f)),
      ...readdirSync(join(examplesDir, 'yunxi-2025-03-10')).map((f) => join(examplesDir, 'yunxi-2025-03-10', f)),
    ].map((path) => readText(readFileSync(path)).text);
    const big5 = new TextDecoder('big5').decode(readFileSync(join(sharedDir, 'data', 'encodings', 'cityu_test.big5hkscs.txt')));
    // Traditional text cut into page-sized pieces, and dates printed every which way, some broken by
    // traditional characters (the compatibility ideograph U+F98E folds to 年).
    for (let at = 0; at < big5.length; at += 3000) pages.push(big5.slice(at, at + 3000));
    const random = seededRandom(7);
    const pick = (xs: readonly string[]) => xs[Math.floor(random() * xs.length)]!;
    const noise = ['舊曆', '後', '週', '號', '，', '發佈', '1', ''];
    const space = ['', '', ' ', '\u3000'];
    for (let n = 0; n < 3000; n++) {
      const slots = [pick(['2024', '1998', '12']), pick(space), pick(['年', '年', '\uF98E', '舊']), pick(space), pick(['5', '12', '0']), pick(space), '月', pick(space), pick(['3', '31', '9']), '日'];
      pages.push(slots.map((x) => (random() < 0.1 ? pick(noise) : x)).join('') + pick(noise));
    }
    let dated = 0;
    for (const text of pages) {
      const date = inferEditionDate(text);
      assert.equal(date, inferEditionDate(toSimplified(text)), text.slice(0, 60));
      if (date) dated++;
    }
    assert.ok(dated > 300, `only ${dated} texts hold a date`);
  });
});
