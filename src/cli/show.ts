// baoku show <id>: one article as a reader sees it; --original shows the extracted text it came from,
// --edits every repair inside it with its rule.
import { bylineText, NotFoundError } from '../model/index.js';
import { openSqliteStore } from '../store/index.js';
import { args, dbPath, UsageError } from './args.js';

export const usage = `baoku show <id> [--db FILE] [--original] [--edits] [--json]`;

export function show(argv: string[], out = process.stdout): number {
  const { values, positionals } = args(argv, { original: { type: 'boolean' }, edits: { type: 'boolean' }, json: { type: 'boolean' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  const id = Number(positionals[0]);
  if (!Number.isInteger(id)) throw new UsageError(`show needs an article id\n${usage}`);
  const store = openSqliteStore(dbPath(values.db), { readonly: true });
  try {
    const a = store.article(id);
    if (!a) throw new NotFoundError(`no article ${id}`);
    const page = store.page(a.page_id)!;
    const raw = page.page.source.text;
    const inside = page.page.edits.filter((e) => e.start >= a.article.start && e.end <= a.article.end);
    if (values.json) {
      const { article, ...row } = a;
      out.write(`${JSON.stringify({ ...row, article, ...(values.edits ? { edits: inside } : {}), ...(values.original ? { original: raw.slice(article.start, article.end) } : {}) })}\n`);
      return 0;
    }
    const head = [a.kicker, a.headline, a.subheadline].filter(Boolean).join('\n');
    out.write(`${head}\n`);
    if (a.byline.length) out.write(`${bylineText(a.contributors)}\n`);
    out.write(`${a.paper ?? ''} ${a.date ?? ''} 第${a.page ?? '?'}版${a.continued_from_page ? ` (上接第${a.continued_from_page}版)` : ''}\n\n`);
    if (values.original) {
      out.write(`${raw.slice(a.article.start, a.article.end)}\n`);
    } else {
      out.write(`${a.text}\n`);
      // A story that jumps pages reads as one article: follow the stitched parts.
      let part = a;
      const seen = new Set([a.id]);
      while (part.continues_to_article !== null && !seen.has(part.continues_to_article)) {
        const next = store.article(part.continues_to_article);
        if (!next) break;
        seen.add(next.id);
        out.write(`\n〔第${next.page ?? '?'}版 · article ${next.id}〕\n${next.text}\n`);
        part = next;
      }
      if (part.continues_to_page && part.continues_to_article === null) out.write(`(下转第${part.continues_to_page}版, not yet in the archive)\n`);
      const source = part.source ?? a.source;
      if (source) out.write(`(${source})\n`);
    }
    if (values.edits) {
      out.write(`\n${inside.length} edits:\n`);
      for (const e of inside) out.write(`  ${e.rule} ${e.layer} [${e.start},${e.end}) ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

