// The archive calendar: one month grid (Monday first) for every month that has an edition, newest first.
import { html, type Html } from '../html.js';
import { urls } from '../urls.js';
import type { EditionSummary } from '../queries.js';
import { editionName } from './format.js';

const HEAD = ['一', '二', '三', '四', '五', '六', '日'];

export function calendar(editions: readonly EditionSummary[]): Html {
  const byMonth = new Map<string, Map<number, EditionSummary[]>>();
  for (const e of editions) {
    if (!e.date) continue;
    const month = e.date.slice(0, 7);
    const day = Number(e.date.slice(8, 10));
    const days = byMonth.get(month) ?? new Map<number, EditionSummary[]>();
    days.set(day, [...(days.get(day) ?? []), e]);
    byMonth.set(month, days);
  }
  const months = [...byMonth.keys()].sort().reverse();
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  return html`${years.map(
    (year) => html`<h3>${year}年</h3><div class="calendar">${months.filter((m) => m.startsWith(year)).map((m) => month(m, byMonth.get(m)!))}</div>`,
  )}`;
}

function month(key: string, days: Map<number, EditionSummary[]>): Html {
  const [y, m] = key.split('-').map(Number) as [number, number];
  const first = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: Html[] = [];
  for (let i = 0; i < first; i++) cells.push(html`<td></td>`);
  for (let d = 1; d <= length; d++) {
    const here = days.get(d);
    cells.push(
      here
        ? html`<td><a href="${urls.edition(here[0]!.id)}" title="${here.map(editionName).join('、')}" aria-label="${here.map(editionName).join('、')}">${d}</a></td>`
        : html`<td>${d}</td>`,
    );
  }
  const rows: Html[] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(html`<tr>${cells.slice(i, i + 7)}</tr>`);
  return html`<table class="month"><caption>${y}年${m}月</caption>
<thead><tr>${HEAD.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table>`;
}
