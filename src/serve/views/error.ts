// A plain error page: the status and what went wrong, and a way home. Standalone (no data access), so it
// renders whatever state the archive is in.
import { html, type Html } from '../html.js';
import { assets } from '../assets.js';
import { urls } from '../urls.js';

const titles: Record<number, string> = { 400: '请求有误', 401: '需要授权', 403: '不允许', 404: '找不到页面', 413: '内容过大', 500: '服务器出错' };

export function errorPage(status: number, message: string): Html {
  const title = titles[status] ?? '出错了';
  return html`<!doctype html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${status} ${title} · 报库</title>
<link rel="stylesheet" href="${urls.asset(assets.css.name)}"><link rel="icon" href="${urls.asset(assets.icon.name)}" type="image/svg+xml"></head>
<body>
<main id="main"><h1>${status} ${title}</h1><p>${message}</p><p><a href="${urls.home()}">回到首页</a></p></main>
</body>
</html>`;
}
