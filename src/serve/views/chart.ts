// A line chart of one metric over time, drawn on the server as SVG: no script, no external library, and
// readable without the picture (a title and description, and the table beside it has every value).
import { html, type Html } from '../html.js';

export interface Point {
  date: string;
  value: number;
}

const W = 640;
const H = 240;
const PAD = { left: 64, right: 16, top: 16, bottom: 40 };

const day = (iso: string) => Date.parse(`${iso.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`) / 86_400_000;

function ticks(lo: number, hi: number, count = 4): number[] {
  if (lo === hi) return [lo];
  const raw = (hi - lo) / count;
  const step = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.ceil(lo / nice) * nice; t <= hi + 1e-9; t += nice) out.push(Number(t.toPrecision(12)));
  return out;
}

export function lineChart(id: string, title: string, unit: string, points: readonly Point[]): Html {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const xs = sorted.map((p) => day(p.date));
  const values = sorted.map((p) => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [lo, hi] = [Math.min(0, ...values), Math.max(...values)];
  const x = (d: number) => PAD.left + (x1 === x0 ? (W - PAD.left - PAD.right) / 2 : ((d - x0) / (x1 - x0)) * (W - PAD.left - PAD.right));
  const y = (v: number) => H - PAD.bottom - (hi === lo ? 0.5 : (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const path = sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(xs[i]!).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const yTicks = ticks(lo, hi);
  const first = sorted[0]!.date;
  const last = sorted[sorted.length - 1]!.date;
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}">
<title id="${id}">${title}(${unit}),${first} 至 ${last},共 ${sorted.length} 个数据点</title>
<g stroke="#d9d4c7">${yTicks.map((t) => html`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/>`)}</g>
<g fill="#555" font-size="12" text-anchor="end">${yTicks.map((t) => html`<text x="${PAD.left - 6}" y="${(y(t) + 4).toFixed(1)}">${t.toLocaleString('zh-CN')}</text>`)}</g>
<g fill="#555" font-size="12"><text x="${x(x0)}" y="${H - 12}" text-anchor="${x1 === x0 ? 'middle' : 'start'}">${first}</text>${last !== first ? html`<text x="${x(x1)}" y="${H - 12}" text-anchor="end">${last}</text>` : ''}</g>
<path d="${path}" fill="none" stroke="#8a1c1c" stroke-width="2"/>
<g fill="#8a1c1c">${sorted.map((p, i) => html`<circle cx="${x(xs[i]!).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="4"><title>${p.date}:${p.value.toLocaleString('zh-CN')} ${unit}</title></circle>`)}</g>
</svg>`;
}
