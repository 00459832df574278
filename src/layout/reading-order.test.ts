import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readingOrder } from './reading-order.js';

/** A line named `id` at column `col` (100 wide, 20 gutter), row `row` (15 apart), `cols` columns wide. */
const line = (id: string, col: number, row: number, cols = 1) => ({ id, box: { x: col * 120, y: row * 15, width: cols * 120 - 20, height: 10 } });
const order = (lines: ReturnType<typeof line>[]) => readingOrder(lines, { minGutter: 5, minBand: 8 }).flat().map((l) => l.id);

describe('readingOrder', () => {
  it('should read columns left to right, each top to bottom', () => {
    const lines = [line('b1', 1, 0), line('a1', 0, 0), line('b2', 1, 1), line('a2', 0, 1), line('c1', 2, 0)];
    assert.deepEqual(order(lines), ['a1', 'a2', 'b1', 'b2', 'c1']);
  });

  it('should read a spanning headline before the columns under it, even when it does not reach the outer columns', () => {
    const head = { id: 'head', box: { x: 150, y: 0, width: 200, height: 20 } };
    const lines = [head, line('a1', 0, 3), line('a2', 0, 4), line('b1', 1, 3), line('c1', 2, 3), line('c2', 2, 4)];
    assert.deepEqual(order(lines), ['head', 'a1', 'a2', 'b1', 'c1', 'c2']);
  });

  it('should read two articles side by side one after the other, and a box under the columns last', () => {
    const lines = [line('A', 0, 0, 2), line('a1', 0, 3), line('a2', 1, 3), line('B', 2, 0), line('b1', 2, 3), line('box', 0, 8, 3)];
    assert.deepEqual(order(lines), ['A', 'a1', 'a2', 'B', 'b1', 'box']);
  });
});
