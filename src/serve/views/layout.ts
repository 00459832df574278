// The page shell every reader page shares: landmarks, skip link, navigation, title and canonical URL.
import { html, type Html } from '../html.js';
import { assets } from '../assets.js';
import { urls } from '../urls.js';

export interface PageMeta {
  title: string;
  /** Absolute canonical URL of this page. */
  canonical: string;
  description?: string;
  /** Language of the page's main content; zh-Hant for pages printed in traditional script. */
  lang?: string;
  /** Extra head elements (JSON-LD). */
  head?: Html;
  /** The search box's current query. */
  query?: string;
}

export interface NavItem {
  href: string;
  label: string;
}

export const SITE = '报库';

export function layout(meta: PageMeta, nav: readonly NavItem[], body: Html): Html {
  return html`<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title === SITE ? SITE : `${meta.title} · ${SITE}`}</title>
<link rel="canonical" href="${meta.canonical}">
${meta.description ? html`<meta name="description" content="${meta.description}">` : ''}
<link rel="stylesheet" href="${urls.asset(assets.css.name)}">
<link rel="icon" href="${urls.asset(assets.icon.name)}" type="image/svg+xml">
<script src="${urls.asset(assets.js.name)}" defer></script>
${meta.head}
</head>
<body>
<a class="skip" href="#main">跳到正文 Skip to content</a>
<header class="site" role="banner">
<a class="brand" href="${urls.home()}">${SITE}</a>
<nav class="site" aria-label="主导航"><ul>
${nav.map((n) => html`<li><a href="${n.href}">${n.label}</a></li>`)}
</ul></nav>
<form class="search" method="get" action="${urls.search()}" role="search">
<label for="site-q" class="visually-hidden">检索报库</label>
<input id="site-q" name="q" type="search" value="${meta.query ?? ''}" placeholder="检索(按 / 键)" maxlength="1000">
<button type="submit">检索</button>
</form>
</header>
<main id="main" tabindex="-1"${meta.lang ? html` lang="${meta.lang}"` : ''}>
${body}
</main>
<footer class="site" role="contentinfo">
<p>${SITE} — 地方报纸档案 · <a href="${urls.data()}">数据与接口</a> · 每处修复均可追溯到原始文本</p>
</footer>
</body>
</html>`;
}
