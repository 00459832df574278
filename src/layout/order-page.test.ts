import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PlacedLine, PlacedPage } from '../model/index.js';
import { orderPage } from './order-page.js';

/** A line of `text` at (x, y) set in `size` points, as wide as its characters. */
const line = (text: string, x: number, y: number, size = 10): PlacedLine => ({ text, box: { x, y, width: text.length * size, height: size }, size });
const page = (lines: PlacedLine[]): PlacedPage => ({ type: 'placed-page', width: 600, height: 1000, lines });
const summary = (p: PlacedPage) => orderPage(p).map((l) => `${l.opens ? '¶' : ''}${l.role}:${l.text}`);

describe('orderPage', () => {
  it('should give kicker, headline and subheadline by size (against the body size), and running heads and feet as furniture', () => {
    const lines = [
      line('云溪报 2025年6月2日 第3版', 20, 20, 8),
      line('引题在上', 100, 80, 14),
      line('主标题最大', 80, 100, 24),
      line('副题在下', 100, 130, 14),
      line('正文第一行正文第一行正文第一行正文第一行', 20, 160),
      line('正文第二行正文第二行正文第二行正文第二行', 20, 174),
      line('图片说明', 20, 200, 8),
      line('责任编辑', 20, 970, 8),
    ];
    assert.deepEqual(summary(page(lines)), [
      '¶furniture:云溪报 2025年6月2日 第3版',
      '¶furniture:责任编辑',
      '¶kicker:引题在上',
      '¶headline:主标题最大',
      '¶subheadline:副题在下',
      '¶body:正文第一行正文第一行正文第一行正文第一行',
      'body:正文第二行正文第二行正文第二行正文第二行',
      '¶caption:图片说明',
    ]);
  });

  it('should open a paragraph at an indent, after a short last line, or at space above, and run on otherwise', () => {
    const lines = [
      line('　　第一段开头缩进两字', 20, 100),
      line('第一段接着写满了一整行', 20, 114),
      line('第一段结束', 20, 128),
      line('第二段没有缩进但是写满', 20, 142),
      line('第二段的第二行写满了行', 20, 156),
      line('第三段前面空了一行写满', 20, 184),
    ];
    assert.deepEqual(summary(page(lines)).map((s) => s.startsWith('¶')), [true, false, false, true, false, true]);
  });
});
