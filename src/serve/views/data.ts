// The data page: download the whole archive, the API and its documentation, the export formats.
import { html, type Html } from '../html.js';
import { urls } from '../urls.js';
import type { ArchiveStats } from '../queries.js';
import type { RouteSpec } from '../api-spec.js';
import { number } from './format.js';

export function dataView(stats: ArchiveStats, writable: boolean): Html {
  return html`<h1>数据与接口</h1>
<section aria-labelledby="download"><h2 id="download">下载整个档案</h2>
<p><a href="${urls.download()}" download>baoku.sqlite</a>:一个 SQLite 文件,含 ${number(stats.editions)} 期、${number(stats.pages)} 版、${number(stats.articles)} 篇文章和 ${number(stats.edits)} 处修复记录,以及每个版面的原始字节。用任何 SQLite 工具都能打开,例如 <code>sqlite3 baoku.sqlite "SELECT * FROM article_export LIMIT 5"</code>。</p>
</section>
<section aria-labelledby="export"><h2 id="export">导出文章</h2>
<ul><li><a href="${urls.api.export('jsonl')}">全部文章(JSON Lines)</a></li><li><a href="${urls.api.export('csv')}">全部文章(CSV)</a></li></ul>
</section>
<section aria-labelledby="api"><h2 id="api">JSON 接口</h2>
<p><a href="${urls.apiDocs()}">接口说明</a> · <a href="${urls.openapi()}">OpenAPI 3.1 文档</a>。读取接口无需授权,支持 CORS、ETag。${writable ? '写入接口需要 Bearer 令牌。' : '本服务器未开放写入。'}</p>
</section>`;
}

export function apiDocsView(specs: readonly RouteSpec[]): Html {
  return html`<h1>报库 JSON 接口</h1>
<p>机器可读的说明:<a href="${urls.openapi()}">OpenAPI 3.1</a>。所有错误都是 <code>{"error":{"code","message"}}</code>,并带有对应的 HTTP 状态码。</p>
<table class="data"><caption>接口</caption><thead><tr><th scope="col">方法</th><th scope="col">路径</th><th scope="col">说明</th></tr></thead>
<tbody>${specs.map((s) => html`<tr><td><code>${s.method.toUpperCase()}</code></td><td><code>${s.path}</code></td><td>${s.summary}${s.description ? html`<br><span class="muted">${s.description}</span>` : ''}</td></tr>`)}</tbody></table>`;
}
