// People and organisations the archive names: lists, and one page each with the posts timeline and the
// articles that name them.
import { html, type Html } from '../html.js';
import { urls } from '../urls.js';
import type { Entity, Person } from '../../knowledge/index.js';
import type { ArticleSummary } from '../queries.js';
import { chineseDate, number, pageLabel } from './format.js';

type Listed = ArticleSummary & { date: string | null; paper: string | null };

const span = (first: string | null, last: string | null) =>
  first === null ? '日期不详' : first === last || last === null ? chineseDate(first, false) : `${chineseDate(first, false)} 至 ${chineseDate(last, false)}`;

const ROLES: Record<string, string> = { official: '有职务', named: '被提及', author: '作者' };
/** Post kinds other than an office: 代理区长, 院士, a post the archive only reports ending. */
const KINDS: Record<string, string> = { acting: '代理', honorific: '荣誉', ended: '已离任' };

export function peopleView(people: readonly Person[]): Html {
  return html`<h1>人物</h1>
<p class="muted">档案中提到的人物,按被提及的文章数排序。同名者分列。</p>
<table class="data"><caption>共 ${number(people.length)} 人</caption>
<thead><tr><th scope="col">姓名</th><th scope="col">职务</th><th scope="col">出现时间</th><th scope="col" class="num">文章</th></tr></thead>
<tbody>${people.map(
    (p) => html`<tr><th scope="row"><a href="${urls.person(p.id)}">${p.name}</a></th><td>${p.posts.map((s) => s.title).join('、') || ROLES[p.role] || p.role}</td>
<td>${span(p.first_seen, p.last_seen)}</td><td class="num">${p.articles.length}</td></tr>`,
  )}</tbody></table>`;
}

export function articleLinks(articles: readonly Listed[]): Html {
  return html`<ol class="articles">${articles.map(
    (a) => html`<li><a class="headline" href="${urls.article(a.id)}">${a.headline ?? a.lead.slice(0, 24)}</a>
<span class="muted">${a.paper ?? ''} ${chineseDate(a.date, false)} ${pageLabel(a.page)}</span></li>`,
  )}</ol>`;
}

export function personView(p: Person, articles: readonly Listed[]): Html {
  return html`<h1>${p.name}</h1>
<p class="muted">${ROLES[p.role] ?? p.role} · ${span(p.first_seen, p.last_seen)} · ${p.articles.length} 篇文章</p>
${p.posts.length
  ? html`<section aria-labelledby="posts"><h2 id="posts">职务</h2>
<table class="data"><caption>报道中给出的职务,按首次出现排序</caption>
<thead><tr><th scope="col">职务</th><th scope="col">机构</th><th scope="col">出现时间</th><th scope="col">文章</th></tr></thead>
<tbody>${p.posts.map(
      (s) => html`<tr><th scope="row">${s.title}${s.kind === 'post' ? '' : html` <span class="muted">(${KINDS[s.kind] ?? s.kind})</span>`}</th><td>${s.org ?? ''}</td>
<td>${s.first_seen === null && s.ended ? '' : span(s.first_seen, s.last_seen)}${s.ended ? `${s.first_seen ? '，' : ''}${chineseDate(s.ended, false)}报道离任` : ''}</td><td>${s.articles.map((id, i) => html`${i ? ' ' : ''}<a href="${urls.article(id)}">#${id}</a>`)}</td></tr>`,
    )}</tbody></table></section>`
  : ''}
<section aria-labelledby="articles"><h2 id="articles">提到${p.name}的文章</h2>${articleLinks(articles)}</section>`;
}

export function organisationsView(orgs: readonly Entity[]): Html {
  return html`<h1>机构</h1>
<table class="data"><caption>档案中提到的机构,共 ${number(orgs.length)} 个</caption>
<thead><tr><th scope="col">名称</th><th scope="col" class="num">提及次数</th><th scope="col" class="num">文章</th></tr></thead>
<tbody>${orgs.map((o) => html`<tr><th scope="row"><a href="${urls.organisation(o.id)}">${o.name}</a></th><td class="num">${o.mentions}</td><td class="num">${o.articles}</td></tr>`)}</tbody></table>`;
}

export function organisationView(o: Entity, articles: readonly Listed[]): Html {
  return html`<h1>${o.name}</h1>
<p class="muted">在 ${o.articles} 篇文章中被提及 ${o.mentions} 次 · <a href="${urls.search({ q: `org:${o.name}` })}">检索</a></p>
<section aria-labelledby="articles"><h2 id="articles">提到${o.name}的文章</h2>${articleLinks(articles)}</section>`;
}
