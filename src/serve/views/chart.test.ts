import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lineChart } from './chart.js';

describe('lineChart', () => {
  const svg = lineChart('c1', '区级财政收入', '亿元', [
    { date: '2025-03-10', value: 123.45 },
    { date: '2024-03-11', value: 100 },
    { date: '2024-09-02', value: 0 },
  ]).value;

  it('should draw one point per value in date order, the largest highest', () => {
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    assert.equal(circles.length, 3);
    assert.ok(circles[0]![0] < circles[1]![0] && circles[1]![0] < circles[2]![0], 'x grows with the date');
    const ys = circles.map((c) => c[1]);
    assert.equal(Math.min(...ys), ys[2], 'the largest value (2025) is drawn highest');
    assert.equal(Math.max(...ys), ys[1], 'zero (2024-09) is drawn lowest');
    assert.match(svg, /<path d="M[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L[\d.]+,[\d.]+"/);
  });

  it('should describe itself for screen readers and escape its labels', () => {
    assert.match(svg, /role="img" aria-labelledby="c1"/);
    assert.match(svg, /<title id="c1">区级财政收入\(亿元\),2024-03-11 至 2025-03-10,共 3 个数据点<\/title>/);
    assert.match(lineChart('c2', '<b>', '"', [{ date: '2025', value: 1 }, { date: '2026', value: 2 }]).value, /<title id="c2">&lt;b&gt;\(&quot;\)/);
  });
});
