// The site's only stylesheet and script, served from this process under content-hashed names so they can
// be cached for good. No fonts are downloaded: the stacks name the CJK faces systems already have.
import { createHash } from 'node:crypto';

const css = `
:root{--ink:#1b1b1b;--muted:#555;--paper:#fdfcf8;--rule:#d9d4c7;--accent:#8a1c1c;--accent-bg:#f6efe3;
--sans:system-ui,-apple-system,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif;
--serif:"Noto Serif CJK SC","Source Han Serif SC","Songti SC","STSong","SimSun",serif;
--serif-tc:"Noto Serif CJK TC","Source Han Serif TC","Songti TC","PMingLiU","MingLiU",serif;
--mono:ui-monospace,"Noto Sans Mono CJK SC","Sarasa Mono SC",monospace}
*{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font-family:var(--sans);line-height:1.7}
a{color:var(--accent);text-underline-offset:.15em}
a:focus-visible,button:focus-visible,summary:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5em 1em;z-index:9}
.skip:focus{left:.5em}
header.site{border-bottom:3px double var(--rule);padding:.6em 1rem;display:flex;flex-wrap:wrap;gap:.5em 1.5em;align-items:center}
header.site .brand{font-family:var(--serif);font-weight:700;font-size:1.5rem;color:var(--ink);text-decoration:none;letter-spacing:.1em}
nav.site ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2em 1.2em}
form.search{display:flex;gap:.4em;margin-left:auto;flex-wrap:wrap}
input,select,button{font:inherit;padding:.35em .6em;border:1px solid #8c8577;border-radius:3px;background:#fff;color:var(--ink)}
button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
main{max-width:64rem;margin:0 auto;padding:1rem}
footer.site{border-top:1px solid var(--rule);color:var(--muted);font-size:.875rem;padding:1rem;text-align:center}
h1,h2,h3{font-family:var(--serif);line-height:1.35}
.muted{color:var(--muted)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.stats{display:flex;flex-wrap:wrap;gap:1em;padding:0;list-style:none}
.stats li{background:var(--accent-bg);padding:.5em 1em;border-radius:4px}
.stats b{display:block;font-size:1.4rem;font-family:var(--serif)}
.calendar{display:flex;flex-wrap:wrap;gap:1.5em}
table{border-collapse:collapse}
table.month caption{font-weight:700;text-align:left;padding-bottom:.3em}
table.month th,table.month td{width:2.2em;height:2em;text-align:center;font-size:.9rem}
table.month td a{display:block;background:var(--accent);color:#fff;border-radius:3px;text-decoration:none;font-weight:700}
table.data{width:100%;font-size:.95rem}
table.data th,table.data td{border-bottom:1px solid var(--rule);padding:.3em .5em;text-align:left;vertical-align:top}
table.data td.num,table.data th.num{text-align:right;font-variant-numeric:tabular-nums}
.page-index{columns:2 16em;padding-left:1.2em}
section.page{border-top:2px solid var(--ink);margin-top:2rem}
ol.articles{list-style:none;padding:0}
ol.articles li{padding:.6em 0;border-bottom:1px solid var(--rule)}
ol.articles .kicker,ol.articles .sub{display:block;font-size:.9rem;color:var(--muted)}
ol.articles .headline{font-family:var(--serif);font-size:1.2rem;font-weight:700}
article.story{max-width:40em;margin:0 auto}
article.story .head{text-align:center;border-bottom:1px solid var(--rule);padding-bottom:1em;margin-bottom:1.5em}
article.story .kicker,article.story .subheadline{font-family:var(--serif);font-size:1.1rem;margin:.2em 0}
article.story h1{font-size:2rem;margin:.2em 0;letter-spacing:.02em}
.body{font-family:var(--serif);font-size:1.125rem;line-height:1.9;text-align:justify}
.body:lang(zh-Hant),.original:lang(zh-Hant){font-family:var(--serif-tc)}
.body p{margin:0 0 1em;text-indent:2em}
.body h2{font-size:1.15rem;margin:1.5em 0 .6em}
.body figcaption{font-family:var(--sans);font-size:.95rem;color:var(--muted);margin:0 0 1em}
.jump{font-family:var(--sans);font-size:.95rem;background:var(--accent-bg);padding:.4em .8em;border-radius:3px}
details.original{margin-top:2em;border:1px solid var(--rule);border-radius:4px;padding:.5em 1em;background:#fff}
details.original summary{cursor:pointer;font-weight:700}
.original-text{font-family:var(--serif);white-space:pre-wrap;line-height:1.8;word-break:break-all}
mark.edit{background:none;color:inherit}
mark.edit del{background:#fbdada;color:#6b0c0c;text-decoration:line-through}
mark.edit ins{background:#d6f0d6;color:#0b3d0b;text-decoration:underline}
mark.edit.suggested ins{background:#fdf0c2}
mark.edit sup a{font-family:var(--sans);font-size:.7rem;text-decoration:none}
code,.rule{font-family:var(--mono);font-size:.85em}
.chart svg{max-width:100%;height:auto}
.pager{display:flex;gap:1em;justify-content:space-between;margin:1em 0}
mark{background:#fff0a8;color:inherit}
.results{display:grid;grid-template-columns:minmax(0,1fr) 14rem;gap:2rem}
ol.hits{list-style:none;padding:0;margin:0}
ol.hits li{padding:.7em 0;border-bottom:1px solid var(--rule)}
ol.hits .headline{font-family:var(--serif);font-size:1.2rem;font-weight:700}
ol.hits .kicker,ol.hits .meta{display:block;font-size:.9rem}
.snippet{margin:.3em 0 0;font-family:var(--serif)}
.facet h3{font-size:1rem;margin:.6em 0 .2em}
.facet ul{list-style:none;padding:0;margin:0}
form.search-page p{margin:.4em 0}
.error{color:var(--accent);font-weight:700}
aside.facts{border-top:2px solid var(--ink);margin-top:2em;font-size:.95rem}
aside.facts h2{font-size:1.1rem}aside.facts h3{font-size:1rem;margin:.8em 0 .2em}
aside.facts ul{padding-left:1.2em;margin:0}
figure.chart{margin:1em 0}
@media (max-width:48rem){.results{grid-template-columns:1fr}}
@media (max-width:40rem){main{padding:.75rem}article.story h1{font-size:1.6rem}.body{font-size:1.05rem}form.search{margin-left:0;width:100%}form.search input{flex:1}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto}}
`;

// Progressive enhancement only: every page works without it.
const js = `
(function(){
  function openOriginal(){var d=document.getElementById('original');if(d&&location.hash==='#original')d.open=true;}
  addEventListener('hashchange',openOriginal);openOriginal();
  addEventListener('keydown',function(e){
    if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey)return;
    var t=e.target;if(t&&(t.tagName==='INPUT'||t.tagName==='TEXTAREA'||t.isContentEditable))return;
    var q=document.querySelector('form.search input[name=q]');if(q){e.preventDefault();q.focus();}
  });
})();
`;

export interface Asset {
  name: string;
  type: string;
  body: string;
}

function asset(base: string, ext: string, type: string, body: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { name: `${base}.${hash}.${ext}`, type, body };
}

// 报 in the paper's red, so browsers find an icon here instead of asking for /favicon.ico.
const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="10" fill="#8a1c1c"/><text x="32" y="46" font-size="40" text-anchor="middle" fill="#fff" font-family="serif">报</text></svg>`;

export const assets = {
  css: asset('site', 'css', 'text/css; charset=utf-8', css),
  js: asset('site', 'js', 'text/javascript; charset=utf-8', js),
  icon: asset('icon', 'svg', 'image/svg+xml', icon),
};
