// The extracted text an article was made from, with every repair inside it marked where it stands:
// what was removed, what was put in, and a numbered note naming the rule. Offsets are the stored edits'.
import { html, type Html } from '../html.js';
import type { Edit } from '../../model/index.js';

/** Make invisible characters in an edit visible: a removed line break would otherwise show as nothing. */
const visible = (text: string) => text.replace(/ /g, '␣').replace(/\u3000/g, '□').replace(/\r?\n/g, '↵\n');

export function displayEdits(edits: readonly Edit[]): Edit[] {
  return edits.filter((e) => e.layer === 'display');
}

export function originalText(original: string, offset: number, edits: readonly Edit[]): Html {
  const parts: Html[] = [];
  let at = 0;
  edits.forEach((e, i) => {
    const start = e.start - offset;
    const end = e.end - offset;
    if (start < at) return; // stored edits never overlap within a layer; stay safe if one did
    parts.push(html`${original.slice(at, start)}`);
    parts.push(
      html`<mark class="edit ${e.status}" id="edit-${i + 1}" title="${e.rule}">${e.before ? html`<del>${visible(e.before)}</del>` : ''}${e.after ? html`<ins>${visible(e.after)}</ins>` : ''}<sup><a href="#edit-note-${i + 1}" aria-label="修复 ${i + 1}: ${e.rule}">${i + 1}</a></sup></mark>`,
    );
    at = end;
  });
  parts.push(html`${original.slice(at)}`);
  return html`<div class="original-text">${parts}</div>`;
}

export function editTable(edits: readonly Edit[]): Html {
  if (edits.length === 0) return html`<p>这篇文章的原文没有经过修复。</p>`;
  return html`<table class="data edits"><caption>修复记录(共 ${edits.length} 处)</caption>
<thead><tr><th scope="col">#</th><th scope="col">规则</th><th scope="col">原文</th><th scope="col">修复为</th><th scope="col">状态</th><th scope="col" class="num">位置</th></tr></thead>
<tbody>${edits.map(
    (e, i) => html`<tr id="edit-note-${i + 1}"><td><a href="#edit-${i + 1}">${i + 1}</a></td><td><code class="rule">${e.rule}</code></td>
<td><code>${JSON.stringify(e.before)}</code></td><td><code>${JSON.stringify(e.after)}</code></td><td>${e.status}${e.confidence !== undefined ? ` (${e.confidence.toFixed(2)})` : ''}</td><td class="num">${e.start}–${e.end}</td></tr>`,
  )}</tbody></table>`;
}
