// Article: headline block, byline, body in printed script, jump links to the other parts, the original
// extracted text with every repair marked (a <details> toggle, so it works without JavaScript), JSON-LD.
import { html, jsonScript, type Html } from '../html.js';
import { urls } from '../urls.js';
import type { ArticleDetail } from '../queries.js';
import type { Block } from '../../model/index.js';
import type { ArticleFacts, MentionRow } from '../../knowledge/index.js';
import { chineseDate, issueLine, pageLabel } from './format.js';
import { displayEdits, editTable, originalText } from './original.js';

/** Printed in traditional script when folding to simplified changed more than a stray character or two. */
export function articleLang(a: Pick<ArticleDetail, 'text' | 'text_simplified'>): 'zh-Hant' | 'zh-Hans' {
  const { text, text_simplified: folded } = a;
  if (text === folded) return 'zh-Hans';
  if (text.length !== folded.length) return 'zh-Hant';
  let changed = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== folded[i]) changed++;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return changed > 0.05 * han ? 'zh-Hant' : 'zh-Hans';
}

export function articleTitle(a: ArticleDetail): string {
  return a.headline ?? (a.kind === 'photo-news' ? `图片新闻 · ${a.lead.slice(0, 20)}` : a.lead.slice(0, 24));
}

function block(b: Block): Html {
  if (b.type === 'subhead') return html`<h2>${b.text}</h2>`;
  if (b.type === 'caption') return html`<figcaption>${b.text}</figcaption>`;
  if (b.type === 'quote') return html`<blockquote><p>${b.text}</p></blockquote>`;
  return html`<p>${b.text}</p>`;
}

/** Each entity once, in order of first mention (mentions without a resolved entity cannot be linked). */
function distinct(mentions: readonly MentionRow[]): MentionRow[] {
  const seen = new Set<number>();
  return mentions.filter((m) => m.entity_id !== null && !seen.has(m.entity_id) && seen.add(m.entity_id) !== undefined);
}

/** The printed byline with each name linked to its person page when the knowledge layer knows them. */
function byline(a: ArticleDetail, facts: ArticleFacts | null): Html {
  const ids = new Map((facts?.people ?? []).filter((m) => m.role === 'author' && m.entity_id !== null).map((m) => [m.name, m.entity_id!]));
  return html`${a.contributors.map((p, i) => {
    const title = i === 0 || a.contributors[i - 1]!.title !== p.title ? `${i ? ' ' : ''}${p.title} ` : ' ';
    const id = ids.get(p.name);
    return html`${title}${id !== undefined ? html`<a href="${urls.person(id)}">${p.name}</a>` : p.name}`;
  })}`;
}

function factsAside(facts: ArticleFacts): Html {
  const people = distinct(facts.people.filter((m) => m.role !== 'author'));
  const orgs = distinct(facts.orgs);
  if (!people.length && !orgs.length && !facts.figures.length) return html``;
  return html`<aside class="facts" aria-labelledby="facts-title"><h2 id="facts-title">本文提到</h2>
${people.length ? html`<h3>人物</h3><ul>${people.map((m) => html`<li><a href="${urls.person(m.entity_id!)}">${m.name}</a>${m.posts.length ? html` <span class="muted">${m.posts.map((p) => p.printed).join('、')}</span>` : ''}</li>`)}</ul>` : ''}
${orgs.length ? html`<h3>机构</h3><ul>${orgs.map((m) => html`<li><a href="${urls.organisation(m.entity_id!)}">${m.name}</a></li>`)}</ul>` : ''}
${facts.figures.length ? html`<h3>数字</h3><ul>${facts.figures.map((f) => html`<li>${f.metric}:${f.text}${f.period ? html` <span class="muted">(${f.period})</span>` : ''}</li>`)}</ul><p><a href="${urls.figures()}">全部数据</a></p>` : ''}
</aside>`;
}

export function articleView(a: ArticleDetail, facts: ArticleFacts | null = null): Html {
  const shown = displayEdits(a.edits);
  const source = a.source ? a.source.replace(':', ':') : null;
  return html`<article class="story" aria-labelledby="headline">
<nav aria-label="位置" class="muted"><a href="${urls.edition(a.edition_id)}">${a.paper ?? '未知报纸'} ${chineseDate(a.date)}</a> ${issueLine(a)} · <a href="${urls.page(a.edition_id, a.page, a.page_id)}">${pageLabel(a.page)}</a></nav>
<header class="head">
${a.kicker ? html`<p class="kicker">${a.kicker}</p>` : ''}
<h1 id="headline">${articleTitle(a)}</h1>
${a.subheadline ? html`<p class="subheadline">${a.subheadline}</p>` : ''}
${a.contributors.length ? html`<p class="byline">${byline(a, facts)}</p>` : ''}
</header>
${a.continued_from_page !== null ? html`<p class="jump">${a.continued_from_article !== null ? html`<a href="${urls.article(a.continued_from_article)}" rel="prev">← 上接第${a.continued_from_page}版</a>` : `上接第${a.continued_from_page}版(前文未收录)`}</p>` : ''}
<div class="body">${a.article.blocks.map(block)}</div>
${a.continues_to_page !== null ? html`<p class="jump">${a.continues_to_article !== null ? html`<a href="${urls.article(a.continues_to_article)}" rel="next">下转第${a.continues_to_page}版 →</a>` : `下转第${a.continues_to_page}版(后文未收录)`}</p>` : ''}
${source ? html`<p class="source muted">(${source})</p>` : ''}
${facts ? factsAside(facts) : ''}
<details class="original" id="original">
<summary>查看原文与修复(${shown.length} 处修复)</summary>
<p class="muted">下面是从版面提取出的原始文本。<del>删除线</del>是修复去掉的内容,<ins>下划线</ins>是修复补上的内容,上标编号对应修复记录中的规则。</p>
<div lang="${articleLang(a)}" class="original">${originalText(a.original, a.article.start, shown)}</div>
${editTable(shown)}
</details>
</article>`;
}

export function articleJsonLd(a: ArticleDetail, canonical: string): Html {
  return jsonScript({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: articleTitle(a),
    ...(a.subheadline ? { alternativeHeadline: a.subheadline } : {}),
    ...(a.date ? { datePublished: a.date } : {}),
    inLanguage: articleLang(a),
    url: canonical,
    mainEntityOfPage: canonical,
    author: a.contributors.map((p) => ({ '@type': 'Person', name: p.name, jobTitle: p.title })),
    ...(a.paper ? { publisher: { '@type': 'Organization', name: a.paper } } : {}),
    ...(a.page !== null ? { pageStart: String(a.page) } : {}),
    // No articleBody: the body is on the page already, and repeating it would make every page a third larger.
    description: a.lead.replace(/\s+/g, ' '),
  });
}
