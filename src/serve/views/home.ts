// Home: the latest edition with its front-page stories, the calendar of editions, archive statistics.
import { html, type Html } from '../html.js';
import { urls } from '../urls.js';
import type { ArchiveStats, ArticleSummary, EditionSummary } from '../queries.js';
import { calendar } from './calendar.js';
import { chineseDate, editionName, issueLine, number, pageLabel } from './format.js';
import { articleList } from './edition.js';

export interface HomeData {
  latest: EditionSummary | null;
  latestArticles: ArticleSummary[];
  editions: EditionSummary[];
  stats: ArchiveStats;
}

export function homeView({ latest, latestArticles, editions, stats }: HomeData): Html {
  const firstPage = latestArticles.filter((a) => a.page === latestArticles[0]?.page);
  return html`<h1 class="visually-hidden">报库 · 地方报纸档案</h1>
${latest
  ? html`<section aria-labelledby="latest-title"><h2 id="latest-title">最新一期:<a href="${urls.edition(latest.id)}">${editionName(latest)}</a></h2>
<p class="muted">${chineseDate(latest.date)} ${issueLine(latest)} · ${latest.pages} 版 · ${latest.articles} 篇</p>
${firstPage.length ? html`<h3>${pageLabel(firstPage[0]!.page)}</h3>${articleList(firstPage)}` : ''}
</section>`
  : html`<p>档案里还没有报纸。用 <code>baoku ingest</code> 导入版面。</p>`}
<section aria-labelledby="calendar-title"><h2 id="calendar-title">往期</h2>${calendar(editions)}
${editions.some((e) => !e.date) ? html`<p>日期不详的版次:${editions.filter((e) => !e.date).map((e) => html`<a href="${urls.edition(e.id)}">${editionName(e)}</a> `)}</p>` : ''}
</section>
<section aria-labelledby="stats-title"><h2 id="stats-title">档案统计</h2>
<ul class="stats">
<li><b>${number(stats.editions)}</b>期</li><li><b>${number(stats.pages)}</b>版</li>
<li><b>${number(stats.articles)}</b>篇文章</li><li><b>${number(stats.edits)}</b>处修复</li>
</ul>
${stats.first_date ? html`<p>收录 ${stats.papers.join('、')},${chineseDate(stats.first_date, false)} 至 ${chineseDate(stats.last_date, false)}。</p>` : ''}
${stats.rules.length
  ? html`<table class="data"><caption>按规则统计的修复</caption><thead><tr><th scope="col">规则</th><th scope="col">层</th><th scope="col" class="num">次数</th></tr></thead>
<tbody>${stats.rules.map((r) => html`<tr><td><code>${r.rule}</code></td><td>${r.layer === 'display' ? '显示' : '检索'}</td><td class="num">${number(r.count)}</td></tr>`)}</tbody></table>`
  : ''}
</section>`;
}
