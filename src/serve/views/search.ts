// Search: the query box (full query language, sort, date range), hits with their matches marked, facets that
// narrow the query, cursor pagination and "export these results" links.
import { html, type Html } from '../html.js';
import { urls, type SearchParams } from '../urls.js';
import type { FacetCount, SearchResult } from '../../search/index.js';
import { chineseDate, number, pageLabel } from './format.js';

type Range = readonly [number, number];

/** Text with <mark> around the given ranges; every piece escaped. */
export function highlighted(text: string, ranges: readonly Range[]): Html {
  const parts: Html[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    parts.push(html`${text.slice(at, start)}<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  return html`${parts}${text.slice(at)}`;
}

export interface SearchView {
  params: SearchParams;
  /** The query as run: the box plus the date range. */
  query: string;
  result: SearchResult | null;
  error: string | null;
}

function searchForm(p: SearchParams): Html {
  return html`<form class="search-page" method="get" action="${urls.search()}" role="search">
<p><label for="q">检索词</label> <input id="q" name="q" type="search" value="${p.q ?? ''}" size="40" required maxlength="1000">
<button type="submit">检索</button></p>
<p><label for="from">从</label> <input id="from" name="from" value="${p.from ?? ''}" size="10" placeholder="2024-05" pattern="\\d{4}(-\\d{2}){0,2}" aria-describedby="date-help">
<label for="to">到</label> <input id="to" name="to" value="${p.to ?? ''}" size="10" placeholder="2024-10-31" pattern="\\d{4}(-\\d{2}){0,2}" aria-describedby="date-help">
<label for="sort">排序</label> <select id="sort" name="sort"><option value="">默认</option><option value="relevance"${p.sort === 'relevance' ? html` selected` : ''}>相关度</option><option value="date"${p.sort === 'date' ? html` selected` : ''}>日期</option></select></p>
<p id="date-help" class="muted">日期写作 YYYY、YYYY-MM 或 YYYY-MM-DD,可只填一端。</p>
</form>
<details class="help"><summary>检索语法</summary><ul>
<li><code>徐汇 模速空间</code>:两个词都要出现(简繁体皆可)</li><li><code>"云溪 大学"</code>:精确短语</li><li><code>-招商</code>:排除</li>
<li><code>人才 OR 引才</code>:任一</li><li><code>headline:云溪</code>:只在标题里</li><li><code>person:周沐阳</code> <code>org:云溪大学</code>:提到的人物、机构</li>
<li><code>page:2..4</code> <code>paper:云溪报</code> <code>date:2024-05..2024-10</code> <code>sort:date</code></li></ul></details>`;
}

function facetList(title: string, counts: readonly FacetCount[] | null | undefined, filter: (value: string) => string, p: SearchParams): Html {
  if (!counts?.length) return html``;
  return html`<section class="facet" aria-label="${title}"><h3>${title}</h3><ul>${counts.slice(0, 12).map(
    (f) => html`<li><a href="${urls.search({ ...p, q: `${p.q ?? ''} ${filter(f.value)}`.trim(), cursor: undefined })}">${f.value}</a> <span class="muted">${number(f.count)}</span></li>`,
  )}</ul></section>`;
}

const quoteValue = (v: string) => (/[\s"()]/.test(v) ? `"${v.replace(/"/g, '')}"` : v);

export function searchView({ params: p, query, result, error }: SearchView): Html {
  const head = html`<h1>检索</h1>${searchForm(p)}`;
  if (error) return html`${head}<p class="error" role="alert">检索式有误:${error}</p>`;
  if (!result) return head;
  const f = result.facets;
  return html`${head}
<p role="status">找到 <b>${number(result.total)}</b> 篇,按${result.sort === 'date' ? '日期' : '相关度'}排序。
导出这些结果:<a href="${urls.api.export('csv', query)}">CSV</a> · <a href="${urls.api.export('jsonl', query)}">JSON Lines</a></p>
<div class="results">
<ol class="hits">${result.hits.map(
    (h) => html`<li>
${h.kicker ? html`<span class="kicker">${h.kicker}</span>` : ''}
<a class="headline" href="${urls.article(h.id)}">${h.headline ? highlighted(h.headline, h.headlineHighlights) : '(无标题)'}</a>
<span class="meta muted">${h.paper ?? ''} ${chineseDate(h.date, false)} ${pageLabel(h.page)}</span>
<p class="snippet">${highlighted(h.snippet, h.highlights)}</p>
</li>`,
  )}</ol>
${f
  ? html`<aside class="facets" aria-label="筛选">
${facetList('年份', f.year, (v) => `date:${v}`, p)}${facetList('月份', f.month, (v) => `date:${v}`, p)}
${facetList('版次', f.page, (v) => `page:${v}`, p)}${facetList('报纸', f.paper, (v) => `paper:${quoteValue(v)}`, p)}
${facetList('人物', f.person, (v) => `person:${quoteValue(v)}`, p)}${facetList('机构', f.org, (v) => `org:${quoteValue(v)}`, p)}
</aside>`
  : ''}
</div>
<nav class="pager" aria-label="翻页">${p.cursor ? html`<a href="${urls.search({ ...p, cursor: undefined })}">« 第一页</a>` : html`<span></span>`}
${result.next ? html`<a href="${urls.search({ ...p, cursor: result.next })}" rel="next">下一页 »</a>` : ''}</nav>`;
}
