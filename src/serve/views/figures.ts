// Figures: one table per metric (every value with its article), and a chart over time where a metric has
// values on at least two dates.
import { html, type Html } from '../html.js';
import { urls } from '../urls.js';
import type { FigureRow } from '../../knowledge/index.js';
import { lineChart, type Point } from './chart.js';
import { chineseDate, number } from './format.js';

interface Metric {
  metric: string;
  unit: string;
  rows: FigureRow[];
}

function byMetric(figures: readonly FigureRow[]): Metric[] {
  const groups = new Map<string, Metric>();
  for (const f of figures) {
    const key = `${f.metric}\u0000${f.unit ?? ''}`;
    const g = groups.get(key) ?? { metric: f.metric, unit: f.unit ?? '', rows: [] };
    g.rows.push(f);
    groups.set(key, g);
  }
  // Metrics reported most often first: those are the ones worth a chart.
  return [...groups.values()].sort((a, b) => b.rows.length - a.rows.length || a.metric.localeCompare(b.metric));
}

const change = (f: FigureRow) => (f.change ? `${f.change.basis ?? ''}${f.change.verb}${f.change.value}${f.change.unit}` : '');

function chartPoints(rows: readonly FigureRow[]): Point[] {
  return rows.filter((f) => f.date !== null && f.value !== null).map((f) => ({ date: f.date!, value: f.value! }));
}

export function figuresView(figures: readonly FigureRow[]): Html {
  const metrics = byMetric(figures);
  return html`<h1>数据</h1>
<p class="muted">文章报道的数字,按指标归类;同一指标在两个以上日期出现时画出随时间的变化。共 ${number(figures.length)} 条,${number(metrics.length)} 个指标。</p>
<nav aria-label="指标"><ul class="page-index">${metrics.map((m, i) => html`<li><a href="#metric-${i}">${m.metric}</a> <span class="muted">${m.rows.length}</span></li>`)}</ul></nav>
${metrics.map((m, i) => {
  const points = chartPoints(m.rows);
  const dates = new Set(points.map((p) => p.date));
  return html`<section class="metric" id="metric-${i}" aria-labelledby="metric-${i}-title">
<h2 id="metric-${i}-title">${m.metric}${m.unit ? html` <span class="muted">(${m.unit})</span>` : ''}</h2>
${dates.size >= 2 ? html`<figure class="chart">${lineChart(`chart-${i}`, m.metric, m.unit, points)}</figure>` : ''}
<table class="data"><thead><tr><th scope="col">日期</th><th scope="col" class="num">数值</th><th scope="col">原文</th><th scope="col">变化</th><th scope="col">时期</th><th scope="col">文章</th></tr></thead>
<tbody>${m.rows.map(
    (f) => html`<tr><td>${chineseDate(f.date, false)}</td><td class="num">${f.value === null ? '' : f.value.toLocaleString('zh-CN')}${f.qualifier ? ` (${f.qualifier})` : ''}</td>
<td>${f.text}</td><td>${change(f)}</td><td>${f.period ?? ''}</td><td><a href="${urls.article(f.article)}">#${f.article}</a></td></tr>`,
  )}</tbody></table></section>`;
})}`;
}
