// Edition: the printed page index, then every page with its articles in reading order.
import { html, type Html } from '../html.js';
import { pageAnchor, urls } from '../urls.js';
import type { ArticleSummary, EditionSummary, PageSummary } from '../queries.js';
import { chineseDate, editionName, issueLine, pageLabel } from './format.js';

export interface EditionData {
  edition: EditionSummary;
  pages: PageSummary[];
  articles: ArticleSummary[];
}

export function editionView({ edition, pages, articles }: EditionData): Html {
  const index = pages.flatMap((p) => p.index);
  const numbers = new Set(pages.map((p) => p.number));
  return html`<h1>${editionName(edition)}</h1>
<p class="muted">${chineseDate(edition.date)} ${issueLine(edition)}${edition.licence ? ` · 准印证号 ${edition.licence}` : ''} · ${pages.length} 版 · ${articles.length} 篇</p>
<nav aria-label="版面"><h2>版面导航</h2>
${index.length
  ? html`<ol class="page-index">${index.map((entry) => {
      const target = entry.pages.find((n) => numbers.has(n));
      const label = `${entry.pages.map((n) => String(n).padStart(2, '0')).join('-')} ${entry.title}`;
      return html`<li>${target !== undefined ? html`<a href="#${pageAnchor(target, 0)}">${label}</a>` : html`${label} <span class="muted">(未收录)</span>`}</li>`;
    })}</ol>`
  : ''}
<ul class="page-index">${pages.map((p) => html`<li><a href="#${pageAnchor(p.number, p.id)}">${pageLabel(p.number)}</a></li>`)}</ul>
</nav>
${pages.map((p) => {
  const own = articles.filter((a) => a.page_id === p.id);
  return html`<section class="page" id="${pageAnchor(p.number, p.id)}" aria-labelledby="${pageAnchor(p.number, p.id)}-title">
<h2 id="${pageAnchor(p.number, p.id)}-title">${pageLabel(p.number)}</h2>
${own.length ? articleList(own) : html`<p class="muted">这一版没有识别出文章。</p>`}
</section>`;
})}`;
}

export function articleList(articles: readonly ArticleSummary[]): Html {
  return html`<ol class="articles">${articles.map(
    (a) => html`<li>
${a.kicker ? html`<span class="kicker">${a.kicker}</span>` : ''}
<a class="headline" href="${urls.article(a.id)}">${a.headline ?? (a.kind === 'photo-news' ? '图片新闻' : '(无标题)')}</a>
${a.subheadline ? html`<span class="sub">${a.subheadline}</span>` : ''}
<span class="muted">${a.byline.length ? `${a.byline.join(' ')} · ` : ''}${a.continued_from_page ? `上接第${a.continued_from_page}版 · ` : ''}${a.lead.replace(/\n/g, ' ')}…${a.continues_to_page ? ` (下转第${a.continues_to_page}版)` : ''}</span>
</li>`,
  )}</ol>`;
}
